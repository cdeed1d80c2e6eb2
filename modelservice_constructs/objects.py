"""API objects in the jsii kernel: the one adapter from Kubernetes JSON to typed import objects.

:func:`api_object` checks a manifest against a generated typed class (``cdk8s import`` output in
``imports/``, see :mod:`.manifests`) and returns an instance of that class (``isinstance(pool.workload,
Deployment)`` holds), but in the jsii kernel it is a ``PlainApiObject`` (a ``cdk8s.ApiObject`` that takes
any top-level fields, ``scripts/plain_object/index.ts``) holding the checked JSON: the generated classes
re-filter the rendered JSON through their typed props at synth, which loses what JSON patches add (an
int-or-string ``0``, a probe's ``port``, new map entries) and silently drops misspelt fields. Here a patch
applies exactly as written; the kernel object records every patch added to it (from Python or JavaScript),
and :class:`PatchCheck` checks each patched object again at synth. Every object is also recorded in the
``ObjectRegistry`` of its App, which fails synthesis when two objects share apiVersion, kind, namespace and
name.

The kernel object is made by jsii's ``jsii.create`` with the class ``PlainApiObject`` for an instance of a
Python subclass of the typed class and ``PlainApiObject``; the manifest crosses as one JSON text.

**Where a construct lies.** :func:`adopt` tells this module the scope a construct of the package was made in,
so that the App (:func:`root_of`) and the Chart namespace (:func:`chart_namespace_of`) of the constructs and
objects below one Chart are asked of the kernel once, not once per construct.
"""

from __future__ import annotations

import copy
import functools
import json
import typing
import weakref
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import cdk8s
import constructs
import jsii
from constructs import Construct

from .errors import ModelServiceError
from .imports.plain_object import ObjectRegistry, PlainApiObject
from .json_patch import apply_strictly, value_at
from .manifests import check_struct, group_version_kind, props_of
from .security import CLUSTER_SCOPED_KINDS

ObjectRegistry.use_cluster_scoped_kinds(sorted(CLUSTER_SCOPED_KINDS))  # the one table, in security.py

# A construct belongs to one scope, one App and one Chart for good: what is known of it is remembered (weakly).
_SCOPES: weakref.WeakKeyDictionary[constructs.IConstruct, constructs.IConstruct] = weakref.WeakKeyDictionary()
_ROOTS: weakref.WeakKeyDictionary[constructs.IConstruct, constructs.IConstruct] = weakref.WeakKeyDictionary()
_NAMESPACES: weakref.WeakKeyDictionary[constructs.IConstruct, str | None] = weakref.WeakKeyDictionary()


def adopt(construct: constructs.IConstruct, scope: constructs.IConstruct) -> None:
    """Remember that ``construct`` was made in ``scope`` (call it in the constructor of a construct of the
    package): its App and Chart namespace are then those of ``scope``, known without a call to the kernel once
    they are known for ``scope``."""
    _SCOPES[construct] = scope


def discard(construct: object) -> None:
    """Take ``construct`` out of the tree of the scope it was made in (:func:`adopt`), if it is there: what a
    constructor that failed had made (a value that is no construct, or was not adopted, is left alone)."""
    if isinstance(construct, Construct) and (scope := _SCOPES.get(construct)) is not None:
        scope.node.try_remove_child(construct.node.id)


def root_of(construct: constructs.IConstruct) -> constructs.IConstruct:
    """The root (App) of ``construct``'s tree."""
    root = _ROOTS.get(construct)
    if root is None:
        scope = _SCOPES.get(construct)
        root = root_of(scope) if scope is not None else construct.node.root
        _ROOTS[construct] = root
    return root


