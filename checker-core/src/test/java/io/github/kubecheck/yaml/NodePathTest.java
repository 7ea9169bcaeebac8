package io.github.kubecheck.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NodePathTest {

  private final Node root = new YamlReader(YamlLimits.DEFAULT).read("f.yaml", """
      metadata:
        annotations:
          kubecheck.io/ignore: "*"
      spec:
        containers:
        - name: a
        - name: b
          securityContext: {}
      """.getBytes(StandardCharsets.UTF_8)).documents().get(0).root();

  @Test
  void resolvesKeysIndexesAndQuotedKeys() {
    assertThat(root.at("spec.containers[1].name").flatMap(Node::asScalar).map(ScalarNode::text))
        .contains("b");
    String path = NodePath.child("metadata.annotations", "kubecheck.io/ignore");
    assertThat(path).isEqualTo("metadata.annotations[\"kubecheck.io/ignore\"]");
    assertThat(root.at(path).flatMap(Node::asScalar).map(ScalarNode::text)).contains("*");
    assertThat(root.at("spec.containers[5]")).isEmpty();
  }

  @Test
  void locatesTheDeepestExistingKey() {
    Span s = NodePath.parse("spec.containers[1].securityContext.privileged").locate(root);
    assertThat(s.line()).isEqualTo(8);
    assertThat(s.column()).isEqualTo(5);
  }
}
