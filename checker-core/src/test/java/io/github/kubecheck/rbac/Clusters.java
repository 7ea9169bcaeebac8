package io.github.kubecheck.rbac;

import io.github.kubecheck.cluster.Cluster;
import io.github.kubecheck.cluster.ClusterLoader;
import io.github.kubecheck.model.Manifests;
import io.github.kubecheck.yaml.ParsedFile;
import io.github.kubecheck.yaml.YamlLimits;
import io.github.kubecheck.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Builds authorizers from manifests written in the tests, in the default cluster. */
final class Clusters {

  private Clusters() {}

  static Cluster cluster(String yaml, boolean bootstrapRbac) {
    ParsedFile f = new YamlReader(YamlLimits.DEFAULT).read("input.yaml",
        yaml.getBytes(StandardCharsets.UTF_8));
    if (!f.problems().isEmpty()) {
      throw new IllegalArgumentException(f.problems().toString());
    }
    return ClusterLoader.assemble(Optional.empty(), new Manifests(List.of(f), List.of()),
        bootstrapRbac);
  }

  /** The input applied to the default cluster with the bootstrap policy. */
  static Authorizer withBootstrap(String yaml) {
    Cluster c = cluster(yaml, true);
    return Authorizer.of(c.existing(), c.input());
  }

  /** The input alone: no bootstrap roles or bindings. */
  static Authorizer alone(String yaml) {
    Cluster c = cluster(yaml, false);
    return Authorizer.of(c.existing(), c.input());
  }

  static Request get(String resource, String namespace) {
    return request("get", resource, "", namespace);
  }

  static Request request(String verb, String resource, String name, String namespace) {
    return RequestSyntax.parse(verb, resource, name, namespace)
        .orElseThrow(IllegalArgumentException::new);
  }

  static UserInfo as(String subject) {
    return UserInfo.of(UserInfo.parseSubject(subject).orElseThrow(IllegalArgumentException::new));
  }

  static boolean can(Authorizer a, String subject, String verb, String resource, String name,
      String namespace) {
    return a.authorize(as(subject), request(verb, resource, name, namespace)).allowed();
  }

  static boolean can(Authorizer a, String subject, String verb, String resource,
      String namespace) {
    return can(a, subject, verb, resource, "", namespace);
  }

  static String role(String kind, String namespace, String name, String rules) {
    return "apiVersion: rbac.authorization.k8s.io/v1\nkind: " + kind + "\nmetadata:\n  name: "
        + name + "\n" + (namespace.isEmpty() ? "" : "  namespace: " + namespace + "\n")
        + "rules:\n" + rules + "---\n";
  }

  static String binding(String kind, String namespace, String name, String roleKind,
      String roleName, String subjects) {
    return "apiVersion: rbac.authorization.k8s.io/v1\nkind: " + kind + "\nmetadata:\n  name: "
        + name + "\n" + (namespace.isEmpty() ? "" : "  namespace: " + namespace + "\n")
        + "roleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: " + roleKind + "\n  name: "
        + roleName + "\nsubjects:\n" + subjects + "---\n";
  }
}
