package io.github.kubecheck.report;

import java.util.List;
import java.util.Optional;

/** The formats {@code lint} can write, by name. */
public final class ReportFormats {

  private static final List<ReportFormat> ALL = List.of(new TextReport(), new JsonReport(),
      new SarifReport(), new JunitReport(), new GithubReport());

  private ReportFormats() {}

  public static Optional<ReportFormat> byName(String name) {
    return ALL.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  public static List<String> names() {
    return ALL.stream().map(ReportFormat::name).toList();
  }
}
