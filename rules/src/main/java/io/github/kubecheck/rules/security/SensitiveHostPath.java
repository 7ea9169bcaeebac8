package io.github.kubecheck.rules.security;

import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.RuleParam;
import io.github.kubecheck.rule.Severity;
import java.util.List;
import java.util.Optional;

/** hostPath volumes that expose the node's runtime socket or system folders. */
@RuleInfo(id = "sensitive-host-path", category = Category.SECURITY, severity = Severity.ERROR,
    summary = "A hostPath volume mounts a container runtime socket or a sensitive folder of the "
        + "node (/, /etc, /proc, /sys, /var/run, /var/lib/kubelet, /root, ...).",
    rationale = "The container runtime's socket (docker.sock, containerd.sock, crio.sock) "
        + "controls every container on the node: whoever can reach it can start a privileged "
        + "container and own the node. The node's system folders hold its credentials (the "
        + "kubelet's certificates, /etc/kubernetes), its kernel interfaces (/proc, /sys) and "
        + "every pod's volumes and secrets (/var/lib/kubelet). A path counts when it is one of "
        + "the listed folders, lies inside one, or contains one (mounting /var exposes "
        + "/var/lib/kubelet); / counts only as itself. A socket counts by its file name "
        + "wherever it lies. The baseline Pod Security Standard forbids every hostPath volume: "
        + "while pss-baseline-host-path-volumes runs and reports the volume, this rule stays "
        + "silent on it, so a problem is reported once. It speaks where that rule does not, "
        + "typically in a namespace that enforces the privileged level for node agents, where "
        + "the worst mounts still deserve an error.",
    remediation = "Do not mount the runtime socket or system folders. Use the Kubernetes API "
        + "instead of the runtime socket, and a narrower folder, a ConfigMap, a Secret or a "
        + "projected volume instead of a system folder.",
    params = {
        @RuleParam(name = "paths",
            defaultValue = "/,/boot,/etc,/proc,/sys,/root,/run,/var/run,/var/lib/kubelet,"
                + "/var/lib/docker,/var/lib/containerd,/var/lib/etcd",
            description = "Sensitive host folders: a mount of one, inside one or around one is "
                + "reported."),
        @RuleParam(name = "allowedPaths",
            defaultValue = "/etc/ssl/certs,/etc/pki/tls/certs,/etc/ca-certificates",
            description = "Folders (and what lies inside them) that are not reported even "
                + "though they lie in a sensitive folder: public CA bundles, commonly mounted "
                + "read-only."),
        @RuleParam(name = "sockets",
            defaultValue = "docker.sock,containerd.sock,crio.sock,cri-dockerd.sock,"
                + "dockershim.sock",
            description = "File names of container runtime sockets, reported wherever they "
                + "lie.")})
public final class SensitiveHostPath implements Rule {

  @Override
  public void check(RuleContext ctx) {
    List<String> paths = ctx.listParam("paths").stream().map(HostPathVolume::normalize).toList();
    List<String> allowed = ctx.listParam("allowedPaths").stream()
        .map(HostPathVolume::normalize).toList();
    List<String> sockets = ctx.listParam("sockets");
    for (PodTemplate t : ctx.manifests().podTemplates()) {
      for (HostPathVolume v : HostPathVolume.of(t)) {
        Optional<String> why = reason(v.path(), paths, allowed, sockets);
        if (why.isPresent() && !v.reportedByPodSecurity(ctx)) {
          ctx.report(t.owner(), v.locatePath(), "volume \"" + v.name() + "\" mounts "
              + why.get() + " from the node; do not mount it, use the Kubernetes API or a "
              + "narrower folder instead");
        }
      }
    }
  }

  private static Optional<String> reason(String path, List<String> sensitive,
      List<String> allowed, List<String> sockets) {
    if (path.isEmpty()) {
      return Optional.empty();
    }
    String file = path.substring(path.lastIndexOf('/') + 1);
    if (sockets.contains(file)) {
      return Optional.of("the container runtime socket " + path
          + ", which controls every container on the node,");
    }
    if (allowed.stream().anyMatch(a -> path.equals(a) || inside(path, a))) {
      return Optional.empty();
    }
    for (String s : sensitive) {
      if (path.equals(s)) {
        return Optional.of("the sensitive folder " + path);
      }
      if (!s.equals("/") && inside(path, s)) {
        return Optional.of(path + ", inside the sensitive folder " + s + ",");
      }
      if (inside(s, path)) {
        return Optional.of(path + ", which contains the sensitive folder " + s + ",");
      }
    }
    return Optional.empty();
  }

  /** Whether {@code path} lies strictly inside {@code folder}. */
  private static boolean inside(String path, String folder) {
    return folder.equals("/") ? path.length() > 1 && path.startsWith("/")
        : path.startsWith(folder + "/");
  }
}
