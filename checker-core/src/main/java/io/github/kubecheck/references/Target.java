package io.github.kubecheck.references;

/**
 * The object a reference names.
 *
 * @param group the API group, {@code ""} for the core group
 * @param namespace where it must be; {@code ""} for cluster-scoped kinds
 */
public record Target(String group, String kind, String namespace, String name) {

  public static Target core(String kind, String namespace, String name) {
    return new Target("", kind, namespace, name);
  }

  /** {@code ConfigMap "web-config" in namespace "shop"}: how messages name a target. */
  public String describe() {
    return kind + " \"" + name + "\"" + (namespace.isEmpty() ? ""
        : " in namespace \"" + namespace + "\"");
  }
}
