package io.github.kubecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The question commands say what they could not read, and answer from the rest. */
class InputWarningsTest {

  @TempDir
  Path dir;

  @BeforeEach
  void input() throws Exception {
    Files.write(dir.resolve("binary.yaml"), new byte[] {'a', ':', ' ', (byte) 0xB1, '\n'});
    Files.writeString(dir.resolve("broken.yaml"), "a: [1, 2\n");
    Files.writeString(dir.resolve("list.yaml"), "- 1\n- 2\n");
    Files.writeString(dir.resolve("pod.yaml"), """
        apiVersion: v1
        kind: Pod
        metadata: {name: web, namespace: default}
        spec:
          containers: [{name: web, image: nginx:1.27}]
        """);
  }

  @Test
  void scheduleWarnsOfEachUnreadablePlaceAndPlacesThePod() {
    CliRun r = CliRun.in(dir, "schedule", ".");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("default/web");
    assertThat(r.err().lines().toList()).hasSize(3).allMatch(l -> l.startsWith("kubecheck: warning: "));
    assertThat(r.err()).contains("binary.yaml:1:4: ").contains("broken.yaml:1:")
        .contains("list.yaml:1:1: this document is not an object");
  }

  @Test
  void rbacAndNetpolWarnToo() {
    assertThat(CliRun.in(dir, "rbac", "who-can", "get", "secrets", ".").err())
        .contains("binary.yaml:1:4: ");
    assertThat(CliRun.in(dir, "netpol", "matrix", ".").err()).contains("list.yaml:1:1: ");
  }

  @Test
  void scheduleWarnsOfANodeQuantityItCannotRead() throws Exception {
    Files.writeString(dir.resolve("nodes.cluster"), """
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: Node
          metadata: {name: a}
          status:
            capacity: {cpu: "4", memory: 8Gi, pods: "110"}
            allocatable: {cpu: lots}
        """);
    CliRun r = CliRun.in(dir, "schedule", "--cluster", "nodes.cluster", "pod.yaml");
    assertThat(r.err()).contains("kubecheck: warning: nodes.cluster:9:19: Node a: "
        + "status.allocatable.cpu \"lots\" is not a quantity; it is left out");
    assertThat(r.out()).contains("default/web").contains("a");
  }
}