def chart_namespace_of(construct: constructs.IConstruct) -> str | None:
    """The namespace of ``construct``'s Chart (None: none, or no Chart)."""
    if construct in _NAMESPACES:
        return _NAMESPACES[construct]
    scope = _SCOPES.get(construct)
    namespace: str | None
    if isinstance(construct, cdk8s.Chart):
        namespace = construct.namespace
    elif scope is not None:
        namespace = chart_namespace_of(scope)
    else:
        try:
            namespace = cdk8s.Chart.of(construct).namespace
        except RuntimeError:  # not in a Chart
            namespace = None
    _NAMESPACES[construct] = namespace
    return namespace


# -- objects -------------------------------------------------------------------------------------------

def _define(scope: Construct, id: str, cls: type[cdk8s.ApiObject], api_version: str, kind: str,
            metadata: dict[str, Any] | None, body: dict[str, Any], *, exact: bool = False) -> cdk8s.ApiObject:
    """An instance of ``_tracked(cls)`` (a subclass of ``cls`` and ``PlainApiObject``), backed in the kernel
    by a ``PlainApiObject`` holding ``body``.

    ``PlainApiObject`` takes the manifest as JSON text and passes it to ``cdk8s.ApiObject``, which renders
    it as it is (keys sorted, null values left out); with ``exact`` the body is rendered exactly as given
    (key order and nulls kept) instead.
    """
    tracked = _tracked(cls)
    obj: cdk8s.ApiObject = tracked.__new__(tracked)
    manifest: dict[str, Any] = {} if exact else dict(body)
    manifest["apiVersion"], manifest["kind"] = api_version, kind
    if metadata:
        manifest["metadata"] = metadata
    args: list[Any] = [scope, id, _json(manifest)]
    if exact:
        args.append(_json(list(body.items())))
    jsii.create(PlainApiObject, obj, args)
    _SCOPES[obj] = scope
    PatchCheck.of(scope)
    return obj


def _json(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), allow_nan=False)


def api_object(scope: Construct, id: str, cls: type[cdk8s.ApiObject], manifest: dict[str, Any],
               path: str = "", guarded: Mapping[str, str] | None = None) -> cdk8s.ApiObject:
    """Define ``manifest`` in ``scope`` as an instance of the generated typed class ``cls``.

    The manifest is checked against ``cls`` (its apiVersion and kind are ``cls``'s), then rendered as
    written; JSON patches added later apply exactly as written and are checked at synth. ``path``
    prefixes field paths in error messages (default: the object's kind). ``guarded`` maps JSON pointers of
    fields other objects or the cross-object checks rely on to what relies on them: a patch may add to them
    (a label, a key) but not change or remove what they hold. Default: none.
    """
    where = path or cls.__name__
    body = props_of(cls, manifest, where)
    metadata = body.pop("metadata", None)
    api_version, kind = group_version_kind(cls)
    obj = _define(scope, id, cls, api_version, kind, metadata, body)
    _record(obj, cls, api_version, kind, body, guarded)
    return obj


def append_to(obj: cdk8s.ApiObject, path: tuple[str, ...], value: Any) -> None:
    """Append ``value`` to the list at ``path`` of the manifest ``obj`` was defined with (see :func:`api_object`),
    as part of its definition (not a JSON patch of the object): as cdk8s renders a definition (keys sorted,
    nulls left out), so that it renders as if it had been there from the start."""
    entry: _Entry = obj._modelservice_entry  # type: ignore[attr-defined]
    target: Any = entry.body
    for key in path:
        target = target[key]
    target.append(value)
    typing.cast(PlainApiObject, obj).extend("".join(f"/{key}" for key in path) + "/-", _json(_as_rendered(value)))


def _as_rendered(value: Any) -> Any:
    """``value`` as cdk8s renders the fields of an object: keys sorted (in JavaScript's order, by UTF-16 code
    units), null values left out."""
    if isinstance(value, dict):
        return {key: _as_rendered(value[key]) for key in sorted(value, key=lambda k: k.encode("utf-16-be"))
                if value[key] is not None}
    if isinstance(value, list):
        return [_as_rendered(v) for v in value]
    return value


