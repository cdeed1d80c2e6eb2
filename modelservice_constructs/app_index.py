"""The facts of one App that the constructs' cross-object checks read: its model servers, model pools,
InferencePools, HttpRoutes and EndpointPickers, looked up by server, name, label and route match.

Constructs add themselves when they are made (``AppIndex.of(scope).add_pool(self)``...) and attach their
own checks of what they rely on in the rest of the App: their base class :data:`CheckedConstruct`
(``scripts/plain_object/checks.ts``) adds a validation to each that asks its ``cross_check(signature)``. The
checks read the index, which imports no construct. The contract they keep between a Gateway and a model's pods
is in ``docs/checks.md``.

cdk8s validates the whole App once for every Chart it renders; a construct's check is asked again only when
the App's signature (``ObjectRegistry.signature``) changed, and the first check asked with a new signature
refreshes the index (:meth:`AppIndex.refresh`): it forgets the constructs taken out of the tree
(``node.try_remove_child``, theirs or an ancestor's) and rebuilds its label index, with one query of the
tree. Each look-up visits a bounded number of constructs per construct checked (``visits`` counts them), so
checking grows linearly with the App.
"""

from __future__ import annotations

import json
import weakref
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import constructs
from constructs import Construct

from .errors import ModelServiceError
from .imports.plain_object import AppTree
from .objects import root_of

if TYPE_CHECKING:
    CheckedConstruct = Construct  # mypy does not read the generated imports
else:
    from .imports.plain_object import CheckedConstruct as CheckedConstruct  # the base of checked constructs


def same_namespace(a: str | None, b: str | None) -> bool:
    """Whether two objects may share a namespace (none means the namespace applied to)."""
    return a is None or b is None or a == b


RouteMatch = tuple[str, "str | None", str]
"""A route's Gateway name, the Gateway's namespace and the path prefix."""


@dataclass
class _Labels:
    """The pools by pod label, built when the App is checked (a pool's labels may depend on later calls)."""

    of: dict[int, dict[str, str]] = field(default_factory=dict)
    """id(pool) -> its pod labels."""
    anywhere: dict[tuple[str, str], list[Any]] = field(default_factory=dict)
    """(key, value) -> pools whose pods carry it."""
    by_namespace: dict[tuple[str | None, str, str], list[Any]] = field(default_factory=dict)
    """(server namespace, key, value) -> pools whose pods carry it."""


# The index found from a root (weakly): a root made in JavaScript (``cdk8s.Testing.app()``) may reach Python as
# another proxy each time, so the index is also a child of the root, where it is found again.
_INDEXES: weakref.WeakKeyDictionary[constructs.IConstruct, AppIndex] = weakref.WeakKeyDictionary()


