package io.github.kubecheck.references;

import io.github.kubecheck.model.Location;
import io.github.kubecheck.model.Resource;
import java.util.List;

/**
 * A name in an object that must resolve to another object: where it is written, what it names,
 * and whether the referrer copes without it.
 *
 * @param from the object that holds the reference
 * @param at the field that holds the name
 * @param optional {@code optional: true}: a missing object or key is fine
 * @param keys the keys asked for, for ConfigMaps and Secrets; empty when the whole object is used
 * @param via how messages name the referring part, e.g. {@code volume "config"}
 */
public record Reference(Resource from, Use use, Target target, Location at, boolean optional,
    List<KeyRef> keys, String via) {

  /** How the referrer uses what it names. */
  public enum Use {
    VOLUME,
    PROJECTED_VOLUME,
    ENV_FROM,
    ENV,
    IMAGE_PULL_SECRET,
    SERVICE_ACCOUNT,
    CLAIM,
    PRIORITY_CLASS,
    RUNTIME_CLASS,
    ROLE,
    SUBJECT
  }

  public Reference {
    keys = List.copyOf(keys);
  }

  public boolean is(String kind) {
    return target.kind().equals(kind);
  }
}