def untyped_object(scope: Construct, id: str, manifest: dict[str, Any], path: str) -> cdk8s.ApiObject:
    """Define ``manifest`` in ``scope`` as it is, as a ``cdk8s.ApiObject`` (apiVersion, kind and a
    ``metadata`` object are required; the metadata is checked, the rest is not, and rendered exactly as
    given). Duplicates are checked as for :func:`api_object`."""
    body = dict(manifest)
    api_version, kind = body.pop("apiVersion"), body.pop("kind")
    metadata = check_struct(cdk8s.ApiObjectMetadata, body.pop("metadata"), f"{path}.metadata")
    obj = _define(scope, id, cdk8s.ApiObject, api_version, kind, metadata, body, exact=True)
    _record(obj, None, api_version, kind, body)
    return obj


@functools.cache
def _tracked(cls: type[cdk8s.ApiObject]) -> type[cdk8s.ApiObject]:
    """A subclass of ``cls`` and of ``PlainApiObject`` (the kernel class of its objects)."""
    namespace = {"__module__": cls.__module__, "__qualname__": cls.__qualname__, "__doc__": cls.__doc__}
    bases = (PlainApiObject,) if cls is cdk8s.ApiObject else (cls, PlainApiObject)
    metaclass: Any = type(cls)  # jsii's JSIIMeta: a subclass without jsii_type declares no new jsii type
    return typing.cast("type[cdk8s.ApiObject]", metaclass(cls.__name__, bases, namespace))


@jsii.implements(constructs.IValidation)
class Validation:
    """A node validation calling ``check`` at synth time (``constructs.IValidation``)."""

    def __init__(self, check: Callable[[], list[str]]) -> None:
        self._check = check

    def validate(self) -> list[str]:
        """The problems ``check`` finds (empty when all is well)."""
        return self._check()


class ConstructReports:
    """Problems an App-wide check found, each reported by a validation of the construct it is about (cdk8s names
    that construct's path): the check runs as the App root's validation, which cdk8s runs first, and hands them
    over with :meth:`report`."""

    def __init__(self) -> None:
        self._reported: dict[int, list[str]] = {}
        self._reporting: set[int] = set()

    def report(self, found: Iterable[tuple[constructs.IConstruct, str]]) -> None:
        """Make ``found`` (construct, problem) what the constructs report, until the next call."""
        self._reported = {}
        for construct, problem in found:
            self._reported.setdefault(id(construct), []).append(problem)
            if id(construct) not in self._reporting:
                self._reporting.add(id(construct))
                construct.node.add_validation(Validation(functools.partial(self._problems_of, id(construct))))

    def _problems_of(self, key: int) -> list[str]:
        return list(self._reported.get(key, []))


# -- patched objects, checked at synth ----------------------------------------------------------------

@dataclass(eq=False)
class _Entry:
    """What one object was made from."""

    cls: type | None
    api_version: str
    kind: str
    body: dict[str, Any]
    guarded: Mapping[str, str] = field(default_factory=dict)
    """JSON pointer -> what relies on the field (see :func:`api_object`)."""


def _record(obj: cdk8s.ApiObject, cls: type | None, api_version: str, kind: str, body: dict[str, Any],
            guarded: Mapping[str, str] | None = None) -> None:
    obj._modelservice_entry = _Entry(cls, api_version, kind, body, dict(guarded or {}))  # type: ignore[attr-defined]


def _kept(original: Any, patched: Any) -> bool:
    """Whether ``patched`` still holds all of ``original``: every key of a mapping with what it held, the same
    list or value."""
    if isinstance(original, dict):
        return isinstance(patched, dict) and all(k in patched and _kept(v, patched[k]) for k, v in original.items())
    return bool(original == patched)


# A root belongs to one App for good: its check is remembered (weakly, by root).
_CHECKS: weakref.WeakKeyDictionary[constructs.IConstruct, PatchCheck] = weakref.WeakKeyDictionary()


