package io.github.kubecheck.netpol;

/** A container port that has a name, which policies may use instead of its number. */
public record NamedPort(String name, Protocol protocol, int number) implements Comparable<NamedPort> {

  @Override
  public int compareTo(NamedPort o) {
    int c = name.compareTo(o.name);
    if (c != 0) {
      return c;
    }
    c = protocol.compareTo(o.protocol);
    return c != 0 ? c : Integer.compare(number, o.number);
  }
}
