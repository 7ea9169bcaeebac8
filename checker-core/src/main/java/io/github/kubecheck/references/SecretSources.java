package io.github.kubecheck.references;

import io.github.kubecheck.model.Ingress;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.yaml.MappingNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Objects that make a Secret when applied, so a reference to that Secret resolves although no
 * Secret is written: a Bitnami SealedSecret, an External Secrets Operator ExternalSecret, a
 * cert-manager Certificate (and an Ingress that asks cert-manager for its TLS secrets through the
 * {@code cert-manager.io/issuer} or {@code cert-manager.io/cluster-issuer} annotation), a Vault
 * Secrets Operator secret, and a Secrets Store CSI SecretProviderClass that syncs secrets.
 */
public final class SecretSources {

  /** A Secret some object promises, and the object that promises it. */
  public record Produced(Target secret, Resource by) {}

  private SecretSources() {}

  public static List<Produced> of(Resource r) {
    String ns = r.effectiveNamespace();
    MappingNode spec = r.spec();
    List<String> names = new ArrayList<>();
    switch (r.group() + "/" + r.kind()) {
      case "bitnami.com/SealedSecret" -> names.add(spec.mapping("template")
          .flatMap(t -> t.mapping("metadata")).flatMap(m -> m.text("name")).orElse(r.name()));
      case "external-secrets.io/ExternalSecret" -> names.add(spec.mapping("target")
          .flatMap(t -> t.text("name")).orElse(r.name()));
      case "cert-manager.io/Certificate" -> spec.text("secretName").ifPresent(names::add);
      case "secrets.hashicorp.com/VaultStaticSecret", "secrets.hashicorp.com/VaultDynamicSecret",
          "secrets.hashicorp.com/VaultPKISecret" -> spec.mapping("destination")
          .flatMap(d -> d.text("name")).ifPresent(names::add);
      case "secrets-store.csi.x-k8s.io/SecretProviderClass" -> spec.sequence("secretObjects")
          .ifPresent(s -> s.mappings().forEach(o -> o.text("secretName").ifPresent(names::add)));
      default -> {
        if (Ingress.isIngress(r) && certManaged(r)) {
          Ingress.of(r).tls().forEach(t -> names.add(t.secretName()));
        }
      }
    }
    return names.stream().filter(n -> !n.isEmpty())
        .map(n -> new Produced(Target.core("Secret", ns, n), r)).toList();
  }

  private static boolean certManaged(Resource r) {
    return r.annotations().containsKey("cert-manager.io/issuer")
        || r.annotations().containsKey("cert-manager.io/cluster-issuer");
  }
}
