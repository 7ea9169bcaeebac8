package io.github.kubecheck.netpol;

import java.util.Locale;
import java.util.Optional;

/** The protocols a NetworkPolicy port can name; TCP when a policy leaves it out. */
public enum Protocol {
  TCP,
  UDP,
  SCTP;

  /** The protocol as the API spells it (upper case); empty for anything else. */
  public static Optional<Protocol> parse(String text) {
    for (Protocol p : values()) {
      if (p.name().equals(text)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** As a user may type it on the command line, in any case. */
  public static Optional<Protocol> parseLenient(String text) {
    return parse(text.toUpperCase(Locale.ROOT));
  }
}
