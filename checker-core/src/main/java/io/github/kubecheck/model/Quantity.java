package io.github.kubecheck.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes resource quantity ({@code 100m}, {@code 1Gi}, {@code 1e3}, {@code 0.5}) with its
 * exact value. The grammar is the API's: a signed decimal number, then a binary suffix (Ki..Ei), a
 * decimal suffix (n, u, m, k, M..E) or a decimal exponent (e3, E-2).
 */
public record Quantity(BigDecimal value, String text) implements Comparable<Quantity> {

  public static final Quantity ZERO = new Quantity(BigDecimal.ZERO, "0");

  private static final Pattern GRAMMAR = Pattern.compile(
      "([+-]?)([0-9]+\\.?[0-9]*|\\.[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?[0-9]+)?");
  private static final BigDecimal KI = BigDecimal.valueOf(1024);
  private static final Map<String, BigDecimal> SUFFIXES = Map.ofEntries(
      Map.entry("", BigDecimal.ONE),
      Map.entry("n", new BigDecimal("1e-9")),
      Map.entry("u", new BigDecimal("1e-6")),
      Map.entry("m", new BigDecimal("1e-3")),
      Map.entry("k", new BigDecimal("1e3")),
      Map.entry("M", new BigDecimal("1e6")),
      Map.entry("G", new BigDecimal("1e9")),
      Map.entry("T", new BigDecimal("1e12")),
      Map.entry("P", new BigDecimal("1e15")),
      Map.entry("E", new BigDecimal("1e18")),
      Map.entry("Ki", KI),
      Map.entry("Mi", KI.pow(2)),
      Map.entry("Gi", KI.pow(3)),
      Map.entry("Ti", KI.pow(4)),
      Map.entry("Pi", KI.pow(5)),
      Map.entry("Ei", KI.pow(6)));

  /** Parses a quantity as the API server does; empty when the text is not one. */
  public static Optional<Quantity> parse(String text) {
    String t = text.strip();
    Matcher m = GRAMMAR.matcher(t);
    if (t.isEmpty() || !m.matches()) {
      return Optional.empty();
    }
    BigDecimal number = new BigDecimal(m.group(2).endsWith(".")
        ? m.group(2).substring(0, m.group(2).length() - 1) : m.group(2));
    if (m.group(1).equals("-")) {
      number = number.negate();
    }
    String suffix = m.group(3) == null ? "" : m.group(3);
    BigDecimal value;
    if (suffix.startsWith("e") || suffix.startsWith("E") && suffix.length() > 1) {
      int exponent;
      try {
        exponent = Integer.parseInt(suffix.substring(1));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
      if (Math.abs(exponent) > 1000) {
        return Optional.empty();
      }
      value = number.scaleByPowerOfTen(exponent);
    } else {
      value = number.multiply(SUFFIXES.get(suffix));
    }
    return Optional.of(new Quantity(value, t));
  }

  public static Quantity ofMillis(long millis) {
    return new Quantity(BigDecimal.valueOf(millis, 3), millis % 1000 == 0
        ? Long.toString(millis / 1000) : millis + "m");
  }

  public static Quantity of(long units) {
    return new Quantity(BigDecimal.valueOf(units), Long.toString(units));
  }

  /** The value in thousandths, rounded up, as Kubernetes' MilliValue does. */
  public long milliValue() {
    return value.movePointRight(3).setScale(0, RoundingMode.CEILING).longValueExact();
  }

  /** The value rounded up to a whole number, as Kubernetes' Value does. */
  public long longValue() {
    return value.setScale(0, RoundingMode.CEILING).longValueExact();
  }

  public boolean isNegative() {
    return value.signum() < 0;
  }

  public boolean isZero() {
    return value.signum() == 0;
  }

  public Quantity plus(Quantity other) {
    BigDecimal sum = value.add(other.value);
    return new Quantity(sum, sum.stripTrailingZeros().toPlainString());
  }

  public Quantity minus(Quantity other) {
    BigDecimal diff = value.subtract(other.value);
    return new Quantity(diff, diff.stripTrailingZeros().toPlainString());
  }

  public Quantity max(Quantity other) {
    return compareTo(other) >= 0 ? this : other;
  }

  @Override
  public int compareTo(Quantity other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Quantity q && q.value.compareTo(value) == 0;
  }

  @Override
  public int hashCode() {
    return value.stripTrailingZeros().hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
