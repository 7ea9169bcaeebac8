package io.github.kubecheck.podsecurity;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Pod Security policy version: a Kubernetes minor version such as 1.25. */
public record PolicyVersion(int major, int minor) implements Comparable<PolicyVersion> {

  // Pod Security Admission accepts only "v1.N" in its version labels.
  private static final Pattern LABEL = Pattern.compile("v1\\.(0|[1-9][0-9]{0,3})");
  private static final Pattern PLAIN = Pattern.compile("v?(\\d{1,4})\\.(\\d{1,4})(\\..*)?");

  public PolicyVersion {
    if (major < 1 || minor < 0) {
      throw new IllegalArgumentException("bad policy version " + major + "." + minor);
    }
  }

  public static PolicyVersion of(int major, int minor) {
    return new PolicyVersion(major, minor);
  }

  /** A run's Kubernetes version, {@code 1.34}, {@code v1.34} or {@code 1.34.2}. */
  public static Optional<PolicyVersion> parse(String text) {
    Matcher m = PLAIN.matcher(text.strip());
    if (!m.matches() || Integer.parseInt(m.group(1)) < 1) {
      return Optional.empty();
    }
    return Optional.of(new PolicyVersion(Integer.parseInt(m.group(1)),
        Integer.parseInt(m.group(2))));
  }

  /** A {@code pod-security.kubernetes.io/*-version} label value other than {@code latest}. */
  public static Optional<PolicyVersion> parseLabel(String text) {
    Matcher m = LABEL.matcher(text);
    return m.matches() ? Optional.of(new PolicyVersion(1, Integer.parseInt(m.group(1))))
        : Optional.empty();
  }

  public boolean olderThan(PolicyVersion other) {
    return compareTo(other) < 0;
  }

  public static PolicyVersion min(PolicyVersion a, PolicyVersion b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  @Override
  public int compareTo(PolicyVersion o) {
    int c = Integer.compare(major, o.major);
    return c != 0 ? c : Integer.compare(minor, o.minor);
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
