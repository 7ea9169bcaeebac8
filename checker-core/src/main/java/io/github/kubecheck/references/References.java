package io.github.kubecheck.references;

import io.github.kubecheck.analysis.Analysis;
import io.github.kubecheck.analysis.Facts;

/** Builds the {@link ReferenceIndex} of a run once, for every references rule. */
public final class References implements Analysis<ReferenceIndex> {

  public static final References INSTANCE = new References();

  private References() {}

  @Override
  public ReferenceIndex compute(Facts facts) {
    return new ReferenceIndex(facts.cluster(), facts.manifests().podTemplates(),
        ExternalPatterns.of(facts.config()));
  }
}
