"""Schema validation of synthesized objects.

Built-in kinds are checked against the strict Kubernetes OpenAPI schemas of ``KUBERNETES_VERSION``
(``kubernetes-validate``); custom resources against the ``openAPIV3Schema`` of the pinned CRDs in
``schemas/crds`` (the sources of the typed imports), made strict: an object schema that lists its
properties and does not preserve unknown fields rejects any other field, since an API server would
silently prune it. A custom resource that matches its schema is then checked against the CRD's CEL
rules (``x-kubernetes-validations``, see :mod:`.cel`); a rule that cannot be evaluated here is
reported as unchecked (:func:`check_objects`, and a :class:`ModelServiceWarning` from
:func:`validate_objects`), never passed silently.
"""

from __future__ import annotations

import copy
import functools
import re
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import jsonschema
import kubernetes_validate
import kubernetes_validate.utils
import referencing
import yaml

from .cel import CelRules
from .errors import ModelServiceWarning, Problem
from .names import INT32, PORTS
from .releases import LEGACY_OBJECTIVES_GROUP

KUBERNETES_VERSION = "1.34.0"


MOVED_KINDS = {(f"{LEGACY_OBJECTIVES_GROUP}/v1alpha2", kind): ("llm-d.ai/v1alpha2", kind)
               for kind in ("InferenceObjective", "InferenceModelRewrite")}
"""Kinds validated against the pinned CRD of the group they moved to with the same fields: objectives and
rewrites of the Gateway API Inference Extension, which llm-d releases before v0.9 read."""


@functools.cache
def _crd_versions() -> dict[tuple[str, str], dict[str, Any]]:
    """(apiVersion, kind) -> openAPIV3Schema, for every version of every pinned CRD (read once), and for the
    :data:`MOVED_KINDS`."""
    versions = dict(_read_crd_versions())
    versions.update({old: versions[new] for old, new in MOVED_KINDS.items() if new in versions})
    return versions


