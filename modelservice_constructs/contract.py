"""The cross-object contract of gateway routing, checked over construct attributes at synth.

A Gateway reaches a model through objects that must agree with the model's pods and with each
other. What the library guarantees, and checks here:

1. Selector: the InferencePool selector is on the pods of every pool it selects
   (``pool.selector_labels``), and on no pool of another model in the same namespace.
2. Port chain: route backend port == InferencePool target port == ``ModelServer.service_port``
   == the port the selected pods serve on: the routing sidecar's ``--port`` (decode pools of a
   server with a sidecar, which listens on the service port) or vLLM's ``--port``
   (``pool.vllm_port``: prefill, or decode without a sidecar); decode ``pool.vllm_port`` ==
   ``RoutingSidecar.target_port`` (the sidecar's ``--model-server-port``, ``--vllm-port`` before v0.10), and
   differs from the service port.
3. Route backends: an InferencePool of the app, or an ``InferencePoolRef`` declared external.
4. Group, version and kind: the InferencePool's, the route backend's and the endpoint picker's
   ``--pool-group`` agree with the typed import.
5. Endpoint pickers: one per name and namespace; a derived configuration still fits the pools the
   InferencePool selects (P/D scheduling only when it selects a PrefillPool).
6. Route matches: no two routes send one path prefix, for hostnames in common, through one listener of a
   Gateway (it would give the match to the oldest route only).
7. Workload selectors: no pool of another model in the same namespace carries the labels a pool's
   workload and PodDisruptionBudget select (the model labels and role).

The checks read attributes (``selector_labels``, ``vllm_port``, ``role``, ``server``, ``name`` of a
pool; ``name``, ``namespace``, ``service_port``, ``routing_sidecar``, ``model`` of a ModelServer),
never synthesized objects, so synth stays linear in the number of models. (A ``--port`` that a
container passes in its own arguments, e.g. in a custom command, is not seen here.)

**The index.** Each App has one :class:`ContractIndex` (a construct under the App's root, id
``ModelServiceContract``; the scopes that led to it remember it, weakly) where constructs record
themselves when they are made: :func:`register` (``contract.register(self)`` at the end of a
constructor) takes a ModelServer, a model pool (DecodePool, PrefillPool), an InferencePool, an
HttpRoute or an EndpointPicker. The checks look constructs up in it by server, name and label
instead of walking the construct tree, and run once per change of the app however many times
cdk8s validates it (see :class:`ContractIndex`).

The same validation runs the checks that need the whole app of the constructs the index reaches: a
server's DisaggregatedSet (its roles) and a pool's autoscaler (its scale target is an object of the
app; a followed pool is in it). The tree may change between two synths, so these run once per
synthesis, with one query of the tree for all of them (:meth:`ContractIndex.tree_problems`).
"""

from __future__ import annotations

import functools
import json
import weakref
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import constructs
from constructs import Construct

from .errors import show
from .imports.plain_object import AppTree
from .labels import SERVING_LABEL
from .objects import ConstructReports, Validation, make_awaited, removal_count, request_epoch, root_of, when_made
from .routing import CONTAINER_NAME as ROUTING_PROXY

if TYPE_CHECKING:
    from .gateway.endpoint_picker import EndpointPicker
    from .gateway.http_route import HttpRoute
    from .gateway.inference_pool import InferencePool
    from .model_server import ModelServer
    from .pools import ModelPool

INDEX_ID = "ModelServiceContract"
"""Construct id of the index under the App's root."""

SERVER, POOL, INFERENCE_POOL, ROUTE, PICKER = "server", "pool", "inference_pool", "route", "picker"


@functools.cache
def _kinds() -> tuple[tuple[type, str], ...]:
    # imported on first use: the pools and the gateway constructs import this module
    from .gateway.endpoint_picker import EndpointPicker
    from .gateway.http_route import HttpRoute
    from .gateway.inference_pool import InferencePool
    from .model_server import ModelServer
    from .pools import ModelPool

    return ((ModelPool, POOL), (ModelServer, SERVER), (InferencePool, INFERENCE_POOL), (HttpRoute, ROUTE),
            (EndpointPicker, PICKER))


def _kind(construct: object) -> str | None:
    """What the index records ``construct`` as (None: nothing)."""
    return next((kind for cls, kind in _kinds() if isinstance(construct, cls)), None)


def same_namespace(a: str | None, b: str | None) -> bool:
    """Whether two objects may share a namespace (none means the namespace applied to)."""
    return a is None or b is None or a == b


