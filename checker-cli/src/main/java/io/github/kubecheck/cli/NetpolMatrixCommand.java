package io.github.kubecheck.cli;

import io.github.kubecheck.Checker;
import io.github.kubecheck.netpol.Matrix;
import io.github.kubecheck.netpol.NetworkAnalysis;
import io.github.kubecheck.netpol.NetworkModel;
import io.github.kubecheck.report.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code kubecheck netpol matrix}: every pair of endpoints that can connect, and on what. */
@Command(name = "matrix", mixinStandardHelpOptions = true,
    description = "List every ordered pair of workloads (and outside address ranges) that can "
        + "connect, with the ports they can connect on.")
public final class NetpolMatrixCommand implements Callable<Integer> {

  @Mixin
  CommonOptions options;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Files, folders or - for standard input. Default: the working folder.")
  List<String> paths = new ArrayList<>();

  private final Env env;
  private final Checker checker;

  public NetpolMatrixCommand(Env env, Checker checker) {
    this.env = env;
    this.checker = checker;
  }

  @Override
  public Integer call() throws Exception {
    List<String> formats = options.formats(Set.of("text", "json"));
    NetworkModel model = options.load(checker, paths, env).get(NetworkAnalysis.INSTANCE);
    Matrix matrix = model.matrix();
    for (String f : formats) {
      options.write(env, f.equals("json") ? json(matrix) : text(model, matrix));
    }
    return ExitCodes.OK;
  }

  private static String json(Matrix matrix) {
    List<Object> connections = new ArrayList<>();
    for (Matrix.Connection c : matrix.connections()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("from", c.from().name());
      m.put("to", c.to().name());
      m.put("ports", c.ports().describe());
      connections.add(m);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("connections", connections);
    return Json.write(out);
  }

  private static String text(NetworkModel model, Matrix matrix) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"FROM", "TO", "PORTS"});
    for (Matrix.Connection c : matrix.connections()) {
      rows.add(new String[] {c.from().name(), c.to().name(),
          String.join(", ", c.ports().describe())});
    }
    StringBuilder out = new StringBuilder(Table.render(rows));
    int workloads = model.workloads().size();
    int ranges = model.outsideRanges().size();
    out.append('\n').append(workloads).append(workloads == 1 ? " workload, " : " workloads, ")
        .append(ranges).append(ranges == 1 ? " outside range: " : " outside ranges: ")
        .append(matrix.connections().size())
        .append(matrix.connections().size() == 1 ? " connection\n" : " connections\n");
    if (ranges > 1) {
      out.append("An outside range stands for its addresses outside the narrower ranges listed.\n");
    }
    return out.toString();
  }
}
