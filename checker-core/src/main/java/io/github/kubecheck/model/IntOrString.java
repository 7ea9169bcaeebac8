package io.github.kubecheck.model;

import io.github.kubecheck.yaml.Node;
import io.github.kubecheck.yaml.ScalarNode;
import io.github.kubecheck.yaml.ScalarType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** A value that is a number or a string, such as a port ({@code 8080} or {@code http}) or {@code 25%}. */
public record IntOrString(Optional<Integer> number, String text) {

  public static Optional<IntOrString> of(Node node) {
    if (!(node instanceof ScalarNode s) || s.isNull()) {
      return Optional.empty();
    }
    if (s.type() == ScalarType.INT) {
      return s.asLong().map(v -> new IntOrString(Optional.of(v.intValue()), s.text()));
    }
    return Optional.of(new IntOrString(Optional.empty(), s.text()));
  }

  public boolean isNumber() {
    return number.isPresent();
  }

  public boolean isPercent() {
    return number.isEmpty() && text.endsWith("%");
  }

  /**
   * The value scaled against a total, as the controllers do for maxSurge ({@code roundUp}) and
   * maxUnavailable (down).
   */
  public Optional<Integer> scaled(int total, boolean roundUp) {
    if (number.isPresent()) {
      return number;
    }
    if (!isPercent()) {
      return Optional.empty();
    }
    try {
      BigDecimal pct = new BigDecimal(text.substring(0, text.length() - 1));
      BigDecimal v = pct.multiply(BigDecimal.valueOf(total)).divide(BigDecimal.valueOf(100));
      return Optional.of(v.setScale(0, roundUp ? RoundingMode.CEILING : RoundingMode.FLOOR)
          .intValueExact());
    } catch (NumberFormatException | ArithmeticException e) {
      return Optional.empty();
    }
  }
}
