package io.github.kubecheck.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The API server's rules for names, label keys and values, each returning the reasons a value is
 * invalid (empty when valid), worded as the API server words them.
 */
public final class Names {

  private static final Pattern DNS1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern DNS1123_SUBDOMAIN = Pattern.compile(
      "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern DNS1035_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern QUALIFIED_NAME =
      Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
  private static final Pattern LABEL_VALUE =
      Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?");

  private Names() {}

  public static List<String> dns1123Label(String value) {
    List<String> errors = new ArrayList<>();
    if (value.length() > 63) {
      errors.add("must be no more than 63 characters");
    }
    if (!DNS1123_LABEL.matcher(value).matches()) {
      errors.add("a lowercase RFC 1123 label must consist of lower case alphanumeric characters "
          + "or '-', and must start and end with an alphanumeric character");
    }
    return errors;
  }

  public static List<String> dns1123Subdomain(String value) {
    List<String> errors = new ArrayList<>();
    if (value.length() > 253) {
      errors.add("must be no more than 253 characters");
    }
    if (!DNS1123_SUBDOMAIN.matcher(value).matches()) {
      errors.add("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric "
          + "characters, '-' or '.', and must start and end with an alphanumeric character");
    }
    return errors;
  }

  public static List<String> dns1035Label(String value) {
    List<String> errors = new ArrayList<>();
    if (value.length() > 63) {
      errors.add("must be no more than 63 characters");
    }
    if (!DNS1035_LABEL.matcher(value).matches()) {
      errors.add("a DNS-1035 label must consist of lower case alphanumeric characters or '-', "
          + "start with an alphabetic character, and end with an alphanumeric character");
    }
    return errors;
  }

  /** Names of RBAC objects and a few others: any path segment. */
  public static List<String> pathSegment(String value) {
    if (value.equals(".") || value.equals("..")) {
      return List.of("may not be '" + value + "'");
    }
    if (value.contains("/") || value.contains("%")) {
      return List.of("may not contain '/' or '%'");
    }
    return List.of();
  }

  /** A label or annotation key: an optional DNS subdomain prefix and a slash, then a name. */
  public static List<String> qualifiedName(String key) {
    List<String> errors = new ArrayList<>();
    String name = key;
    int slash = key.indexOf('/');
    if (slash >= 0) {
      String prefix = key.substring(0, slash);
      name = key.substring(slash + 1);
      if (prefix.isEmpty()) {
        errors.add("prefix part must be non-empty");
      } else {
        dns1123Subdomain(prefix).forEach(e -> errors.add("prefix part " + e));
      }
      if (name.contains("/")) {
        errors.add("a qualified name must have at most one '/'");
        return errors;
      }
    }
    if (name.isEmpty()) {
      errors.add("name part must be non-empty");
    } else {
      if (name.length() > 63) {
        errors.add("name part must be no more than 63 characters");
      }
      if (!QUALIFIED_NAME.matcher(name).matches()) {
        errors.add("name part must consist of alphanumeric characters, '-', '_' or '.', and "
            + "must start and end with an alphanumeric character");
      }
    }
    return errors;
  }

  public static List<String> labelValue(String value) {
    List<String> errors = new ArrayList<>();
    if (value.length() > 63) {
      errors.add("must be no more than 63 characters");
    }
    if (!LABEL_VALUE.matcher(value).matches()) {
      errors.add("a valid label must be an empty string or consist of alphanumeric characters, "
          + "'-', '_' or '.', and must start and end with an alphanumeric character");
    }
    return errors;
  }
}
