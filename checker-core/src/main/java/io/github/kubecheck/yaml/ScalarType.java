package io.github.kubecheck.yaml;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How Kubernetes types a plain scalar. kubectl and the API server read YAML with a YAML 1.1
 * resolver: {@code yes}, {@code on}, {@code y} are booleans and {@code 0755} is an octal number,
 * unlike YAML 1.2 readers that many editors and tools use.
 */
public enum ScalarType {
  STRING("string"),
  INT("integer"),
  FLOAT("number"),
  BOOL("boolean"),
  NULL("null");

  private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
  private static final Set<String> TRUES =
      Set.of("y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON");
  private static final Set<String> FALSES =
      Set.of("n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF");
  /** Booleans only a YAML 1.1 reader sees: a YAML 1.2 or JSON reader keeps them as strings. */
  private static final Set<String> YAML11_ONLY_BOOLEANS =
      Set.of("y", "Y", "yes", "Yes", "YES", "on", "On", "ON",
          "n", "N", "no", "No", "NO", "off", "Off", "OFF");
  private static final Pattern DECIMAL = Pattern.compile("[-+]?(0|[1-9][0-9_]*)");
  private static final Pattern OCTAL = Pattern.compile("[-+]?0[0-7_]+");
  private static final Pattern HEX = Pattern.compile("[-+]?0x[0-9a-fA-F_]+");
  private static final Pattern BINARY = Pattern.compile("[-+]?0b[01_]+");
  private static final Pattern FLOATING =
      Pattern.compile("[-+]?([0-9][0-9_]*)?\\.?[0-9_]*([eE][-+]?[0-9]+)?");
  private static final Set<String> SPECIAL_FLOATS =
      Set.of(".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF",
          ".nan", ".NaN", ".NAN");

  /** The characters a number (of any pattern below) can start with. */
  private static final String NOT_NUMERIC_START = "-+.0123456789_eE";

  private final String jsonName;

  ScalarType(String jsonName) {
    this.jsonName = jsonName;
  }

  public String jsonName() {
    return jsonName;
  }

  /** The type of a plain (unquoted) scalar as Kubernetes resolves it. */
  public static ScalarType resolvePlain(String text) {
    if (NULLS.contains(text)) {
      return NULL;
    }
    if (TRUES.contains(text) || FALSES.contains(text)) {
      return BOOL;
    }
    if (NOT_NUMERIC_START.indexOf(text.charAt(0)) < 0) {
      // Most scalars are names and words: no number pattern can match them.
      return STRING;
    }
    if (DECIMAL.matcher(text).matches() || OCTAL.matcher(text).matches()
        || HEX.matcher(text).matches() || BINARY.matcher(text).matches()) {
      return longValue(text).isPresent() ? INT : FLOAT;
    }
    if (SPECIAL_FLOATS.contains(text)) {
      return FLOAT;
    }
    if (!text.isEmpty() && FLOATING.matcher(text).matches() && text.chars().anyMatch(Character::isDigit)) {
      return FLOAT;
    }
    return STRING;
  }

  /** Whether a YAML 1.2 or JSON reader would type this plain scalar differently from Kubernetes. */
  public static boolean isYaml11Only(String text) {
    return YAML11_ONLY_BOOLEANS.contains(text) || isOctal(text);
  }

  /** Octal in YAML 1.1 ({@code 0755}), a decimal or string elsewhere. */
  public static boolean isOctal(String text) {
    return OCTAL.matcher(text).matches() && !text.replace("_", "").replaceFirst("^[-+]", "").equals("0");
  }

  static boolean booleanValue(String text) {
    return TRUES.contains(text);
  }

  static Optional<Long> longValue(String text) {
    String t = text.replace("_", "");
    boolean negative = t.startsWith("-");
    if (t.startsWith("-") || t.startsWith("+")) {
      t = t.substring(1);
    }
    int radix = 10;
    if (t.startsWith("0x")) {
      radix = 16;
      t = t.substring(2);
    } else if (t.startsWith("0b")) {
      radix = 2;
      t = t.substring(2);
    } else if (t.length() > 1 && t.startsWith("0")) {
      radix = 8;
      t = t.substring(1);
    }
    try {
      long v = Long.parseLong(t, radix);
      return Optional.of(negative ? -v : v);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
