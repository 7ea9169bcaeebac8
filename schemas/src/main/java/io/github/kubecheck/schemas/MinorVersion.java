package io.github.kubecheck.schemas;

/** Kubernetes minor versions compared as numbers: 1.9 comes before 1.10. */
public final class MinorVersion {

  private MinorVersion() {}

  public static int compare(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    int c = Integer.compare(Integer.parseInt(x[0]), Integer.parseInt(y[0]));
    return c != 0 ? c : Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
  }
}
