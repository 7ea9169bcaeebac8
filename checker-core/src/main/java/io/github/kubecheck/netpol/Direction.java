package io.github.kubecheck.netpol;

/** The two directions a policy controls, with the words the API uses for each. */
public enum Direction {
  INGRESS("Ingress", "ingress", "from"),
  EGRESS("Egress", "egress", "to");

  private final String policyType;
  private final String field;
  private final String peersField;

  Direction(String policyType, String field, String peersField) {
    this.policyType = policyType;
    this.field = field;
    this.peersField = peersField;
  }

  /** The value in {@code policyTypes}: Ingress or Egress. */
  public String policyType() {
    return policyType;
  }

  /** The spec field that lists the rules: ingress or egress. */
  public String field() {
    return field;
  }

  /** The rule field that lists the peers: from or to. */
  public String peersField() {
    return peersField;
  }
}
