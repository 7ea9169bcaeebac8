package io.github.kubecheck.cli;

import io.github.kubecheck.Checker;
import io.github.kubecheck.rule.RulePage;
import io.github.kubecheck.rule.RuleRegistry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kubecheck rules explain ID}: the rule's page. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Print a rule's page: what it finds, why it matters, what to do instead.")
public final class RulesExplainCommand implements Callable<Integer> {

  @Parameters(paramLabel = "RULE-ID", description = "The rule, as `kubecheck rules list` shows it.")
  String id;

  private final Env env;
  private final Checker checker;

  public RulesExplainCommand(Env env, Checker checker) {
    this.env = env;
    this.checker = checker;
  }

  @Override
  public Integer call() throws UsageException {
    RuleRegistry.Entry entry = checker.registry().get(id).orElseThrow(() -> new UsageException(
        "unknown rule \"" + id + "\"; `kubecheck rules list` shows them all"));
    env.out().print(RulePage.bundled(entry.metadata().id())
        .orElseGet(() -> RulePage.render(entry.metadata(), java.util.List.of())));
    env.out().flush();
    return ExitCodes.OK;
  }
}
