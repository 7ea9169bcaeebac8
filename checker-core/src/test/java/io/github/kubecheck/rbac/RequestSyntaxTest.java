package io.github.kubecheck.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kubecheck.rbac.Request.NonResourceRequest;
import io.github.kubecheck.rbac.Request.ResourceRequest;
import org.junit.jupiter.api.Test;

/** The VERB, RESOURCE and SUBJECT syntax of the rbac commands (docs/CONTRACT.md). */
class RequestSyntaxTest {

  private static Request ok(String verb, String resource, String name, String ns) {
    ParseResult<Request> r = RequestSyntax.parse(verb, resource, name, ns);
    assertThat(r).isInstanceOf(ParseResult.Ok.class);
    return ((ParseResult.Ok<Request>) r).value();
  }

  private static String invalid(String verb, String resource, String name, String ns) {
    ParseResult<Request> r = RequestSyntax.parse(verb, resource, name, ns);
    assertThat(r).isInstanceOf(ParseResult.Invalid.class);
    return ((ParseResult.Invalid<Request>) r).reason();
  }

  @Test
  void resourcesWithGroupsSubresourcesAndBarePlurals() {
    assertThat(ok("get", "pods", "", "shop"))
        .isEqualTo(new ResourceRequest("get", "", "pods", "", "", "shop"));
    assertThat(ok("create", "pods/exec", "web-0", ""))
        .isEqualTo(new ResourceRequest("create", "", "pods", "exec", "web-0", ""));
    assertThat(ok("update", "deployments.apps/scale", "", "")).isEqualTo(
        new ResourceRequest("update", "apps", "deployments", "scale", "", ""));
    assertThat(ok("list", "deployments", "", "")).as("the group kubectl's mapper would pick")
        .isEqualTo(new ResourceRequest("list", "apps", "deployments", "", "", ""));
    assertThat(ok("list", "events", "", "")).as("core is preferred")
        .isEqualTo(new ResourceRequest("list", "", "events", "", "", ""));
    assertThat(ok("get", "servicemonitors.monitoring.coreos.com", "", "")).isEqualTo(
        new ResourceRequest("get", "monitoring.coreos.com", "servicemonitors", "", "", ""));
    assertThat(ok("get", "widgets", "", "")).as("unknown bare plurals stay in core")
        .isEqualTo(new ResourceRequest("get", "", "widgets", "", "", ""));
    assertThat(ok("get", "Pods", "", "")).as("lower-cased as kubectl does")
        .isEqualTo(new ResourceRequest("get", "", "pods", "", "", ""));
    assertThat(ok("*", "*", "", "")).isEqualTo(new ResourceRequest("*", "", "*", "", "", ""));
    assertThat(ok("*", "*.*", "", "")).isEqualTo(new ResourceRequest("*", "*", "*", "", "", ""));
  }

  @Test
  void createAndDeletecollectionCarryNoName() {
    assertThat(ok("create", "configmaps", "x", "")).isEqualTo(
        new ResourceRequest("create", "", "configmaps", "", "", ""));
    assertThat(ok("deletecollection", "pods", "x", "")).isEqualTo(
        new ResourceRequest("deletecollection", "", "pods", "", "", ""));
    assertThat(ok("create", "serviceaccounts/token", "x", "")).isEqualTo(
        new ResourceRequest("create", "", "serviceaccounts", "token", "x", ""));
  }

  @Test
  void urls() {
    assertThat(ok("get", "/healthz", "", "shop")).isEqualTo(new NonResourceRequest("get",
        "/healthz"));
    assertThat(invalid("get", "/healthz", "x", "")).contains("--name");
  }

  @Test
  void badSyntaxIsAOneLineReason() {
    assertThat(invalid("get", "", "", "")).contains("RESOURCE must be");
    assertThat(invalid("get", "pods/", "", "")).contains("RESOURCE must be");
    assertThat(invalid("get", "pods/exec/x", "", "")).contains("RESOURCE must be");
    assertThat(invalid("get", ".apps", "", "")).contains("RESOURCE must be");
    assertThat(invalid("get", "deployments.", "", "")).contains("RESOURCE must be");
    assertThat(invalid("get", "pods:exec", "", "")).contains("RESOURCE must be");
    assertThat(invalid("", "pods", "", "")).contains("VERB");
    assertThat(invalid("get pods", "pods", "", "")).contains("VERB");
    assertThat(invalid("get", "pods", "", "Shop")).contains("-n");
    assertThat(invalid("get", "/he althz", "", "")).contains("spaces");
  }

  @Test
  void subjects() {
    assertThat(subject("user:alice")).isEqualTo(Subject.user("alice"));
    assertThat(subject("user:system:kube-scheduler")).isEqualTo(
        Subject.user("system:kube-scheduler"));
    assertThat(subject("group:system:masters")).isEqualTo(Subject.group("system:masters"));
    assertThat(subject("serviceaccount:ci:deployer"))
        .isEqualTo(Subject.serviceAccount("ci", "deployer"));
    assertThat(subject("system:serviceaccount:ci:deployer"))
        .isEqualTo(Subject.serviceAccount("ci", "deployer"));
    for (String bad : new String[] {"alice", "user:", "group:", "serviceaccount:ci",
        "serviceaccount:ci:", "serviceaccount::x", "serviceaccount:a:b:c", "robot:r2"}) {
      assertThat(UserInfo.parseSubject(bad)).as(bad).isInstanceOf(ParseResult.Invalid.class);
    }
  }

  @Test
  void identitiesOfSubjects() {
    assertThat(UserInfo.of(Subject.serviceAccount("ci", "app"))).isEqualTo(new UserInfo(
        "system:serviceaccount:ci:app", java.util.Set.of("system:serviceaccounts",
            "system:serviceaccounts:ci", "system:authenticated")));
    assertThat(UserInfo.of(Subject.user("system:anonymous")).groups())
        .containsExactly("system:unauthenticated");
    assertThat(UserInfo.of(Subject.user("alice")).groups())
        .containsExactly("system:authenticated");
    assertThat(UserInfo.of(Subject.group("system:unauthenticated")).groups())
        .containsExactly("system:unauthenticated");
    assertThat(UserInfo.of(Subject.group("devs"))).isEqualTo(new UserInfo("",
        java.util.Set.of("devs", "system:authenticated")));
    assertThat(UserInfo.of(Subject.user("system:serviceaccount:ci:app")))
        .as("impersonating a service account's user name gives its groups")
        .isEqualTo(UserInfo.of(Subject.serviceAccount("ci", "app")));
  }

  private static Subject subject(String text) {
    ParseResult<Subject> r = UserInfo.parseSubject(text);
    assertThat(r).isInstanceOf(ParseResult.Ok.class);
    return ((ParseResult.Ok<Subject>) r).value();
  }
}
