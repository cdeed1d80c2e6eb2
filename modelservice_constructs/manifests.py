"""Typed API objects from Kubernetes JSON, rendered exactly as written.

Constructs describe objects as plain Kubernetes JSON (what ``kubectl`` reads). :func:`api_object`
checks such a manifest field by field against a generated typed class (``cdk8s import`` output in
``imports/``): an unknown field, a wrong type, a value outside an enum or a missing required field is
an error that names its path. The object it returns is an instance of that class (``isinstance(
pool.workload, Deployment)`` holds), but in the jsii kernel it is a ``PlainApiObject`` (a
``cdk8s.ApiObject`` that takes any top-level fields, ``scripts/plain_object/index.ts``) holding the
checked JSON: the generated classes re-filter the rendered JSON through their typed props
at synth, which loses what JSON patches add (an int-or-string ``0``, a probe's ``port``, new map
entries) and silently drops misspelt fields. Here a patch applies exactly as written, and every
patched object is checked again at synth (see :class:`PatchCheck`).

Every object made here (and by :func:`untyped_object`) is recorded, in the kernel, in the
``ObjectRegistry`` of its App (``scripts/plain_object/index.ts``), which fails synthesis when two
objects share apiVersion, kind, namespace and name; that costs no call from Python.

This is the only module that touches jsii internals (``jsii.create`` with another class than the
instance's, the kernel's handling of overridden methods); ``tests/constructs/test_objects.py`` fails
loudly when an upgrade of jsii or cdk8s changes them.
"""

from __future__ import annotations

import builtins
import collections.abc
import copy
import enum
import functools
import importlib
import inspect
import json
import re
import sys
import typing
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import cdk8s
import constructs
import jsii
import yaml
from constructs import Construct

from .errors import ModelServiceError, show
from .imports.plain_object import PlainApiObject

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
def _enum_values(enum_type: type[enum.Enum]) -> dict[str, str]:
    """Squashed member name -> the value Kubernetes reads (``FAIL_CLOSE`` -> ``FailClose``).

    The Python members carry jsii names only; the kernel knows the values, so one call per enum type
    renders all of them (an enum member passed as ``any`` comes back as its value).
    """
    members = {member.name: member for member in enum_type}
    values: dict[str, str] = cdk8s.JsonPatch.apply(members)
    return {_squash(name): values[name] for name in members}


def _convert(kind: _Kind, value: Any, path: str) -> Any:
    """``value`` checked against ``kind``, as JSON for the kernel: enum values spelt as Kubernetes reads them,
    null fields left out (cdk8s sorts the keys when it renders the object)."""
    tag, arg = kind
    if tag == "struct":
        if not isinstance(value, dict):
            raise ModelServiceError.at(path, f"expected an object, got {show(value)}")
        fields = _fields(arg)
        data: dict[str, Any] = {}
        for key, item in value.items():
            if item is None:
                continue
            found = fields.get(key)
            if found is None:
                allowed = ", ".join(sorted(fields))
                raise ModelServiceError.at(f"{path}.{key}", f"unknown field; allowed here: {allowed}")
            data[key] = _convert(found[2], item, f"{path}.{key}")
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
        return {str(key): _convert(arg, item, f"{path}.{key}") for key, item in value.items() if item is not None}
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
def _group_version_kind(cls: type) -> tuple[str, str]:
    gvk = cls.GVK  # type: ignore[attr-defined]
    return gvk.api_version, gvk.kind


def _pointer(key: str) -> str:
    return "/" + key.replace("~", "~0").replace("/", "~1")


