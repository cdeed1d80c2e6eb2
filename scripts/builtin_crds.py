"""Build CRD-shaped definitions of built-in Kubernetes kinds for ``cdk8s import``.

``cdk8s import k8s@VERSION`` downloads its schema, so the built-in kinds we emit at a newer
Kubernetes version than cdk8s-plus-28 covers are imported from CRD-shaped definitions instead.
They are derived from the official OpenAPI definitions shipped by the pinned
``kubernetes-validate`` package (``kubernetes-json-schema/v<K8S>-local-strict``): every
``$ref`` into ``_definitions.json#/$defs`` is inlined, nullable type lists are reduced to the
plain type, int-or-string and quantity unions become ``x-kubernetes-int-or-string`` as in
real CRDs, and ``additionalProperties: false`` (not allowed beside ``properties`` in a
structural schema) is dropped.

usage: builtin_crds.py OUTDIR    (writes one ``<file>.yaml`` per entry of FILES, one document per kind:
                                  ``cdk8s import`` makes one module per API group, and scripts/imports.py
                                  makes the one ``k8s`` module of ``k8s.yaml``, whose kinds span several
                                  groups, the core group among them)
"""

from __future__ import annotations

import copy
import json
import sys
from importlib import metadata, resources
from pathlib import Path
from typing import Any

import yaml

K8S_VERSION = "1.34.0"
SCHEMA_DIR = f"kubernetes-json-schema/v{K8S_VERSION}-local-strict"

# output file -> (group, version, kind, plural, schema file); "" is the core group (apiVersion "v1")
FILES: dict[str, list[tuple[str, str, str, str, str]]] = {
    "apps": [
        ("apps", "v1", "Deployment", "deployments", "deployment-apps-v1.json"),
        ("apps", "v1", "ReplicaSet", "replicasets", "replicaset-apps-v1.json"),
    ],
    "resource.k8s.io": [
        ("resource.k8s.io", "v1", "ResourceClaimTemplate", "resourceclaimtemplates",
         "resourceclaimtemplate-resource-v1.json"),
        ("resource.k8s.io", "v1", "ResourceClaim", "resourceclaims", "resourceclaim-resource-v1.json"),
        ("resource.k8s.io", "v1", "DeviceClass", "deviceclasses", "deviceclass-resource-v1.json"),
    ],
    "k8s": [
        ("", "v1", "ConfigMap", "configmaps", "configmap-v1.json"),
        ("", "v1", "Service", "services", "service-v1.json"),
        ("", "v1", "ServiceAccount", "serviceaccounts", "serviceaccount-v1.json"),
        ("autoscaling", "v2", "HorizontalPodAutoscaler", "horizontalpodautoscalers",
         "horizontalpodautoscaler-autoscaling-v2.json"),
        ("networking.k8s.io", "v1", "NetworkPolicy", "networkpolicies", "networkpolicy-networking-v1.json"),
        ("policy", "v1", "PodDisruptionBudget", "poddisruptionbudgets", "poddisruptionbudget-policy-v1.json"),
        ("rbac.authorization.k8s.io", "v1", "Role", "roles", "role-rbac-v1.json"),
        ("rbac.authorization.k8s.io", "v1", "RoleBinding", "rolebindings", "rolebinding-rbac-v1.json"),
    ],
}
CLUSTER_SCOPED = {"DeviceClass"}
UNION_TYPES = ({"string", "integer"}, {"string", "number"})


def _load(name: str) -> Any:
    path = resources.files("kubernetes_validate").joinpath(f"{SCHEMA_DIR}/{name}")
    return json.loads(path.read_text())


class _Inliner:
    def __init__(self, defs: dict[str, Any]) -> None:
        self.defs = defs

    def schema(self, node: dict[str, Any], stack: tuple[str, ...] = ()) -> dict[str, Any]:
        if "$ref" in node:
            name = node["$ref"].split("#/$defs/")[-1]
            if name in stack:
                raise ValueError(f"recursive definition {name}")
            target = self.schema(self.defs[name], (*stack, name))
            extra = {k: v for k, v in node.items() if k != "$ref"}
            return {**target, **self.schema(extra, stack)} if extra else target
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key == "type":
                types = [value] if isinstance(value, str) else [t for t in value if t != "null"]
                out["type"] = types[0]
            elif key == "oneOf":
                types = {t for option in value for t in _types(option)}
                if types not in UNION_TYPES:
                    raise ValueError(f"unsupported union {value}")
                out["anyOf"] = [{"type": "integer"}, {"type": "string"}]
                out["x-kubernetes-int-or-string"] = True
            elif key == "properties":
                out["properties"] = {k: self.schema(v, stack) for k, v in value.items()}
            elif key in ("items",) and isinstance(value, dict):
                out[key] = self.schema(value, stack)
            elif key == "additionalProperties":
                if isinstance(value, dict):
                    out[key] = self.schema(value, stack)
            elif key in ("$schema", "$id", "x-kubernetes-group-version-kind",
                         "x-kubernetes-patch-strategy",
                         "x-kubernetes-patch-merge-key", "x-kubernetes-unions"):
                continue
            else:
                out[key] = copy.deepcopy(value)
        return out


def _types(option: dict[str, Any]) -> list[str]:
    value = option.get("type", [])
    return [value] if isinstance(value, str) else [t for t in value if t != "null"]


def crd(group: str, version: str, kind: str, plural: str, schema_file: str,
        inliner: _Inliner) -> dict[str, Any]:
    """Return the CRD-shaped definition of one built-in kind."""
    schema = inliner.schema(_load(schema_file))
    props = schema["properties"]
    props["metadata"] = {"type": "object"}
    for key in ("apiVersion", "kind"):
        props[key].pop("enum", None)
    schema.pop("required", None)
    return {
        "apiVersion": "apiextensions.k8s.io/v1",
        "kind": "CustomResourceDefinition",
        "metadata": {"name": f"{plural}.{group}" if group else plural},
        "spec": {
            "group": group,
            "names": {"kind": kind, "listKind": f"{kind}List", "plural": plural,
                      "singular": kind.lower()},
            "scope": "Cluster" if kind in CLUSTER_SCOPED else "Namespaced",
            "versions": [{"name": version, "served": True, "storage": True,
                          "schema": {"openAPIV3Schema": schema}}],
        },
    }


def main(outdir: str) -> None:
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    inliner = _Inliner(_load("_definitions.json")["$defs"])
    source = (f"kubernetes-validate=={metadata.version('kubernetes-validate')} "
              f"{SCHEMA_DIR}")
    for name, kinds in FILES.items():
        docs = [f"# {kind}: {source}/{schema_file}\n"
                + yaml.safe_dump(crd(group, version, kind, plural, schema_file, inliner), sort_keys=True, width=100)
                for group, version, kind, plural, schema_file in kinds]
        header = (f"# Generated by scripts/builtin_crds.py from the Kubernetes {K8S_VERSION} OpenAPI\n"
                  "# definitions; regenerate with `make imports`, do not edit.\n")
        (out / f"{name}.yaml").write_text(header + "---\n".join(docs))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
