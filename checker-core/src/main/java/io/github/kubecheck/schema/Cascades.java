package io.github.kubecheck.schema;

import java.util.List;

/** Which errors are another error seen twice, so that one problem gives one finding. */
final class Cascades {

  private Cascades() {}

  /**
   * A missing required field is the unknown field beside it misspelt ({@code container:} for
   * {@code containers:}): the unknown-field finding already says so, with the right name.
   */
  static boolean explainedByUnknown(String missing, List<String> unknownBeside) {
    if (unknownBeside == null) {
      return false;
    }
    for (String u : unknownBeside) {
      if (Suggestions.closest(u, List.of(missing)).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
