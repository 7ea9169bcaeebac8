package io.github.kubecheck.podsecurity;

import java.util.Collection;
import java.util.stream.Collectors;

/** Wording shared by the checks' messages. */
final class Texts {

  private Texts() {}

  static String plural(String singular, String plural, int count) {
    return count == 1 ? singular : plural;
  }

  /** {@code "a", "b"}. */
  static String quoted(Collection<String> items) {
    return items.stream().map(i -> "\"" + i + "\"").collect(Collectors.joining(", "));
  }

  static String quoted(String item) {
    return "\"" + item + "\"";
  }
}
