package io.github.kubecheck.podsecurity;

import java.util.Locale;
import java.util.Optional;

/** The Pod Security Standards levels, from the most permissive. */
public enum Level {
  PRIVILEGED,
  BASELINE,
  RESTRICTED;

  /** The spelling of labels and rule ids: {@code baseline}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether evaluating at this level runs {@code other}'s checks (restricted has baseline's). */
  public boolean covers(Level other) {
    return compareTo(other) >= 0;
  }

  /** Parses a label value exactly as Pod Security Admission spells it (lower case). */
  public static Optional<Level> parse(String text) {
    for (Level l : values()) {
      if (l.label().equals(text)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
