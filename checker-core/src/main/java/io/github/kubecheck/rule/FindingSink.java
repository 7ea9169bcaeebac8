package io.github.kubecheck.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Collects the findings of a run, from rules that may run in parallel. */
public final class FindingSink {

  private final List<Finding> findings = new ArrayList<>();
  private final AtomicInteger suppressed = new AtomicInteger();

  synchronized void add(Finding f) {
    findings.add(f);
  }

  void suppress() {
    suppressed.incrementAndGet();
  }

  public synchronized List<Finding> sorted() {
    return findings.stream().sorted(Finding.ORDER).distinct().toList();
  }

  public int suppressed() {
    return suppressed.get();
  }
}
