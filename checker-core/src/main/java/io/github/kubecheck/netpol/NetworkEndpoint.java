package io.github.kubecheck.netpol;

/** What FROM and TO name, and what the matrix lists: a workload, or addresses outside. */
public sealed interface NetworkEndpoint {

  /** How commands and reports write it. */
  String name();

  record OfWorkload(Workload workload) implements NetworkEndpoint {
    @Override
    public String name() {
      return workload.name();
    }
  }

  /**
   * Addresses outside the cluster: one address (a host range), or in the matrix a range the
   * policies carve out, without the narrower ranges listed beside it.
   */
  record Outside(Cidr range) implements NetworkEndpoint {
    @Override
    public String name() {
      return range.prefix() == range.bits() ? IpAddress.format(range.family(), range.base())
          : range.toString();
    }
  }
}
