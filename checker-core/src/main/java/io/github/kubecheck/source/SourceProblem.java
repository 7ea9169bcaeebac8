package io.github.kubecheck.source;

/** A file that was found but not read, e.g. because it is over the size limit. */
public record SourceProblem(String path, String message) {}