def _read_crd_versions() -> Iterator[tuple[tuple[str, str], dict[str, Any]]]:
    folder = resources.files("modelservice_constructs.schemas").joinpath("crds")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".yaml"):
            continue
        # The C loader when PyYAML has it: the pinned CRDs are several megabytes of YAML.
        for doc in yaml.load_all(entry.read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
            if not doc or doc.get("kind") != "CustomResourceDefinition":
                continue
            spec = doc["spec"]
            for version in spec["versions"]:
                key = (f"{spec['group']}/{version['name']}", spec["names"]["kind"])
                yield key, version["schema"]["openAPIV3Schema"]


@functools.cache
def _crd_schemas() -> dict[tuple[str, str], dict[str, Any]]:
    """(apiVersion, kind) -> strict JSON schema, for every pinned CRD."""
    return {key: _strict(copy.deepcopy(schema)) for key, schema in _crd_versions().items()}


@functools.cache
def _crd_rules(api_version: str, kind: str) -> CelRules | None:
    """The compiled CEL rules of a pinned CRD version (compiled on first use, then cached)."""
    schema = _crd_versions().get((api_version, kind))
    return CelRules(schema) if schema is not None else None


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


INT64 = (-(2**63), 2**63 - 1)
FORMATS = jsonschema.FormatChecker()
"""The integer formats of the schemas, checked as an API server does: a ``replicas`` of 3000000000 does not
fit the int32 Kubernetes stores it in."""


@FORMATS.checks("int32")
def _int32(value: object) -> bool:
    return not isinstance(value, int) or isinstance(value, bool) or INT32[0] <= value <= INT32[1]


@FORMATS.checks("int64")
def _int64(value: object) -> bool:
    return not isinstance(value, int) or isinstance(value, bool) or INT64[0] <= value <= INT64[1]


PORT_FIELDS = frozenset({"containerPort", "hostPort", "nodePort", "port", "targetPort"})
"""Fields that hold a port number when they hold an integer (containers, Services, probes, routes)."""


def _port_problems(node: Any, where: str, path: tuple[Any, ...] = ()) -> list[Problem]:
    """Integers in :data:`PORT_FIELDS` outside :data:`~.names.PORTS`, which the API server refuses."""
    problems: list[Problem] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key in PORT_FIELDS and isinstance(value, int) and not isinstance(value, bool) \
                    and not PORTS[0] <= value <= PORTS[1]:
                problems.append(Problem(f"{where} {field_path((*path, key))}",
                                        f"{value} is not a port number ({PORTS[0]}-{PORTS[1]})"))
            else:
                problems += _port_problems(value, where, (*path, key))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            problems += _port_problems(item, where, (*path, index))
    return problems


def _message(error: jsonschema.ValidationError) -> str:
    """The schema's message, or for an integer format what the value must fit."""
    if str(error.validator) == "format" and error.validator_value in ("int32", "int64"):
        low, high = INT32 if error.validator_value == "int32" else INT64
        return f"{error.instance} does not fit an {error.validator_value} ({low} to {high})"
    return str(error.message)


@functools.cache
def _crd_validator(api_version: str, kind: str) -> jsonschema.Draft7Validator | None:
    schema = _crd_schemas().get((api_version, kind))
    return jsonschema.Draft7Validator(schema, format_checker=FORMATS) if schema is not None else None


@functools.cache
def _builtin_validator(api_version: str, kind: str) -> jsonschema.Draft202012Validator | None:
    """The strict schema of a built-in kind in Kubernetes ``KUBERNETES_VERSION``, as kubernetes-validate reads
    it, with :data:`FORMATS` checked (None: no such kind)."""
    utils = kubernetes_validate.utils
    version = [v for v in utils.all_versions() if utils.major_minor(v) <= utils.major_minor(KUBERNETES_VERSION)][-1]
    folder = f"kubernetes-json-schema/v{version}-local-strict"
    group = re.sub(r"^([^./]*)(?:\.[^/]*)?/", r"\1-", api_version)
    try:
        schema = utils.schema_contents(f"{folder}/{kind.lower()}-{group}.json", KUBERNETES_VERSION)
    except FileNotFoundError:
        return None
    definitions = utils.schema_contents(f"{folder}/_definitions.json", KUBERNETES_VERSION)
    registry: referencing.Registry[Any] = referencing.Resource.from_contents(definitions) @ (
        referencing.Resource.from_contents(schema) @ referencing.Registry())
    return jsonschema.Draft202012Validator(schema, registry=registry, format_checker=FORMATS)


def custom_resource_kinds() -> set[tuple[str, str]]:
    """The (apiVersion, kind) pairs with a pinned CRD schema."""
    return set(_crd_schemas())


@dataclass
class ValidationReport:
    """What validating objects found: ``problems`` (schema violations and failed CEL rules) and
    ``unchecked`` (CEL rules that applied to an object but cannot be evaluated here)."""

    problems: list[Problem] = field(default_factory=list)
    unchecked: list[Problem] = field(default_factory=list)


def check_object(obj: dict[str, Any]) -> ValidationReport:
    """Check one object against its schema and, for a custom resource that matches it, its CEL rules.

    An object of an unknown kind is one problem. Transition rules (reading ``oldSelf``) do not apply
    to creation and are skipped.
    """
    api_version, kind = obj.get("apiVersion"), obj.get("kind")
    name = (obj.get("metadata") or {}).get("name", "?")
    where = f"{kind}/{name}"
    if not isinstance(api_version, str) or not isinstance(kind, str):
        return ValidationReport([Problem(where, f"is not a Kubernetes object: apiVersion and kind must be strings, "
                                                f"got apiVersion {api_version!r} and kind {kind!r}")])
    validator = _crd_validator(str(api_version), str(kind))
    if validator is not None:
        body = {k: v for k, v in obj.items() if k != "metadata"}
        problems = [Problem(f"{where} {field_path(err.absolute_path)}", _message(err))
                    for err in sorted(validator.iter_errors(body), key=lambda e: list(e.absolute_path))]
        problems += _port_problems(body, where)
        rules = _crd_rules(str(api_version), str(kind))
        if problems or rules is None:
            return ValidationReport(problems)
        result = rules.evaluate(obj)
        return ValidationReport(
            [Problem(f"{where} {field_path(f.path)}", f.message) for f in result.failures],
            [Problem(f"{where} {field_path(path)}", f"CEL rule not checked ({rule.reason}): {rule.rule}")
             for path, rule in result.unchecked])
    builtin = _builtin_validator(str(api_version), str(kind))
    if builtin is None:
        return ValidationReport([Problem(where, f"no schema for {api_version} {kind} in Kubernetes "
                                                f"{KUBERNETES_VERSION} or the pinned CRDs")])
    error = jsonschema.exceptions.best_match(builtin.iter_errors(obj))
    if error is not None:
        return ValidationReport([Problem(f"{where} {field_path(error.absolute_path)}", _message(error))])
    return ValidationReport(_port_problems(obj, where))


def check_objects(objects: Iterable[dict[str, Any]]) -> ValidationReport:
    """Problems and unchecked CEL rules of every object (see :func:`check_object`)."""
    report = ValidationReport()
    for obj in objects:
        one = check_object(obj)
        report.problems += one.problems
        report.unchecked += one.unchecked
    return report


def validate_object(obj: dict[str, Any]) -> list[Problem]:
    """Problems of one object (see :func:`check_object`); unchecked CEL rules are warned about."""
    return validate_objects([obj])


def validate_objects(objects: Iterable[dict[str, Any]]) -> list[Problem]:
    """Problems of every object (see :func:`check_object`); each unchecked CEL rule that applied is
    a :class:`ModelServiceWarning`."""
    report = check_objects(objects)
    for unchecked in report.unchecked:
        warnings.warn(ModelServiceWarning(str(unchecked)), stacklevel=2)
    return report.problems


def field_path(parts: Iterable[Any]) -> str:
    """A JSON path as ``a.b[0].c``."""
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out.lstrip(".") or "(root)"
