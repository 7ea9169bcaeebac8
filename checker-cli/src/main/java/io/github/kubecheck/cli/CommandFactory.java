package io.github.kubecheck.cli;

import io.github.kubecheck.Checker;
import java.lang.reflect.Constructor;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * Creates commands with what they need: each command class takes {@link Env}, and optionally the
 * {@link Checker}, in its constructor.
 */
final class CommandFactory implements CommandLine.IFactory {

  private final Env env;
  private final Supplier<Checker> checkers;
  private Checker checker;
  private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

  /** The checker, and so the rule registry, is made when the first command needs it. */
  CommandFactory(Env env, Supplier<Checker> checkers) {
    this.env = env;
    this.checkers = checkers;
  }

  private Checker checker() {
    if (checker == null) {
      checker = checkers.get();
    }
    return checker;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      Class<?>[] p = c.getParameterTypes();
      if (p.length == 2 && p[0] == Env.class && p[1] == Checker.class) {
        return type.cast(c.newInstance(env, checker()));
      }
      if (p.length == 1 && p[0] == Env.class) {
        return type.cast(c.newInstance(env));
      }
    }
    return fallback.create(type);
  }
}
