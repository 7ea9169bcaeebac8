package io.github.kubecheck.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.kubecheck.model.Manifests;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.yaml.YamlLimits;
import io.github.kubecheck.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Errors are mapped to the key or value at fault, with the API type's name, one per problem. */
class SchemaValidatorTest {

  private static final String SCHEMA = """
      {"$ref": "#/definitions/io.k8s.api.apps.v1.Deployment",
       "definitions": {
        "io.k8s.api.apps.v1.Deployment": {"type": "object", "additionalProperties": false,
          "properties": {"apiVersion": {"type": "string"}, "kind": {"type": "string"},
            "metadata": {"type": "object"},
            "spec": {"$ref": "#/definitions/io.k8s.api.apps.v1.DeploymentSpec"}}},
        "io.k8s.api.apps.v1.DeploymentSpec": {"type": "object", "additionalProperties": false,
          "required": ["template"],
          "properties": {"replicas": {"type": "integer"},
            "template": {"$ref": "#/definitions/io.k8s.api.core.v1.PodSpec"}}},
        "io.k8s.api.core.v1.PodSpec": {"type": "object", "additionalProperties": false,
          "required": ["containers"],
          "properties": {"containers": {"type": "array",
            "items": {"$ref": "#/definitions/io.k8s.api.core.v1.Container"}}}},
        "io.k8s.api.core.v1.Container": {"type": "object", "additionalProperties": false,
          "required": ["name"],
          "properties": {"name": {"type": "string"}, "image": {"type": "string"},
            "imagePullPolicy": {"type": "string", "enum": ["Always", "IfNotPresent", "Never"]},
            "port": {"type": ["integer", "string"], "format": "int-or-string"},
            "cpu": {"type": ["string", "number"], "format": "quantity"},
            "resources": {"type": "object", "additionalProperties": false,
              "properties": {"limits": {"type": "object"}}}}}}}
      """;

  private static List<SchemaError> validate(String yaml) throws Exception {
    JsonNode schema = new ObjectMapper().readTree(SCHEMA);
    Manifests m = new Manifests(List.of(new YamlReader(YamlLimits.DEFAULT)
        .read("d.yaml", yaml.getBytes(StandardCharsets.UTF_8))), List.of());
    Resource r = m.resources().get(0);
    return new SchemaValidator().validate(r,
        new KindSchema("apps/v1", "Deployment", schema, "io.k8s.api.apps.v1.Deployment", "test"));
  }

  @Test
  void unknownFieldNamesItsTypeAndSuggestsTheClosestField() throws Exception {
    List<SchemaError> errors = validate("""
        apiVersion: apps/v1
        kind: Deployment
        spec:
          template:
            containers:
            - name: web
              imagePullPolcy: Always
        """);
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(SchemaError.Kind.UNKNOWN_FIELD);
      assertThat(e.message())
          .isEqualTo("unknown field \"imagePullPolcy\" in io.k8s.api.core.v1.Container");
      assertThat(e.remediation()).contains("did you mean imagePullPolicy?");
      assertThat(e.location().path()).isEqualTo("spec.template.containers[0].imagePullPolcy");
      assertThat(e.location().span().line()).isEqualTo(7);
      assertThat(e.location().span().column()).isEqualTo(7);
    });
  }

  @Test
  void wrongTypeIsOneErrorAtTheValue() throws Exception {
    List<SchemaError> errors = validate("""
        apiVersion: apps/v1
        kind: Deployment
        spec:
          replicas: "3"
          template:
            containers: {name: web, bogus: 1}
        """);
    assertThat(errors).extracting(SchemaError::kind, e -> e.location().path())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(SchemaError.Kind.INVALID_TYPE, "spec.replicas"),
            org.assertj.core.groups.Tuple.tuple(SchemaError.Kind.INVALID_TYPE,
                "spec.template.containers"));
    assertThat(errors.get(0).message()).contains("expected an integer, got a string \"3\"");
    assertThat(errors.get(0).location().span().column()).isEqualTo(13);
  }

  @Test
  void missingFieldPointsAtTheMappingThatLacksIt() throws Exception {
    List<SchemaError> errors = validate("""
        apiVersion: apps/v1
        kind: Deployment
        spec:
          replicas: 2
          template: {}
        """);
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(SchemaError.Kind.MISSING_REQUIRED_FIELD);
      assertThat(e.location().path()).isEqualTo("spec.template.containers");
      assertThat(e.location().span().line()).isEqualTo(5);
      assertThat(e.message()).contains("\"containers\"").contains("io.k8s.api.core.v1.PodSpec");
    });
  }

  @Test
  void enumsQuantitiesAndIntOrStrings() throws Exception {
    List<SchemaError> errors = validate("""
        apiVersion: apps/v1
        kind: Deployment
        spec:
          template:
            containers:
            - name: a
              imagePullPolicy: always
              port: http
              cpu: 1 core
            - name: b
              port: 8080
              cpu: 0.5
        """);
    assertThat(errors).extracting(e -> e.location().path()).containsExactlyInAnyOrder(
        "spec.template.containers[0].imagePullPolicy", "spec.template.containers[0].cpu");
    assertThat(errors).allMatch(e -> e.kind() == SchemaError.Kind.INVALID_VALUE);
    assertThat(errors).anySatisfy(e -> assertThat(e.message())
        .contains("must be one of Always, IfNotPresent, Never"));
    assertThat(errors).anySatisfy(e -> assertThat(e.message()).contains("not a valid quantity"));
  }

  @Test
  void nullFieldsCountAsAbsent() throws Exception {
    assertThat(validate("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
        spec:
          replicas:
          template:
            containers: [{name: a, image: ~}]
        """)).isEmpty();
  }

  @Test
  void suggestionsNeedACloseMatch() {
    assertThat(Suggestions.closest("imagePullPolcy", List.of("image", "imagePullPolicy")))
        .contains("imagePullPolicy");
    assertThat(Suggestions.closest("replicsa", List.of("replicas"))).contains("replicas");
    assertThat(Suggestions.closest("foo", List.of("replicas", "template"))).isEmpty();
  }
}
