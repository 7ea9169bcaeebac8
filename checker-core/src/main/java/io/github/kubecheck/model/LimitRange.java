package io.github.kubecheck.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The container defaults of a LimitRange (v1): the limits and requests the LimitRanger admission
 * plugin gives a container that sets none, after the API's defaulting of each item (a missing
 * default limit is the max; a missing default request is the default limit, else the min).
 * Later {@code type: Container} items override earlier ones, as the plugin merges them.
 *
 * @param defaultLimits resource name to quantity, as written
 * @param defaultRequests resource name to quantity, as written
 */
public record LimitRange(Resource resource, Map<String, String> defaultLimits,
    Map<String, String> defaultRequests) {

  public LimitRange {
    defaultLimits = Map.copyOf(defaultLimits);
    defaultRequests = Map.copyOf(defaultRequests);
  }

  public static boolean isLimitRange(Resource r) {
    return r.is("", "LimitRange");
  }

  public static LimitRange of(Resource r) {
    Map<String, String> limits = new LinkedHashMap<>();
    Map<String, String> requests = new LinkedHashMap<>();
    r.spec().sequence("limits").ifPresent(items -> items.mappings()
        .filter(item -> item.text("type").filter("Container"::equals).isPresent())
        .forEach(item -> {
          Map<String, String> itemLimits = new LinkedHashMap<>(item.stringMap("default"));
          item.stringMap("max").forEach(itemLimits::putIfAbsent);
          Map<String, String> itemRequests =
              new LinkedHashMap<>(item.stringMap("defaultRequest"));
          itemLimits.forEach(itemRequests::putIfAbsent);
          item.stringMap("min").forEach(itemRequests::putIfAbsent);
          limits.putAll(itemLimits);
          requests.putAll(itemRequests);
        }));
    return new LimitRange(r, limits, requests);
  }
}
