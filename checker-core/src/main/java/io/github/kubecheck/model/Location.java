package io.github.kubecheck.model;

import io.github.kubecheck.yaml.Span;

/** Where a finding points: the span in the file and the field path inside the object. */
public record Location(Span span, String path) {}
