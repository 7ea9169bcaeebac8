package io.github.kubecheck.rbac;

import io.github.kubecheck.analysis.Analysis;
import io.github.kubecheck.analysis.Facts;

/**
 * The RBAC authorizer of the run: the roles and bindings of the cluster (the {@code --cluster}
 * file or the default cluster, the bootstrap policy) with the input applied on top.
 */
public final class Rbac implements Analysis<Authorizer> {

  public static final Rbac INSTANCE = new Rbac();

  private Rbac() {}

  @Override
  public Authorizer compute(Facts facts) {
    return Authorizer.of(facts.cluster().existing(), facts.cluster().input());
  }
}
