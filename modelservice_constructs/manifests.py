"""Kubernetes JSON checked against the generated typed classes of ``imports/`` (``cdk8s import`` output).

Constructs describe objects as plain Kubernetes JSON (what ``kubectl`` reads). :func:`props_of` checks
such a manifest field by field against a generated class: an unknown field, a wrong type, a value
outside an enum or a missing required field is an error that names its path. It returns the JSON the
object renders (enum values spelt as Kubernetes reads them, null fields left out); :mod:`.objects`
defines the object in the jsii kernel. :func:`plain` turns the generated typed structs a prop may be
given as into the same JSON.
"""

from __future__ import annotations

import builtins
import collections.abc
import enum
import functools
import importlib
import inspect
import re
import sys
import typing
from typing import Any

import cdk8s

from .errors import ModelServiceError, show

_Kind = tuple[str, Any]


def _is_struct(hint: Any) -> bool:
    return isinstance(hint, type) and hasattr(hint, "__jsii_name_mapping__")


def _kind(hint: Any) -> _Kind:
    """Classify a type hint of a generated class into what the converter must build."""
    origin = typing.get_origin(hint)
    if origin is typing.Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        structs = [a for a in args if _is_struct(a)]
        if structs:
            return ("struct", structs[0])
        if set(args) == {int, float}:  # jsii.Number
            return ("scalar", float)
        return _kind(args[0]) if len(args) == 1 else ("any", None)
    if origin in (collections.abc.Sequence, list):
        return ("list", _kind(typing.get_args(hint)[0]))
    if origin in (collections.abc.Mapping, dict):
        return ("map", _kind(typing.get_args(hint)[1]))
    if _is_struct(hint):
        return ("struct", hint)
    if isinstance(hint, type):
        if issubclass(hint, enum.Enum):
            return ("enum", hint)
        if _is_union_class(hint):
            return ("union", hint)
        if hint in (str, int, float, bool):
            return ("scalar", hint)
    return ("any", None)


class _ModuleNamespace(dict[str, Any]):
    """A generated module's names, plus the aliases (``_cdk8s_d3d9af27``) its hints use."""

    def __missing__(self, key: str) -> Any:
        match = re.fullmatch(r"_(\w+?)_[0-9a-f]{8}", key)
        try:
            value = self[key] = importlib.import_module(match.group(1) if match else key)
        except ImportError:
            raise KeyError(key) from None
        return value


@functools.cache
def _fields(struct: type) -> dict[str, tuple[str, str, _Kind]]:
    """JSON field name -> (Python parameter name, jsii property name, kind) for a generated struct class."""
    module = sys.modules[struct.__module__]
    namespace = _ModuleNamespace({"typing": typing, "builtins": builtins, **vars(module)})
    hints = typing.get_type_hints(vars(struct)["__init__"], {}, namespace)
    mapping: dict[str, str] = struct.__jsii_name_mapping__  # type: ignore[attr-defined]
    return {_json_key(struct, py_name, jsii_name): (py_name, jsii_name, _kind(hints[py_name]))
            for py_name, jsii_name in mapping.items()}


@functools.cache
def _required(struct: type) -> tuple[str, ...]:
    """JSON names of the fields a generated struct requires."""
    parameters = inspect.signature(vars(struct)["__init__"]).parameters
    by_py = {py: json for json, (py, _, _) in _fields(struct).items()}
    return tuple(by_py[name] for name, p in parameters.items()
                 if name in by_py and p.default is inspect.Parameter.empty)


def _json_key(struct: type, py_name: str, jsii_name: str) -> str:
    """The Kubernetes field name of a struct property: its ``:schema: Type#field`` tag, as jsii
    names change some (``hostIPC`` is ``hostIpc`` in jsii)."""
    doc = getattr(getattr(struct, py_name, None), "__doc__", None) or ""
    match = re.search(r":schema: \S+#(\S+)", doc)
    return match.group(1) if match else jsii_name


def _squash(text: str) -> str:
    """A value as the enum member names of ``cdk8s import`` spell it (``kubernetes.io/h2c`` is
    ``KUBERNETES_PERIOD_IO_FORWARD_SLASH_H2C``), without separators."""
    text = text.replace(".", "PERIOD").replace("/", "FORWARDSLASH")
    return re.sub(r"[^A-Za-z0-9]", "", text).upper()


