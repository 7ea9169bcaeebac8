#!/usr/bin/env python3
"""Writes the network-policy benchmark: workloads in namespaces, policies per namespace.

usage: bench/gen-netpol.py OUT_DIR [NAMESPACES] [WORKLOADS_PER_NAMESPACE] [POLICIES_PER_NAMESPACE]

Defaults: 200 namespaces x 25 Deployments (5,000 workloads) and 10 NetworkPolicies each (2,000),
one file per namespace, deterministic. Each namespace denies by default, allows DNS, and lets
its tiers talk the way a three-tier application does: an ingress namespace to web, web to api,
api to db and cache, monitoring to every metrics port (by name), workers out to the internet
on 443, and every namespace to a shared one. Two admin policies and a baseline sit on top.
"""
import os
import random
import sys

out = sys.argv[1]
namespaces = int(sys.argv[2]) if len(sys.argv) > 2 else 200
per_ns = int(sys.argv[3]) if len(sys.argv) > 3 else 25
policies = int(sys.argv[4]) if len(sys.argv) > 4 else 10
rnd = random.Random(8)
os.makedirs(out, exist_ok=True)
TIERS = ["web", "api", "db", "cache", "worker"]
PORTS = {"web": 8080, "api": 8081, "db": 5432, "cache": 6379, "worker": 9000}


def deployment(ns, name, tier, team):
    return f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: {name}
  namespace: {ns}
spec:
  replicas: {rnd.randint(1, 4)}
  selector:
    matchLabels:
      app: {name}
  template:
    metadata:
      labels:
        app: {name}
        tier: {tier}
        team: {team}
    spec:
      containers:
      - name: main
        image: ghcr.io/example/{tier}:1.{rnd.randint(0, 9)}
        ports:
        - name: serve
          containerPort: {PORTS[tier]}
        - name: metrics
          containerPort: 9090
"""


def policy(ns, name, body):
    return f"""apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {name}
  namespace: {ns}
spec:
{body}"""


def ingress_from_tier(ns, target, source, port):
    return policy(ns, f"{target}-from-{source}", f"""  podSelector:
    matchLabels:
      tier: {target}
  ingress:
  - from:
    - podSelector:
        matchLabels:
          tier: {source}
    ports:
    - port: {port}
""")


def egress_to_tier(ns, source, targets):
    rules = "".join(f"""  - to:
    - podSelector:
        matchLabels:
          tier: {t}
    ports:
    - port: {PORTS[t]}
""" for t in targets)
    return policy(ns, f"{source}-egress", f"""  podSelector:
    matchLabels:
      tier: {source}
  policyTypes: ["Egress"]
  egress:
{rules}""")


def namespace_policies(ns, i):
    shared = "ns-000"
    docs = [
        policy(ns, "default-deny", """  podSelector: {}
  policyTypes: ["Ingress", "Egress"]
"""),
        policy(ns, "allow-dns", """  podSelector: {}
  policyTypes: ["Egress"]
  egress:
  - to:
    - namespaceSelector:
        matchLabels:
          kubernetes.io/metadata.name: kube-system
      podSelector:
        matchLabels:
          k8s-app: kube-dns
    ports:
    - port: 53
      protocol: UDP
    - port: 53
      protocol: TCP
"""),
        policy(ns, "web-from-ingress", """  podSelector:
    matchLabels:
      tier: web
  ingress:
  - from:
    - namespaceSelector:
        matchLabels:
          role: ingress
    ports:
    - port: serve
"""),
        ingress_from_tier(ns, "api", "web", "serve"),
        ingress_from_tier(ns, "db", "api", 5432),
        ingress_from_tier(ns, "cache", "api", 6379),
        egress_to_tier(ns, "web", ["api"]),
        egress_to_tier(ns, "api", ["db", "cache"]),
        policy(ns, "metrics-from-monitoring", """  podSelector: {}
  ingress:
  - from:
    - namespaceSelector:
        matchLabels:
          role: monitoring
      podSelector:
        matchLabels:
          app: prometheus
    ports:
    - port: metrics
"""),
        policy(ns, "workers-out", f"""  podSelector:
    matchLabels:
      tier: worker
  policyTypes: ["Egress"]
  egress:
  - to:
    - ipBlock:
        cidr: 0.0.0.0/0
        except:
        - 10.0.0.0/8
        - 169.254.169.254/32
    ports:
    - port: 443
  - to:
    - namespaceSelector:
        matchLabels:
          kubernetes.io/metadata.name: {shared}
    ports:
    - port: 8081
"""),
    ]
    return docs[:policies]


for i in range(namespaces):
    ns = f"ns-{i:03d}"
    team = f"team-{i % 20}"
    role = "ingress" if i == 1 else "monitoring" if i == 2 else "app"
    docs = [f"""apiVersion: v1
kind: Namespace
metadata:
  name: {ns}
  labels:
    team: {team}
    role: {role}
"""]
    for w in range(per_ns):
        tier = TIERS[w % len(TIERS)]
        name = "prometheus" if role == "monitoring" and w == 0 else f"{tier}-{w:02d}"
        docs.append(deployment(ns, name, tier, team))
    docs.extend(namespace_policies(ns, i))
    with open(os.path.join(out, f"{ns}.yaml"), "w") as f:
        f.write("---\n".join(docs))

with open(os.path.join(out, "admin.yaml"), "w") as f:
    f.write("""apiVersion: policy.networking.k8s.io/v1alpha1
kind: AdminNetworkPolicy
metadata:
  name: protect-kube-system
spec:
  priority: 10
  subject:
    namespaces:
      matchLabels:
        kubernetes.io/metadata.name: kube-system
  ingress:
  - name: dns
    action: Allow
    from:
    - namespaces: {}
    ports:
    - portNumber: {protocol: UDP, port: 53}
    - portNumber: {protocol: TCP, port: 53}
  - name: rest
    action: Deny
    from:
    - namespaces: {}
---
apiVersion: policy.networking.k8s.io/v1alpha1
kind: AdminNetworkPolicy
metadata:
  name: tenants-pass
spec:
  priority: 50
  subject:
    namespaces:
      matchExpressions:
      - {key: role, operator: In, values: [app]}
  ingress:
  - name: same-team-to-policies
    action: Pass
    from:
    - namespaces:
        matchLabels:
          role: app
---
apiVersion: policy.networking.k8s.io/v1alpha1
kind: BaselineAdminNetworkPolicy
metadata:
  name: default
spec:
  subject:
    namespaces: {}
  ingress:
  - name: deny-cross-namespace
    action: Deny
    from:
    - namespaces: {}
""")
