package io.github.kubecheck.rule;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is, from the most to the least. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this is at least as serious as {@code other}. */
  public boolean atLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }

  public static Optional<Severity> parse(String text) {
    for (Severity s : values()) {
      if (s.id().equals(text)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
