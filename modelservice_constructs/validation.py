"""Schema validation of synthesized objects.

Built-in kinds are checked against the strict Kubernetes OpenAPI schemas of ``KUBERNETES_VERSION``
(``kubernetes-validate``); custom resources against the ``openAPIV3Schema`` of the pinned CRDs in
``schemas/crds`` (the sources of the typed imports), made strict: an object schema that lists its
properties and does not preserve unknown fields rejects any other field, since an API server would
silently prune it.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Iterable
from importlib import resources
from typing import Any

import jsonschema
import kubernetes_validate
import yaml

from .errors import Problem

KUBERNETES_VERSION = "1.34.0"


@functools.cache
def _crd_schemas() -> dict[tuple[str, str], dict[str, Any]]:
    """(apiVersion, kind) -> strict JSON schema, for every pinned CRD."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    folder = resources.files("modelservice_constructs.schemas").joinpath("crds")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".yaml"):
            continue
        for doc in yaml.safe_load_all(entry.read_text()):
            if not doc or doc.get("kind") != "CustomResourceDefinition":
                continue
            spec = doc["spec"]
            for version in spec["versions"]:
                schema = _strict(copy.deepcopy(version["schema"]["openAPIV3Schema"]))
                out[(f"{spec['group']}/{version['name']}", spec["names"]["kind"])] = schema
    return out


def _strict(node: Any) -> Any:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                for sub in value.values():
                    _strict(sub)
            else:
                _strict(value)
        if node.get("nullable"):
            node.pop("nullable")
            if "type" in node:
                node["type"] = [node["type"], "null"]
        if ("properties" in node and "additionalProperties" not in node
                and not node.get("x-kubernetes-preserve-unknown-fields")):
            node["additionalProperties"] = False
        if node.get("x-kubernetes-int-or-string"):
            node.pop("type", None)
    elif isinstance(node, list):
        for item in node:
            _strict(item)
    return node


@functools.cache
def _crd_validator(api_version: str, kind: str) -> jsonschema.Draft7Validator | None:
    schema = _crd_schemas().get((api_version, kind))
    return jsonschema.Draft7Validator(schema) if schema is not None else None


def custom_resource_kinds() -> set[tuple[str, str]]:
    """The (apiVersion, kind) pairs with a pinned CRD schema."""
    return set(_crd_schemas())


def validate_object(obj: dict[str, Any]) -> list[Problem]:
    """Problems of one object against its schema; an object of an unknown kind is one problem."""
    api_version, kind = obj.get("apiVersion"), obj.get("kind")
    name = (obj.get("metadata") or {}).get("name", "?")
    where = f"{kind}/{name}"
    if not isinstance(api_version, str) or not isinstance(kind, str):
        return [Problem(where, f"is not a Kubernetes object: apiVersion and kind must be strings, got "
                               f"apiVersion {api_version!r} and kind {kind!r}")]
    validator = _crd_validator(str(api_version), str(kind))
    if validator is not None:
        body = {k: v for k, v in obj.items() if k != "metadata"}
        return [Problem(f"{where} {field_path(err.absolute_path)}", err.message)
                for err in sorted(validator.iter_errors(body), key=lambda e: list(e.absolute_path))]
    try:
        kubernetes_validate.validate(obj, KUBERNETES_VERSION, strict=True)
    except kubernetes_validate.SchemaNotFoundError:
        return [Problem(where, f"no schema for {api_version} {kind} in Kubernetes {KUBERNETES_VERSION} "
                               "or the pinned CRDs")]
    except kubernetes_validate.ValidationError as err:
        return [Problem(f"{where} {field_path(err.absolute_path)}", err.message)]
    return []


def validate_objects(objects: Iterable[dict[str, Any]]) -> list[Problem]:
    """Problems of every object (see :func:`validate_object`)."""
    return [problem for obj in objects for problem in validate_object(obj)]


def field_path(parts: Iterable[Any]) -> str:
    """A JSON path as ``a.b[0].c``."""
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out.lstrip(".") or "(root)"