@dataclass
class _Labels:
    """The pools by pod label, built when the app is checked (a pool's labels may depend on later calls)."""

    of: dict[int, dict[str, str]] = field(default_factory=dict)
    """id(pool) -> its pod labels."""
    anywhere: dict[tuple[str, str], list[Any]] = field(default_factory=dict)
    """(key, value) -> pools whose pods carry it."""
    by_namespace: dict[tuple[str | None, str, str], list[Any]] = field(default_factory=dict)
    """(server namespace, key, value) -> pools whose pods carry it."""


_Match = tuple[str, "str | None", str]
"""A route's Gateway name, the Gateway's namespace and the path prefix."""

# A scope belongs to one App for good: which index it leads to is remembered (weakly, by scope) so that
# the constructs of one chart look the index up once.
_BY_SCOPE: weakref.WeakKeyDictionary[constructs.IConstruct, ContractIndex] = weakref.WeakKeyDictionary()


class ContractIndex(Construct):
    """The ModelServers, model pools, InferencePools, HttpRoutes and EndpointPickers of one App, and the
    contract checks over them (see the module documentation).

    Get it with :meth:`of`; constructs add themselves with :func:`register`.

    The checks run as one validation of the App's root construct, which cdk8s runs before anything
    else in each validation of the app (``App.synth()`` validates the whole app once, then once more
    per chart): the problems found are kept until a construct registers (those of :meth:`tree_problems`,
    until the next synthesis), so a synth of many charts checks the app once. Each problem is reported by a
    validation of the construct it is about, which the root's gives it (cdk8s prints ``[<construct path>]
    <problem>``).

    ``generation`` counts registrations; ``checks`` counts the times the app was checked; ``visits``
    counts the constructs the checks looked at (a bounded number per construct checked, so the total
    grows linearly with the app).
    """

    def __init__(self, root: constructs.IConstruct) -> None:
        super().__init__(root, INDEX_ID)  # type: ignore[arg-type]
        self.servers: list[ModelServer] = []
        self.pools: list[ModelPool] = []
        self.inference_pools: list[InferencePool] = []
        self.routes: list[HttpRoute] = []
        self.pickers: list[EndpointPicker] = []
        self.generation = 0
        self.checks = 0
        self.visits = 0
        self._known: set[int] = set()
        self._pools_by_server: dict[int, list[ModelPool]] = {}
        self._inference_pools_by_name: dict[str, list[InferencePool]] = {}
        self._pickers_by_name: dict[str, list[EndpointPicker]] = {}
        self._labels: _Labels | None = None
        self._labels_generation = -1
        self._problems: tuple[int, list[tuple[Any, str]]] | None = None
        self._tree_problems: tuple[tuple[int, int], list[tuple[Any, str]]] | None = None
        self._reports = ConstructReports()
        self._routes_by_match: tuple[int, dict[_Match, list[tuple[HttpRoute, str | None]]]] | None = None
        self._root = root
        self._removals_seen = removal_count()
        root.node.add_validation(Validation(self.validate_app))

    @staticmethod
    def of(scope: constructs.IConstruct) -> ContractIndex:
        """The index of the App ``scope`` belongs to (made on first use), with every construct defined so far."""
        make_awaited()
        index = _BY_SCOPE.get(scope)
        if index is None:
            root = root_of(scope)
            index = _BY_SCOPE.get(root)  # a root made in Python is the same object each time
            if index is None:
                found = root.node.try_find_child(INDEX_ID)
                index = found if isinstance(found, ContractIndex) else ContractIndex(root)
                _BY_SCOPE[root] = index
            _BY_SCOPE[scope] = index
        index.forget_removed()
        return index

    def forget_removed(self) -> None:
        """Forget the recorded constructs taken out of the tree (``node.try_remove_child``, theirs or an
        ancestor's) since the last look: they are not rendered, so nothing is checked or configured for
        them. One query of the tree, only after a removal."""
        count = removal_count()
        if count == self._removals_seen:
            return
        self._removals_seen = count
        recorded = [*self.servers, *self.pools, *self.inference_pools, *self.routes, *self.pickers]
        attached = AppTree.find(self._root, recorded, "[]")["attached"] if recorded else []
        kept = [c for c, here in zip(recorded, attached, strict=True) if here]
        if len(kept) == len(recorded):
            return
        self.servers, self.pools, self.inference_pools, self.routes, self.pickers = [], [], [], [], []
        self._known = set()
        self._pools_by_server, self._inference_pools_by_name, self._pickers_by_name = {}, {}, {}
        for construct in kept:
            self.add(construct)

    # -- registration ----------------------------------------------------------------------------------

    def add(self, construct: object) -> None:
        """Record ``construct`` (once)."""
        kind = _kind(construct)
        if kind is None:
            raise TypeError(f"the contract index records ModelServers, pools and gateway routing constructs, "
                            f"got {show(construct)}")
        self.generation += 1
        if id(construct) in self._known:
            return
        self._known.add(id(construct))
        obj: Any = construct
        if kind == SERVER:
            self.servers.append(obj)
        elif kind == POOL:
            self.pools.append(obj)
            self._pools_by_server.setdefault(id(obj.server), []).append(obj)
        elif kind == INFERENCE_POOL:
            self.inference_pools.append(obj)
            self._inference_pools_by_name.setdefault(obj.name, []).append(obj)
        elif kind == ROUTE:
            self.routes.append(obj)
        else:
            self.pickers.append(obj)
            self._pickers_by_name.setdefault(obj.name, []).append(obj)

    def has(self, construct: object) -> bool:
        """Whether ``construct`` is recorded here (so belongs to this App)."""
        return id(construct) in self._known

    def validate_app(self) -> list[str]:
        """The root's validation, which cdk8s runs before those of the other constructs: it finds every contract
        problem of the app, then :meth:`tree_problems`, and gives each construct with problems a validation of
        its own that reports them (cdk8s names that construct's path), so it returns none itself."""
        self.forget_removed()
        if self._problems is None or self._problems[0] != self.generation:
            self.checks += 1
            checked: list[InferencePool | HttpRoute | EndpointPicker] = [*self.inference_pools, *self.routes,
                                                                         *self.pickers]
            problems: list[tuple[Any, str]] = [(c, problem) for c in checked for problem in c.problems()]
            problems += [(p, problem) for p in self.pools for problem in self.selector_problems(p)]
            self._problems = (self.generation, problems)
        key = (self.generation, request_epoch())
        if self._tree_problems is None or self._tree_problems[0] != key:
            self._tree_problems = (key, self.tree_problems())
        self._reports.report([*self._problems[1], *self._tree_problems[1]])
        return []

    def tree_problems(self) -> list[tuple[Any, str]]:
        """The problems of the servers' DisaggregatedSets and the pools' autoscalers that are in the construct
        tree: their checks need the whole app, and the tree may have changed since they were made (an object
        taken out, another added), so they are asked once per synthesis (:func:`~.objects.request_epoch`),
        with one query of the tree for all of them."""
        sets = [s.disaggregated_set for s in self.servers if s.disaggregated_set is not None]
        scalers = [p.autoscaler for p in self.pools if p.autoscaler is not None]
        if not sets and not scalers:
            return []
        targets = [a.target_identity() for a in scalers]
        answer = AppTree.find(self._root, [*sets, *scalers], json.dumps([t for t in targets if t is not None]))
        attached, defined = list(answer["attached"]), iter(answer["found"])
        problems: list[tuple[Any, str]] = [(s, str(p)) for s, here in zip(sets, attached, strict=False) if here
                                           for p in s.problems()]
        for scaler, here, target in zip(scalers, attached[len(sets):], targets, strict=True):
            target_defined = None if target is None else bool(next(defined))
            if here:
                problems += [(scaler, p) for p in scaler.problems(target_defined)]
        return problems

    def _label_index(self) -> _Labels:
        if self._labels is not None and self._labels_generation == self.generation:
            return self._labels
        labels = _Labels()
        for pool in self.pools:
            pod_labels = dict(pool.selector_labels)
            labels.of[id(pool)] = pod_labels
            for key, value in pod_labels.items():
                labels.anywhere.setdefault((key, value), []).append(pool)
                labels.by_namespace.setdefault((pool.server.namespace, key, value), []).append(pool)
        self._labels, self._labels_generation = labels, self.generation
        return labels

    # -- look-ups --------------------------------------------------------------------------------------

    def pools_of(self, server: ModelServer) -> list[ModelPool]:
        """The model pools of ``server``."""
        found = list(self._pools_by_server.get(id(server), ()))
        self.visits += len(found)
        return found

    def reaches_prefill(self, pool: InferencePool) -> bool:
        """Whether ``pool`` selects the pods of a PrefillPool of its server."""
        return any(p.role == "prefill" for p in pool.model_pools())

    def pod_labels(self, pool: ModelPool) -> dict[str, str]:
        """The labels of ``pool``'s pods (as of this synth)."""
        return self._label_index().of.get(id(pool)) or dict(pool.selector_labels)

    def pools_selected(self, selector: Mapping[str, str], namespace: str | None) -> list[ModelPool]:
        """The pools (of any model) whose pods ``selector`` matches and that may share ``namespace``."""
        labels = self._label_index()
        best: list[list[ModelPool]] | None = None
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
            if same_namespace(pool.server.namespace, namespace) and all(
                    pod.get(k) == v for k, v in selector.items()):
                found.append(pool)
        return found

    def other_models_pools(self, selector: Mapping[str, str], namespace: str | None,
                           server: ModelServer) -> list[ModelPool]:
        """The pools of models other than ``server`` that ``selector`` matches and that may share
        ``namespace`` (:meth:`pools_selected`)."""
        return [p for p in self.pools_selected(selector, namespace) if p.server is not server]

    def inference_pools_named(self, name: str, namespace: str | None) -> list[InferencePool]:
        """The InferencePools of the app called ``name`` that may be in ``namespace``."""
        found = [p for p in self._inference_pools_by_name.get(name, ()) if same_namespace(p.namespace, namespace)]
        self.visits += len(found)
        return found

    def pickers_named(self, name: str, namespace: str | None) -> list[EndpointPicker]:
        """The EndpointPickers of the app called ``name`` that may be in ``namespace``."""
        found = [p for p in self._pickers_by_name.get(name, ()) if same_namespace(p.namespace, namespace)]
        self.visits += len(found)
        return found

    # -- the checks ------------------------------------------------------------------------------------

    def inference_pool_problems(self, pool: InferencePool) -> list[str]:
        """Selector, port chain and kind of an InferencePool (empty when all is well)."""
        from .gateway.refs import inference_pool_group, inference_pool_gvk
        from .pools import ROLE_LABEL

        where = f"InferencePool {pool.name!r}"
        problems: list[str] = []
        if (pool.api_version, pool.kind) != inference_pool_gvk() or pool.group != inference_pool_group():
            problems.append(f"{where} apiVersion: {pool.api_version} {pool.kind} (group {pool.group}) is not the "
                            f"InferencePool of the typed import, {' '.join(inference_pool_gvk())}")
        role = pool.selector.get(ROLE_LABEL)
        selected = pool.model_pools()
        if not selected:
            return [*problems, f"{where} selector: {show(pool.selector)} selects the pods of ModelServer "
                               f"{pool.server.name!r}, which has no {role or 'decode or prefill'} pool; add a "
                               "DecodePool or PrefillPool to it"]
        for model_pool in selected:
            labels = self.pod_labels(model_pool)
            missing = {k: v for k, v in pool.selector.items() if labels.get(k) != v}
            if missing:
                problems.append(f"{where} selector: {show(missing)} is not on the pods of {model_pool.name} "
                                f"(labels {show(labels)}); keep the model labels on the pod template")
            problems.extend(port_problems(pool, model_pool))
            if model_pool.forms_pod_group() and pool.selector.get(SERVING_LABEL) != "true":
                problems.append(f"{where} selector: {show(pool.selector)} also selects the workers of "
                                f"{model_pool.name}'s data-parallel groups, where vLLM runs headless and serves "
                                f"nothing; keep {SERVING_LABEL}: 'true' in the selector")
        for other in self.other_models_pools(pool.selector, pool.namespace, pool.server):
            problems.append(
                f"{where} selector: {show(pool.selector)} also matches the pods of ModelServer "
                f"{other.server.name!r} ({other.name}); give each model distinct labels "
                "(e.g. llm-d.ai/model) in ModelArtifacts(labels=...)")
        return problems

    def selector_problems(self, pool: ModelPool) -> list[str]:
        """Pods of another model's pools that the selector of ``pool``'s workload (and PodDisruptionBudget)
        matches in its namespace (empty when there are none)."""
        selector = self.pod_labels(pool)
        others = [f"{other.name} (ModelServer {other.server.name!r})"
                  for other in self.other_models_pools(selector, pool.server.namespace, pool.server)]
        if not others:
            return []
        named = ", ".join(others[:3]) + (f" and {len(others) - 3} more" if len(others) > 3 else "")
        return [f"{pool.prop_root} selector: {show(selector)} (the model labels and role) is also on the pods of "
                f"{named}: the workloads and disruption budgets of the models would act on each other's pods; give "
                "each model distinct labels (e.g. llm-d.ai/model) in ModelArtifacts(labels=...)"]

    def route_conflicts(self, route: HttpRoute) -> list[str]:
        """Routes recorded before ``route`` that send the same path prefix, for hostnames in common, through a
        listener of one of its Gateways (the Gateway gives such a match to the oldest route only)."""
        if self._routes_by_match is None or self._routes_by_match[0] != self.generation:
            by_match: dict[_Match, list[tuple[HttpRoute, str | None]]] = {}
            for recorded in self.routes:
                for gateway in recorded.gateways:
                    key = (gateway.name, gateway.namespace or recorded.namespace, recorded.path_prefix)
                    by_match.setdefault(key, []).append((recorded, gateway.section_name))
            self._routes_by_match = (self.generation, by_match)
        problems: list[str] = []
        for gateway in route.gateways:
            namespace = gateway.namespace or route.namespace
            for other, section in self._routes_by_match[1].get((gateway.name, namespace, route.path_prefix), []):
                if other is route:
                    break
                self.visits += 1
                shared_hosts = not route.hostnames or not other.hostnames or set(route.hostnames) & set(other.hostnames)
                shared_listener = gateway.section_name is None or section is None or section == gateway.section_name
                if shared_hosts and shared_listener:
                    problems.append(f"HTTPRoute {route.name!r} path_prefix: {route.path_prefix!r} through Gateway "
                                    f"{gateway.name!r} is already routed by HTTPRoute {other.name!r}, and the Gateway "
                                    "sends a match to the oldest route only; give each route its own path_prefix "
                                    "or hostnames")
                    break
        return problems

    def route_problems(self, route: HttpRoute) -> list[str]:
        """Backend, port and kind of an HttpRoute, and :meth:`route_conflicts` (empty when all is well)."""
        conflicts = self.route_conflicts(route)
        return conflicts + self._route_backend_problems(route)

    def _route_backend_problems(self, route: HttpRoute) -> list[str]:
        ref = route.backend_ref
        where = f"HTTPRoute {route.name!r}"
        pool = route.pool
        if pool is None:
            if ref.external:
                return []
            found = self.inference_pools_named(ref.name, ref.namespace or route.namespace)
            if not found:
                names = ", ".join(sorted({p.name for p in self.inference_pools})) or "none"
                return [f"{where} backend: InferencePool {ref.name!r} is not an InferencePool of this app (it "
                        f"has: {names}); pass the InferencePool construct, or declare the pool "
                        "InferencePoolRef(..., external=True)"]
            pool = found[0]
        elif not self.has(pool):
            return [f"{where} backend: InferencePool {pool.name!r} is not in this app (it was taken out of the "
                    "tree, or belongs to another App); route to an InferencePool of this app"]
        problems: list[str] = []
        if (ref.group, ref.kind) != (pool.group, pool.kind):
            problems.append(f"{where} backend: {ref.group}/{ref.kind} is not the group and kind of InferencePool "
                            f"{pool.name!r} ({pool.group}/{pool.kind})")
        if ref.port is not None and ref.port != pool.target_port:
            problems.append(f"{where} backend.port: {ref.port} is not the target port of InferencePool "
                            f"{pool.name!r} ({pool.target_port}); omit it or use {pool.target_port}")
        return problems

    def picker_problems(self, picker: EndpointPicker) -> list[str]:
        """Configuration, name and pool group of an EndpointPicker (empty when all is well)."""
        from .gateway.refs import inference_pool_group

        problems: list[str] = []
        derived = picker.derived_for_prefill
        if derived is not None and self.reaches_prefill(picker.pool) != derived:
            chosen = "prefill_decode" if picker.derived_for_prefill else "load_aware"
            problems.append(
                f"EndpointPicker {picker.name!r} config: SchedulerConfig.{chosen}() was chosen when the picker "
                f"was created, but InferencePool {picker.pool.name!r} now "
                f"{'selects no' if picker.derived_for_prefill else 'selects a'} PrefillPool of ModelServer "
                f"{picker.server.name!r}; create the EndpointPicker after the pools, or pass config=")
        twins = [p for p in self.pickers_named(picker.name, picker.namespace) if p is not picker]
        if twins:
            problems.append(f"EndpointPicker {picker.name!r} name: another EndpointPicker ({twins[0].node.path}) "
                            "has the same name; one picker per InferencePool")
        problems += block_size_problems(picker)
        if picker.pool.group != inference_pool_group():
            problems.append(f"EndpointPicker {picker.name!r} --pool-group: {picker.pool.group!r} is not the group "
                            f"of the InferencePools emitted ({inference_pool_group()!r})")
        return problems


