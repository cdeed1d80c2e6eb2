"""API objects and constructs in the jsii kernel: the one adapter from Kubernetes JSON to typed import
objects, and the only module that touches jsii internals.

**Objects.** :func:`api_object` checks a manifest against a generated typed class (``cdk8s import``
output in ``imports/``, see :mod:`.manifests`) and returns an instance of that class (``isinstance(
pool.workload, Deployment)`` holds), but in the jsii kernel it is a ``PlainApiObject`` (a
``cdk8s.ApiObject`` that takes any top-level fields, ``scripts/plain_object/index.ts``) holding the
checked JSON: the generated classes re-filter the rendered JSON through their typed props at synth,
which loses what JSON patches add (an int-or-string ``0``, a probe's ``port``, new map entries) and
silently drops misspelt fields. Here a patch applies exactly as written; the kernel object records
every patch added to it (from Python or JavaScript), and :class:`PatchCheck` checks each patched object
again at synth. Every object is also recorded in the ``ObjectRegistry`` of its App, which fails
synthesis when two objects share apiVersion, kind, namespace and name.

**Batches.** The constructs of this library (:class:`BatchedConstruct`) and the objects they define
are queued in Python and made in the kernel together, in one call (``ConstructBatch.make``,
``scripts/plain_object/batch.ts``), just before the kernel serves its next request, or when a queued
construct or object is first handed to it (passed as an argument, its ``node`` read, a patch added):
a model of a server, two pools and their objects costs one call instead of ten. The kernel never sees
a tree without them, and sees them in the order they were defined. A constructor that fails leaves
nothing of its own behind; a construct id used twice in one scope fails where the second is defined,
as cdk8s says it; any other error of the kernel in making a batch is raised by the request that made
it, with a note naming what was being made. The batch also reports the App and the Chart namespace of
what it made (:func:`root_of`, :func:`chart_namespace_of`), which would otherwise cost a call each,
and runs what waits for a construct to be made (:func:`when_made`).

The jsii internals used: ``jsii.create`` with another class than the instance's; binding a Python
instance to a kernel object made by another call (``__jsii_ref__`` and the reference map, as
``jsii.create`` does); the metaclass of generated classes; the process provider's ``send``, which makes
the pending batch first and counts requests (:func:`request_epoch`); jsii's handler of the kernel's
callbacks, which tells requests made in a callback apart; ``constructs.Node.try_remove_child``, wrapped to
count removals (:func:`removal_count`); and jsii's detection of overridden methods (a
construct class that overrides a jsii member is made at once, with its overrides).
``tests/constructs/test_objects.py`` fails loudly when an upgrade of jsii or cdk8s changes them.
"""

from __future__ import annotations

import copy
import functools
import itertools
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
from jsii import _kernel as jsii_kernel
from jsii import _reference_map
from jsii._kernel import _get_overides
from jsii._kernel.providers.process import _CompleteRequest, _NodeProcess
from jsii._kernel.types import CallbacksRequest, CompleteRequest

from .errors import ModelServiceError
from .imports.plain_object import ConstructBatch, ObjectRegistry, PlainApiObject
from .json_patch import apply_strictly, value_at
from .manifests import check_struct, group_version_kind, props_of
from .security import CLUSTER_SCOPED_KINDS

ObjectRegistry.use_cluster_scoped_kinds(sorted(CLUSTER_SCOPED_KINDS))  # the one table, in security.py

_PENDING_FLAG = "_modelservice_pending"
_PLACEMENT = "_modelservice_placement"
_CHILD_IDS = "_modelservice_child_ids"


@dataclass(eq=False)
class _Item:
    """One construct or object defined in Python and not made in the kernel yet."""

    target: Any
    scope: Any
    id: str
    sequence: int
    manifest: dict[str, Any] | None = None
    exact_fields: list[tuple[str, Any]] | None = None
    when_made: list[Callable[[], None]] = field(default_factory=list)


