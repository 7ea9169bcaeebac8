package io.github.kubecheck.rbac;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resources a cluster serves by default (the bundled {@code api-resources.txt}): how a bare
 * plural such as {@code deployments} finds its group, as kubectl's REST mapper finds it, and the
 * verb and resource pairs a question can be about.
 */
public final class ApiResources {

  private static final List<String> READ_WRITE = List.of("create", "delete", "deletecollection",
      "get", "list", "patch", "update", "watch");

  /** One served resource, with the verbs it and each of its subresources accept. */
  public record ApiResource(String group, String plural, boolean namespaced, List<String> verbs,
      Map<String, List<String>> subresources) {

    public ApiResource {
      verbs = List.copyOf(verbs);
      subresources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(subresources));
    }
  }

  private static final ApiResources BUILT_IN = load();

  private final List<ApiResource> all;

  private ApiResources(List<ApiResource> all) {
    this.all = List.copyOf(all);
  }

  public static ApiResources builtIn() {
    return BUILT_IN;
  }

  public List<ApiResource> all() {
    return all;
  }

  /** The group a bare plural resolves to: the first group serving it, core first. */
  public Optional<String> preferredGroup(String plural) {
    return all.stream().filter(r -> r.plural().equals(plural)).map(ApiResource::group)
        .findFirst();
  }

  public Optional<ApiResource> find(String group, String plural) {
    return all.stream().filter(r -> r.group().equals(group) && r.plural().equals(plural))
        .findFirst();
  }

  private static ApiResources load() {
    String text;
    try (InputStream in = ApiResources.class.getResourceAsStream("api-resources.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing built-in resource api-resources.txt");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<ApiResource> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String[] f = l.split("\\s+");
      Map<String, List<String>> subs = new LinkedHashMap<>();
      for (int i = 4; i < f.length; i++) {
        int colon = f[i].indexOf(':');
        subs.put(f[i].substring(0, colon), verbs(f[i].substring(colon + 1)));
      }
      out.add(new ApiResource(f[0].equals("-") ? "" : f[0], f[1], f[2].equals("ns"),
          verbs(f[3]), subs));
    }
    return new ApiResources(out);
  }

  private static List<String> verbs(String field) {
    return field.equals("rw") ? READ_WRITE : List.of(field.split(","));
  }
}