def block_size_problems(picker: EndpointPicker) -> list[str]:
    """The prefix-cache producer of a picker's configuration hashes prompts in blocks of the size vLLM caches
    them in (``--block-size``, 16 unless given), or its prefix scores and P/D decisions are wrong; a P/D decider
    needs that producer."""
    from .containers import VLLM_DEFAULT_BLOCK_SIZE
    from .gateway.scheduler_config import PREFIX_PRODUCER

    config = picker.config
    where = f"EndpointPicker {picker.name!r} config"
    if "prefix-based-pd-decider" in config.plugin_types and PREFIX_PRODUCER not in config.plugin_types:
        return [f"{where}: prefix-based-pd-decider reads the prompt blocks {PREFIX_PRODUCER} records, but the "
                f"configuration has no {PREFIX_PRODUCER}; add one with blockSizeTokens equal to vLLM's --block-size"]
    if not config.reads_prefix_cache:
        return []
    epp_size = config.block_size if config.block_size is not None else VLLM_DEFAULT_BLOCK_SIZE
    problems: list[str] = []
    reported: set[int] = set()
    for model_pool, index, size in picker.pool.vllm_block_sizes():
        vllm_size = size if size is not None else VLLM_DEFAULT_BLOCK_SIZE
        if vllm_size != epp_size and id(model_pool) not in reported:  # one problem a pool
            reported.add(id(model_pool))
            problems.append(
                f"{where}: {PREFIX_PRODUCER} blockSizeTokens is {epp_size} but {model_pool.prop_root} "
                f"{model_pool.name!r} containers[{index}] runs vLLM with --block-size {vllm_size}"
                f"{'' if size is not None else ' (its default)'}; prefix-cache scores and P/D decisions would "
                "be wrong: make them equal (SchedulerConfig.prefill_decode(block_size=...) or the container's "
                "--block-size)")
    return problems


