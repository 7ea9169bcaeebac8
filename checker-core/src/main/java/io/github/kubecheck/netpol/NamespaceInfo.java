package io.github.kubecheck.netpol;

import java.util.Map;

/**
 * A namespace as selectors see it. Its labels always include {@code kubernetes.io/metadata.name}
 * with its name, as the API server sets it; a namespace that only objects in it name exists with
 * that label alone.
 */
public record NamespaceInfo(String name, Map<String, String> labels) {

  public static final String NAME_LABEL = "kubernetes.io/metadata.name";

  public NamespaceInfo {
    labels = Map.copyOf(labels);
  }
}
