#!/usr/bin/env python3
"""Writes the scheduler benchmark: a cluster file of nodes and a folder of workloads.

usage: bench/gen-cluster.py OUT_DIR [NODES] [WORKLOADS] [PODS]

Defaults: 5,000 nodes, 1,000 workloads, 50,000 pods (WORKLOADS and PODS default to NODES/5 and
NODES*10, so `gen-cluster.py out 500` is the same shape at a tenth of the size). Deterministic.

Nodes: six zones; three sizes (4 CPU/16Gi, 16 CPU/64Gi, 64 CPU/256Gi) in pools; one in twenty a
GPU node tainted dedicated=gpu:NoSchedule; one in fifty cordoned; one in a hundred carrying a
PreferNoSchedule taint. Workloads, in 50 namespaces: two DaemonSets (a node agent tolerating
everything, a GPU agent for the GPU nodes), StatefulSets with volumeClaimTemplates, GPU Jobs, and
Deployments with zone spread constraints (DoNotSchedule and ScheduleAnyway), required and
preferred pod anti-affinity on the hostname, required pod affinity to another workload's zone,
node selectors and preferred node affinity for a pool. Replica counts share out the pods left
after the DaemonSets; a few workloads are sized not to fit.
"""
import os
import random
import sys

out = sys.argv[1]
nodes = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
workloads = int(sys.argv[3]) if len(sys.argv) > 3 else max(10, nodes // 5)
pods = int(sys.argv[4]) if len(sys.argv) > 4 else nodes * 10
rnd = random.Random(6)
ZONES = [f"zone-{c}" for c in "abcdef"]
SIZES = [("general-small", "4", "16Gi"), ("general-medium", "16", "64Gi"),
         ("general-large", "64", "256Gi")]
os.makedirs(os.path.join(out, "workloads"), exist_ok=True)

gpu_nodes = 0
with open(os.path.join(out, "cluster.yaml"), "w") as f:
    f.write("apiVersion: v1\nkind: List\nitems:\n")
    for i in range(nodes):
        name = f"node-{i:05d}"
        zone = ZONES[i % len(ZONES)]
        taints = []
        if i % 20 == 7:
            pool, cpu, mem = "gpu", "32", "128Gi"
            taints.append(("dedicated", "gpu", "NoSchedule"))
            gpu_nodes += 1
        else:
            pool, cpu, mem = SIZES[i % 3]
        if i % 100 == 42:
            taints.append(("maintenance", "soon", "PreferNoSchedule"))
        f.write(f"""- apiVersion: v1
  kind: Node
  metadata:
    name: {name}
    labels:
      kubernetes.io/hostname: {name}
      kubernetes.io/os: linux
      kubernetes.io/arch: amd64
      topology.kubernetes.io/zone: {zone}
      node.example.com/pool: {pool}
""")
        if pool == "gpu":
            f.write("      accelerator: nvidia\n")
        f.write("  spec:\n")
        if i % 50 == 13:
            f.write("    unschedulable: true\n")
        if taints:
            f.write("    taints:\n")
            for k, v, e in taints:
                f.write(f"    - {{key: {k}, value: {v}, effect: {e}}}\n")
        gpus = '\n      nvidia.com/gpu: "8"' if pool == "gpu" else ""
        f.write(f"""  status:
    allocatable:
      cpu: "{cpu}"
      memory: {mem}
      pods: "110"{gpus}
    conditions:
    - {{type: Ready, status: "True"}}
""")
    f.write("""- apiVersion: scheduling.k8s.io/v1
  kind: PriorityClass
  metadata: {name: batch-low}
  value: -10
- apiVersion: scheduling.k8s.io/v1
  kind: PriorityClass
  metadata: {name: business-high}
  value: 1000
  preemptionPolicy: Never
- apiVersion: storage.k8s.io/v1
  kind: StorageClass
  metadata:
    name: fast
    annotations: {storageclass.kubernetes.io/is-default-class: "true"}
  provisioner: csi.example.com
  volumeBindingMode: WaitForFirstConsumer
""")

NAMESPACES = [f"team-{i:02d}" for i in range(50)]
schedulable_nodes = nodes - nodes // 50
daemon_pods = schedulable_nodes + gpu_nodes
left = max(workloads, pods - daemon_pods)
rest = workloads - 2
weights = [rnd.randint(1, 9) for _ in range(rest)]
total = sum(weights)
replicas = [max(1, left * w // total) for w in weights]


def resources(cpu, mem, limit_mem=None):
    limit = f"\n          limits: {{memory: {limit_mem}}}" if limit_mem else ""
    return f"""        resources:
          requests: {{cpu: {cpu}, memory: {mem}}}{limit}
"""


def pod_spec(name, extra, cpu, mem):
    return f"""    metadata:
      labels: {{app: {name}, tier: {rnd.choice(['web', 'api', 'worker'])}}}
    spec:
{extra}      containers:
      - name: main
        image: registry.example.com/{name}:1
{resources(cpu, mem, mem)}"""


def daemon_set(name, extra, cpu, mem):
    return f"""apiVersion: apps/v1
kind: DaemonSet
metadata: {{name: {name}, namespace: kube-system}}
spec:
  selector: {{matchLabels: {{app: {name}}}}}
  template:
{pod_spec(name, extra, cpu, mem)}"""


files = {ns: [] for ns in NAMESPACES}
files["kube-system"] = [
    daemon_set("node-agent", "      priorityClassName: system-node-critical\n"
               "      tolerations: [{operator: Exists}]\n", "50m", "64Mi"),
    daemon_set("gpu-agent", "      nodeSelector: {accelerator: nvidia}\n"
               "      tolerations: [{key: dedicated, operator: Exists}]\n", "100m", "128Mi")]

for i in range(rest):
    ns = NAMESPACES[i % len(NAMESPACES)]
    name = f"app-{i:04d}"
    n = replicas[i]
    cpu = rnd.choice(["100m", "250m", "500m", "1"])
    mem = rnd.choice(["128Mi", "256Mi", "512Mi", "1Gi", "2Gi"])
    kind = "Deployment"
    extra = ""
    tail = ""
    r = i % 20
    if r in (0, 1, 2, 3, 4, 5):
        skew = rnd.choice([1, 2, 5])
        when = "DoNotSchedule" if r < 4 else "ScheduleAnyway"
        extra += f"""      topologySpreadConstraints:
      - maxSkew: {skew}
        topologyKey: topology.kubernetes.io/zone
        whenUnsatisfiable: {when}
        nodeTaintsPolicy: Honor
        labelSelector: {{matchLabels: {{app: {name}}}}}
"""
    elif r in (6, 7):
        extra += f"""      affinity:
        podAntiAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
          - weight: 100
            podAffinityTerm:
              labelSelector: {{matchLabels: {{app: {name}}}}}
              topologyKey: kubernetes.io/hostname
"""
    elif r == 8:
        n = min(n, 40)
        extra += f"""      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - labelSelector: {{matchLabels: {{app: {name}}}}}
            topologyKey: kubernetes.io/hostname
"""
    elif r == 9 and i >= len(NAMESPACES):
        other = f"app-{i - len(NAMESPACES):04d}"  # same namespace
        extra += f"""      affinity:
        podAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - labelSelector: {{matchLabels: {{app: {other}}}}}
            topologyKey: topology.kubernetes.io/zone
"""
    elif r == 10:
        extra += f"""      nodeSelector: {{node.example.com/pool: {rnd.choice(['general-medium', 'general-large'])}}}
"""
    elif r == 11:
        extra += """      affinity:
        nodeAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
          - weight: 50
            preference:
              matchExpressions:
              - {key: node.example.com/pool, operator: In, values: [general-large]}
"""
    elif r == 12:
        kind = "StatefulSet"
        n = min(n, 20)
        tail = """  volumeClaimTemplates:
  - metadata: {name: data}
    spec:
      accessModes: [ReadWriteOnce]
      resources: {requests: {storage: 10Gi}}
"""
    elif r == 13:
        kind = "Job"
        extra += """      restartPolicy: Never
      priorityClassName: batch-low
      nodeSelector: {accelerator: nvidia}
      tolerations: [{key: dedicated, operator: Equal, value: gpu, effect: NoSchedule}]
"""
    elif r == 14:
        extra += "      priorityClassName: business-high\n"
    if i % 97 == 5:
        cpu, mem = "80", "300Gi"  # fits no node
        n = 1
    if kind == "Job":
        head = f"""apiVersion: batch/v1
kind: Job
metadata: {{name: {name}, namespace: {ns}}}
spec:
  parallelism: {n}
  completions: {n}
  template:
"""
        gpu = ("        resources:\n          requests: {cpu: " + cpu + ", memory: " + mem
               + "}\n          limits: {nvidia.com/gpu: \"1\"}\n")
        body = pod_spec(name, extra, cpu, mem).replace(resources(cpu, mem, mem), gpu)
        files[ns].append(head + body)
        continue
    service = f"  serviceName: {name}\n" if kind == "StatefulSet" else ""
    files[ns].append(f"""apiVersion: apps/v1
kind: {kind}
metadata: {{name: {name}, namespace: {ns}}}
spec:
  replicas: {n}
{service}  selector: {{matchLabels: {{app: {name}}}}}
  template:
{pod_spec(name, extra, cpu, mem)}{tail}""")

for ns, docs in files.items():
    with open(os.path.join(out, "workloads", f"{ns}.yaml"), "w") as f:
        if ns != "kube-system":
            f.write(f"apiVersion: v1\nkind: Namespace\nmetadata: {{name: {ns}}}\n---\n")
        f.write("---\n".join(docs))
