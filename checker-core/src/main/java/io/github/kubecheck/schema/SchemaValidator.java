package io.github.kubecheck.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.yaml.NodePath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates objects against their {@link KindSchema} with networknt's validator and turns each
 * violation into a located {@link SchemaError}: one per problem, the nested errors under a wrong
 * type or an unknown field left out.
 */
public final class SchemaValidator {

  private final JsonSchemaFactory factory;
  private final SchemaValidatorsConfig config;
  private final Map<KindSchema, JsonSchema> compiled = new ConcurrentHashMap<>();

  public SchemaValidator() {
    JsonMetaSchema.Builder meta = JsonMetaSchema.builder(JsonMetaSchema.getV7());
    KubernetesFormats.all().forEach(meta::format);
    JsonMetaSchema metaSchema = meta.build();
    this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
        b -> b.metaSchema(metaSchema));
    this.config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
  }

  public List<SchemaError> validate(Resource resource, KindSchema schema) {
    JsonSchema compiledSchema = compiled.computeIfAbsent(schema,
        s -> factory.getSchema(s.schema(), config));
    JsonNode instance = NodeJson.of(resource.node());
    List<SchemaError> errors = new ArrayList<>();
    for (ValidationMessage m : compiledSchema.validate(instance)) {
      errors.add(ErrorMapping.toError(resource, schema, m));
    }
    return withoutCascades(errors);
  }

  /** Keeps the outermost problem: nothing under a wrong type or an unknown field. */
  private static List<SchemaError> withoutCascades(List<SchemaError> errors) {
    List<SchemaError> sorted = errors.stream()
        .sorted(Comparator.comparing((SchemaError e) -> e.location().path().length())
            .thenComparing(e -> e.location().path())
            .thenComparing(SchemaError::message))
        .toList();
    List<SchemaError> kept = new ArrayList<>();
    List<String> roots = new ArrayList<>();
    for (SchemaError e : sorted) {
      String p = e.location().path();
      boolean under = roots.stream().anyMatch(r -> p.startsWith(r + ".") || p.startsWith(r + "["));
      boolean duplicate = kept.stream().anyMatch(k -> k.kind() == e.kind()
          && k.location().path().equals(p));
      if (under || duplicate) {
        continue;
      }
      kept.add(e);
      if (e.kind() == SchemaError.Kind.INVALID_TYPE || e.kind() == SchemaError.Kind.UNKNOWN_FIELD) {
        roots.add(p);
      }
    }
    return kept;
  }

  /** Our path syntax for a validator instance location. */
  static String path(JsonNodePath location) {
    String path = "";
    for (int i = 0; i < location.getNameCount(); i++) {
      Object element = location.getElement(i);
      path = element instanceof Integer index ? NodePath.index(path, index)
          : NodePath.child(path, String.valueOf(element));
    }
    return path;
  }
}
