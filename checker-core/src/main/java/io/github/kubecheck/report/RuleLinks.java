package io.github.kubecheck.report;

/** Where a rule's page can be read online, for reports that link to help. */
public final class RuleLinks {

  /** The project's home, as the Maven coordinates io.github.kubecheck name it. */
  public static final String HOME = "https://github.com/kubecheck/kubecheck";

  private RuleLinks() {}

  /** The generated page of a rule, as docs/rules/ holds it. */
  public static String page(String ruleId) {
    return HOME + "/blob/main/docs/rules/" + ruleId + ".md";
  }
}
