package io.github.kubecheck.scheduler;

import java.util.List;

/** A Score plugin with its NormalizeScore: scores 0..100 for the feasible nodes, in order. */
interface ScorePlugin {

  String name();

  /** The weight of the default profile. */
  int weight();

  long[] score(Cycle cycle, List<NodeState> nodes);

  /** Whether the plugin can tell the nodes apart for this pod; if not, it is skipped. */
  default boolean applies(Cycle cycle) {
    return true;
  }

  /** DefaultNormalizeScore: scaled so the highest is 100, reversed if lower is better. */
  static void normalize(long[] scores, boolean reverse) {
    long max = 0;
    for (long s : scores) {
      max = Math.max(max, s);
    }
    for (int i = 0; i < scores.length; i++) {
      if (max == 0) {
        scores[i] = reverse ? 100 : 0;
      } else {
        long s = 100 * scores[i] / max;
        scores[i] = reverse ? 100 - s : s;
      }
    }
  }
}