@functools.cache
def _enum_values(enum_type: type[enum.Enum]) -> dict[str, str]:
    """Squashed member name -> the value Kubernetes reads (``FAIL_CLOSE`` -> ``FailClose``).

    The Python members carry jsii names only; the kernel knows the values, so one call per enum type
    renders all of them (an enum member passed as ``any`` comes back as its value).
    """
    members = {member.name: member for member in enum_type}
    values: dict[str, str] = cdk8s.JsonPatch.apply(members)
    return {_squash(name): values[name] for name in members}


_NUMBERS = (int, float)

# Leaf values that convert to themselves, by kind: a scalar of its type (either number type for a number),
# a string or a number for an int-or-string, anything for ``any``; None: the value is converted (checked,
# enum values spelt, nulls dropped).
_Leaf = frozenset[type] | None
_ANY: frozenset[type] = frozenset()


@functools.cache
def _leaf(kind: _Kind) -> _Leaf:
    tag, arg = kind
    if tag == "scalar":
        return frozenset(_NUMBERS) if arg in _NUMBERS else frozenset({arg})
    if tag == "union":  # int-or-string, quantity
        return frozenset({str, int, float})
    return _ANY if tag == "any" else None


def _as_is(leaf: _Leaf, value: Any) -> bool:
    """Whether ``value`` is a valid leaf that converts to itself (checked without building its path)."""
    return leaf is not None and (leaf is _ANY or type(value) in leaf)


@functools.cache
def _plan(struct: type) -> tuple[dict[str, tuple[_Leaf, _Kind]], tuple[str, ...]]:
    """How to convert a struct: JSON field name -> (its leaf types, its kind), and the required fields."""
    return {key: (_leaf(kind), kind) for key, (_, _, kind) in _fields(struct).items()}, _required(struct)


def _convert(kind: _Kind, value: Any, path: str) -> Any:
    """``value`` checked against ``kind``, as JSON for the kernel: enum values spelt as Kubernetes reads them,
    null fields left out (cdk8s sorts the keys when it renders the object)."""
    tag, arg = kind
    if tag == "struct":
        if not isinstance(value, dict):
            raise ModelServiceError.at(path, f"expected an object, got {show(value)}")
        plan, required = _plan(arg)
        data: dict[str, Any] = {}
        for key, item in value.items():
            if item is None:
                continue
            found = plan.get(key)
            if found is None:
                allowed = ", ".join(sorted(plan))
                raise ModelServiceError.at(f"{path}.{key}", f"unknown field; allowed here: {allowed}")
            leaf, field_kind = found
            data[key] = item if _as_is(leaf, item) else _convert(field_kind, item, f"{path}.{key}")
        for key in required:
            if value.get(key) is None:
                raise ModelServiceError.at(f"{path}.{key}", "is required")
        return data
    if tag == "list":
        if not isinstance(value, list):
            raise ModelServiceError.at(path, f"expected a list, got {show(value)}")
        leaf = _leaf(arg)
        if leaf is not None and all(_as_is(leaf, item) for item in value):
            return list(value)
        return [_convert(arg, item, f"{path}[{i}]") for i, item in enumerate(value)]
    if tag == "map":
        if not isinstance(value, dict):
            raise ModelServiceError.at(path, f"expected an object, got {show(value)}")
        leaf = _leaf(arg)
        return {str(key): item if _as_is(leaf, item) else _convert(arg, item, f"{path}.{key}")
                for key, item in value.items() if item is not None}
    if tag == "enum":
        found_value = _enum_values(arg).get(_squash(str(value)))
        if found_value is None:
            allowed = ", ".join(_enum_values(arg).values())
            raise ModelServiceError.at(path, f"{show(value)} is not one of: {allowed}")
        return found_value
    if tag == "union":
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise ModelServiceError.at(path, f"expected a string or a number, got {show(value)}")
        return value
    if tag == "scalar":
        return _scalar(arg, value, path)
    return value


def _scalar(expected: type, value: Any, path: str) -> Any:
    if expected is bool:
        ok = isinstance(value, bool)
    elif expected in (int, float):
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    else:
        ok = isinstance(value, str)
    if not ok:
        wanted = {bool: "true or false", int: "a number", float: "a number"}.get(expected, "a string")
        raise ModelServiceError.at(path, f"expected {wanted}, got {show(value)}")
    return value