class PatchCheck(Construct):
    """The patched objects of one App, checked at synth: a construct under the App root, made with the
    App's first objects.

    For each object with JSON patches (the App's ``ObjectRegistry`` knows them, whoever added them): each
    patch's path exists where the operation needs it (``remove``, ``replace``, ``move``/``copy``
    sources, ``test``, the parent of ``add``), and the patched object is checked again against its typed
    class, so a misspelt field is an error, not a silently pruned one. cdk8s validates the whole App once
    for every Chart it renders: the result is kept until a patch is added, so synthesis stays linear.
    """

    ID = "ModelServicePatches"
    """The construct id of the check under the App root."""

    def __init__(self, root: Construct) -> None:
        super().__init__(root, self.ID)
        self.checked = 0
        """How many patched objects were checked so far (each once per change)."""
        self._registry: ObjectRegistry | None = None
        self._checked_at = -1
        self._patched: list[PlainApiObject] = []
        self._reports = ConstructReports()
        root.node.add_validation(Validation(self.problems))

    @classmethod
    def of(cls, scope: constructs.IConstruct) -> PatchCheck:
        """The check of ``scope``'s App (made under the App root on first use)."""
        return cls.of_root(root_of(scope))

    @classmethod
    def of_root(cls, root: constructs.IConstruct) -> PatchCheck:
        """The check of the App whose root is ``root`` (made on first use)."""
        cached = _CHECKS.get(root)
        if cached is not None:
            return cached
        found = root.node.try_find_child(cls.ID)
        if found is None:
            found = cls(root)  # type: ignore[arg-type]
        if not isinstance(found, PatchCheck):
            raise ModelServiceError.at(cls.ID, f"the App root has a child {cls.ID!r} that is not a PatchCheck")
        _CHECKS[root] = found
        return found

    def problems(self) -> list[str]:
        """The root's validation: finds the problems of the patched objects (computed again only after a patch)
        and gives each object with problems a validation of its own that reports them (cdk8s names its path);
        reports nothing itself."""
        if self._update():
            found: list[tuple[constructs.IConstruct, str]] = []
            for obj in self._patched:
                entry: _Entry | None = getattr(obj, "_modelservice_entry", None)
                if entry is not None:
                    self.checked += 1
                    found += [(obj, p) for p in patch_problems(obj, entry, json.loads(obj.patch_operations))]
            self._reports.report(found)
        return []

    def patched(self, obj: cdk8s.ApiObject) -> bool:
        """Whether JSON patches were added to ``obj`` (by anyone, so far)."""
        self._update()
        return any(p is obj for p in self._patched)

    def _update(self) -> bool:
        """Read the App's patched objects again if patches were added since; whether they were."""
        if self._registry is None:
            self._registry = ObjectRegistry.of(self)
        count = int(self._registry.patch_count)
        if count == self._checked_at:
            return False
        self._checked_at = count
        self._patched = list(self._registry.patched_objects)
        return True


def patch_problems(obj: cdk8s.ApiObject, entry: _Entry, operations: list[dict[str, Any]]) -> list[str]:
    """Problems of a patched object: patches whose paths do not exist, and fields its typed class lacks."""
    where = "JSON patches"
    original = {"metadata": obj.metadata.to_json(), **entry.body}
    doc: dict[str, Any] = {"apiVersion": entry.api_version, "kind": entry.kind, **copy.deepcopy(original)}
    for operation in operations:
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
    changed = [f"{where}: {pointer} is changed, but {why} rely on what it held ({value_at(original, pointer)!r:.120}); "
               "change the props instead" for pointer, why in entry.guarded.items()
               if not _kept(value_at(original, pointer), value_at(final, pointer))]
    if changed:
        return changed
    try:
        props_of(entry.cls, final, entry.kind)
    except ModelServiceError as err:
        return [f"{where}: {problem}" for problem in err.problems]
    return []
