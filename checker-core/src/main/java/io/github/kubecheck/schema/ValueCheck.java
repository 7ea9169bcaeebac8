package io.github.kubecheck.schema;

import io.github.kubecheck.yaml.Node;

/**
 * One compiled piece of a bundled schema: checks a value where it stands in the node tree and
 * reports what is wrong to the {@link Walk}. A wrong type stops the descent, so the errors under
 * it are never made.
 */
sealed interface ValueCheck permits ObjectCheck, ArrayCheck, ScalarCheck, AnyValue,
    DefinitionRef {

  void check(Node value, Trail at, Walk walk);
}
