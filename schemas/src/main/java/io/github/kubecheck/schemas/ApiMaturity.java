package io.github.kubecheck.schemas;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How mature an API version is, ordered most mature first: GA before beta before alpha, then the
 * higher version number first ({@code v2} before {@code v1}, {@code v1beta2} before
 * {@code v1beta1}), as Kubernetes' version priority orders them. Versions outside the
 * {@code vN[alpha|betaM]} pattern come last, by name.
 *
 * @param stage 0 for GA, 1 for beta, 2 for alpha, 3 for anything else
 */
record ApiMaturity(int stage, int major, int minor, String version)
    implements Comparable<ApiMaturity> {

  private static final Pattern VERSION = Pattern.compile("v([0-9]+)(?:(alpha|beta)([0-9]*))?");
  private static final Comparator<ApiMaturity> ORDER = Comparator
      .comparingInt(ApiMaturity::stage)
      .thenComparing(Comparator.comparingInt(ApiMaturity::major).reversed())
      .thenComparing(Comparator.comparingInt(ApiMaturity::minor).reversed())
      .thenComparing(ApiMaturity::version);

  static ApiMaturity of(String apiVersion) {
    String v = apiVersion.substring(apiVersion.indexOf('/') + 1);
    Matcher m = VERSION.matcher(v);
    if (!m.matches()) {
      return new ApiMaturity(3, 0, 0, v);
    }
    int stage = m.group(2) == null ? 0 : m.group(2).equals("beta") ? 1 : 2;
    int minor = m.group(3) == null || m.group(3).isEmpty() ? 0 : Integer.parseInt(m.group(3));
    return new ApiMaturity(stage, Integer.parseInt(m.group(1)), minor, v);
  }

  boolean isStable() {
    return stage == 0;
  }

  @Override
  public int compareTo(ApiMaturity other) {
    return ORDER.compare(this, other);
  }
}