def _define(scope: Construct, id: str, cls: type[cdk8s.ApiObject], api_version: str, kind: str,
            metadata: dict[str, Any] | None, body: dict[str, Any], *, as_patches: bool = False) -> cdk8s.ApiObject:
    """An instance of ``_tracked(cls)`` (a subclass of ``cls`` and ``PlainApiObject``), backed in the kernel
    by a ``PlainApiObject`` holding ``body``.

    ``jsii.create`` makes the kernel object of the class it is given and binds it to the Python object
    whatever that object's class. ``PlainApiObject`` takes the manifest as JSON text (one string through
    the kernel instead of a deep structure) and passes it to ``cdk8s.ApiObject``, which renders it as it
    is (keys sorted, null values left out); with ``as_patches`` the body is added
    as one JSON patch per top-level key instead, rendered exactly as given (key order and nulls kept).
    """
    tracked = _tracked(cls)
    obj: cdk8s.ApiObject = tracked.__new__(tracked)
    props: dict[str, Any] = {} if as_patches else dict(body)
    props["apiVersion"], props["kind"] = api_version, kind
    if metadata:
        props["metadata"] = metadata
    jsii.create(PlainApiObject, obj, [scope, id, json.dumps(props, allow_nan=False)])
    if as_patches and body:
        cdk8s.ApiObject.add_json_patch(obj, *(cdk8s.JsonPatch.add(_pointer(k), v) for k, v in body.items()))
    return obj


def api_object(scope: Construct, id: str, cls: type[cdk8s.ApiObject], manifest: dict[str, Any],
               path: str = "") -> cdk8s.ApiObject:
    """Define ``manifest`` in ``scope`` as an instance of the generated typed class ``cls``.

    The manifest is checked against ``cls`` (its apiVersion and kind are ``cls``'s), then rendered as
    written; JSON patches added later apply exactly as written and are checked at synth. ``path``
    prefixes field paths in error messages (default: the object's kind).
    """
    where = path or cls.__name__
    body = props_of(cls, manifest, where)
    metadata = body.pop("metadata", None)
    api_version, kind = _group_version_kind(cls)
    obj = _define(scope, id, cls, api_version, kind, metadata, body)
    _record(obj, cls, api_version, kind, body)
    return obj


def untyped_object(scope: Construct, id: str, manifest: dict[str, Any], path: str) -> cdk8s.ApiObject:
    """Define ``manifest`` in ``scope`` as it is, as a ``cdk8s.ApiObject`` (apiVersion, kind and a
    ``metadata`` object are required; the metadata is checked, the rest is not). Duplicates are
    checked as for :func:`api_object`; the body is added as JSON patches, rendered as given."""
    body = dict(manifest)
    api_version, kind = body.pop("apiVersion"), body.pop("kind")
    metadata = check_struct(cdk8s.ApiObjectMetadata, body.pop("metadata"), f"{path}.metadata")
    obj = _define(scope, id, cdk8s.ApiObject, api_version, kind, metadata, body, as_patches=True)
    _record(obj, None, api_version, kind, body)
    return obj


@functools.cache
def _tracked(cls: type[cdk8s.ApiObject]) -> type[cdk8s.ApiObject]:
    """A subclass of ``cls`` (and of ``PlainApiObject``, the kernel class of its objects) that records JSON
    patches for the synth-time check.

    A Python subclass of a jsii class overrides its methods in the kernel too, so patches added from
    JavaScript code are seen as well; the kernel runs the original ``addJsonPatch`` when Python calls it.
    """

    def add_json_patch(self: cdk8s.ApiObject, *ops: cdk8s.JsonPatch) -> None:
        entry: _Entry | None = getattr(self, "_modelservice_entry", None)
        if entry is not None:
            entry.patched(ops)
        cdk8s.ApiObject.add_json_patch(self, *ops)

    add_json_patch.__doc__ = cdk8s.ApiObject.add_json_patch.__doc__
    namespace = {"add_json_patch": add_json_patch, "__module__": cls.__module__, "__qualname__": cls.__qualname__,
                 "__doc__": cls.__doc__}
    bases = (PlainApiObject,) if cls is cdk8s.ApiObject else (cls, PlainApiObject)
    metaclass: Any = type(cls)  # jsii's JSIIMeta: a subclass without jsii_type declares no new jsii type
    return typing.cast("type[cdk8s.ApiObject]", metaclass(cls.__name__, bases, namespace))


# -- patched objects, checked at synth ----------------------------------------------------------------

@dataclass(eq=False)
class _Entry:
    """What one object was made from, and the JSON patches added to it since."""

    obj: cdk8s.ApiObject
    cls: type | None
    api_version: str
    kind: str
    body: dict[str, Any]
    ops: list[cdk8s.JsonPatch] = field(default_factory=list)

    def patched(self, ops: Iterable[cdk8s.JsonPatch]) -> None:
        if not self.ops:
            PatchCheck.of(self.obj).entries.append(self)
        self.ops.extend(ops)
        PatchCheck.of(self.obj).changes += 1


