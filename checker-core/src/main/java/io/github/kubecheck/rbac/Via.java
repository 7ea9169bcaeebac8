package io.github.kubecheck.rbac;

/**
 * Why a request is allowed: a binding and the role it grants, or the API server's own short-cut
 * for the system:masters group.
 */
public sealed interface Via permits Via.Grant, Via.Superuser {

  /** How reports name the binding, e.g. {@code RoleBinding ci/deployer}. */
  String binding();

  /** How reports name the role, e.g. {@code ClusterRole edit}. */
  String role();

  /**
   * A binding that applies to the subject and the role it refers to; {@code rule} is the rule of
   * the role's effective rules that allows the request, when the grant answers one.
   */
  record Grant(Binding source, Role granted, SourcedRule rule) implements Via {

    @Override
    public String binding() {
      return source.describe();
    }

    @Override
    public String role() {
      return granted.describe();
    }
  }

  /**
   * The API server allows every request of a member of system:masters before RBAC is asked
   * (its privileged-group authorizer), whatever the bindings say.
   */
  record Superuser() implements Via {

    @Override
    public String binding() {
      return "(none: the API server allows system:masters everything)";
    }

    @Override
    public String role() {
      return "(superuser)";
    }
  }
}
