package io.github.kubecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code schedule} runs in-process on the examples and the default cluster. */
class ScheduleCommandTest {

  private static final Path EXAMPLES = Path.of("../examples").toAbsolutePath();

  private String out;

  private int run(String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    int code = Main.run(args, InputStream.nullInputStream(),
        new PrintStream(o, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), EXAMPLES);
    out = o.toString(StandardCharsets.UTF_8);
    return code;
  }

  @Test
  void theShopFitsTheDefaultCluster() {
    assertThat(run("schedule", "shop")).isZero();
    assertThat(out).startsWith("NODE ").contains("shop/db-0 ")
        .contains("6 placed, 0 unschedulable on 4 nodes");
  }

  @Test
  void jsonHasTheContractsShapeAndAnUnschedulablePodExitsOne() {
    assertThat(run("schedule", "-f", "json", "broken/scheduling.yaml")).isEqualTo(1);
    String flat = out.replaceAll("\\s+", " ");
    assertThat(flat).startsWith("{ \"nodes\": [ { \"name\": \"control-plane\", \"allocatable\": "
        + "{ \"cpu\": \"4\", \"memory\": \"8Gi\", \"pods\": \"110\" }, \"requested\": { \"cpu\": "
        + "\"0\", \"memory\": \"0\", \"pods\": 0 } }")
        .contains("{ \"pod\": \"analytics/cache-0\", \"workload\": "
            + "\"analytics/Deployment/cache\", \"node\": \"worker-2\" }")
        .contains("\"requested\": { \"cpu\": \"750m\", \"memory\": \"1536Mi\", \"pods\": 3 }")
        .contains("{ \"pod\": \"analytics/warehouse-0\", \"workload\": "
            + "\"analytics/Deployment/warehouse\", \"message\": \"0/4 nodes are available: 1 "
            + "node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 3 "
            + "Insufficient memory. preemption: 0/4 nodes are available: 1 Preemption is not "
            + "helpful for scheduling, 3 No preemption victims found for incoming pod.\" }");
    assertThat(run("schedule", "-f", "json", "--fail-on", "none", "broken/scheduling.yaml"))
        .isZero();
  }

  @Test
  void showClusterPrintsTheDefaultClusterOrTheGivenFile() {
    assertThat(run("schedule", "--show-cluster")).isZero();
    assertThat(out).contains("kind: Node").contains("name: worker-3")
        .contains("node-role.kubernetes.io/control-plane");
  }
}
