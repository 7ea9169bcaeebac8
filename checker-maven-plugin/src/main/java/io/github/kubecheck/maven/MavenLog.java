package io.github.kubecheck.maven;

import io.github.kubecheck.rule.Severity;
import org.apache.maven.plugin.logging.Log;

/** Where a run's lines go: Maven's log, at the level of each finding's severity. */
final class MavenLog implements PluginRun.Output {

  private final Log log;

  MavenLog(Log log) {
    this.log = log;
  }

  @Override
  public void line(Severity severity, String text) {
    switch (severity) {
      case ERROR -> log.error(text);
      case WARNING -> log.warn(text);
      case INFO -> log.info(text);
    }
  }

  @Override
  public void info(String text) {
    log.info(text);
  }
}
