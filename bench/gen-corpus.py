#!/usr/bin/env python3
"""Writes a corpus of realistic manifests for kubecheck's benchmarks.

usage: bench/gen-corpus.py OUT_DIR [FILES] [OBJECTS_PER_FILE]

Mixed kinds (Deployments, StatefulSets, Services, ConfigMaps, Ingresses, CronJobs,
NetworkPolicies, Roles), deterministic (seeded), spread over 20 namespaces.
"""
import os
import random
import sys

out = sys.argv[1]
files = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
per_file = int(sys.argv[3]) if len(sys.argv) > 3 else 10
rnd = random.Random(1)
os.makedirs(out, exist_ok=True)


def deployment(name, ns):
    return f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: {name}
  namespace: {ns}
  labels:
    app.kubernetes.io/name: {name}
spec:
  replicas: {rnd.randint(1, 5)}
  selector:
    matchLabels:
      app.kubernetes.io/name: {name}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: {name}
    spec:
      securityContext:
        runAsNonRoot: true
        seccompProfile:
          type: RuntimeDefault
      containers:
      - name: app
        image: registry.example.com/{name}:1.{rnd.randint(0, 30)}.0
        ports:
        - name: http
          containerPort: 8080
        env:
        - name: LOG_LEVEL
          value: info
        resources:
          requests:
            cpu: {rnd.choice(['100m', '250m', '500m'])}
            memory: {rnd.choice(['128Mi', '256Mi', '1Gi'])}
          limits:
            memory: 1Gi
        readinessProbe:
          httpGet:
            path: /ready
            port: http
        securityContext:
          allowPrivilegeEscalation: false
          readOnlyRootFilesystem: true
          capabilities:
            drop: ["ALL"]
"""


def service(name, ns):
    return f"""apiVersion: v1
kind: Service
metadata:
  name: {name}
  namespace: {ns}
spec:
  selector:
    app.kubernetes.io/name: {name}
  ports:
  - name: http
    port: 80
    targetPort: http
"""


def configmap(name, ns):
    data = "\n".join(f"  key{i}: value-{rnd.randint(0, 1000)}" for i in range(8))
    return f"""apiVersion: v1
kind: ConfigMap
metadata:
  name: {name}-config
  namespace: {ns}
data:
{data}
"""


def statefulset(name, ns):
    return f"""apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: {name}-db
  namespace: {ns}
spec:
  serviceName: {name}-db
  replicas: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: {name}-db
  template:
    metadata:
      labels:
        app.kubernetes.io/name: {name}-db
    spec:
      containers:
      - name: db
        image: postgres:16.4
        resources:
          requests:
            cpu: 500m
            memory: 1Gi
  volumeClaimTemplates:
  - metadata:
      name: data
    spec:
      accessModes: ["ReadWriteOnce"]
      resources:
        requests:
          storage: 10Gi
"""


def ingress(name, ns):
    return f"""apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: {name}
  namespace: {ns}
spec:
  rules:
  - host: {name}.example.com
    http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service:
            name: {name}
            port:
              number: 80
"""


def cronjob(name, ns):
    return f"""apiVersion: batch/v1
kind: CronJob
metadata:
  name: {name}-report
  namespace: {ns}
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
          - name: report
            image: registry.example.com/report:2.0.1
            args: ["--since", "24h"]
"""


def netpol(name, ns):
    return f"""apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {name}-ingress
  namespace: {ns}
spec:
  podSelector:
    matchLabels:
      app.kubernetes.io/name: {name}
  policyTypes: ["Ingress"]
  ingress:
  - from:
    - podSelector: {{}}
    ports:
    - port: 8080
"""


def role(name, ns):
    return f"""apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: {name}-reader
  namespace: {ns}
rules:
- apiGroups: [""]
  resources: ["configmaps"]
  verbs: ["get", "list", "watch"]
"""


kinds = [deployment, service, configmap, deployment, service, statefulset, ingress, cronjob,
         netpol, role]
count = 0
for f in range(files):
    docs = []
    for i in range(per_file):
        name = f"app-{f:04d}-{i:02d}"
        ns = f"team-{(f * per_file + i) % 20:02d}"
        docs.append(kinds[i % len(kinds)](name, ns))
        count += 1
    with open(os.path.join(out, f"app-{f:04d}.yaml"), "w") as fh:
        fh.write("---\n".join(docs))
print(f"wrote {count} objects in {files} files to {out}")
