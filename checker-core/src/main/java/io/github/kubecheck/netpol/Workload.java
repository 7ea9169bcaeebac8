package io.github.kubecheck.netpol;

import io.github.kubecheck.model.PodTemplate;
import java.util.List;

/**
 * What creates pods, as FROM and TO name it: a Deployment, StatefulSet, DaemonSet, Job, CronJob,
 * ReplicaSet or ReplicationController, or a bare Pod. A Pod or ReplicaSet with a controller owner
 * reference (as exported from a live cluster) belongs to the workload that reference leads to.
 *
 * @param name how commands name it: {@code NAMESPACE/NAME}, or {@code NAMESPACE/KIND/NAME} when
 *     two kinds share the name
 * @param templates the pod templates that make its pods, its own and those of objects it owns
 * @param classes the pod classes of those templates
 * @param input whether any of its templates comes from the input (not the cluster)
 */
public record Workload(String name, String namespace, String kind, String objectName,
    List<PodTemplate> templates, List<PodClass> classes, boolean input) {

  public Workload {
    templates = List.copyOf(templates);
    classes = List.copyOf(classes);
  }
}
