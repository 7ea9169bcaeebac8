package io.github.kubecheck.netpol;

import io.github.kubecheck.cluster.ClusterLoader;
import io.github.kubecheck.model.Manifests;
import io.github.kubecheck.yaml.YamlLimits;
import io.github.kubecheck.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** A network model of a few manifests in the default cluster, and questions to ask it. */
final class Net {

  final NetworkModel model;

  private Net(NetworkModel model) {
    this.model = model;
  }

  static Net of(String... documents) {
    String yaml = String.join("\n---\n", documents);
    Manifests m = new Manifests(List.of(new YamlReader(YamlLimits.DEFAULT)
        .read("net.yaml", yaml.getBytes(StandardCharsets.UTF_8))), List.of());
    return new Net(NetworkModel.of(ClusterLoader.assemble(Optional.empty(), m)));
  }

  /** A Namespace with labels written {@code k=v,k2=v2}. */
  static String namespace(String name, String labels) {
    StringBuilder y = new StringBuilder("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: "
        + name + "\n");
    if (!labels.isEmpty()) {
      y.append("  labels:\n");
      for (String kv : labels.split(",")) {
        String[] p = kv.split("=", 2);
        y.append("    ").append(p[0]).append(": \"").append(p[1]).append("\"\n");
      }
    }
    return y.toString();
  }

  /** A bare Pod with labels {@code k=v,...} and container ports {@code name:number/PROTO,...}. */
  static String pod(String ns, String name, String labels, String ports) {
    StringBuilder y = new StringBuilder("apiVersion: v1\nkind: Pod\nmetadata:\n  name: " + name
        + "\n  namespace: " + ns + "\n");
    if (!labels.isEmpty()) {
      y.append("  labels:\n");
      for (String kv : labels.split(",")) {
        String[] p = kv.split("=", 2);
        y.append("    ").append(p[0]).append(": \"").append(p[1]).append("\"\n");
      }
    }
    y.append("spec:\n  containers:\n  - name: c\n    image: example/app:1\n");
    if (!ports.isEmpty()) {
      y.append("    ports:\n");
      for (String p : ports.split(",")) {
        String[] nameNumber = p.split(":");
        String[] numberProto = nameNumber[1].split("/");
        y.append("    - name: ").append(nameNumber[0]).append("\n      containerPort: ")
            .append(numberProto[0]).append("\n      protocol: ")
            .append(numberProto.length > 1 ? numberProto[1] : "TCP").append("\n");
      }
    }
    return y.toString();
  }

  static String policy(String ns, String name, String spec) {
    return "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: " + name
        + "\n  namespace: " + ns + "\nspec:\n" + spec.stripIndent().indent(2);
  }

  static String admin(String name, int priority, String spec) {
    return "apiVersion: policy.networking.k8s.io/v1alpha1\nkind: AdminNetworkPolicy\n"
        + "metadata:\n  name: " + name + "\nspec:\n  priority: " + priority + "\n"
        + spec.stripIndent().indent(2);
  }

  static String baseline(String spec) {
    return "apiVersion: policy.networking.k8s.io/v1alpha1\nkind: BaselineAdminNetworkPolicy\n"
        + "metadata:\n  name: default\nspec:\n" + spec.stripIndent().indent(2);
  }

  NetworkEndpoint at(String text) {
    return model.endpoint(text).orElseThrow(() -> new AssertionError(
        model.unknownEndpoint(text)));
  }

  /** The ports FROM can reach TO on, as the reports write them; "none" when none. */
  String ports(String from, String to) {
    PortSet p = model.allowed(at(from), at(to));
    return p.isEmpty() ? "none" : String.join(", ", p.describe());
  }

  boolean reaches(String from, String to, Protocol protocol, int port) {
    return model.allowed(at(from), at(to)).contains(protocol, port);
  }
}