class AppIndex(Construct):
    """The servers, pools and gateway routing constructs of one App (see the module documentation): a construct
    under the App's root (id ``ModelServiceIndex``), which renders nothing.

    ``visits`` counts the constructs the look-ups visited; ``refreshes`` the times the index was brought up to a
    new signature of the App.
    """

    ID = "ModelServiceIndex"
    """The construct id of the index under the App's root."""

    def __init__(self, root: constructs.IConstruct) -> None:
        super().__init__(root, self.ID)  # type: ignore[arg-type]
        self.root = root
        self.servers: list[Any] = []
        self.pools: list[Any] = []
        self.inference_pools: list[Any] = []
        self.routes: list[Any] = []
        self.pickers: list[Any] = []
        self.visits = 0
        self.refreshes = 0
        self._pools_by_server: dict[int, list[Any]] = {}
        self._inference_pools_by_name: dict[str, list[Any]] = {}
        self._pickers_by_name: dict[str, list[Any]] = {}
        self._pickers_by_server: dict[int, list[Any]] = {}
        self._servers: set[int] = set()
        self._recorded: set[int] = set()
        self._detached: set[int] = set()
        self._signature: str | None = None
        self._labels: _Labels | None = None
        self._routes_by_match: dict[RouteMatch, list[tuple[Any, str | None]]] | None = None
        self._defined: set[str] | None = None

    @staticmethod
    def of(scope: constructs.IConstruct) -> AppIndex:
        """The index of the App ``scope`` belongs to (made on first use)."""
        root = root_of(scope)
        index = _INDEXES.get(root)
        if index is None:
            found = root.node.try_find_child(AppIndex.ID)
            if found is not None and not isinstance(found, AppIndex):
                raise ModelServiceError.at(AppIndex.ID, f"the App root has a child {AppIndex.ID!r} that is not an "
                                                        "AppIndex")
            index = _INDEXES[root] = found if found is not None else AppIndex(root)
        return index

    # -- recording -------------------------------------------------------------------------------------

    def _record(self, construct: object, into: list[Any]) -> bool:
        if id(construct) in self._recorded:
            return False
        self._recorded.add(id(construct))
        into.append(construct)
        self._changed()
        return True

    def _changed(self) -> None:
        self._labels = None
        self._routes_by_match = None

    def add_server(self, server: Any) -> None:
        """Record a ModelServer."""
        if self._record(server, self.servers):
            self._servers.add(id(server))

    def add_pool(self, pool: Any) -> None:
        """Record a model pool (its ``server``, ``role``, ``selector_labels`` are read)."""
        if self._record(pool, self.pools):
            self._pools_by_server.setdefault(id(pool.server), []).append(pool)

    def add_inference_pool(self, pool: Any) -> None:
        """Record an InferencePool (its ``name`` and ``namespace`` are read)."""
        if self._record(pool, self.inference_pools):
            self._inference_pools_by_name.setdefault(pool.name, []).append(pool)

    def add_route(self, route: Any) -> None:
        """Record an HttpRoute (its ``gateways``, ``namespace`` and ``path_prefix`` are read)."""
        self._record(route, self.routes)

    def add_picker(self, picker: Any) -> None:
        """Record an EndpointPicker (its ``name``, ``namespace`` and ``server`` are read)."""
        if self._record(picker, self.pickers):
            self._pickers_by_name.setdefault(picker.name, []).append(picker)
            self._pickers_by_server.setdefault(id(picker.server), []).append(picker)

    def is_server(self, construct: object) -> bool:
        """Whether ``construct`` is a ModelServer of this App."""
        return id(construct) in self._servers

    def has(self, construct: object) -> bool:
        """Whether ``construct`` is recorded here (so belongs to this App) and was not found taken out of the
        tree."""
        return id(construct) in self._recorded and id(construct) not in self._detached

    # -- the App's state -------------------------------------------------------------------------------

    def refresh(self, signature: str) -> None:
        """Bring the index up to the App as of ``signature`` (``ObjectRegistry.signature``): after a change,
        forget the constructs taken out of the tree, with one query of it."""
        if signature == self._signature:
            return
        self._signature = signature
        self.refreshes += 1
        recorded = [*self.servers, *self.pools, *self.inference_pools, *self.routes, *self.pickers]
        attached = AppTree.find(self.root, recorded, "[]")["attached"] if recorded else []
        self._detached = {id(c) for c, here in zip(recorded, attached, strict=True) if not here}
        self._defined = None
        self._changed()

    def attached(self, found: Sequence[Any]) -> list[Any]:
        """Those of ``found`` (constructs of this App) that are in its tree now (one query of the tree, for
        look-ups made while the App is being built)."""
        if not found:
            return []
        here = AppTree.find(self.root, list(found), "[]")["attached"]
        return [c for c, attached in zip(found, here, strict=True) if attached]

    def defines(self, identity: tuple[str, str, str | None, str]) -> bool:
        """Whether an API object of the tree has this apiVersion, kind, namespace (None: none) and name, as of
        the last :meth:`refresh` (one query of the tree for all identities)."""
        if self._defined is None:
            wanted = [list(i) for i in self._identities_asked()]
            found = AppTree.find(self.root, [], json.dumps(wanted))["found"] if wanted else []
            self._defined = {json.dumps(w) for w, here in zip(wanted, found, strict=True) if here}
        return json.dumps(list(identity)) in self._defined

    def _identities_asked(self) -> Iterable[tuple[str, str, str | None, str]]:
        for pool in self._live(self.pools):
            scaler = getattr(pool, "autoscaler", None)
            target = scaler.target_identity() if scaler is not None else None
            if target is not None:
                yield target

    def _live(self, found: Iterable[Any]) -> list[Any]:
        return [c for c in found if id(c) not in self._detached]

    def _label_index(self) -> _Labels:
        if self._labels is None:
            labels = _Labels()
            for pool in self._live(self.pools):
                pod_labels = dict(pool.selector_labels)
                labels.of[id(pool)] = pod_labels
                for key, value in pod_labels.items():
                    labels.anywhere.setdefault((key, value), []).append(pool)
                    labels.by_namespace.setdefault((pool.server.namespace, key, value), []).append(pool)
            self._labels = labels
        return self._labels

    # -- look-ups --------------------------------------------------------------------------------------

    def pools_of(self, server: Any) -> list[Any]:
        """The model pools of ``server`` (the last refresh's; while the App is being built, ask :meth:`attached`)."""
        found = self._live(self._pools_by_server.get(id(server), ()))
        self.visits += len(found)
        return found

    def pod_labels(self, pool: Any) -> dict[str, str]:
        """The labels of ``pool``'s pods (as of this synth)."""
        return self._label_index().of.get(id(pool)) or dict(pool.selector_labels)

    def pools_selected(self, selector: Mapping[str, str], namespace: str | None) -> list[Any]:
        """The pools (of any model) whose pods ``selector`` matches and that may share ``namespace``."""
        labels = self._label_index()
        best: list[list[Any]] | None = None
        for key, value in selector.items():
            if namespace is None:
                buckets = [labels.anywhere.get((key, value), [])]
            else:
                buckets = [labels.by_namespace.get((namespace, key, value), []),
                           labels.by_namespace.get((None, key, value), [])]
            if best is None or sum(map(len, buckets)) < sum(map(len, best)):
                best = buckets
        found = []
        for pool in (p for bucket in best or [] for p in bucket):
            self.visits += 1
            pod = labels.of[id(pool)]
            if same_namespace(pool.server.namespace, namespace) and all(pod.get(k) == v for k, v in selector.items()):
                found.append(pool)
        return found

    def other_models_pools(self, selector: Mapping[str, str], namespace: str | None, server: Any) -> list[Any]:
        """The pools of models other than ``server`` that ``selector`` matches and that may share ``namespace``."""
        return [p for p in self.pools_selected(selector, namespace) if p.server is not server]

    def inference_pools_named(self, name: str, namespace: str | None) -> list[Any]:
        """The InferencePools of the App called ``name`` that may be in ``namespace``."""
        found = [p for p in self._live(self._inference_pools_by_name.get(name, ()))
                 if same_namespace(p.namespace, namespace)]
        self.visits += len(found)
        return found

    def pickers_named(self, name: str, namespace: str | None) -> list[Any]:
        """The EndpointPickers of the App called ``name`` that may be in ``namespace``."""
        found = [p for p in self._live(self._pickers_by_name.get(name, ())) if same_namespace(p.namespace, namespace)]
        self.visits += len(found)
        return found

    def pickers_of(self, server: Any) -> list[Any]:
        """The EndpointPickers of the InferencePools of ``server``, in the order they were created."""
        found = self._live(self._pickers_by_server.get(id(server), ()))
        self.visits += len(found)
        return found

    def routes_matching(self, match: RouteMatch) -> list[tuple[Any, str | None]]:
        """The routes that send ``match`` (Gateway name and namespace, path prefix), in the order they were made,
        each with the listener (section name) of that Gateway it names (None: all)."""
        if self._routes_by_match is None:
            by_match: dict[RouteMatch, list[tuple[Any, str | None]]] = {}
            for route in self._live(self.routes):
                for gateway in route.gateways:
                    key = (gateway.name, gateway.namespace or route.namespace, route.path_prefix)
                    by_match.setdefault(key, []).append((route, gateway.section_name))
            self._routes_by_match = by_match
        return self._routes_by_match.get(match, [])
