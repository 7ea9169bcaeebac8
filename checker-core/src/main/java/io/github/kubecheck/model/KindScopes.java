package io.github.kubecheck.model;

import java.util.Set;

/** Which built-in kinds are cluster-scoped (all others are namespaced). */
public final class KindScopes {

  private static final Set<String> CLUSTER_SCOPED = Set.of(
      "/Namespace", "/Node", "/PersistentVolume", "/ComponentStatus",
      "rbac.authorization.k8s.io/ClusterRole", "rbac.authorization.k8s.io/ClusterRoleBinding",
      "storage.k8s.io/StorageClass", "storage.k8s.io/CSIDriver", "storage.k8s.io/CSINode",
      "storage.k8s.io/VolumeAttachment", "storage.k8s.io/VolumeAttributesClass",
      "scheduling.k8s.io/PriorityClass", "networking.k8s.io/IngressClass",
      "networking.k8s.io/IPAddress", "networking.k8s.io/ServiceCIDR",
      "node.k8s.io/RuntimeClass",
      "apiextensions.k8s.io/CustomResourceDefinition",
      "apiregistration.k8s.io/APIService",
      "admissionregistration.k8s.io/ValidatingWebhookConfiguration",
      "admissionregistration.k8s.io/MutatingWebhookConfiguration",
      "admissionregistration.k8s.io/ValidatingAdmissionPolicy",
      "admissionregistration.k8s.io/ValidatingAdmissionPolicyBinding",
      "admissionregistration.k8s.io/MutatingAdmissionPolicy",
      "admissionregistration.k8s.io/MutatingAdmissionPolicyBinding",
      "certificates.k8s.io/CertificateSigningRequest", "certificates.k8s.io/ClusterTrustBundle",
      "flowcontrol.apiserver.k8s.io/FlowSchema",
      "flowcontrol.apiserver.k8s.io/PriorityLevelConfiguration",
      "policy/PodSecurityPolicy",
      "policy.networking.k8s.io/AdminNetworkPolicy",
      "policy.networking.k8s.io/BaselineAdminNetworkPolicy",
      "resource.k8s.io/DeviceClass", "resource.k8s.io/ResourceSlice",
      "authentication.k8s.io/TokenReview", "authentication.k8s.io/SelfSubjectReview",
      "authorization.k8s.io/SubjectAccessReview",
      "authorization.k8s.io/SelfSubjectAccessReview",
      "authorization.k8s.io/SelfSubjectRulesReview");

  private KindScopes() {}

  public static boolean isClusterScoped(String group, String kind) {
    return CLUSTER_SCOPED.contains(group + "/" + kind);
  }
}
