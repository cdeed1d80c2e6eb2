"""``accelerator`` and ``<role>.accelerator``: the accelerator type of the server or of one pool, read
against the chart's tables of device-plugin resources, environment and DRA claim templates."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..accelerators import Accelerator, DeviceClaim
from ..errors import ModelServiceError, show
from .reading import as_list, as_map, as_text


def accelerator(values: Mapping[str, Any], role: str | None = None) -> tuple[Accelerator, bool]:
    """The accelerator of ``role`` (its own ``accelerator`` keys over the global ones; the global ones
    alone when ``role`` is None) and whether DRA is on. Default: ``nvidia``, without DRA."""
    config = as_map(values.get("accelerator"), "accelerator")
    own = as_map(as_map(values.get(role), role).get("accelerator"), f"{role}.accelerator") if role else {}
    kind = own["type"] if "type" in own else (config.get("type") or "nvidia")
    dra = bool(own["dra"] if "dra" in own else config.get("dra"))
    where = f"{role}.accelerator.type" if "type" in own else "accelerator.type"
    resources = as_map(config.get("resources"), "accelerator.resources")
    templates = as_map(config.get("resourceClaimTemplates"), "accelerator.resourceClaimTemplates")
    if kind == "cpu":
        resource = None
    elif kind in resources:
        resource = resources[kind]
    elif dra and kind in templates:
        resource = None
    elif kind in templates:
        plugins = sorted(k for k in resources if str(k).startswith(f"{kind}-"))
        raise ModelServiceError.at(where, f"accelerator type {show(kind)} needs DRA ({where[:-4]}dra: true); "
                                          + (f"without DRA use a device-plugin type: {', '.join(plugins)}"
                                             if plugins else "without DRA add it under accelerator.resources"))
    else:
        known = sorted({"cpu", *resources, *templates})
        raise ModelServiceError.at(where, f"unknown accelerator type {show(kind)}; known: {', '.join(known)} "
                                          "(or add it under accelerator.resources)")
    env = {str(e.get("name")): as_text(e.get("value"))
           for e in as_list(as_map(config.get("env"), "accelerator.env").get(kind), f"accelerator.env.{kind}")}
    claim = None
    if kind in templates:
        template = as_map(templates[kind], f"accelerator.resourceClaimTemplates.{kind}")
        claim = DeviceClaim(device_class=template.get("class") or f"gpu.{kind}.com",
                            name=template.get("name") or None, match=template.get("match") or "exactly",
                            selectors=as_list(template.get("selectors"),
                                              f"accelerator.resourceClaimTemplates.{kind}.selectors"),
                            count=template.get("count"))
    return Accelerator(kind, resource, env, claim), dra
