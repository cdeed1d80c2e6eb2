"""HttpRoute: the HTTPRoute from a Gateway to an InferencePool."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import cdk8s
from constructs import Construct

from ..app_index import AppIndex, CheckedConstruct, same_namespace
from ..errors import ModelServiceError, show
from ..names import dns_label_problem, dns_subdomain_problem, hostname_problem, raise_problems
from ..objects import adopt, api_object
from ..props import checked
from .inference_pool import InferencePool
from .refs import GatewayRef, InferencePoolRef, http_route_gvk

NO_TIMEOUT = "0s"

_DURATION = re.compile(r"^([0-9]{1,5}(h|m|s|ms)){1,4}$")
_DURATION_PART = re.compile(r"([0-9]{1,5})(h|ms|m|s)")
_PATH_CHARS = re.compile(r"^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|%[0-9a-fA-F]{2})+$")
_MS = {"h": 3_600_000, "m": 60_000, "s": 1000, "ms": 1}


def duration_ms(value: Any, path: str) -> int:
    """A Gateway API duration (``300s``, ``5m``, ``1h30m``) in milliseconds; errors name ``path``."""
    if not isinstance(value, str) or not _DURATION.match(value):
        raise ModelServiceError.at(path, f"must be a Gateway API duration such as '300s', '5m', '1h30m' or "
                                         f"'0s' (no timeout), got {show(value)}")
    return sum(int(number) * _MS[unit] for number, unit in _DURATION_PART.findall(value))


def check_path(value: Any, path: str) -> None:
    """Raise unless ``value`` is an absolute URL path a Gateway accepts as a match or rewrite."""
    problem = None
    if not isinstance(value, str) or not value.startswith("/"):
        problem = "must be an absolute path starting with '/'"
    elif len(value) > 1024:
        problem = "must be at most 1024 characters"
    elif any(part in value for part in ("//", "/./", "/../", "%2f", "%2F", "#")) or value.endswith(("/.", "/..")):
        problem = "must not contain '//', '/./', '/../', '%2f' or '#', nor end with '/.' or '/..'"
    elif not _PATH_CHARS.match(value):
        problem = "may only contain URL path characters"
    if problem:
        raise ModelServiceError.at(path, f"{problem}, got {show(value)}")


@checked
class HttpRoute(CheckedConstruct):
    """An HTTPRoute (``gateway.networking.k8s.io/v1``) from a Gateway to an InferencePool.

    Two shapes: all traffic to one model (``path_prefix="/"``, the default), or a path prefix per
    model with the prefix rewritten (``path_prefix="/llama"`` sends ``/llama/v1/completions`` to
    ``/v1/completions``). The primary object is ``self.http_route`` (child id ``Resource``).

    At synth it checks that a backend named by reference is an InferencePool of the app (unless
    declared external) and that the backend port is the pool's target port.

    :param gateway: the Gateway(s) the route attaches to.
    :param backend: the :class:`InferencePool` of this app, or an :class:`InferencePoolRef` (by name:
        a pool of this app, checked at synth, unless declared ``external``).
    :param name: Default: ``<server.name>-route`` for an InferencePool, ``<name>-route`` for a reference.
    :param namespace: Default: the backend's namespace.
    :param path_prefix: requests whose path starts with it are routed. Default: ``/`` (all traffic).
    :param rewrite_prefix: what ``path_prefix`` is replaced with before the request reaches the model;
        None keeps the path, as does the prefix itself. Default: ``/`` (a change only when ``path_prefix`` is
        not ``/``).
    :param hostnames: hostnames the route answers. Default: the Gateway's.
    :param request_timeout: timeout of the whole request. Default: ``0s``, no timeout, since a long
        generation easily outlasts the gateways' 15s default; None leaves it unset (e.g. on GKE).
    :param backend_request_timeout: timeout of one request to the model. Default: ``0s`` (no timeout);
        None leaves it unset.
    :param labels: more labels of the object. Default: none.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        gateway: GatewayRef | Sequence[GatewayRef],
        backend: InferencePool | InferencePoolRef,
        name: str | None = None,
        namespace: str | None = None,
        path_prefix: str = "/",
        rewrite_prefix: str | None = "/",
        hostnames: Sequence[str] = (),
        request_timeout: str | None = NO_TIMEOUT,
        backend_request_timeout: str | None = NO_TIMEOUT,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(scope, id)
        adopt(self, scope)
        self._index = AppIndex.of(scope)
        self.gateways: tuple[GatewayRef, ...] = (gateway,) if isinstance(gateway, GatewayRef) else tuple(gateway)
        if not self.gateways:
            raise ModelServiceError.at("HttpRoute.gateway", f"must be one or more GatewayRef, got {show(gateway)}")
        self._check_parents()
        self.backend = backend
        self.pool: InferencePool | None = backend if isinstance(backend, InferencePool) else None
        provenance: dict[str, str] = {}
        if isinstance(backend, InferencePool):
            if not self._index.has(backend):
                raise ModelServiceError.at("HttpRoute.backend", f"InferencePool {backend.name!r} belongs to another "
                                                                "app; pass an InferencePoolRef(external=True)")
            ref = backend.ref()
            default_name = f"{backend.server.name}-route"
            provenance = dict(backend.server.provenance_labels)
        else:
            ref = backend
            default_name = f"{backend.name}-route"
        self.backend_ref: InferencePoolRef = ref
        self.name: str = name if name is not None else default_name
        self.namespace: str | None = namespace if namespace is not None else ref.namespace
        raise_problems(
            dns_subdomain_problem(self.name, "HttpRoute.name"),
            dns_label_problem(self.namespace, "HttpRoute.namespace") if self.namespace is not None else None)
        if self.pool is not None and not same_namespace(self.pool.namespace, self.namespace):
            raise ModelServiceError.at(
                "HttpRoute.namespace", f"{self.namespace!r} is not the namespace of InferencePool {self.pool.name!r} "
                                       f"({self.pool.namespace!r}); put the route next to its pool")
        check_path(path_prefix, "HttpRoute.path_prefix")
        self.path_prefix = path_prefix
        if rewrite_prefix is not None:
            check_path(rewrite_prefix, "HttpRoute.rewrite_prefix")
        self.rewrite_prefix: str | None = rewrite_prefix if rewrite_prefix != path_prefix else None
        for index, host in enumerate(hostnames):
            if problem := hostname_problem(host, f"HttpRoute.hostnames[{index}]"):
                raise ModelServiceError([problem])
        self.hostnames = tuple(hostnames)
        self.timeouts = self._timeouts(request_timeout, backend_request_timeout)
        self.api_version, self.kind = http_route_gvk()
        from ..imports.io.k8s.networking.gateway import HttpRoute as HttpRouteResource

        self.http_route: cdk8s.ApiObject = api_object(self, "Resource", HttpRouteResource, {
            "metadata": self._metadata(provenance, labels), "spec": self._spec()}, "HttpRoute")
        self._index.add_route(self)

    def _check_parents(self) -> None:
        seen: dict[tuple[str, str | None], list[str | None]] = {}
        for gateway in self.gateways:
            seen.setdefault((gateway.name, gateway.namespace), []).append(gateway.section_name)
        for (name, _), sections in seen.items():
            if len(sections) > 1 and (None in sections or len(set(sections)) != len(sections)):
                raise ModelServiceError.at(
                    "HttpRoute.gateway", f"Gateway {name!r} is named {len(sections)} times with sectionName "
                                         f"{show(sections)}; name each listener once, each with its sectionName")

    @staticmethod
    def _timeouts(request_timeout: str | None, backend_request_timeout: str | None) -> dict[str, str]:
        timeouts: dict[str, str] = {}
        request_ms = 0
        if request_timeout is not None:
            request_ms = duration_ms(request_timeout, "HttpRoute.request_timeout")
            timeouts["request"] = request_timeout
        if backend_request_timeout is not None:
            backend_ms = duration_ms(backend_request_timeout, "HttpRoute.backend_request_timeout")
            if request_ms and backend_ms > request_ms:
                raise ModelServiceError.at(
                    "HttpRoute.backend_request_timeout",
                    f"{backend_request_timeout!r} is longer than the request timeout {request_timeout!r}; "
                    "make it at most the request timeout")
            timeouts["backendRequest"] = backend_request_timeout
        return timeouts

    def _metadata(self, provenance: Mapping[str, str], labels: Mapping[str, str] | None) -> dict[str, Any]:
        metadata: dict[str, Any] = {"name": self.name, "labels": {**provenance, **dict(labels or {})}}
        if not metadata["labels"]:
            del metadata["labels"]
        if self.namespace:
            metadata["namespace"] = self.namespace
        return metadata

    def _spec(self) -> dict[str, Any]:
        ref = self.backend_ref
        backend: dict[str, Any] = {"group": ref.group, "kind": ref.kind, "name": ref.name}
        if ref.namespace and ref.namespace != self.namespace:
            backend["namespace"] = ref.namespace
        if ref.port is not None:
            backend["port"] = ref.port
        rule: dict[str, Any] = {"matches": [{"path": {"type": "PathPrefix", "value": self.path_prefix}}]}
        if self.rewrite_prefix is not None:
            rule["filters"] = [{"type": "URLRewrite", "urlRewrite": {
                "path": {"type": "ReplacePrefixMatch", "replacePrefixMatch": self.rewrite_prefix}}}]
        rule["backendRefs"] = [backend]
        if self.timeouts:
            rule["timeouts"] = self.timeouts
        spec: dict[str, Any] = {"parentRefs": [g.manifest() for g in self.gateways]}
        if self.hostnames:
            spec["hostnames"] = list(self.hostnames)
        spec["rules"] = [rule]
        return spec

    def cross_check(self, signature: str) -> list[str]:
        """What is wrong with the route in its App (asked at synth, again when the App changed): :meth:`problems`."""
        self._index.refresh(signature)
        return self.problems()

    def problems(self) -> list[str]:
        """What is wrong with this route in its app: routes made before it that send the same match
        (:meth:`conflicts`), and its backend's existence, group, kind and port (empty when all is well)."""
        return self.conflicts() + self._backend_problems()

    def conflicts(self) -> list[str]:
        """Routes made before this one that send the same path prefix, for hostnames in common, through a
        listener of one of its Gateways (the Gateway gives such a match to the oldest route only)."""
        problems: list[str] = []
        for gateway in self.gateways:
            namespace = gateway.namespace or self.namespace
            for other, section in self._index.routes_matching((gateway.name, namespace, self.path_prefix)):
                if other is self:
                    break
                self._index.visits += 1
                shared_hosts = not self.hostnames or not other.hostnames or set(self.hostnames) & set(other.hostnames)
                shared_listener = gateway.section_name is None or section is None or section == gateway.section_name
                if shared_hosts and shared_listener:
                    problems.append(f"HTTPRoute {self.name!r} path_prefix: {self.path_prefix!r} through Gateway "
                                    f"{gateway.name!r} is already routed by HTTPRoute {other.name!r}, and the Gateway "
                                    "sends a match to the oldest route only; give each route its own path_prefix "
                                    "or hostnames")
                    break
        return problems

    def _backend_problems(self) -> list[str]:
        ref = self.backend_ref
        where = f"HTTPRoute {self.name!r}"
        pool = self.pool
        if pool is None:
            if ref.external:
                return []
            found = self._index.inference_pools_named(ref.name, ref.namespace or self.namespace)
            if not found:
                names = ", ".join(sorted({p.name for p in self._index.inference_pools if self._index.has(p)})) or "none"
                return [f"{where} backend: InferencePool {ref.name!r} is not an InferencePool of this app (it "
                        f"has: {names}); pass the InferencePool construct, or declare the pool "
                        "InferencePoolRef(..., external=True)"]
            pool = found[0]
        elif not self._index.has(pool):
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
