package io.github.kubecheck.rbac;

import java.util.Comparator;

/**
 * A subject as a binding names it, after the namespace defaulting the authorizer applies: a
 * ServiceAccount in a RoleBinding without a namespace is in the binding's namespace.
 *
 * @param kind {@code User}, {@code Group} or {@code ServiceAccount}
 * @param namespace the ServiceAccount's namespace; empty for users and groups
 */
public record Subject(String kind, String namespace, String name) {

  public static final String USER = "User";
  public static final String GROUP = "Group";
  public static final String SERVICE_ACCOUNT = "ServiceAccount";

  public static final Comparator<Subject> ORDER = Comparator.comparing(Subject::kind)
      .thenComparing(Subject::namespace).thenComparing(Subject::name);

  public static Subject user(String name) {
    return new Subject(USER, "", name);
  }

  public static Subject group(String name) {
    return new Subject(GROUP, "", name);
  }

  public static Subject serviceAccount(String namespace, String name) {
    return new Subject(SERVICE_ACCOUNT, namespace, name);
  }

  public boolean isServiceAccount() {
    return kind.equals(SERVICE_ACCOUNT);
  }

  /**
   * The user name the authorizer compares: a ServiceAccount authenticates as
   * {@code system:serviceaccount:NS:NAME}, so a User subject of that name is the same identity.
   */
  public String userName() {
    return isServiceAccount() ? UserInfo.serviceAccountUserName(namespace, name) : name;
  }

  /** {@code ServiceAccount ci/deployer}, {@code Group system:masters}. */
  public String describe() {
    return kind + " " + (isServiceAccount() ? namespace + "/" + name : name);
  }

  /** The SUBJECT syntax of the command line: {@code serviceaccount:ci:deployer}. */
  public String argument() {
    return switch (kind) {
      case SERVICE_ACCOUNT -> "serviceaccount:" + namespace + ":" + name;
      case GROUP -> "group:" + name;
      default -> "user:" + name;
    };
  }

  @Override
  public String toString() {
    return describe();
  }
}
