"""Helm values of the llm-d-modelservice chart -> ModelServer, pools and their props: :class:`ValuesMapper`,
the entry point of the values layer.

The mapper reads each part of the values once, through the modules named after it (``server``,
``accelerator``, ``scaling``, ``pools``, ``gateway``), gathers the problems of every part, and builds
the constructs only when there are none. This layer only translates: every object is rendered by the
constructs.
"""

from __future__ import annotations

import functools
from typing import Any

from constructs import Construct

from ..errors import ModelServiceError, Problem
from ..model_server import ModelServer
from ..pools import ModelPool
from .accelerator import accelerator
from .chart import ChartDecodePool, ChartModelServer, ChartPrefillPool
from .gateway import gateway_routing
from .paths import rewrite
from .pools import ROLES, pool_values
from .reading import as_map, given
from .scaling import DisaggregatedSetValues
from .schema import check_values
from .server import extra_objects, fullname, model_artifacts, routing_sidecar, tracing
from .templates import Context


class ValuesMapper:
    """Translates one merged values map into constructs:
    ``ValuesMapper(values, release, namespace).build(chart, "ModelServer")``."""

    def __init__(self, values: dict[str, Any], release: str, namespace: str) -> None:
        self.values = values
        self.release = release
        self.namespace = namespace
        self.ctx = Context(values=values, release_name=release, release_namespace=namespace)

    def build(self, scope: Construct, id: str) -> ModelServer:
        """The ModelServer and pools the values describe, in ``scope``, with the gateway routing objects of
        ``inferencePool`` / ``httpRoute``. Every problem found is raised at once (a ModelServiceError named
        by values paths, one per path, the schema's word first)."""
        problems: list[Problem] = check_values(self.values)
        invalid = bool(problems)

        def attempt(fn: Any, *args: Any, role: str | None = None, anchors: dict[str, str] | None = None) -> Any:
            try:
                return fn(*args)
            except ModelServiceError as err:  # one problem per path: the schema's word comes first
                seen = {p.path for p in problems}
                problems.extend(p for p in rewrite(err, role, anchors).problems if p.path not in seen)
            except (TypeError, ValueError, AttributeError, KeyError):
                if not invalid:  # not a consequence of a problem already reported
                    raise
            return None

        model = attempt(model_artifacts, self.ctx)
        sidecar = attempt(routing_sidecar, self.values)
        server_tracing = attempt(tracing, self.values)
        server_accelerator = attempt(accelerator, self.values)
        disaggregated = attempt(DisaggregatedSetValues.read, self.values)
        extra = attempt(extra_objects, self.ctx)
        roles = [r for r in ROLES if as_map(self.values.get(r), r).get("create")]
        described = {role: attempt(pool_values, self.ctx, role, disaggregated, role=role) for role in roles}
        if problems:
            raise ModelServiceError(problems)
        routing = as_map(self.values.get("routing"), "routing")
        name_source = "fullnameOverride" if self.values.get("fullnameOverride") else "RELEASE"
        try:
            server = ChartModelServer(
                scope, id, name=fullname(self.release, self.values), model=model,
                **given(service_port=routing.get("servicePort")), routing_sidecar=sidecar,
                accelerator=server_accelerator[0], dra=server_accelerator[1], tracing=server_tracing,
                kv_transfer=None,
                service_account=self.values.get("serviceAccountOverride") or None,
                scheduler_name=self.values.get("schedulerName") or None, namespace=self.namespace,
                extra_objects=extra, **({"backend": disaggregated.backend} if disaggregated.enabled else {}))
        except ModelServiceError as err:
            raise rewrite(err, anchors={"ModelServer.name": f"{name_source} (the object name prefix)"}) from None
        pools: dict[str, ModelPool] = {}
        for role in roles:
            pool_class = ChartDecodePool if role == "decode" else ChartPrefillPool
            props = described[role].props
            kind = props["accelerator"].type
            pool_autoscaling = attempt(described[role].autoscaler.autoscaling, pools, role=role)
            extra_props = {"autoscaling": pool_autoscaling} if pool_autoscaling is not None else {}
            pool = attempt(functools.partial(pool_class, server, role.capitalize(), **props, **extra_props),
                           role=role, anchors={f"{pool_class.prop_root}.accelerator.device_claim":
                                               f"accelerator.resourceClaimTemplates.{kind}"})
            if pool is not None:
                pools[role] = pool
        if not problems:
            attempt(gateway_routing, scope, server, self.values, server_tracing)
        if problems:
            raise ModelServiceError(problems)
        return server
