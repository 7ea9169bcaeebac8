package io.github.kubecheck.schemas;

/** A kind a Kubernetes version serves: its OpenAPI definition name and its scope. */
public record KindEntry(String apiVersion, String kind, String definition, boolean namespaced) {}
