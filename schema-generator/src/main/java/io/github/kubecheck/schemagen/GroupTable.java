package io.github.kubecheck.schemagen;

import java.util.Map;
import java.util.Optional;

/**
 * The API group of each of the client's API classes ({@code AppsV1Api} is group apps), and the
 * package that names the group's types in Kubernetes' OpenAPI ({@code io.k8s.api.apps.v1}).
 */
final class GroupTable {

  record Group(String name, String typePackage) {}

  private static final Map<String, Group> BY_PREFIX = Map.ofEntries(
      Map.entry("Core", new Group("", "io.k8s.api.core")),
      Map.entry("Apps", new Group("apps", "io.k8s.api.apps")),
      Map.entry("Batch", new Group("batch", "io.k8s.api.batch")),
      Map.entry("Autoscaling", new Group("autoscaling", "io.k8s.api.autoscaling")),
      Map.entry("Policy", new Group("policy", "io.k8s.api.policy")),
      Map.entry("RbacAuthorization", new Group("rbac.authorization.k8s.io", "io.k8s.api.rbac")),
      Map.entry("Networking", new Group("networking.k8s.io", "io.k8s.api.networking")),
      Map.entry("Storage", new Group("storage.k8s.io", "io.k8s.api.storage")),
      Map.entry("Storagemigration",
          new Group("storagemigration.k8s.io", "io.k8s.api.storagemigration")),
      Map.entry("Scheduling", new Group("scheduling.k8s.io", "io.k8s.api.scheduling")),
      Map.entry("Node", new Group("node.k8s.io", "io.k8s.api.node")),
      Map.entry("Discovery", new Group("discovery.k8s.io", "io.k8s.api.discovery")),
      Map.entry("Events", new Group("events.k8s.io", "io.k8s.api.events")),
      Map.entry("Coordination", new Group("coordination.k8s.io", "io.k8s.api.coordination")),
      Map.entry("Certificates", new Group("certificates.k8s.io", "io.k8s.api.certificates")),
      Map.entry("Apiextensions", new Group("apiextensions.k8s.io",
          "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions")),
      Map.entry("Apiregistration", new Group("apiregistration.k8s.io",
          "io.k8s.kube-aggregator.pkg.apis.apiregistration")),
      Map.entry("Admissionregistration",
          new Group("admissionregistration.k8s.io", "io.k8s.api.admissionregistration")),
      Map.entry("FlowcontrolApiserver",
          new Group("flowcontrol.apiserver.k8s.io", "io.k8s.api.flowcontrol")),
      Map.entry("Authentication",
          new Group("authentication.k8s.io", "io.k8s.api.authentication")),
      Map.entry("Authorization", new Group("authorization.k8s.io", "io.k8s.api.authorization")),
      Map.entry("Resource", new Group("resource.k8s.io", "io.k8s.api.resource")),
      Map.entry("Internal", new Group("internal.apiserver.k8s.io",
          "io.k8s.api.apiserverinternal")),
      Map.entry("InternalApiserver", new Group("internal.apiserver.k8s.io",
          "io.k8s.api.apiserverinternal")));

  private GroupTable() {}

  /** The group of an API class prefix such as {@code RbacAuthorization}; empty for non-API classes. */
  static Optional<Group> byPrefix(String prefix) {
    return Optional.ofNullable(BY_PREFIX.get(prefix));
  }
}
