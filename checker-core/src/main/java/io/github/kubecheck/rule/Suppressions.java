package io.github.kubecheck.rule;

import io.github.kubecheck.model.Resource;
import java.util.Arrays;
import java.util.List;

/** The {@code kubecheck.io/ignore} annotation of an object: which rules it silences. */
public final class Suppressions {

  public static final String IGNORE = "kubecheck.io/ignore";
  public static final String REASON = "kubecheck.io/ignore-reason";

  private Suppressions() {}

  /** The rule ids (or {@code *}) the object's annotation lists. */
  public static List<String> ids(Resource r) {
    String value = r.annotations().get(IGNORE);
    if (value == null) {
      return List.of();
    }
    return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  public static boolean suppresses(Resource r, String ruleId) {
    List<String> ids = ids(r);
    return ids.contains("*") || ids.contains(ruleId);
  }
}
