package io.github.kubecheck.rules.network;

import io.github.kubecheck.model.Resource;
import io.github.kubecheck.model.Service;
import io.github.kubecheck.netpol.AdminNetworkPolicy;
import io.github.kubecheck.netpol.NetworkPolicy;
import io.github.kubecheck.rule.RuleContext;

/**
 * Whether the input holds anything a network rule reports on: a pod template, a Service or a
 * policy. Without one the rules need not build the network model of the cluster at all.
 */
final class NetworkInputs {

  private NetworkInputs() {}

  static boolean present(RuleContext ctx) {
    return !ctx.manifests().podTemplates().isEmpty()
        || ctx.manifests().resources().stream().anyMatch(NetworkInputs::reportable);
  }

  private static boolean reportable(Resource r) {
    return Service.isService(r) || NetworkPolicy.isNetworkPolicy(r)
        || AdminNetworkPolicy.isAdminPolicy(r);
  }
}
