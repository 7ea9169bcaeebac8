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

/**
 * Validates objects against their {@link KindSchema} with networknt's validator and turns each
 * violation into a located {@link SchemaError}: one per problem, the nested errors under a wrong
 * type or an unknown field left out.
 */
public final class SchemaValidator {

  private JsonSchemaFactory factory;
  private SchemaValidatorsConfig config;

  /**
   * networknt is set up on the first schema compiled: a run whose kinds are all built in (the
   * usual case) never loads it, which saves a one-file run about a tenth of a second.
   */
  private synchronized void setUp() {
    if (factory != null) {
      return;
    }
    JsonMetaSchema.Builder meta = JsonMetaSchema.builder(JsonMetaSchema.getV7());
    KubernetesFormats.all().forEach(meta::format);
    JsonMetaSchema metaSchema = meta.build();
    config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
        b -> b.metaSchema(metaSchema));
  }

  /** A schema compiled once, for validating many objects (from several threads). */
  public static final class Compiled {
    private final JsonSchema schema;

    private Compiled(JsonSchema schema) {
      this.schema = schema;
    }

    public List<SchemaError> validate(Resource resource, KindSchema kind) {
      JsonNode instance = NodeJson.of(resource.node());
      List<SchemaError> errors = new ArrayList<>();
      for (ValidationMessage m : schema.validate(instance)) {
        errors.add(ErrorMapping.toError(resource, kind, m));
      }
      return withoutCascades(errors);
    }
  }

  public Compiled compile(KindSchema schema) {
    setUp();
    JsonSchema compiled = factory.getSchema(schema.schema(), config);
    compiled.initializeValidators();
    return new Compiled(compiled);
  }

  public List<SchemaError> validate(Resource resource, KindSchema schema) {
    return compile(schema).validate(resource, schema);
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
      if (e.kind() == SchemaError.Kind.MISSING_REQUIRED_FIELD && misspeltBeside(e, sorted)) {
        continue;
      }
      kept.add(e);
      if (e.kind() == SchemaError.Kind.INVALID_TYPE || e.kind() == SchemaError.Kind.UNKNOWN_FIELD) {
        roots.add(p);
      }
    }
    return kept;
  }

  /** A missing field whose unknown sibling is its misspelling (see {@link Cascades}). */
  private static boolean misspeltBeside(SchemaError missing, List<SchemaError> all) {
    String path = missing.location().path();
    String parent = parentPath(path);
    String field = lastKey(path);
    List<String> unknown = all.stream()
        .filter(u -> u.kind() == SchemaError.Kind.UNKNOWN_FIELD
            && parentPath(u.location().path()).equals(parent))
        .map(u -> lastKey(u.location().path()))
        .toList();
    return Cascades.explainedByUnknown(field, unknown);
  }

  private static String parentPath(String path) {
    List<Object> steps = NodePath.parse(path).steps();
    String out = "";
    for (Object step : steps.subList(0, Math.max(0, steps.size() - 1))) {
      out = step instanceof Integer i ? NodePath.index(out, i) : NodePath.child(out, (String) step);
    }
    return out;
  }

  private static String lastKey(String path) {
    List<Object> steps = NodePath.parse(path).steps();
    return steps.isEmpty() ? "" : String.valueOf(steps.get(steps.size() - 1));
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
