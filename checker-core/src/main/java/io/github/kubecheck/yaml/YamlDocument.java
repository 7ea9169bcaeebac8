package io.github.kubecheck.yaml;

/** One document of a YAML stream: its root node and its position (0-based) in the file. */
public record YamlDocument(String file, int index, Node root) {}
