package io.github.kubecheck;

import io.github.kubecheck.rule.Severity;
import java.util.Locale;
import java.util.Optional;

/** The lowest severity that makes a run fail (exit code 1), or none. */
public enum FailOn {
  ERROR,
  WARNING,
  INFO,
  NONE;

  public static Optional<FailOn> parse(String text) {
    for (FailOn f : values()) {
      if (f.name().toLowerCase(Locale.ROOT).equals(text)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  public boolean failsOn(Severity s) {
    return switch (this) {
      case ERROR -> s.atLeast(Severity.ERROR);
      case WARNING -> s.atLeast(Severity.WARNING);
      case INFO -> true;
      case NONE -> false;
    };
  }
}