def port_problems(pool: InferencePool, model_pool: ModelPool) -> list[str]:
    """The port chain from an InferencePool to the pods of one model pool (empty when it holds)."""
    server = model_pool.server
    target = pool.target_port
    where = f"InferencePool {pool.name!r} targetPorts[0].number {target}"
    vllm = model_pool.vllm_port
    sidecar = server.routing_sidecar if model_pool.role == "decode" else None
    problems: list[str] = []
    if sidecar is None:
        if vllm != target:
            problems.append(f"{where}: {model_pool.name} vLLM --port is {vllm}; the pool's target port, the "
                            "servicePort and vLLM --port must be one port")
        return problems
    if server.service_port != target:
        problems.append(f"{where}: {model_pool.name} pods serve on {server.service_port} ({ROUTING_PROXY} --port, "
                        "ModelServer.service_port); the pool's target port, the servicePort and the sidecar --port "
                        "must be one port")
    if vllm != sidecar.target_port:
        problems.append(f"{model_pool.name} vLLM --port: vLLM listens on {vllm} but {ROUTING_PROXY} "
                        f"--{server.release.sidecar_server_port_flag} is {sidecar.target_port}; they must be equal "
                        "(RoutingSidecar.target_port)")
    if vllm == server.service_port:
        problems.append(f"{model_pool.name} vLLM --port: vLLM listens on {vllm}, the port of {ROUTING_PROXY} "
                        "--port; the two must differ")
    return problems


def register(construct: constructs.IConstruct, scope: constructs.IConstruct | None = None) -> None:
    """Record ``construct`` in the index of its App.

    Call it at the end of the constructor of a ModelServer, a model pool, an InferencePool, an
    HttpRoute or an EndpointPicker (registering twice is harmless). A TypeError for other constructs.
    A construct not made in the kernel yet (see :mod:`.objects`) is recorded when it is made, which is
    before the app is validated. ``scope``, when given, is a construct of the same App whose index may
    be known already (the constructor's scope, a pool's server): finding the index then costs no call to
    the jsii kernel.
    """
    when_made(construct, lambda: _add(construct, scope))


def _add(construct: constructs.IConstruct, scope: constructs.IConstruct | None) -> None:
    index = _BY_SCOPE.get(scope) if scope is not None else None
    if index is None:
        index = ContractIndex.of(construct)
        if scope is not None:
            _BY_SCOPE[scope] = index
    _BY_SCOPE[construct] = index
    index.add(construct)
