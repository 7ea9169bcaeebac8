package io.github.kubecheck.netpol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Addresses and CIDRs read as Go's net package reads them, without name resolution. */
class AddressTest {

  private static Cidr cidr(String s) {
    return Cidr.parse(s).orElseThrow();
  }

  @Test
  void hostBitsAreClearedAsParseCidrClearsThem() {
    assertThat(cidr("192.168.1.1/24")).hasToString("192.168.1.0/24");
    assertThat(cidr("2001:db8::1/64")).hasToString("2001:db8::/64");
    assertThat(cidr("0.0.0.0/0").contains(cidr("10.1.0.0/16"))).isTrue();
    assertThat(cidr("10.1.0.0/16").contains(cidr("10.0.0.0/8"))).isFalse();
    assertThat(cidr("10.0.0.0/8").overlaps(cidr("10.9.9.9/32"))).isTrue();
    assertThat(cidr("10.0.0.0/8").overlaps(cidr("11.0.0.0/8"))).isFalse();
    assertThat(cidr("::/0").contains(cidr("10.0.0.0/8"))).as("families differ").isFalse();
  }

  @Test
  void ipv6IsWrittenAsRfc5952Says() {
    assertThat(IpAddress.parse("2001:0DB8:0000:0000:0000:0000:0002:0001").orElseThrow())
        .hasToString("2001:db8::2:1");
    assertThat(IpAddress.parse("::").orElseThrow()).hasToString("::");
    assertThat(IpAddress.parse("fe80::1:0:0:1").orElseThrow()).hasToString("fe80::1:0:0:1");
    assertThat(IpAddress.parse("::ffff:192.0.2.1").orElseThrow()).hasToString("::ffff:c000:201");
  }

  @Test
  void malformedTextIsNoAddress() {
    for (String bad : List.of("", "1.2.3", "1.2.3.256", "1.2.3.4.5", "a.b.c.d", "1::2::3",
        "12345::", "1:2:3:4:5:6:7:8:9", "localhost", "example.com")) {
      assertThat(IpAddress.parse(bad)).as(bad).isEmpty();
    }
    for (String bad : List.of("10.0.0.0", "10.0.0.0/33", "10.0.0.0/x", "::/129", "/8")) {
      assertThat(Cidr.parse(bad)).as(bad).isEmpty();
    }
  }

  @Test
  void aBlockHoldsRangesAndAddressesButNotItsExcepts() {
    AddressBlock b = new AddressBlock(cidr("10.0.0.0/8"), List.of(cidr("10.1.0.0/16")));
    assertThat(b.contains(IpAddress.parse("10.2.3.4").orElseThrow())).isTrue();
    assertThat(b.contains(IpAddress.parse("10.1.3.4").orElseThrow())).isFalse();
    assertThat(b.containsAll(cidr("10.2.0.0/16"))).isTrue();
    assertThat(b.containsAll(cidr("10.0.0.0/8"))).isFalse();
    assertThat(b.containsRange(cidr("10.0.0.0/8"))).as("the except is its own range").isTrue();
    assertThat(b.containsRange(cidr("10.1.0.0/16"))).isFalse();
    assertThat(b.coversAll(List.of(cidr("10.244.0.0/16")))).isTrue();
    assertThat(b.coversAll(List.of(cidr("10.0.0.0/8")))).isFalse();
  }
}
