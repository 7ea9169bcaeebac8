package io.github.kubecheck.podsecurity;

/** The behaviour of a check from {@code minimumVersion} until the next version of it. */
public record VersionedCheck(PolicyVersion minimumVersion, PodEvaluator evaluator) {

  public static VersionedCheck since(int major, int minor, PodEvaluator evaluator) {
    return new VersionedCheck(PolicyVersion.of(major, minor), evaluator);
  }
}
