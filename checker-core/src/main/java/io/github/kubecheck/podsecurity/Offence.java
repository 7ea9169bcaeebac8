package io.github.kubecheck.podsecurity;

import io.github.kubecheck.model.Location;

/**
 * One thing a check forbids in one pod: where it is and what is wrong, e.g. {@code container
 * "web" must not set securityContext.privileged=true}.
 */
public record Offence(Location at, String message) {}