@dataclass(eq=False)
class _Batch:
    """What is defined and not made in the kernel yet."""

    items: list[_Item] = field(default_factory=list)
    sequence: typing.Iterator[int] = field(default_factory=itertools.count)
    making: bool = False

    def add(self, target: Any, scope: Any, id: str, manifest: dict[str, Any] | None = None,
            exact_fields: list[tuple[str, Any]] | None = None) -> None:
        item = _Item(target, scope, id, next(self.sequence), manifest, exact_fields)
        ids: set[str] = getattr(scope, "__dict__", {}).setdefault(_CHILD_IDS, set())
        if id in ids:  # made in the kernel at once, so that a duplicate id fails here, as cdk8s says it
            self.make()
            self.items.append(item)
            self.make(here=True)
            return
        ids.add(id)
        target.__dict__[_PENDING_FLAG] = item
        self.items.append(item)

    def discard(self, since: int) -> None:
        """Forget what was defined from sequence number ``since`` on (a constructor failed)."""
        for item in self.items:
            if item.sequence >= since:
                item.target.__dict__.pop(_PENDING_FLAG, None)
                getattr(item.scope, "__dict__", {}).get(_CHILD_IDS, set()).discard(item.id)
        self.items = [item for item in self.items if item.sequence < since]

    def make(self, here: bool = False) -> None:
        """Make every pending construct and object in the kernel, in order, with one call. A kernel error gets
        a note naming what was being made, unless ``here`` (what was defined by the current call)."""
        if not self.items or self.making:
            return
        items, self.items = self.items, []
        for item in items:
            item.target.__dict__.pop(_PENDING_FLAG, None)
        self.making = True
        try:
            placements = self._make(items)
        except Exception as err:
            if not here:
                err.add_note("(while making " + ", ".join(f"{type(i.target).__name__} {i.id!r}" for i in items[:5])
                             + (", ..." if len(items) > 5 else "") + ", defined before this call)")
            raise
        finally:
            self.making = False
        for item in items:
            for callback in item.when_made:
                callback()
        if any(item.manifest is not None for item in items):
            for root in {id(r): r for r, _ in placements}.values():
                PatchCheck.of_root(root)

    @staticmethod
    def _make(items: list[_Item]) -> list[tuple[Any, str | None]]:
        position = {id(item.target): n for n, item in enumerate(items)}
        scopes: list[Any] = []
        scope_index: dict[int, int] = {}
        specs: list[dict[str, Any]] = []
        for item in items:
            spec: dict[str, Any] = {"id": item.id}
            parent = position.get(id(item.scope))
            if parent is not None:
                spec["parent"] = parent
            else:
                if id(item.scope) not in scope_index:
                    scope_index[id(item.scope)] = len(scopes)
                    scopes.append(item.scope)
                spec["scope"] = scope_index[id(item.scope)]
            if item.manifest is not None:
                spec["manifest"] = item.manifest
            if item.exact_fields:
                spec["exactFields"] = item.exact_fields
            specs.append(spec)
        result = _make_in_kernel(scopes, json.dumps(specs, separators=(",", ":"), allow_nan=False))
        roots, namespaces = result["roots"], result["namespaces"]
        placements: list[tuple[Any, str | None]] = []
        for item, spec, made in zip(items, specs, result["made"], strict=True):
            # what was made under one of the batch's own constructs lies where that construct does
            placement = placements[spec["parent"]] if "parent" in spec else (roots[spec["scope"]],
                                                                              namespaces[spec["scope"]])
            placements.append(placement)
            item.target.__jsii_ref__ = made.__jsii_ref__
            _reference_map.register_reference(item.target)
            item.target.__dict__[_PLACEMENT] = placement
        return placements


def _make_in_kernel(scopes: list[Any], specs: str) -> Any:
    """``ConstructBatch.make`` (the generated method would first check the type of each scope)."""
    return jsii.sinvoke(ConstructBatch, "make", [scopes, specs])


_BATCH = _Batch()


def _pending(obj: object) -> bool:
    return _PENDING_FLAG in getattr(obj, "__dict__", {})


@dataclass
class _Requests:
    """Python's requests to the kernel, as far as the checks need to know."""

    epoch: int = 0
    """Changes with every request made outside a callback (see :func:`request_epoch`)."""
    callbacks: int = 0
    """Callbacks from the kernel being handled now (nested)."""
    removals: int = 0
    """Constructs taken out of a tree by Python code (``Node.try_remove_child``), in any App."""


