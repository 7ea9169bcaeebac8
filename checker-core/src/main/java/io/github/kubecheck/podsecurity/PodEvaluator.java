package io.github.kubecheck.podsecurity;

import java.util.List;

/** One versioned implementation of a check: what it forbids in a pod. */
@FunctionalInterface
public interface PodEvaluator {

  List<Offence> evaluate(Pod pod);
}
