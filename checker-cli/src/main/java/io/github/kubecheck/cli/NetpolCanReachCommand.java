package io.github.kubecheck.cli;

import io.github.kubecheck.Checker;
import io.github.kubecheck.netpol.NetworkAnalysis;
import io.github.kubecheck.netpol.NetworkEndpoint;
import io.github.kubecheck.netpol.NetworkModel;
import io.github.kubecheck.netpol.PortQuery;
import io.github.kubecheck.netpol.PortSet;
import io.github.kubecheck.netpol.Reachability;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kubecheck netpol can-reach FROM TO}: yes or no, and the policies that decide it. */
@Command(name = "can-reach", mixinStandardHelpOptions = true,
    description = "Whether FROM can open connections to TO (on --port, else on any port), with "
        + "the policies that allow or deny it in the egress of FROM and the ingress of TO. "
        + "Exit code 1 when it cannot.")
public final class NetpolCanReachCommand implements Callable<Integer> {

  @Mixin
  CommonOptions options;

  @Parameters(index = "0", paramLabel = "FROM",
      description = "NAMESPACE/WORKLOAD (NAMESPACE/KIND/NAME when kinds share a name) or an IP "
          + "address outside the cluster.")
  String from;

  @Parameters(index = "1", paramLabel = "TO", description = "Like FROM.")
  String to;

  @Parameters(index = "2..*", paramLabel = "PATH",
      description = "Files, folders or - for standard input. Default: the working folder.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--port", paramLabel = "PORT[/PROTO]",
      description = "A port number or a port name of TO's pods, and TCP (default), UDP or SCTP.")
  String port;

  private final Env env;
  private final Checker checker;

  public NetpolCanReachCommand(Env env, Checker checker) {
    this.env = env;
    this.checker = checker;
  }

  @Override
  public Integer call() throws Exception {
    List<String> formats = options.formats(Set.of("text", "json"));
    Reachability r = ask();
    for (String f : formats) {
      options.write(env, f.equals("json") ? ReachabilityReport.json(r)
          : ReachabilityReport.text(r));
    }
    return r.reachable() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }

  private Reachability ask() throws Exception {
    NetworkModel model = options.load(checker, paths, env).get(NetworkAnalysis.INSTANCE);
    NetworkEndpoint source = endpoint(model, from);
    NetworkEndpoint target = endpoint(model, to);
    if (source instanceof NetworkEndpoint.Outside && target instanceof NetworkEndpoint.Outside) {
      throw new UsageException("FROM and TO are both outside the cluster; name a workload as "
          + "one of them");
    }
    PortSet asked = PortSet.ALL;
    if (port != null) {
      PortQuery q = PortQuery.parse(port).orElseThrow(() -> new UsageException("--port must be "
          + "PORT[/PROTO] with a port 1-65535 or a name, and TCP, UDP or SCTP, not \"" + port
          + "\""));
      asked = q.resolve(target);
      if (asked.isEmpty()) {
        throw new UsageException(target instanceof NetworkEndpoint.Outside
            ? "--port " + port + " names a port, but TO is an address outside the cluster"
            : "the pods of " + target.name() + " have no port named " + port);
      }
    }
    return model.reach(source, target, asked);
  }

  private static NetworkEndpoint endpoint(NetworkModel model, String text) throws UsageException {
    return model.endpoint(text).orElseThrow(() -> new UsageException(
        model.unknownEndpoint(text)));
  }
}
