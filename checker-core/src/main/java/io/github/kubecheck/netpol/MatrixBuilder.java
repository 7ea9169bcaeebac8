package io.github.kubecheck.netpol;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Works out the matrix row by row, in parallel: for each source, the ports to every other
 * endpoint. A source class's row is worked out once ({@link NetworkModel#row}), so the cost
 * follows the connections egress allows rather than every pair.
 */
final class MatrixBuilder {

  private final NetworkModel model;
  private final List<NetworkEndpoint> endpoints = new ArrayList<>();
  private final List<Cidr> ranges;
  private final List<Workload> workloads;
  /** For each class, the positions in {@link #endpoints} of the workloads that have it. */
  private final int[][] endpointsOfClass;

  MatrixBuilder(NetworkModel model) {
    this.model = model;
    this.ranges = model.outsideRanges();
    this.workloads = model.workloads();
    ranges.forEach(r -> endpoints.add(new NetworkEndpoint.Outside(r)));
    workloads.forEach(w -> endpoints.add(new NetworkEndpoint.OfWorkload(w)));
    List<List<Integer>> byClass = new ArrayList<>();
    model.classes().forEach(c -> byClass.add(new ArrayList<>()));
    for (int j = ranges.size(); j < endpoints.size(); j++) {
      for (PodClass c : workloads.get(j - ranges.size()).classes()) {
        byClass.get(c.index()).add(j);
      }
    }
    endpointsOfClass = byClass.stream()
        .map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
  }

  Matrix build() {
    List<List<Matrix.Connection>> rows = IntStream.range(0, endpoints.size()).parallel()
        .mapToObj(this::row).toList();
    List<Matrix.Connection> all = new ArrayList<>();
    rows.forEach(all::addAll);
    return new Matrix(endpoints, all);
  }

  private List<Matrix.Connection> row(int i) {
    NetworkEndpoint from = endpoints.get(i);
    List<Matrix.Connection> out = new ArrayList<>();
    if (from instanceof NetworkEndpoint.Outside o) {
      for (int j = ranges.size(); j < endpoints.size(); j++) {
        PortSet ports = PortSet.NONE;
        for (PodClass d : ((NetworkEndpoint.OfWorkload) endpoints.get(j)).workload().classes()) {
          ports = ports.union(model.allowedFrom(o.range(), d));
        }
        add(out, from, endpoints.get(j), ports);
      }
      return out;
    }
    Workload source = ((NetworkEndpoint.OfWorkload) from).workload();
    PortSet[] toEndpoint = new PortSet[endpoints.size()];
    for (PodClass s : source.classes()) {
      NetworkModel.Row row = model.row(s);
      for (int k = 0; k < row.targets().length; k++) {
        PortSet p = row.ports()[k];
        for (int j : endpointsOfClass[row.targets()[k]]) {
          toEndpoint[j] = toEndpoint[j] == null ? p : toEndpoint[j].union(p);
        }
      }
      for (int j = 0; j < ranges.size(); j++) {
        PortSet p = model.allowedTo(s, ranges.get(j));
        toEndpoint[j] = toEndpoint[j] == null ? p : toEndpoint[j].union(p);
      }
    }
    for (int j = 0; j < endpoints.size(); j++) {
      if (j != i && toEndpoint[j] != null) {
        add(out, from, endpoints.get(j), toEndpoint[j]);
      }
    }
    return out;
  }

  private static void add(List<Matrix.Connection> out, NetworkEndpoint from, NetworkEndpoint to,
      PortSet ports) {
    if (!ports.isEmpty()) {
      out.add(new Matrix.Connection(from, to, ports));
    }
  }
}
