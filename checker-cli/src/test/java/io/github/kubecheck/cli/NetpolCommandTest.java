package io.github.kubecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code netpol matrix} and {@code netpol can-reach} run in-process on the shop example. */
class NetpolCommandTest {

  private static final Path EXAMPLES = Path.of("../examples").toAbsolutePath();

  private String out;
  private String err;

  private int run(String... args) {
    CliRun r = CliRun.in(EXAMPLES, args);
    out = r.out();
    err = r.err();
    return r.code();
  }

  @Test
  void matrixListsTheShopFlowsAsTextAndJson() {
    assertThat(run("netpol", "matrix", "shop")).isZero();
    assertThat(out).startsWith("FROM ")
        .contains("shop/web                                shop/db                                 "
            + "TCP/5432\n")
        .contains("4 workloads, 1 outside range: 9 connections");
    assertThat(run("netpol", "matrix", "-f", "json", "shop")).isZero();
    String first = out;
    assertThat(out.replaceAll("\\s+", " ")).contains("\"connections\": [").contains(
        "{ \"from\": \"0.0.0.0/0\", \"to\": \"ingress-nginx/ingress-nginx-controller\", "
            + "\"ports\": [ \"TCP/8080\", \"TCP/8443\" ] }");
    run("netpol", "matrix", "-f", "json", "shop");
    assertThat(out).isEqualTo(first);
  }

  @Test
  void canReachAnswersYesWithThePoliciesOfBothDirections() {
    assertThat(run("netpol", "can-reach", "shop/web", "shop/db", "shop")).isZero();
    assertThat(out).startsWith("yes: shop/web can reach shop/db on TCP/5432\n")
        .contains("egress of shop/web: allowed on TCP/5432")
        .contains("NetworkPolicy shop/web-to-db egress[0] allows TCP/5432 "
            + "(shop/50-network.yaml:")
        .contains("ingress of shop/db: allowed on TCP/5432")
        .contains("NetworkPolicy shop/db-from-web ingress[0] allows TCP/5432");
  }

  @Test
  void canReachAnswersNoWithExitOne() {
    assertThat(run("netpol", "can-reach", "shop/db", "shop/web", "--port", "http", "shop"))
        .isEqualTo(1);
    assertThat(out).startsWith("no: shop/db cannot reach shop/web on TCP/8080\n")
        .contains("egress of shop/db: denied").contains("no egress rule allows TCP/8080")
        .contains("ingress of shop/web: denied");
    assertThat(run("netpol", "can-reach", "-f", "json", "203.0.113.5", "shop/db", "shop"))
        .isEqualTo(1);
    assertThat(out).contains("\"allowed\": false").contains("\"policiesApply\": false");
  }

  @Test
  void outsideAddressesReachTheIngressControllerOnItsHttpPortsOnly() {
    assertThat(run("netpol", "can-reach", "203.0.113.5",
        "ingress-nginx/ingress-nginx-controller", "--port", "8443/tcp", "shop")).isZero();
    assertThat(run("netpol", "can-reach", "203.0.113.5",
        "ingress-nginx/ingress-nginx-controller", "--port", "10254", "shop")).isEqualTo(1);
  }

  @Test
  void mistakesAreUsageErrors() {
    assertThat(run("netpol", "can-reach", "shop/wbe", "shop/db", "shop")).isEqualTo(2);
    assertThat(err).contains("no workload \"shop/wbe\"; workloads in shop: shop/db, shop/web");
    assertThat(run("netpol", "can-reach", "web", "shop/db", "shop")).isEqualTo(2);
    assertThat(run("netpol", "can-reach", "shop/web", "shop/db", "--port", "0", "shop"))
        .isEqualTo(2);
    assertThat(run("netpol", "can-reach", "shop/web", "shop/db", "--port", "80/icmp", "shop"))
        .isEqualTo(2);
    assertThat(run("netpol", "can-reach", "shop/web", "shop/db", "--port", "nope", "shop"))
        .isEqualTo(2);
    assertThat(err).contains("the pods of shop/db have no port named nope");
    assertThat(run("netpol", "can-reach", "10.0.0.1", "10.0.0.2", "shop")).isEqualTo(2);
    assertThat(run("netpol", "matrix", "-f", "sarif", "shop")).isEqualTo(2);
    assertThat(err).doesNotContain("Exception");
  }
}
