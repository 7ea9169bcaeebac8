package io.github.kubecheck.netpol;

import java.util.List;

/**
 * The addresses of a NetworkPolicy {@code ipBlock} (its cidr without its {@code except} ranges),
 * or one CIDR of an admin policy's {@code networks} peer.
 */
public record AddressBlock(Cidr cidr, List<Cidr> except) {

  public AddressBlock {
    except = List.copyOf(except);
  }

  /** Whether every address of {@code range} is in the block. */
  public boolean containsAll(Cidr range) {
    if (!cidr.contains(range)) {
      return false;
    }
    for (Cidr e : except) {
      if (e.overlaps(range)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the block holds an outside range: {@code range} minus the narrower ranges that the
   * policies' blocks carve out of it (every except is one of those, so an except inside the
   * range is not part of it).
   */
  public boolean containsRange(Cidr range) {
    return cidr.contains(range) && except.stream().noneMatch(e -> e.contains(range));
  }

  /** Whether the block covers every address pods can get in the given pod network. */
  public boolean coversAll(List<Cidr> podNetwork) {
    return !podNetwork.isEmpty() && podNetwork.stream().allMatch(this::containsAll);
  }

  public boolean contains(IpAddress ip) {
    return cidr.contains(ip) && except.stream().noneMatch(e -> e.contains(ip));
  }

  /** Whether the block covers all addresses of the family, as {@code 0.0.0.0/0} does. */
  public boolean isEverywhere() {
    return cidr.prefix() == 0;
  }

  @Override
  public String toString() {
    return except.isEmpty() ? cidr.toString() : cidr + " except " + String.join(", ",
        except.stream().map(Cidr::toString).toList());
  }
}