def _props_struct(cls: type) -> type:
    module = sys.modules[cls.__module__]
    props: type = getattr(module, f"{cls.__name__}Props")
    return props


def props_of(cls: type, manifest: dict[str, Any], path: str) -> dict[str, Any]:
    """The body of ``manifest`` (all but apiVersion and kind) checked against the props of the typed class
    ``cls``, as JSON (enum values spelt as Kubernetes reads them, null fields left out)."""
    body = {k: v for k, v in manifest.items() if k not in ("apiVersion", "kind")}
    converted: dict[str, Any] = _convert(("struct", _props_struct(cls)), body, path)
    return converted


@functools.cache
def group_version_kind(cls: type) -> tuple[str, str]:
    """The apiVersion and kind of a generated typed class (its ``GVK``)."""
    gvk = cls.GVK  # type: ignore[attr-defined]
    return gvk.api_version, gvk.kind


def kind_at(cls: type, field_path: str) -> _Kind:
    """The kind of the field at a dotted path (``spec.template.spec.containers[].env``) of ``cls``'s props."""
    kind: _Kind = ("struct", _props_struct(cls))
    for part in field_path.split("."):
        is_list = part.endswith("[]")
        name = part.removesuffix("[]")
        if kind[0] != "struct" or name not in _fields(kind[1]):
            raise KeyError(f"{cls.__name__} has no field {field_path!r}")
        kind = _fields(kind[1])[name][2]
        if is_list:
            if kind[0] != "list":
                raise KeyError(f"{cls.__name__} field {name!r} is not a list")
            kind = kind[1]
    return kind


def check(cls: type, field_path: str, value: Any, path: str) -> Any:
    """``value`` checked against the field at ``field_path`` of the typed class ``cls`` (errors name ``path``),
    as the JSON the object renders (enum values as Kubernetes spells them, null fields left out)."""
    return _convert(kind_at(cls, field_path), value, path)


def check_struct(struct: type, value: Any, path: str) -> Any:
    """``value`` checked against a generated struct class (e.g. ``cdk8s.ApiObjectMetadata``), as the JSON
    cdk8s renders for it."""
    return _convert(("struct", struct), value, path)


def is_struct(cls: type) -> bool:
    """Whether ``cls`` is a generated typed struct (a jsii data type such as ``DeploymentSpecStrategy``)."""
    return _is_struct(cls)


_JSON_SCALARS = frozenset({str, int, float, bool, type(None)})


def _is_union_class(cls: Any) -> bool:
    """A generated int-or-string / quantity class (``IntOrString.from_number(8000)``)."""
    return hasattr(cls, "from_string") or hasattr(cls, "from_number")


_TYPED_CLASSES: dict[type, bool] = {}


def _typed_class(cls: type) -> bool:
    """Whether values of ``cls`` are generated typed structs or int-or-string / quantity values (remembered
    per class)."""
    typed = _TYPED_CLASSES.get(cls)
    if typed is None:
        typed = _TYPED_CLASSES[cls] = _is_struct(cls) or _is_union_class(cls)
    return typed


def plain(value: Any) -> Any:
    """``value`` with generated typed structs (and the int-or-string / quantity values in them) turned into
    Kubernetes JSON, inside lists and maps too; anything else is returned as it is."""
    cls: type = type(value)
    if cls in _JSON_SCALARS:
        return value
    if _is_struct(cls):
        by_py_name = {py: json for json, (py, _, _) in _fields(cls).items()}
        values: dict[str, Any] = value._values
        return {by_py_name.get(key, key): plain(item) for key, item in values.items() if item is not None}
    if isinstance(value, list | tuple) and any(_needs_plain(v) for v in value):
        return [plain(v) for v in value]
    if isinstance(value, dict) and any(_needs_plain(v) for v in value.values()):
        return {k: plain(v) for k, v in value.items()}
    if _is_union_class(cls):
        return value.value
    return value


def _needs_plain(value: Any) -> bool:
    cls = type(value)
    if cls in _JSON_SCALARS:
        return False
    if _typed_class(cls):
        return True
    if isinstance(value, list | tuple):
        return any(_needs_plain(v) for v in value)
    if isinstance(value, dict):
        return any(_needs_plain(v) for v in value.values())
    return False
