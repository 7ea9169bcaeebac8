package io.github.kubecheck.netpol;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Works out the matrix row by row, in parallel: for each source, the ports to every other
 * endpoint. Each connection between classes is evaluated once per row; a source whose egress
 * nothing restricts skips straight to the destinations' ingress.
 */
final class MatrixBuilder {

  private final NetworkModel model;
  private final List<NetworkEndpoint> endpoints = new ArrayList<>();
  private final List<Cidr> ranges;
  private final List<Workload> workloads;

  MatrixBuilder(NetworkModel model) {
    this.model = model;
    this.ranges = model.outsideRanges();
    this.workloads = model.workloads();
    ranges.forEach(r -> endpoints.add(new NetworkEndpoint.Outside(r)));
    workloads.forEach(w -> endpoints.add(new NetworkEndpoint.OfWorkload(w)));
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
    PortSet[] byClass = new PortSet[model.classes().size()];
    for (int j = 0; j < endpoints.size(); j++) {
      if (j == i) {
        continue;
      }
      NetworkEndpoint to = endpoints.get(j);
      PortSet ports = PortSet.NONE;
      if (to instanceof NetworkEndpoint.Outside r) {
        for (PodClass s : source.classes()) {
          ports = ports.union(model.allowedTo(s, r.range()));
        }
      } else {
        for (PodClass d : ((NetworkEndpoint.OfWorkload) to).workload().classes()) {
          ports = ports.union(toClass(source, d, byClass));
        }
      }
      add(out, from, to, ports);
    }
    return out;
  }

  private PortSet toClass(Workload source, PodClass d, PortSet[] cache) {
    PortSet hit = cache[d.index()];
    if (hit == null) {
      hit = PortSet.NONE;
      for (PodClass s : source.classes()) {
        hit = hit.union(model.allowed(s, d));
      }
      cache[d.index()] = hit;
    }
    return hit;
  }

  private static void add(List<Matrix.Connection> out, NetworkEndpoint from, NetworkEndpoint to,
      PortSet ports) {
    if (!ports.isEmpty()) {
      out.add(new Matrix.Connection(from, to, ports));
    }
  }
}
