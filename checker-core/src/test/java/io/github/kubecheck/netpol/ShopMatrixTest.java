package io.github.kubecheck.netpol;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kubecheck.CheckRequest;
import io.github.kubecheck.Checker;
import io.github.kubecheck.rule.RuleRegistry;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shop example's policies as a network plugin would enforce them: outside to the ingress
 * controller's HTTP ports, the controller to web, web to db, DNS for all, and nothing else that
 * the policies deny.
 */
class ShopMatrixTest {

  private static List<String> matrix() throws Exception {
    var facts = new Checker(new RuleRegistry(List.of()))
        .load(CheckRequest.of(List.of("shop"), Path.of("../examples")));
    return facts.get(NetworkAnalysis.INSTANCE).matrix().connections().stream()
        .map(c -> c.from().name() + " -> " + c.to().name() + " " + c.ports()).toList();
  }

  @Test
  void showsTheIntendedFlowsAndNothingTheyDeny() throws Exception {
    assertThat(matrix()).containsExactly(
        "0.0.0.0/0 -> ingress-nginx/ingress-nginx-controller TCP/8080, TCP/8443",
        "0.0.0.0/0 -> kube-system/coredns all",
        "ingress-nginx/ingress-nginx-controller -> kube-system/coredns TCP/53, UDP/53",
        "ingress-nginx/ingress-nginx-controller -> shop/web TCP/8080",
        "kube-system/coredns -> 0.0.0.0/0 all",
        "kube-system/coredns -> ingress-nginx/ingress-nginx-controller TCP/8080, TCP/8443",
        "shop/db -> kube-system/coredns TCP/53, UDP/53",
        "shop/web -> kube-system/coredns TCP/53, UDP/53",
        "shop/web -> shop/db TCP/5432");
  }
}