def _record(obj: cdk8s.ApiObject, cls: type | None, api_version: str, kind: str, body: dict[str, Any]) -> None:
    obj._modelservice_entry = _Entry(obj, cls, api_version, kind, body)  # type: ignore[attr-defined]


class PatchCheck(Construct):
    """The patched objects of one App, checked at synth: a construct under the App root, made by the first
    JSON patch (its validation is the App root's; an App without patches pays nothing).

    For each patched object: each patch's path exists where the operation needs it (``remove``,
    ``replace``, ``move``/``copy`` sources, ``test``, the parent of ``add``), and the patched object is
    checked again against its typed class, so a misspelt field is an error, not a silently pruned one.
    cdk8s validates the whole App once for every Chart it renders: the result is kept until a patch is
    added, so synthesis stays linear. (Duplicate objects are the ``ObjectRegistry``'s, in the kernel.)
    """

    ID = "ModelServicePatches"
    """The construct id of the check under the App root."""

    def __init__(self, root: Construct) -> None:
        super().__init__(root, self.ID)
        self.entries: list[_Entry] = []
        self.changes = 0
        self._checked_at = -1
        self._problems: list[str] = []
        root.node.add_validation(_Validation(self))

    @classmethod
    def of(cls, scope: constructs.IConstruct) -> PatchCheck:
        """The check of ``scope``'s App (made under the App root on first use)."""
        cached: PatchCheck | None = getattr(scope, "_modelservice_patch_check", None)
        if cached is not None:
            return cached
        root = scope.node.root
        found = root.node.try_find_child(cls.ID)
        if found is None:
            found = cls(root)  # type: ignore[arg-type]
        if not isinstance(found, PatchCheck):
            raise ModelServiceError.at(cls.ID, f"the App root has a child {cls.ID!r} that is not a PatchCheck")
        scope._modelservice_patch_check = found  # type: ignore[attr-defined]
        return found

    def problems(self) -> list[str]:
        """Problems of the patched objects (empty when all is well); computed again only after a change."""
        if self._checked_at != self.changes:
            self._checked_at = self.changes
            self._problems = [problem for entry in self.entries for problem in _patch_problems(entry)]
        return list(self._problems)


@jsii.implements(constructs.IValidation)
class _Validation:
    def __init__(self, check: PatchCheck) -> None:
        self._check = check

    def validate(self) -> list[str]:
        return self._check.problems()


# -- JSON patches, as written -------------------------------------------------------------------------

def patch_operation(op: cdk8s.JsonPatch) -> dict[str, Any]:
    """The RFC 6902 operation of a ``cdk8s.JsonPatch`` (``{"op": "add", "path": ..., "value": ...}``).

    jsii does not expose it; rendering the patch object as YAML in the kernel shows its one field.
    """
    rendered = yaml.safe_load(cdk8s.Yaml.stringify(op))
    operation = rendered.get("operation") if isinstance(rendered, dict) else None
    if not isinstance(operation, dict) or "op" not in operation or "path" not in operation:
        raise RuntimeError(f"cannot read a cdk8s.JsonPatch (cdk8s changed how it keeps it?): {rendered!r}")
    return operation


class _PatchError(Exception):
    pass


def _pointer_text(pointer: Any) -> str:
    if not isinstance(pointer, str) or (pointer and not pointer.startswith("/")):
        raise _PatchError(f"{show(pointer)} is not a JSON pointer (one starts with '/')")
    return pointer


def _tokens(pointer: str) -> list[str]:
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]


def _index(container: list[Any], token: str, pointer: str, *, end: bool) -> int:
    size = len(container) + (1 if end else 0)
    if token == "-" and end:
        return len(container)
    if not token.isdigit() or int(token) >= size or (token != "0" and token.startswith("0")):
        raise _PatchError(f"{pointer}: no item {token!r} (the list has {len(container)})")
    return int(token)


