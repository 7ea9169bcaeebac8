package io.github.kubecheck.references;

import io.github.kubecheck.model.Location;

/** A key of a ConfigMap or Secret that a reference asks for, and where it is written. */
public record KeyRef(String key, Location at) {}
