package io.github.kubecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kubecheck rbac can-i | who-can | rules} run in-process. */
class RbacCommandsTest {

  @TempDir
  Path dir;

  private String out;
  private String err;

  private static final String RBAC = """
      apiVersion: v1
      kind: ServiceAccount
      metadata: {name: deployer, namespace: ci}
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: RoleBinding
      metadata: {name: deployer, namespace: ci}
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: edit}
      subjects:
      - {kind: ServiceAccount, name: deployer}
      """;

  @BeforeEach
  void manifests() throws IOException {
    Files.writeString(dir.resolve("rbac.yaml"), RBAC);
  }

  private int run(String... args) {
    CliRun r = CliRun.in(dir, args);
    out = r.out();
    err = r.err();
    return r.code();
  }

  @Test
  void canIExitsZeroOnYesAndOneOnNo() {
    assertThat(run("rbac", "can-i", "create", "deployments.apps", "-n", "ci", "--as",
        "serviceaccount:ci:deployer", "rbac.yaml")).isZero();
    assertThat(out).isEqualTo("yes\n  via RoleBinding ci/deployer (ClusterRole edit)\n");
    assertThat(run("rbac", "can-i", "create", "roles.rbac.authorization.k8s.io", "-n", "ci",
        "--as", "system:serviceaccount:ci:deployer", "rbac.yaml")).isEqualTo(1);
    assertThat(out).isEqualTo("no\n");
    assertThat(run("rbac", "can-i", "create", "deployments", "--as",
        "serviceaccount:ci:deployer", "rbac.yaml")).as("cluster-wide: only CRBs count")
        .isEqualTo(1);
  }

  @Test
  void canIJsonHasTheContractShape() {
    assertThat(run("rbac", "can-i", "get", "secrets", "-n", "ci", "--as",
        "serviceaccount:ci:deployer", "-f", "json", "rbac.yaml")).isZero();
    assertThat(out).isEqualTo("""
        {
          "allowed": true,
          "via": [
            {
              "binding": "RoleBinding ci/deployer",
              "role": "ClusterRole edit"
            }
          ]
        }
        """);
    assertThat(run("rbac", "can-i", "get", "nodes", "--as", "user:alice", "-f", "json",
        "rbac.yaml")).isEqualTo(1);
    assertThat(out).isEqualTo("{\n  \"allowed\": false,\n  \"via\": []\n}\n");
  }

  @Test
  void whoCanJsonHasTheContractShape() {
    assertThat(run("rbac", "who-can", "create", "pods/exec", "-n", "ci", "-f", "json",
        "--no-bootstrap-rbac", "rbac.yaml")).isZero();
    assertThat(out).as("without the bootstrap policy edit does not exist").isEqualTo("""
        {
          "subjects": [
            {
              "kind": "Group",
              "name": "system:masters",
              "via": [
                {
                  "binding": "(none: the API server allows system:masters everything)",
                  "role": "(superuser)"
                }
              ]
            }
          ]
        }
        """);
    assertThat(run("rbac", "who-can", "create", "pods/exec", "-n", "ci", "-f", "json",
        "rbac.yaml")).isZero();
    assertThat(out).contains("    {\n      \"kind\": \"ServiceAccount\",\n"
        + "      \"namespace\": \"ci\",\n      \"name\": \"deployer\",\n      \"via\": [\n"
        + "        {\n          \"binding\": \"RoleBinding ci/deployer\",\n"
        + "          \"role\": \"ClusterRole edit\"\n        }\n      ]\n    }");
  }

  @Test
  void whoCanTextIsATable() {
    assertThat(run("rbac", "who-can", "get", "secrets", "-n", "ci", "rbac.yaml")).isZero();
    assertThat(out.lines().findFirst().orElseThrow()).startsWith("KIND").contains("NAMESPACE")
        .contains("NAME").contains("VIA");
    assertThat(out).contains("ServiceAccount   ci            deployer")
        .contains("RoleBinding ci/deployer (ClusterRole edit)");
  }

  @Test
  void rulesListsClusterWideThenEachNamespace() {
    assertThat(run("rbac", "rules", "serviceaccount:ci:deployer", "rbac.yaml")).isZero();
    assertThat(out).startsWith("Cluster-wide (ClusterRoleBindings):\nResources");
    assertThat(out).contains("\nIn namespace ci (ClusterRoleBindings and RoleBindings in ci):\n");
    assertThat(out).contains("deployments.apps/scale").contains("[create delete deletecollection "
        + "patch update get list watch]");
    assertThat(run("rbac", "rules", "serviceaccount:ci:deployer", "-n", "prod", "-f", "json",
        "rbac.yaml")).isZero();
    assertThat(out).startsWith("{\n  \"subject\": {\n    \"kind\": \"ServiceAccount\",\n"
        + "    \"namespace\": \"ci\",\n    \"name\": \"deployer\"\n  },\n  \"scopes\": [\n"
        + "    {\n      \"namespace\": \"prod\",");
    assertThat(out).doesNotContain("deployments");
  }

  @Test
  void badSyntaxIsAUsageErrorWithOneLine() {
    assertThat(run("rbac", "can-i", "get", "pods", "--as", "alice", "rbac.yaml")).isEqualTo(2);
    assertThat(err).isEqualTo("kubecheck: SUBJECT must be user:NAME, group:NAME or "
        + "serviceaccount:NAMESPACE:NAME, not \"alice\"\n");
    assertThat(run("rbac", "can-i", "get", "pods/exec/x", "--as", "user:a")).isEqualTo(2);
    assertThat(err.lines().count()).isEqualTo(1);
    assertThat(run("rbac", "can-i", "get", "pods", "rbac.yaml")).isEqualTo(2);
    assertThat(err).contains("--as");
    assertThat(run("rbac", "who-can", "get", "/healthz", "--name", "x")).isEqualTo(2);
    assertThat(run("rbac", "rules", "robot:r2")).isEqualTo(2);
    assertThat(run("rbac", "rules", "user:a", "-n", "Bad_NS")).isEqualTo(2);
    assertThat(run("rbac", "who-can", "get", "pods", "-f", "sarif")).isEqualTo(2);
    assertThat(run("rbac", "who-can", "get")).isEqualTo(2);
    assertThat(run("rbac", "who-can", "get", "pods", "missing.yaml")).isEqualTo(2);
  }

  @Test
  void answersAreByteIdenticalAcrossRuns() {
    run("rbac", "rules", "group:system:authenticated", "-f", "json", "rbac.yaml");
    String first = out;
    run("rbac", "rules", "group:system:authenticated", "-f", "json", "rbac.yaml");
    assertThat(out).isEqualTo(first);
  }
}
