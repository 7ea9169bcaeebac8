package io.github.kubecheck.netpol;

import io.github.kubecheck.analysis.Analysis;
import io.github.kubecheck.analysis.Facts;

/** The network model of the run's cluster (the cluster objects and the input as if applied). */
public final class NetworkAnalysis implements Analysis<NetworkModel> {

  public static final NetworkAnalysis INSTANCE = new NetworkAnalysis();

  private NetworkAnalysis() {}

  @Override
  public NetworkModel compute(Facts facts) {
    return NetworkModel.of(facts.cluster());
  }
}
