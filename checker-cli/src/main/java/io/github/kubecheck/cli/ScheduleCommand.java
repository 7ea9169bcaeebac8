package io.github.kubecheck.cli;

import io.github.kubecheck.Checker;
import io.github.kubecheck.FailOn;
import io.github.kubecheck.analysis.Facts;
import io.github.kubecheck.cluster.ClusterLoader;
import io.github.kubecheck.model.Node;
import io.github.kubecheck.model.Quantity;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.report.Json;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.scheduler.Amounts;
import io.github.kubecheck.scheduler.NodeState;
import io.github.kubecheck.scheduler.Schedule;
import io.github.kubecheck.scheduler.SchedulingAnalysis;
import io.github.kubecheck.scheduler.SimPod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kubecheck schedule}: where every pod of the input would land, or why it cannot. */
@Command(name = "schedule", mixinStandardHelpOptions = true,
    description = "Dry-run the workloads through a model of kube-scheduler on the cluster "
        + "(--cluster, or the built-in default cluster): the placement of every pod, and "
        + "kube-scheduler's FailedScheduling message for the pods no node fits.")
public final class ScheduleCommand implements Callable<Integer> {

  @Mixin
  CommonOptions options;

  @Option(names = "--show-cluster", description = "Print the cluster the simulation runs in "
      + "(the --cluster file, or the built-in default cluster) and stop.")
  boolean showCluster;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Files, folders or - for standard input. Default: the working folder.")
  List<String> paths = new ArrayList<>();

  private final Env env;
  private final Checker checker;

  public ScheduleCommand(Env env, Checker checker) {
    this.env = env;
    this.checker = checker;
  }

  @Override
  public Integer call() throws Exception {
    List<String> formats = options.formats(Set.of("text", "json"));
    if (showCluster) {
      options.write(env, ClusterLoader.clusterText(env.cwd(),
          Optional.ofNullable(options.cluster)));
      return ExitCodes.OK;
    }
    FailOn failOn = options.failOn();
    Facts facts = options.load(checker, paths, env);
    for (Resource node : facts.cluster().nodes()) {
      Node.unreadableQuantities(node).forEach(w -> env.err().println("kubecheck: warning: " + w));
    }
    Schedule schedule = facts.get(SchedulingAnalysis.INSTANCE);
    for (String f : formats) {
      options.write(env, f.equals("json") ? json(schedule) : text(schedule));
    }
    return !schedule.unschedulable().isEmpty() && failOn.failsOn(Severity.ERROR)
        ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private static String json(Schedule s) {
    List<Object> nodes = new ArrayList<>();
    for (NodeState n : s.nodes()) {
      Map<String, Object> alloc = new LinkedHashMap<>();
      for (String r : List.of("cpu", "memory", "pods")) {
        Quantity q = n.node().allocatable().get(r);
        alloc.put(r, q == null ? "0" : q.text());
      }
      Map<String, Object> requested = new LinkedHashMap<>();
      requested.put("cpu", Amounts.cpu(n.requested().milliCpu()));
      requested.put("memory", Amounts.bytes(n.requested().memory()));
      requested.put("pods", n.podCount());
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", n.name());
      m.put("allocatable", alloc);
      m.put("requested", requested);
      nodes.add(m);
    }
    List<Object> placements = new ArrayList<>();
    for (Schedule.Placement p : s.placements()) {
      Map<String, Object> m = pod(p.pod());
      m.put("node", p.node());
      if (!p.preempted().isEmpty()) {
        m.put("preempted", p.preempted().stream().map(SimPod::fullName).toList());
      }
      placements.add(m);
    }
    List<Object> unschedulable = new ArrayList<>();
    for (Schedule.Unschedulable u : s.unschedulable()) {
      Map<String, Object> m = pod(u.pod());
      m.put("message", u.message());
      unschedulable.add(m);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("nodes", nodes);
    out.put("placements", placements);
    out.put("unschedulable", unschedulable);
    if (!s.skipped().isEmpty()) {
      List<Object> skipped = new ArrayList<>();
      for (SimPod p : s.skipped()) {
        Map<String, Object> m = pod(p);
        m.put("schedulerName", p.schedulerName());
        skipped.add(m);
      }
      out.put("skipped", skipped);
    }
    return Json.write(out);
  }

  private static Map<String, Object> pod(SimPod p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pod", p.fullName());
    m.put("workload", p.workloadKey());
    return m;
  }

  private static String text(Schedule s) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"NODE", "CPU", "MEMORY", "PODS"});
    for (NodeState n : s.nodes()) {
      rows.add(new String[] {n.name(),
          Amounts.cpu(n.requested().milliCpu()) + "/" + Amounts.cpu(n.allocatable().milliCpu()),
          Amounts.bytes(n.requested().memory()) + "/" + Amounts.bytes(n.allocatable().memory()),
          n.podCount() + "/" + n.allowedPods()});
    }
    StringBuilder out = new StringBuilder(Table.render(rows)).append('\n');
    if (!s.placements().isEmpty()) {
      List<String[]> placed = new ArrayList<>();
      placed.add(new String[] {"POD", "WORKLOAD", "NODE"});
      for (Schedule.Placement p : s.placements()) {
        String node = p.node();
        if (!p.preempted().isEmpty()) {
          node += " (preempting " + String.join(", ",
              p.preempted().stream().map(SimPod::fullName).toList()) + ")";
        }
        placed.add(new String[] {p.pod().fullName(), p.pod().workloadKey(), node});
      }
      out.append(Table.render(placed)).append('\n');
    }
    for (Schedule.Unschedulable u : s.unschedulable()) {
      out.append("unschedulable: ").append(u.pod().fullName()).append(" (")
          .append(u.pod().workloadKey()).append("): ").append(u.message()).append('\n');
    }
    for (SimPod p : s.skipped()) {
      out.append("skipped: ").append(p.fullName()).append(" (").append(p.workloadKey())
          .append("): left to scheduler \"").append(p.schedulerName()).append("\"\n");
    }
    out.append(s.placements().size()).append(" placed, ").append(s.unschedulable().size())
        .append(" unschedulable");
    if (!s.skipped().isEmpty()) {
      out.append(", ").append(s.skipped().size()).append(" left to other schedulers");
    }
    out.append(" on ").append(s.nodeCount()).append(s.nodeCount() == 1 ? " node\n" : " nodes\n");
    return out.toString();
  }
}