_REQUESTS = _Requests()
# answers to the kernel's callbacks, which belong to the request that called back
_COMPLETIONS = (_CompleteRequest, CompleteRequest, CallbacksRequest)


def request_epoch() -> int:
    """A number that changes with every request Python makes to the kernel, except those made while the
    kernel calls back into Python. The validations cdk8s runs during one ``App.synth()`` (one request, however
    many charts it renders) all see one number: a check that reads the construct tree runs once per
    synthesis, and again for the next."""
    return _REQUESTS.epoch


def _send_after_making(send: Callable[..., Any]) -> Callable[..., Any]:
    """The kernel's request function, making the pending batch before any other request is served."""

    @functools.wraps(send)
    def send_after_making(process: Any, request: Any, response_type: Any) -> Any:
        if _BATCH.items and not _BATCH.making:
            _BATCH.make()
        if not _REQUESTS.callbacks and not isinstance(request, _COMPLETIONS):
            _REQUESTS.epoch += 1
        return send(process, request, response_type)

    send_after_making.__wrapped_by_modelservice__ = True  # type: ignore[attr-defined]
    return send_after_making


def _counting_callbacks(handle: Callable[..., Any]) -> Callable[..., Any]:
    """jsii's handler of the kernel's callbacks, counting the callbacks being handled."""

    @functools.wraps(handle)
    def handle_callback(kernel: Any, callback: Any) -> Any:
        _REQUESTS.callbacks += 1
        try:
            return handle(kernel, callback)
        finally:
            _REQUESTS.callbacks -= 1

    handle_callback.__wrapped_by_modelservice__ = True  # type: ignore[attr-defined]
    return handle_callback


def removal_count() -> int:
    """How many constructs Python code has taken out of a tree so far (``node.try_remove_child``), in any
    App: what records constructs looks again at which are still in the tree when it changes."""
    return _REQUESTS.removals


def _counting_removals(remove: Callable[..., bool]) -> Callable[..., bool]:
    """``Node.try_remove_child``, counting the constructs it takes out."""

    @functools.wraps(remove)
    def try_remove_child(node: constructs.Node, child_name: str) -> bool:
        removed = remove(node, child_name)
        if removed:
            _REQUESTS.removals += 1
        return removed

    try_remove_child.__wrapped_by_modelservice__ = True  # type: ignore[attr-defined]
    return try_remove_child


if not getattr(constructs.Node.try_remove_child, "__wrapped_by_modelservice__", False):
    constructs.Node.try_remove_child = _counting_removals(constructs.Node.try_remove_child)  # type: ignore[method-assign]
if not getattr(_NodeProcess.send, "__wrapped_by_modelservice__", False):
    _NodeProcess.send = _send_after_making(_NodeProcess.send)  # type: ignore[method-assign]
if not getattr(jsii_kernel._handle_callback, "__wrapped_by_modelservice__", False):
    jsii_kernel._handle_callback = _counting_callbacks(jsii_kernel._handle_callback)


class _Lazy:
    """Makes the pending batch when jsii first needs the kernel object of a pending instance."""

    def __getattr__(self, name: str) -> Any:
        if name == "__jsii_ref__" and _pending(self):
            _BATCH.make()
            return self.__dict__["__jsii_ref__"]
        # the usual error, or the AttributeError a property raised itself (which led here)
        return object.__getattribute__(self, name)


class _BatchedMeta(jsii.JSIIMeta):
    """Constructors of batched constructs: what a failing one defined is forgotten."""

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:  # noqa: N805 - a metaclass method
        since = next(_BATCH.sequence)
        try:
            return type.__call__(cls, *args, **kwargs)
        except BaseException:
            _BATCH.discard(since)
            raise


_OVERRIDES: dict[type, bool] = {}


