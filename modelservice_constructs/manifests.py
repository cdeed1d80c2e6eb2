"""Typed API objects from Kubernetes JSON.

Constructs describe objects as plain Kubernetes JSON (what ``kubectl`` reads). :func:`api_object`
turns such a manifest into an instance of a generated typed class (``cdk8s import`` output or the
``k8s`` classes of cdk8s-plus-28): every field is checked against the typed import, converted to
its struct, enum or int-or-string/quantity type, and an unknown field is an error that names its
path. The typed class then renders the object at synth time.
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
import jsii
from constructs import Construct

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
        if hasattr(hint, "from_string") or hasattr(hint, "from_number"):
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
def _enum_members(enum_type: type[enum.Enum]) -> dict[str, enum.Enum]:
    return {_squash(member.name): member for member in enum_type}


def _convert(kind: _Kind, value: Any, path: str) -> Any:
    tag, arg = kind
    if tag == "struct":
        if not isinstance(value, dict):
            raise ModelServiceError.at(path, f"expected an object, got {show(value)}")
        fields = _fields(arg)
        # A struct goes to jsii as a map keyed by its jsii property names: the kernel accepts it for the
        # struct type, and it is cheaper than a struct instance (already checked here, field by field).
        data: dict[str, Any] = {}
        for key, item in value.items():
            if item is None:
                continue
            field = fields.get(key)
            if field is None:
                allowed = ", ".join(sorted(fields))
                raise ModelServiceError.at(f"{path}.{key}", f"unknown field; allowed here: {allowed}")
            data[field[1]] = _convert(field[2], item, f"{path}.{key}")
        missing = [key for key in _required(arg) if value.get(key) is None]
        if missing:
            raise ModelServiceError.at(f"{path}.{missing[0]}", "is required")
        return data
    if tag == "list":
        if not isinstance(value, list):
            raise ModelServiceError.at(path, f"expected a list, got {show(value)}")
        return [_convert(arg, item, f"{path}[{i}]") for i, item in enumerate(value)]
    if tag == "map":
        if not isinstance(value, dict):
            raise ModelServiceError.at(path, f"expected an object, got {show(value)}")
        return {str(k): _convert(arg, v, f"{path}.{k}") for k, v in value.items()}
    if tag == "enum":
        member = _enum_members(arg).get(_squash(str(value)))
        if member is None:
            allowed = ", ".join(m.name.lower() for m in arg)
            raise ModelServiceError.at(path, f"{show(value)} is not one of: {allowed}")
        return member
    if tag == "union":
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise ModelServiceError.at(path, f"expected a string or a number, got {show(value)}")
        return _union(arg, value)
    if tag == "scalar":
        return _scalar(arg, value, path)
    return value


@functools.cache
def _union(cls: Any, value: str | int | float) -> Any:
    """An int-or-string / quantity value; immutable, so one instance per value is shared."""
    return cls.from_string(value) if isinstance(value, str) else cls.from_number(value)


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


def props_of(cls: type, manifest: dict[str, Any], path: str) -> Any:
    """The props of the typed class ``cls`` built from a JSON manifest (apiVersion and kind are ignored)."""
    module = sys.modules[cls.__module__]
    props_struct = getattr(module, f"{cls.__name__}Props")
    body = {k: v for k, v in manifest.items() if k not in ("apiVersion", "kind")}
    return _convert(("struct", props_struct), body, path)


def api_object(scope: Construct, id: str, cls: type[cdk8s.ApiObject], manifest: dict[str, Any],
               path: str = "") -> cdk8s.ApiObject:
    """Define ``manifest`` in ``scope`` as an instance of the generated typed class ``cls``.

    ``path`` prefixes field paths in error messages (default: the object's kind).
    """
    props = props_of(cls, manifest, path or cls.__name__)
    # What the generated constructor does (``jsii.create(cls, self, [scope, id, props])``), with the
    # props already converted and checked above.
    obj: cdk8s.ApiObject = cls.__new__(cls)
    jsii.create(cls, obj, [scope, id, props])
    return obj


def kind_at(cls: type, field_path: str) -> _Kind:
    """The kind of the field at a dotted path (``spec.template.spec.containers[].env``) of ``cls``'s props."""
    module = sys.modules[cls.__module__]
    kind: _Kind = ("struct", getattr(module, f"{cls.__name__}Props"))
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


def check(cls: type, field_path: str, value: Any, path: str) -> None:
    """Check ``value`` against the field at ``field_path`` of the typed class ``cls``; errors name ``path``."""
    _convert(kind_at(cls, field_path), value, path)


def check_struct(struct: type, value: Any, path: str) -> Any:
    """``value`` checked against a generated struct class (e.g. ``cdk8s.ApiObjectMetadata``), converted for jsii."""
    return _convert(("struct", struct), value, path)


def is_struct(cls: type) -> bool:
    """Whether ``cls`` is a generated typed struct (a jsii data type such as ``DeploymentSpecStrategy``)."""
    return _is_struct(cls)


def plain(value: Any) -> Any:
    """``value`` with generated typed structs (and the int-or-string / quantity values in them) turned into
    Kubernetes JSON, inside lists and maps too; anything else is returned as it is."""
    cls: type = type(value)
    if _is_struct(cls):
        by_py_name = {py: json for json, (py, _, _) in _fields(cls).items()}
        values: dict[str, Any] = value._values
        return {by_py_name.get(key, key): plain(item) for key, item in values.items() if item is not None}
    if isinstance(value, list | tuple) and any(_needs_plain(v) for v in value):
        return [plain(v) for v in value]
    if isinstance(value, dict) and any(_needs_plain(v) for v in value.values()):
        return {k: plain(v) for k, v in value.items()}
    if _is_union_value(value):
        return value.value
    return value


def _is_union_value(value: Any) -> bool:
    """An instance of a generated int-or-string / quantity class (``IntOrString.from_number(8000)``)."""
    cls = type(value)
    return hasattr(cls, "from_string") and hasattr(cls, "from_number") and hasattr(cls, "value")


def _needs_plain(value: Any) -> bool:
    if _is_struct(type(value)) or _is_union_value(value):
        return True
    if isinstance(value, list | tuple):
        return any(_needs_plain(v) for v in value)
    if isinstance(value, dict):
        return any(_needs_plain(v) for v in value.values())
    return False


def convert(cls: type, field_path: str, value: Any, path: str) -> Any:
    """``value`` checked against the field at ``field_path`` of ``cls`` and converted for jsii: what a JSON
    patch adding that field to a typed object must carry (the typed object renders converted fields)."""
    return _convert(kind_at(cls, field_path), value, path)
