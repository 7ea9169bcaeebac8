package io.github.kubecheck.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.kubecheck.model.GroupVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * JSON Schema files a team already has, named as kubeconform names them:
 * {@code {kind}-{group}-{version}.json} in lower case (the group's first label also works,
 * and {@code {kind}-{version}.json} for the core group).
 */
public final class SchemaDirectory implements SchemaCatalog.Source {

  private final Path dir;
  private final SchemaValidator validator;

  public SchemaDirectory(Path dir, SchemaValidator validator) {
    this.dir = dir;
    this.validator = validator;
  }

  @Override
  public Optional<KindValidator> find(String apiVersion, String kind) {
    return schema(apiVersion, kind).map(s -> new JsonSchemaKind(s, validator));
  }

  /** The schema file of a kind, if the folder has one. */
  public Optional<KindSchema> schema(String apiVersion, String kind) {
    GroupVersion gv = GroupVersion.parse(apiVersion);
    String k = kind.toLowerCase(Locale.ROOT);
    String v = gv.version().toLowerCase(Locale.ROOT);
    String g = gv.group().toLowerCase(Locale.ROOT);
    List<String> names = g.isEmpty()
        ? List.of(k + "-" + v + ".json")
        : List.of(k + "-" + g + "-" + v + ".json", k + "-" + g.split("\\.")[0] + "-" + v + ".json");
    for (String name : names) {
      Path file = dir.resolve(name);
      if (Files.isRegularFile(file)) {
        return Optional.of(new KindSchema(apiVersion, kind, read(file), kind + " (" + name + ")",
            file.toString()));
      }
    }
    return Optional.empty();
  }

  private static JsonNode read(Path file) {
    try {
      return JsonTree.read(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read schema " + file + ": " + e.getMessage(), e);
    }
  }
}