def _overrides_jsii_members(construct: Construct) -> bool:
    """Whether the class of ``construct`` overrides a jsii member of Construct (remembered per class)."""
    cls = type(construct)
    found = _OVERRIDES.get(cls)
    if found is None:
        found = _OVERRIDES[cls] = bool(_get_overides(Construct, construct))
    return found


class BatchedConstruct(_Lazy, Construct, metaclass=_BatchedMeta):
    """A ``constructs.Construct`` made in the kernel with the pending batch (see the module documentation).
    A subclass that overrides a jsii member of Construct is made at once."""

    def __init__(self, scope: constructs.IConstruct, id: str) -> None:
        if _overrides_jsii_members(self):
            Construct.__init__(self, scope, id)  # type: ignore[arg-type]
            return
        _BATCH.add(self, scope, id)


def make_awaited() -> None:
    """Make the pending batch if something waits for one of its constructs to be made (:func:`when_made`)."""
    if any(item.when_made for item in _BATCH.items):
        _BATCH.make()


def when_made(construct: constructs.IConstruct, callback: Callable[[], None]) -> None:
    """Call ``callback`` once ``construct`` is made in the kernel (at once if it is)."""
    item: _Item | None = getattr(construct, "__dict__", {}).get(_PENDING_FLAG)
    if item is None:
        callback()
    else:
        item.when_made.append(callback)


def _placement(construct: constructs.IConstruct) -> tuple[Any, str | None] | None:
    """The App and the Chart namespace of ``construct`` when a batch made it (the pending one is made first)."""
    if _pending(construct):
        _BATCH.make()
    placement: tuple[Any, str | None] | None = getattr(construct, "__dict__", {}).get(_PLACEMENT)
    return placement


def root_of(construct: constructs.IConstruct) -> constructs.IConstruct:
    """The root (App) of ``construct``'s tree (known without a kernel call when a batch made it)."""
    placement = _placement(construct)
    if placement is not None:
        root: constructs.IConstruct = placement[0]
        return root
    try:
        return cdk8s.App.of(construct)  # one call to the kernel
    except RuntimeError:  # a tree whose root is not an App
        return construct.node.root


def chart_namespace_of(construct: constructs.IConstruct) -> str | None:
    """The namespace of ``construct``'s Chart (None: none, or no Chart; known without a kernel call when a
    batch made the construct)."""
    placement = _placement(construct)
    if placement is not None:
        return placement[1]
    try:
        return cdk8s.Chart.of(construct).namespace
    except RuntimeError:  # not in a Chart
        return None


# -- objects -------------------------------------------------------------------------------------------

def _define(scope: Construct, id: str, cls: type[cdk8s.ApiObject], api_version: str, kind: str,
            metadata: dict[str, Any] | None, body: dict[str, Any], *, exact: bool = False) -> cdk8s.ApiObject:
    """An instance of ``_tracked(cls)`` (a subclass of ``cls`` and ``PlainApiObject``), backed in the kernel
    by a ``PlainApiObject`` holding ``body``, made in the kernel with the pending batch.

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
    _BATCH.add(obj, scope, id, manifest, list(body.items()) if exact else None)
    return obj


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
    """Append ``value`` to the list at ``path`` of the manifest ``obj`` was defined with (see
    :func:`api_object`): in its definition while it waits to be made, else by a JSON patch (checked at synth as
    every patch is) of the value as cdk8s renders a definition (keys sorted, nulls left out), so that both
    render alike."""
    item: _Item | None = obj.__dict__.get(_PENDING_FLAG)
    if item is None or item.manifest is None or item.exact_fields:
        obj.add_json_patch(cdk8s.JsonPatch.add("".join(f"/{key}" for key in path) + "/-", _as_rendered(value)))
        return
    target: Any = item.manifest
    for key in path:
        target = target[key]
    target.append(value)


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
    """A subclass of ``cls`` and of ``PlainApiObject`` (the kernel class of its objects), made in the kernel
    with the pending batch on first use."""
    namespace = {"__module__": cls.__module__, "__qualname__": cls.__qualname__, "__doc__": cls.__doc__}
    bases = (_Lazy, PlainApiObject) if cls is cdk8s.ApiObject else (_Lazy, cls, PlainApiObject)
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
