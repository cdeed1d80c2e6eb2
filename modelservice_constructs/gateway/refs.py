"""References between gateway routing objects, and the API groups, versions and kinds they name.

Group, version and kind of the InferencePool and the HTTPRoute come from the typed imports, so the
objects emitted, the route backends and the endpoint picker's ``--pool-group`` cannot disagree.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from ..errors import ModelServiceError, show
from ..manifests import group_version_kind
from ..names import dns_label_problem, dns_subdomain_problem, port_problem, raise_problems
from ..props import checked

EXT_PROC_PORT = 9002
"""The endpoint picker's gRPC ext-proc port (the default of :class:`EndpointPickerRef`)."""


def inference_pool_gvk() -> tuple[str, str]:
    """``(apiVersion, kind)`` of the InferencePools emitted (``inference.networking.k8s.io/v1``, typed import)."""
    from ..imports.io.k8s.networking.inference import InferencePool as InferencePoolResource

    return group_version_kind(InferencePoolResource)


def http_route_gvk() -> tuple[str, str]:
    """``(apiVersion, kind)`` of the HTTPRoutes emitted (``gateway.networking.k8s.io/v1``, from the typed import)."""
    from ..imports.io.k8s.networking.gateway import HttpRoute as HttpRouteResource

    return group_version_kind(HttpRouteResource)


def inference_pool_group() -> str:
    """API group of the InferencePools emitted (``inference.networking.k8s.io``, from the typed import)."""
    return inference_pool_gvk()[0].split("/")[0]


def gateway_group() -> str:
    """API group of Gateways and HTTPRoutes (``gateway.networking.k8s.io``, from the typed import)."""
    return http_route_gvk()[0].split("/")[0]


@checked
@dataclass(frozen=True)
class GatewayRef:
    """The Gateway (listener) an HTTPRoute attaches to: an HTTPRoute ``parentRef``.

    :param name: the Gateway's name.
    :param namespace: its namespace. Default: the route's.
    :param section_name: the listener of the Gateway. Default: all its listeners.
    """

    name: str
    namespace: str | None = None
    section_name: str | None = None

    def __post_init__(self) -> None:
        raise_problems(
            dns_subdomain_problem(self.name, "GatewayRef.name"),
            dns_label_problem(self.namespace, "GatewayRef.namespace") if self.namespace is not None else None,
            dns_subdomain_problem(self.section_name, "GatewayRef.section_name")
            if self.section_name is not None else None)

    def manifest(self) -> dict[str, Any]:
        """The ``parentRef``: always a Gateway of the Gateway API group."""
        ref: dict[str, Any] = {"group": gateway_group(), "kind": "Gateway", "name": self.name}
        if self.namespace:
            ref["namespace"] = self.namespace
        if self.section_name:
            ref["sectionName"] = self.section_name
        return ref


class FailureMode(enum.StrEnum):
    """What the gateway does when the endpoint picker does not answer."""

    FAIL_OPEN = "FailOpen"
    """Route the request anyway (the gateway picks an endpoint of the pool)."""
    FAIL_CLOSE = "FailClose"
    """Reject the request."""


@checked
@dataclass(frozen=True)
class EndpointPickerRef:
    """The endpoint picker an InferencePool consults: its ``endpointPickerRef``.

    :param name: name of the picker's Service.
    :param port: its gRPC ext-proc port. Default: 9002. Required for a Service.
    :param failure_mode: Default: ``FailOpen`` (as the Gateway API Inference Extension chart sets it).
    :param kind: Default: ``Service``.
    :param group: API group of ``kind``. Default: ``""`` (the core group).
    """

    name: str
    port: int | None = EXT_PROC_PORT
    failure_mode: FailureMode | str = FailureMode.FAIL_OPEN
    kind: str = "Service"
    group: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not 1 <= len(self.name) <= 253:
            raise ModelServiceError.at("EndpointPickerRef.name", f"must be a Service name, got {show(self.name)}")
        try:
            object.__setattr__(self, "failure_mode", FailureMode(self.failure_mode))
        except ValueError:
            allowed = ", ".join(m.value for m in FailureMode)
            raise ModelServiceError.at("EndpointPickerRef.failure_mode",
                                       f"{show(self.failure_mode)} is not one of {allowed}") from None
        if self.port is None:
            if self.kind == "Service":
                raise ModelServiceError.at("EndpointPickerRef.port",
                                           "a port is required when kind is Service, got None")
        else:
            raise_problems(port_problem(self.port, "EndpointPickerRef.port"))

    @property
    def is_service(self) -> bool:
        """Whether the picker is reached through a core Service."""
        return self.kind == "Service" and self.group == ""

    def manifest(self) -> dict[str, Any]:
        """The ``endpointPickerRef``."""
        ref: dict[str, Any] = {"name": self.name}
        if not self.is_service:
            ref.update({"group": self.group, "kind": self.kind})
        if self.port is not None:
            ref["port"] = {"number": self.port}
        ref["failureMode"] = str(self.failure_mode)
        return ref


@checked
@dataclass(frozen=True)
class InferencePoolRef:
    """An InferencePool named by reference, as an HTTPRoute backend.

    A reference that is not ``external`` must name an :class:`InferencePool` construct of the same
    app (checked at synth); an external one is deployed elsewhere and is taken as it is.

    :param name: the InferencePool's name.
    :param namespace: its namespace. Default: the route's.
    :param port: backend port. Default: the pool's target port for a pool of the app, else omitted.
    :param external: the pool is not part of this app. Default: False.
    :param group: Default: ``inference.networking.k8s.io`` (the only group the picker supports).
    :param kind: Default: ``InferencePool``.
    """

    name: str
    namespace: str | None = None
    port: int | None = None
    external: bool = False
    group: str | None = None
    kind: str = "InferencePool"

    def __post_init__(self) -> None:
        raise_problems(
            dns_subdomain_problem(self.name, "InferencePoolRef.name"),
            dns_label_problem(self.namespace, "InferencePoolRef.namespace") if self.namespace is not None else None,
            port_problem(self.port, "InferencePoolRef.port") if self.port is not None else None)
        api_version, kind = inference_pool_gvk()
        group = inference_pool_group()
        if self.group is None:
            object.__setattr__(self, "group", group)
        elif self.group != group:
            raise ModelServiceError.at(
                "InferencePoolRef.group",
                f"{show(self.group)} does not serve InferencePool {api_version}; "
                f"use {group!r} (the endpoint picker reads InferencePools of that group only)")
        if self.kind != kind:
            raise ModelServiceError.at("InferencePoolRef.kind", f"must be {kind!r}, got {show(self.kind)}")
