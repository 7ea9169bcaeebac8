package io.github.kubecheck.schemas;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/** The API of one bundled Kubernetes version: its kinds, and the JSON Schema of every type. */
public final class KubernetesApi {

  private final String version;
  private final Map<String, KindEntry> kinds;

  KubernetesApi(String version, Map<String, KindEntry> kinds) {
    this.version = version;
    this.kinds = Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
  }

  static KubernetesApi load(String version) {
    Map<String, KindEntry> kinds = new LinkedHashMap<>();
    for (String line : BundledSchemas.resourceText(version + "/kinds.tsv").split("\n")) {
      String[] f = line.split("\t");
      if (f.length == 4) {
        kinds.put(key(f[0], f[1]), new KindEntry(f[0], f[1], f[2], f[3].equals("namespaced")));
      }
    }
    return new KubernetesApi(version, kinds);
  }

  public String version() {
    return version;
  }

  public Optional<KindEntry> kind(String apiVersion, String kind) {
    return Optional.ofNullable(kinds.get(key(apiVersion, kind)));
  }

  public Collection<KindEntry> kinds() {
    return kinds.values();
  }

  /** The draft-07 document {"definitions": {...}} of every type, as JSON text. */
  public String definitionsJson() {
    String name = BundledSchemas.ROOT + version + "/definitions.json.gz";
    try (InputStream raw = KubernetesApi.class.getResourceAsStream(name)) {
      if (raw == null) {
        throw new IllegalStateException("missing bundled schemas " + name);
      }
      try (InputStream in = new GZIPInputStream(raw)) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toString(StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String key(String apiVersion, String kind) {
    return apiVersion + "|" + kind;
  }
}
