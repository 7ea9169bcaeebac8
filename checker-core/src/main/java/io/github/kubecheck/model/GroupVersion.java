package io.github.kubecheck.model;

/** The parts of an apiVersion: {@code apps/v1} is group apps, version v1; {@code v1} is the core group. */
public record GroupVersion(String group, String version) {

  public static GroupVersion parse(String apiVersion) {
    int slash = apiVersion.indexOf('/');
    return slash < 0
        ? new GroupVersion("", apiVersion)
        : new GroupVersion(apiVersion.substring(0, slash), apiVersion.substring(slash + 1));
  }

  @Override
  public String toString() {
    return group.isEmpty() ? version : group + "/" + version;
  }
}
