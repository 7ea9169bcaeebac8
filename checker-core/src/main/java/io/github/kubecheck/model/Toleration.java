package io.github.kubecheck.model;

import io.github.kubecheck.yaml.MappingNode;
import java.util.List;

/**
 * A pod toleration. The matching is the API's: an empty key with Exists tolerates every taint;
 * an empty effect matches every effect; Equal (the default operator) compares values.
 */
public record Toleration(String key, String operator, String value, String effect) {

  public static List<Toleration> listOf(MappingNode podSpec) {
    return podSpec.sequence("tolerations").map(s -> s.mappings().map(m -> new Toleration(
        m.text("key").orElse(""), m.text("operator").orElse("Equal"), m.text("value").orElse(""),
        m.text("effect").orElse(""))).toList()).orElse(List.of());
  }

  public boolean tolerates(Taint taint) {
    if (!effect.isEmpty() && !effect.equals(taint.effect())) {
      return false;
    }
    if (!key.isEmpty() && !key.equals(taint.key())) {
      return false;
    }
    return switch (operator) {
      case "Exists" -> true;
      case "Equal", "" -> value.equals(taint.value());
      default -> false;
    };
  }

  public static boolean anyTolerates(List<Toleration> tolerations, Taint taint) {
    for (Toleration t : tolerations) {
      if (t.tolerates(taint)) {
        return true;
      }
    }
    return false;
  }
}
