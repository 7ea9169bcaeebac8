package io.github.kubecheck.rbac;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who makes a request, as the authenticator hands it to the authorizer: a user name and the
 * groups the user is in.
 */
public record UserInfo(String name, Set<String> groups) {

  public static final String AUTHENTICATED = "system:authenticated";
  public static final String UNAUTHENTICATED = "system:unauthenticated";
  public static final String ANONYMOUS = "system:anonymous";
  public static final String SERVICE_ACCOUNTS = "system:serviceaccounts";
  public static final String MASTERS = "system:masters";
  private static final String SA_PREFIX = "system:serviceaccount:";

  public UserInfo {
    groups = Set.copyOf(groups);
  }

  public static String serviceAccountUserName(String namespace, String name) {
    return SA_PREFIX + namespace + ":" + name;
  }

  /**
   * The identity of a subject: a user is authenticated (system:anonymous is not); a service
   * account is also in system:serviceaccounts and system:serviceaccounts:NS, as its token says;
   * a group stands for some member of it, with no user name a binding could name.
   */
  public static UserInfo of(Subject subject) {
    Set<String> groups = new LinkedHashSet<>();
    switch (subject.kind()) {
      case Subject.SERVICE_ACCOUNT -> {
        groups.add(SERVICE_ACCOUNTS);
        groups.add(SERVICE_ACCOUNTS + ":" + subject.namespace());
        groups.add(AUTHENTICATED);
        return new UserInfo(subject.userName(), groups);
      }
      case Subject.GROUP -> {
        groups.add(subject.name());
        if (subject.name().startsWith(SERVICE_ACCOUNTS + ":")) {
          groups.add(SERVICE_ACCOUNTS);
        }
        if (!subject.name().equals(UNAUTHENTICATED)) {
          groups.add(AUTHENTICATED);
        }
        return new UserInfo("", groups);
      }
      default -> {
        if (subject.name().startsWith(SA_PREFIX)) {
          // Impersonating such a user name yields the service account, groups included.
          String[] parts = subject.name().substring(SA_PREFIX.length()).split(":", -1);
          if (parts.length == 2 && !parts[0].isEmpty() && !parts[1].isEmpty()) {
            return of(Subject.serviceAccount(parts[0], parts[1]));
          }
        }
        groups.add(subject.name().equals(ANONYMOUS) ? UNAUTHENTICATED : AUTHENTICATED);
        return new UserInfo(subject.name(), groups);
      }
    }
  }

  /**
   * Reads the command line's SUBJECT: {@code user:NAME}, {@code group:NAME},
   * {@code serviceaccount:NAMESPACE:NAME} or {@code system:serviceaccount:NAMESPACE:NAME}.
   */
  public static ParseResult<Subject> parseSubject(String text) {
    String usage = "SUBJECT must be user:NAME, group:NAME or serviceaccount:NAMESPACE:NAME, not \""
        + text + "\"";
    if (text.startsWith("user:") && text.length() > 5) {
      return ParseResult.ok(Subject.user(text.substring(5)));
    }
    if (text.startsWith("group:") && text.length() > 6) {
      return ParseResult.ok(Subject.group(text.substring(6)));
    }
    String rest = text.startsWith("serviceaccount:") ? text.substring("serviceaccount:".length())
        : text.startsWith(SA_PREFIX) ? text.substring(SA_PREFIX.length()) : null;
    if (rest != null) {
      String[] parts = rest.split(":", -1);
      if (parts.length == 2 && !parts[0].isEmpty() && !parts[1].isEmpty()) {
        return ParseResult.ok(Subject.serviceAccount(parts[0], parts[1]));
      }
    }
    return ParseResult.invalid(usage);
  }

  public boolean isSuperuser() {
    return groups.contains(MASTERS);
  }
}
