package io.github.kubecheck.cli;

import io.github.kubecheck.Checker;
import io.github.kubecheck.rule.RuleMetadata;
import io.github.kubecheck.rule.RuleRegistry;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code kubecheck rules list}: every rule with its category and default severity. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List every rule with its category, default severity and summary.")
public final class RulesListCommand implements Callable<Integer> {

  private final Env env;
  private final Checker checker;

  public RulesListCommand(Env env, Checker checker) {
    this.env = env;
    this.checker = checker;
  }

  @Override
  public Integer call() {
    List<RuleRegistry.Entry> rules = checker.registry().all();
    int width = rules.stream().mapToInt(e -> e.metadata().id().length()).max().orElse(4);
    env.out().printf("%-" + width + "s  %-12s  %-8s  %-7s  %s%n",
        "RULE", "CATEGORY", "SEVERITY", "DEFAULT", "SUMMARY");
    for (RuleRegistry.Entry e : rules) {
      RuleMetadata m = e.metadata();
      env.out().printf("%-" + width + "s  %-12s  %-8s  %-7s  %s%n", m.id(), m.category().id(),
          m.severity().id(), m.enabledByDefault() ? "on" : "off", m.summary());
    }
    env.out().flush();
    return ExitCodes.OK;
  }
}
