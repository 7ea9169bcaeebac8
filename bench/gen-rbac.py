#!/usr/bin/env python3
"""Writes an RBAC corpus for kubecheck's rbac benchmarks.

usage: bench/gen-rbac.py OUT_DIR [ROLES] [BINDINGS] [NAMESPACES]

Defaults: 10,000 roles (a fifth of them ClusterRoles, some aggregated) and 20,000 bindings (a
tenth of them ClusterRoleBindings) over 500 namespaces, each with four ServiceAccounts. Rules
are drawn from what real charts grant (reading workloads, managing config, leases, events,
exec, secrets by name), subjects from users, teams and service accounts. Deterministic.
"""
import os
import random
import sys

out = sys.argv[1]
roles = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
bindings = int(sys.argv[3]) if len(sys.argv) > 3 else 20_000
namespaces = int(sys.argv[4]) if len(sys.argv) > 4 else 500
rnd = random.Random(7)
os.makedirs(out, exist_ok=True)

RULES = [
    ('""', "pods, pods/log", "get, list, watch"),
    ('""', "configmaps", "get, list, watch, create, update, patch, delete"),
    ('""', "services, endpoints", "get, list, watch"),
    ('""', "secrets", "get"),
    ('""', "events", "create, patch"),
    ('""', "pods/exec, pods/portforward", "create"),
    ('""', "serviceaccounts", "get, list"),
    ('""', "persistentvolumeclaims", "get, list, create, delete"),
    ("apps", "deployments, statefulsets, replicasets", "get, list, watch"),
    ("apps", "deployments, deployments/scale", "create, update, patch, delete"),
    ("batch", "jobs, cronjobs", "get, list, watch, create, delete"),
    ("coordination.k8s.io", "leases", "get, create, update"),
    ("networking.k8s.io", "ingresses, networkpolicies", "get, list, watch"),
    ("discovery.k8s.io", "endpointslices", "get, list, watch"),
    ("monitoring.coreos.com", "servicemonitors, prometheusrules", "get, list, watch, create"),
    ("autoscaling", "horizontalpodautoscalers", "get, list, watch, update"),
    ("policy", "poddisruptionbudgets", "get, list, watch"),
]
CLUSTER_RULES = RULES + [
    ('""', "nodes, namespaces", "get, list, watch"),
    ("storage.k8s.io", "storageclasses", "get, list, watch"),
    ("apiextensions.k8s.io", "customresourcedefinitions", "get, list, watch"),
    ('""', "secrets", "list, watch"),
]


def ns_name(i):
    return f"ns-{i:04d}"


def rules(palette):
    out_lines = []
    for group, resources, verbs in rnd.sample(palette, rnd.randint(2, 6)):
        out_lines.append(f"- apiGroups: [{group}]\n  resources: [{resources}]\n"
                         f"  verbs: [{verbs}]")
        if resources == "secrets" and verbs == "get":
            out_lines[-1] += f"\n  resourceNames: [tls-{rnd.randint(0, 9)}]"
    return "\n".join(out_lines)


cluster_roles = roles // 5
ns_roles = roles - cluster_roles
aggregated = max(1, cluster_roles // 40)
docs = {i: [] for i in range(namespaces)}
cluster_docs = []

for i in range(namespaces):
    ns = ns_name(i)
    docs[i].append(f"apiVersion: v1\nkind: Namespace\nmetadata:\n  name: {ns}\n")
    for sa in ("app", "deployer", "monitor"):
        docs[i].append(f"apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: {sa}\n"
                       f"  namespace: {ns}\n")

cluster_role_names = []
for i in range(cluster_roles):
    name = f"cr-{i:05d}"
    cluster_role_names.append(name)
    if i < aggregated:
        cluster_docs.append(
            f"apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n"
            f"  name: {name}\naggregationRule:\n  clusterRoleSelectors:\n"
            f"  - matchLabels:\n      example.com/aggregate-to: {name}\n")
    else:
        label = f"  labels:\n    example.com/aggregate-to: cr-{rnd.randrange(aggregated):05d}\n" \
            if rnd.random() < 0.2 else ""
        cluster_docs.append(
            f"apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n"
            f"  name: {name}\n{label}rules:\n{rules(CLUSTER_RULES)}\n")

role_names = {i: [] for i in range(namespaces)}
for i in range(ns_roles):
    n = i % namespaces
    name = f"role-{i:05d}"
    role_names[n].append(name)
    docs[n].append(f"apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n"
                   f"  name: {name}\n  namespace: {ns_name(n)}\nrules:\n{rules(RULES)}\n")


def subjects(ns):
    out_lines = []
    for _ in range(rnd.randint(1, 3)):
        kind = rnd.random()
        if kind < 0.4:
            out_lines.append(f"- kind: User\n  name: user-{rnd.randrange(2000)}@example.com")
        elif kind < 0.6:
            out_lines.append(f"- kind: Group\n  name: team-{rnd.randrange(200)}")
        else:
            sa_ns = ns if ns else ns_name(rnd.randrange(namespaces))
            sa = rnd.choice(("app", "deployer", "monitor"))
            out_lines.append(f"- kind: ServiceAccount\n  name: {sa}\n  namespace: {sa_ns}")
    return "\n".join(out_lines)


crbs = bindings // 10
for i in range(crbs):
    role = rnd.choice(cluster_role_names + ["view"] * 20)
    cluster_docs.append(
        f"apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n"
        f"  name: crb-{i:05d}\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n"
        f"  kind: ClusterRole\n  name: {role}\nsubjects:\n{subjects('')}\n")

for i in range(bindings - crbs):
    n = i % namespaces
    ns = ns_name(n)
    pick = rnd.random()
    if pick < 0.6 and role_names[n]:
        kind, role = "Role", rnd.choice(role_names[n])
    elif pick < 0.8:
        kind, role = "ClusterRole", rnd.choice(("edit", "view", "admin"))
    else:
        kind, role = "ClusterRole", rnd.choice(cluster_role_names)
    docs[n].append(
        f"apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n"
        f"  name: rb-{i:05d}\n  namespace: {ns}\nroleRef:\n"
        f"  apiGroup: rbac.authorization.k8s.io\n  kind: {kind}\n  name: {role}\n"
        f"subjects:\n{subjects(ns)}\n")

for n, items in docs.items():
    with open(os.path.join(out, f"{ns_name(n)}.yaml"), "w") as f:
        f.write("---\n".join(items))
for c in range(0, len(cluster_docs), 500):
    with open(os.path.join(out, f"cluster-{c // 500:03d}.yaml"), "w") as f:
        f.write("---\n".join(cluster_docs[c:c + 500]))
print(f"{roles} roles, {bindings} bindings, {namespaces} namespaces in {out}")
