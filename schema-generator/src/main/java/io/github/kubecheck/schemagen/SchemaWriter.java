package io.github.kubecheck.schemagen;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Writes one version: {@code definitions.json.gz} (every type's schema, keyed by OpenAPI name)
 * and {@code kinds.tsv} (apiVersion, kind, definition, namespaced or cluster).
 */
final class SchemaWriter {

  private SchemaWriter() {}

  static void write(ApiModel model, Path dir) throws IOException {
    Files.createDirectories(dir);
    JsonObject definitions = new JsonObject();
    model.definitions().forEach(definitions::add);
    JsonObject root = new JsonObject();
    root.add("definitions", definitions);
    Gson gson = new GsonBuilder().disableHtmlEscaping().create();
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(
        dir.resolve("definitions.json.gz")));
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      gson.toJson(root, w);
    }
    StringBuilder kinds = new StringBuilder();
    for (ApiModel.Kind k : model.kinds()) {
      kinds.append(k.apiVersion()).append('\t').append(k.kind()).append('\t')
          .append(k.definition()).append('\t').append(k.namespaced() ? "namespaced" : "cluster")
          .append('\n');
    }
    Files.writeString(dir.resolve("kinds.tsv"), kinds.toString());
  }
}
