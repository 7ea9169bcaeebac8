package io.github.kubecheck.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quantity grammar of k8s.io/apimachinery/pkg/api/resource. */
class QuantityTest {

  private static BigDecimal value(String text) {
    return Quantity.parse(text).orElseThrow().value();
  }

  @Test
  void parsesEverySuffixKind() {
    assertThat(value("100m")).isEqualByComparingTo("0.1");
    assertThat(value("1Gi")).isEqualByComparingTo("1073741824");
    assertThat(value("1G")).isEqualByComparingTo("1000000000");
    assertThat(value("1e3")).isEqualByComparingTo("1000");
    assertThat(value("1E3")).isEqualByComparingTo("1000");
    assertThat(value("1E")).isEqualByComparingTo("1000000000000000000");
    assertThat(value("0.5")).isEqualByComparingTo("0.5");
    assertThat(value(".5")).isEqualByComparingTo("0.5");
    assertThat(value("5.")).isEqualByComparingTo("5");
    assertThat(value("+1Ki")).isEqualByComparingTo("1024");
    assertThat(value("-2")).isEqualByComparingTo("-2");
    assertThat(value("250u")).isEqualByComparingTo("0.00025");
    assertThat(value("1.5Mi")).isEqualByComparingTo("1572864");
  }

  @Test
  void rejectsWhatTheApiServerRejects() {
    for (String bad : new String[] {"", "Gi", "1 Gi", "1gi", "1.2.3", "1KB", "one", "1e", "1Mb", "--1"}) {
      assertThat(Quantity.parse(bad)).as(bad).isEmpty();
    }
  }

  @Test
  void milliValueRoundsUpAsKubernetesDoes() {
    assertThat(Quantity.parse("1.0001m").orElseThrow().milliValue()).isEqualTo(2);
    assertThat(Quantity.parse("2").orElseThrow().milliValue()).isEqualTo(2000);
    assertThat(Quantity.parse("0.1").orElseThrow().longValue()).isEqualTo(1);
  }

  @Test
  void arithmeticIsExact() {
    Random random = new Random(1);
    for (int i = 0; i < 1000; i++) {
      long a = random.nextInt(1_000_000);
      long b = random.nextInt(1_000_000);
      Quantity qa = Quantity.parse(a + "m").orElseThrow();
      Quantity qb = Quantity.parse(b + "m").orElseThrow();
      assertThat(qa.plus(qb).milliValue()).isEqualTo(a + b);
      assertThat(qa.plus(qb).minus(qb)).isEqualTo(qa);
      assertThat(Integer.signum(qa.compareTo(qb))).isEqualTo(Long.signum(a - b));
    }
  }

  @Test
  void equalValuesWrittenDifferentlyAreEqual() {
    assertThat(Quantity.parse("1024Mi")).isEqualTo(Quantity.parse("1Gi"));
    assertThat(Quantity.parse("1000m")).isEqualTo(Quantity.parse("1"));
    assertThat(Quantity.parse("1000m").orElseThrow().hashCode())
        .isEqualTo(Quantity.parse("1").orElseThrow().hashCode());
  }
}
