package io.github.kubecheck.scheduler;

import java.util.HashMap;
import java.util.Map;

/** How many selected pods run in each topology domain (value of the topology key), and in all. */
final class DomainCounts {

  private final Map<String, Integer> byValue = new HashMap<>();
  private int total;

  void add(String value, int delta) {
    total += delta;
    if (value != null) {
      byValue.merge(value, delta, Integer::sum);
    }
  }

  int get(String value) {
    return value == null ? 0 : byValue.getOrDefault(value, 0);
  }

  int total() {
    return total;
  }

  Map<String, Integer> byValue() {
    return byValue;
  }
}
