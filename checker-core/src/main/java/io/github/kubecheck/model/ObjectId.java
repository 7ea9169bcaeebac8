package io.github.kubecheck.model;

/** How a finding names its object. {@code namespace} is as written: empty when not set. */
public record ObjectId(String apiVersion, String kind, String namespace, String name) {

  @Override
  public String toString() {
    String ns = namespace.isEmpty() ? "" : namespace + "/";
    return kind + " " + ns + name;
  }
}
