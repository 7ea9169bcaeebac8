package io.github.kubecheck.schema;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The JSON Schema of one kind, and where it came from for messages ("Kubernetes 1.31",
 * "CustomResourceDefinition widgets.example.com").
 *
 * @param schema a draft-07 schema, strict: objects allow only the properties they list
 * @param typeName the API type name used in messages, e.g. io.k8s.api.apps.v1.Deployment
 */
public record KindSchema(String apiVersion, String kind, JsonNode schema, String typeName,
    String source) {}
