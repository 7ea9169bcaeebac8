#!/usr/bin/env python3
"""Writes a corpus of applications whose objects point at each other across files.

usage: bench/gen-references.py OUT_DIR [APPS] [NAMESPACES]

Each application is a Deployment (ConfigMap and Secret by envFrom, key references and
volumes, a ServiceAccount, a claim, an image pull secret), a Service, an Ingress, an
autoscaler, a disruption budget, a RoleBinding and a NetworkPolicy, with its ConfigMap, Secret,
ServiceAccount and claim in a second file, so every reference crosses files. One application
in fifty has a broken reference. Deterministic (seeded).
"""
import os
import random
import sys

out = sys.argv[1]
apps = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
namespaces = int(sys.argv[3]) if len(sys.argv) > 3 else 20
rnd = random.Random(5)
os.makedirs(out, exist_ok=True)


def app(name, ns, broken):
    config = f"{name}-config" if broken != "configmap" else f"{name}-confg"
    key = "LOG_LEVEL" if broken != "key" else "LOG_LEVL"
    selector = name if broken != "selector" else name + "x"
    return f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: {name}
  namespace: {ns}
spec:
  selector:
    matchLabels: {{app: {name}}}
  template:
    metadata:
      labels: {{app: {name}, tier: {rnd.choice(['web', 'api', 'worker'])}}}
    spec:
      serviceAccountName: {name}
      imagePullSecrets: [{{name: registry}}]
      containers:
      - name: app
        image: registry.example.com/{name}:1.0.0
        ports: [{{name: http, containerPort: 8080}}]
        envFrom:
        - configMapRef: {{name: {config}}}
        env:
        - name: LOG_LEVEL
          valueFrom:
            configMapKeyRef: {{name: {name}-config, key: {key}}}
        - name: TOKEN
          valueFrom:
            secretKeyRef: {{name: {name}-secret, key: token}}
        resources:
          requests: {{cpu: 100m, memory: 128Mi}}
        volumeMounts:
        - {{name: data, mountPath: /data}}
        - {{name: config, mountPath: /etc/app}}
      volumes:
      - name: data
        persistentVolumeClaim: {{claimName: {name}-data}}
      - name: config
        configMap:
          name: {name}-config
          items: [{{key: app.yaml, path: app.yaml}}]
---
apiVersion: v1
kind: Service
metadata:
  name: {name}
  namespace: {ns}
spec:
  selector: {{app: {selector}}}
  ports:
  - {{name: http, port: 80, targetPort: http}}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: {name}
  namespace: {ns}
spec:
  ingressClassName: nginx
  tls: [{{hosts: [{name}.example.com], secretName: {name}-tls}}]
  rules:
  - host: {name}.example.com
    http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service: {{name: {name}, port: {{name: http}}}}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {name}
  namespace: {ns}
spec:
  scaleTargetRef: {{apiVersion: apps/v1, kind: Deployment, name: {name}}}
  minReplicas: 2
  maxReplicas: 10
  metrics:
  - type: Resource
    resource: {{name: cpu, target: {{type: Utilization, averageUtilization: 70}}}}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {name}
  namespace: {ns}
spec:
  maxUnavailable: 1
  selector:
    matchLabels: {{app: {name}}}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: {name}
  namespace: {ns}
roleRef: {{apiGroup: rbac.authorization.k8s.io, kind: Role, name: app-reader}}
subjects: [{{kind: ServiceAccount, name: {name}}}]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {name}
  namespace: {ns}
spec:
  podSelector:
    matchLabels: {{app: {name}}}
  ingress:
  - from:
    - namespaceSelector:
        matchLabels: {{kubernetes.io/metadata.name: ingress-nginx}}
    - podSelector:
        matchLabels: {{tier: web}}
"""


def support(name, ns):
    return f"""apiVersion: v1
kind: ConfigMap
metadata:
  name: {name}-config
  namespace: {ns}
data:
  LOG_LEVEL: info
  app.yaml: |
    port: 8080
---
apiVersion: v1
kind: Secret
metadata:
  name: {name}-secret
  namespace: {ns}
stringData:
  token: t
---
apiVersion: v1
kind: Secret
metadata:
  name: {name}-tls
  namespace: {ns}
type: kubernetes.io/tls
data: {{tls.crt: Y3J0, tls.key: a2V5}}
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: {name}
  namespace: {ns}
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: {name}-data
  namespace: {ns}
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests: {{storage: 1Gi}}
"""


def namespace(ns):
    return f"""apiVersion: v1
kind: Namespace
metadata:
  name: {ns}
---
apiVersion: v1
kind: Secret
metadata:
  name: registry
  namespace: {ns}
type: kubernetes.io/dockerconfigjson
data: {{.dockerconfigjson: e30=}}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: app-reader
  namespace: {ns}
rules:
- apiGroups: [""]
  resources: [configmaps]
  verbs: [get]
"""


with open(os.path.join(out, "00-platform.yaml"), "w") as f:
    docs = [namespace(f"team-{i:02d}") for i in range(namespaces)]
    docs.append("""apiVersion: v1
kind: Namespace
metadata:
  name: ingress-nginx
---
apiVersion: networking.k8s.io/v1
kind: IngressClass
metadata:
  name: nginx
spec:
  controller: k8s.io/ingress-nginx
""")
    f.write("---\n".join(docs))

kinds = ["configmap", "key", "selector"]
for i in range(apps):
    ns = f"team-{i % namespaces:02d}"
    name = f"app-{i:05d}"
    broken = kinds[(i // 50) % 3] if i % 50 == 49 else ""
    d = os.path.join(out, ns)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, f"{name}.yaml"), "w") as f:
        f.write(app(name, ns, broken))
    with open(os.path.join(d, f"{name}-support.yaml"), "w") as f:
        f.write(support(name, ns))
