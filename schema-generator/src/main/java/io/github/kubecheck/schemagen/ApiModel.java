package io.github.kubecheck.schemagen;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * The API of one Kubernetes version: JSON Schema definitions by OpenAPI type name, and the kinds
 * that can be created.
 */
record ApiModel(Map<String, JsonObject> definitions, List<Kind> kinds) {

  /** A kind the API serves: group/version, kind, its definition, and whether it is namespaced. */
  record Kind(String apiVersion, String kind, String definition, boolean namespaced) {}
}
