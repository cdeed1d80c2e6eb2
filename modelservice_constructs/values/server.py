"""The values of the whole server, one function per key: the object name prefix (``fullname``),
``modelArtifacts``, ``routing.proxy``, ``tracing``, ``requester`` and ``extraObjects``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import yaml

from ..artifacts import ModelArtifacts
from ..errors import ModelServiceError
from ..requester import Requester
from ..routing import RoutingSidecar
from ..tracing import Tracing
from . import safe_yaml
from .chart import ChartRoutingSidecar
from .reading import as_list, as_map, as_text, given
from .templates import Context, render

CHART_NAME = "llm-d-modelservice"
"""The chart's name, part of the default object name prefix (see :func:`fullname`)."""


def fullname(release: str, values: Mapping[str, Any]) -> str:
    """The chart's fullname: ``fullnameOverride``, or the release name (when it contains the chart
    name) or ``<release>-<nameOverride or chart name>``; cut to 55 characters and one trailing ``-``."""
    override = values.get("fullnameOverride")
    if override:
        return str(override)[:55].removesuffix("-")
    name = values.get("nameOverride") or CHART_NAME
    base = release if str(name) in release else f"{release}-{name}"
    return base[:55].removesuffix("-")


def model_artifacts(ctx: Context) -> ModelArtifacts:
    """``modelArtifacts``: the model, its URI (template expressions evaluated) and labels; the keys left
    unset keep the defaults of :class:`ModelArtifacts`."""
    artifacts = as_map(ctx.values.get("modelArtifacts"), "modelArtifacts")
    uri = render(artifacts.get("uri"), ctx, "modelArtifacts.uri")
    if isinstance(uri, str) and "://" in uri:
        scheme, _, location = uri.partition("://")
        if location[:1] in ("'", '"'):  # the chart inserts the path into YAML unquoted
            try:
                location = str(yaml.safe_load(location))
            except yaml.YAMLError:
                raise ModelServiceError.at("modelArtifacts.uri", f"unbalanced quotes in {uri!r}") from None
        uri = f"{scheme}://{location}"
    return ModelArtifacts(
        name=artifacts.get("name"),  # type: ignore[arg-type]
        uri=uri,
        labels=as_map(artifacts.get("labels"), "modelArtifacts.labels"),
        **given(size=artifacts.get("size"), auth_secret_name=artifacts.get("authSecretName"),
                mount_path=artifacts.get("mountPath"), image_pull_policy=artifacts.get("imagePullPolicy")),
        **({"read_only": artifacts["readOnly"]} if artifacts.get("readOnly") is not None else {}),
    )


def routing_sidecar(values: Mapping[str, Any]) -> RoutingSidecar | None:
    """``routing.proxy``: the decode sidecar (enabled by default), or None when ``enabled: false``.
    Pulled ``Always`` unless ``imagePullPolicy`` says otherwise, without resources, as in the chart."""
    routing = as_map(values.get("routing"), "routing")
    proxy = as_map(routing.get("proxy"), "routing.proxy")
    if proxy.get("enabled", True) is False:
        return None
    image = proxy.get("image")
    if not image:
        raise ModelServiceError.at("routing.proxy.image", "must be specified when the routing proxy is enabled")
    return ChartRoutingSidecar(
        image=image,
        # the chart's posture: pulled Always, no resources
        image_pull_policy=proxy.get("imagePullPolicy") or "Always", resources={},
        **given(target_port=proxy.get("targetPort"), connector=proxy.get("connector")),
        secure=proxy.get("secure"),
        prefiller_use_tls=proxy.get("prefillerUseTLS"),
        cert_path=proxy.get("certPath"),
        zap_devel=proxy.get("zapDevel"),
        zap_encoder=proxy.get("zapEncoder"),
        zap_log_level=proxy.get("zapLogLevel"),
        zap_stacktrace_level=proxy.get("zapStacktraceLevel"),
        zap_time_encoding=proxy.get("zapTimeEncoding"),
    )


def tracing(values: Mapping[str, Any]) -> Tracing | None:
    """``tracing``: OpenTelemetry settings when enabled (default: off, None)."""
    config = as_map(values.get("tracing"), "tracing")
    if not config.get("enabled"):
        return None
    sampling = as_map(config.get("sampling"), "tracing.sampling")
    names = as_map(config.get("serviceNames"), "tracing.serviceNames")
    vllm = as_map(config.get("vllm"), "tracing.vllm")
    # the chart quotes each of these, so they are strings whatever their YAML type
    return Tracing(otlp_endpoint=as_text(config.get("otlpEndpoint")), sampler=as_text(sampling.get("sampler")),
                   sampler_arg=as_text(sampling.get("samplerArg")),
                   decode_service_name=as_text(names.get("vllmDecode")),
                   prefill_service_name=as_text(names.get("vllmPrefill")),
                   routing_proxy_service_name=as_text(names.get("routingProxy")),
                   collect_detailed_traces=as_text(vllm.get("collectDetailedTraces")))


def requester(values: Mapping[str, Any]) -> Requester | None:
    """``requester`` when enabled (default: off, None); not with ``multinode``: the requester stands in
    for single pods. Pulled ``Always``, as in the chart; the keys left unset keep the defaults of
    :class:`Requester`."""
    config = as_map(values.get("requester"), "requester")
    if not config.get("enable"):
        return None
    if values.get("multinode"):
        raise ModelServiceError.at("requester.enable", "the requester cannot be combined with multinode: true")
    ports = as_map(config.get("port"), "requester.port")
    probe = as_map(config.get("readinessProbe"), "requester.readinessProbe")
    limits = as_map(as_map(config.get("resources"), "requester.resources").get("limits"),
                    "requester.resources.limits")
    options: dict[str, Any] = {prop: value for prop, value in (
        ("image", config.get("image")), ("image_pull_policy", "Always"),
        ("admin_port", config.get("adminPort")),
        ("probes_port", ports.get("probes")), ("spi_port", ports.get("spi")),
        ("readiness_initial_delay_seconds", probe.get("initialDelaySeconds")),
        ("readiness_period_seconds", probe.get("periodSeconds")), ("gpus", limits.get("gpus")),
        ("cpus", limits.get("cpus")), ("memory", limits.get("memory"))) if value is not None}
    return Requester(**options)  # pulled Always, as the chart does


def extra_objects(ctx: Context) -> list[dict[str, Any]]:
    """``extraObjects`` (default: none), template expressions evaluated (string entries parsed as YAML)."""
    objects = []
    for i, item in enumerate(as_list(ctx.values.get("extraObjects"), "extraObjects")):
        rendered = render(item, ctx, f"extraObjects[{i}]")
        if isinstance(rendered, str):
            rendered = safe_yaml.load_at(rendered, f"extraObjects[{i}]")
        objects.append(as_map(rendered, f"extraObjects[{i}]"))
    return objects
