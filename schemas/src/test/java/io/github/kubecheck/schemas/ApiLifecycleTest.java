package io.github.kubecheck.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kubecheck.schemas.ApiLifecycle.State;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What each version serves, deprecates and removed, from the kind indexes and the migration
 * guide's table; a replacement is always strictly more mature than what it replaces.
 */
class ApiLifecycleTest {

  @Test
  void autoscalingV2IsTheCurrentHorizontalPodAutoscalerNotADeprecatedOne() {
    for (String v : BundledSchemas.versions()) {
      assertThat(ApiLifecycle.status("autoscaling/v2", "HorizontalPodAutoscaler", v).state())
          .as("autoscaling/v2 in %s", v).isEqualTo(State.SERVED);
      // v1 is GA too and still served: GA versions are not removed within a major version.
      assertThat(ApiLifecycle.status("autoscaling/v1", "HorizontalPodAutoscaler", v).state())
          .as("autoscaling/v1 in %s", v).isEqualTo(State.SERVED);
    }
  }

  @Test
  void autoscalingV2beta2WasRemovedIn126InFavourOfV2() {
    ApiLifecycle.Status s = ApiLifecycle.status("autoscaling/v2beta2", "HorizontalPodAutoscaler",
        "1.27");
    assertThat(s.state()).isEqualTo(State.REMOVED);
    assertThat(s.removedIn()).contains("1.26");
    assertThat(s.replacement()).contains("autoscaling/v2");
  }

  @Test
  void flowSchemaBetasAreServedUntilTheirRemoval() {
    String v1beta3 = "flowcontrol.apiserver.k8s.io/v1beta3";
    assertThat(ApiLifecycle.status(v1beta3, "FlowSchema", "1.31").state())
        .isEqualTo(State.DEPRECATED);
    ApiLifecycle.Status removed = ApiLifecycle.status(v1beta3, "FlowSchema", "1.32");
    assertThat(removed.state()).isEqualTo(State.REMOVED);
    assertThat(removed.removedIn()).contains("1.32");
    assertThat(removed.replacement()).contains("flowcontrol.apiserver.k8s.io/v1");
    assertThat(ApiLifecycle.status("flowcontrol.apiserver.k8s.io/v1beta2", "FlowSchema", "1.29")
        .state()).isEqualTo(State.REMOVED);
  }

  @Test
  void maturityOrdersGaBeforeBetaBeforeAlphaThenHigherVersionsFirst() {
    assertThat(ApiMaturity.of("autoscaling/v2")).isLessThan(ApiMaturity.of("autoscaling/v1"));
    assertThat(ApiMaturity.of("autoscaling/v1")).isLessThan(ApiMaturity.of("autoscaling/v2beta2"));
    assertThat(ApiMaturity.of("x/v1beta2")).isLessThan(ApiMaturity.of("x/v1beta1"));
    assertThat(ApiMaturity.of("x/v2beta1")).isLessThan(ApiMaturity.of("x/v1beta2"));
    assertThat(ApiMaturity.of("x/v1beta1")).isLessThan(ApiMaturity.of("x/v1alpha3"));
    assertThat(ApiMaturity.of("x/v1alpha1")).isLessThan(ApiMaturity.of("x/weird"));
  }

  @Test
  void aReplacementIsStrictlyMoreMature() {
    String newest = BundledSchemas.newest();
    assertThat(ApiLifecycle.newerStable("autoscaling/v2", "HorizontalPodAutoscaler", newest))
        .isEmpty();
    assertThat(ApiLifecycle.newerStable("autoscaling/v1", "HorizontalPodAutoscaler", newest))
        .isEqualTo(Optional.of("autoscaling/v2"));
    for (String v : BundledSchemas.versions()) {
      for (KindEntry e : BundledSchemas.api(v).kinds()) {
        ApiLifecycle.newerStable(e.apiVersion(), e.kind(), v).ifPresent(r ->
            assertThat(ApiMaturity.of(r)).as("%s %s in %s", e.apiVersion(), e.kind(), v)
                .isLessThan(ApiMaturity.of(e.apiVersion())));
      }
    }
  }
}