def _parent(doc: Any, pointer: str) -> tuple[Any, str]:
    tokens = _tokens(pointer)
    if not tokens:
        raise _PatchError("the document root cannot be patched here")
    node = doc
    for depth, token in enumerate(tokens[:-1]):
        where = "/" + "/".join(tokens[:depth + 1])
        if isinstance(node, dict):
            if token not in node:
                raise _PatchError(f"{pointer}: {where} does not exist")
            node = node[token]
        elif isinstance(node, list):
            node = node[_index(node, token, where, end=False)]
        else:
            raise _PatchError(f"{pointer}: {where} is not an object or a list")
    return node, tokens[-1]


def _get(doc: Any, pointer: str) -> Any:
    node, token = _parent(doc, pointer)
    if isinstance(node, dict):
        if token not in node:
            raise _PatchError(f"{pointer} does not exist")
        return node[token]
    if isinstance(node, list):
        return node[_index(node, token, pointer, end=False)]
    raise _PatchError(f"{pointer}: the parent is not an object or a list")


def _remove(doc: Any, pointer: str) -> Any:
    value = _get(doc, pointer)
    node, token = _parent(doc, pointer)
    if isinstance(node, dict):
        del node[token]
    else:
        del node[int(token)]
    return value


def _add(doc: Any, pointer: str, value: Any) -> None:
    node, token = _parent(doc, pointer)
    if isinstance(node, dict):
        node[token] = copy.deepcopy(value)
    elif isinstance(node, list):
        node.insert(_index(node, token, pointer, end=True), copy.deepcopy(value))
    else:
        raise _PatchError(f"{pointer}: the parent is not an object or a list")


def apply_strictly(doc: dict[str, Any], operation: dict[str, Any]) -> None:
    """Apply one RFC 6902 operation to ``doc`` in place, failing (``ValueError``) where fast-json-patch, which
    cdk8s uses, would quietly do nothing or invent a field: a ``remove``, ``replace``, ``move``, ``copy`` or
    ``test`` of a path that does not exist, or an ``add`` under a parent that does not exist."""
    op = operation.get("op")
    try:
        pointer = _pointer_text(operation.get("path"))
        if op == "add":
            _add(doc, pointer, operation.get("value"))
        elif op == "remove":
            _remove(doc, pointer)
        elif op == "replace":
            _get(doc, pointer)
            node, token = _parent(doc, pointer)
            node[int(token) if isinstance(node, list) else token] = copy.deepcopy(operation.get("value"))
        elif op in ("move", "copy"):
            source = _pointer_text(operation.get("from"))
            value = _remove(doc, source) if op == "move" else copy.deepcopy(_get(doc, source))
            _add(doc, pointer, value)
        elif op == "test":
            if _get(doc, pointer) != operation.get("value"):
                raise _PatchError(f"{pointer} is {show(_get(doc, pointer))}, not {show(operation.get('value'))}")
        else:
            raise _PatchError(f"unknown operation {show(op)}")
    except _PatchError as err:
        raise ValueError(str(err)) from None


def _patch_problems(entry: _Entry) -> list[str]:
    """Problems of a patched object: patches whose paths do not exist, and fields its typed class lacks."""
    obj = entry.obj
    where = f"JSON patches of {obj.node.path}"
    doc: dict[str, Any] = {"apiVersion": entry.api_version, "kind": entry.kind,
                           "metadata": obj.metadata.to_json(), **copy.deepcopy(entry.body)}
    for op in entry.ops:
        operation = patch_operation(op)
        try:
            apply_strictly(doc, operation)
        except ValueError as err:
            return [f"{where}: {operation.get('op')} {operation.get('path')}: {err}"]
    try:
        final: dict[str, Any] = obj.to_json()
    except RuntimeError as err:  # fast-json-patch failed where the strict replay above did not
        return [f"{where}: {str(err).splitlines()[0]}"]
    if entry.cls is None:
        return []
    if (final.get("apiVersion"), final.get("kind")) != (entry.api_version, entry.kind):
        return [f"{where}: apiVersion and kind must stay {entry.api_version} {entry.kind}, "
                f"got {final.get('apiVersion')} {final.get('kind')}"]
    try:
        props_of(entry.cls, final, entry.kind)
    except ModelServiceError as err:
        return [f"{where}: {problem}" for problem in err.problems]
    return []


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
