"""OpenTelemetry tracing for vLLM and the routing sidecar."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .props import checked


@checked
@dataclass(frozen=True)
class Tracing:
    """OpenTelemetry trace export settings.

    :param otlp_endpoint: OTLP collector endpoint. Default: ``http://otel-collector:4317``.
    :param sampler: ``OTEL_TRACES_SAMPLER``. Default: ``parentbased_traceidratio``.
    :param sampler_arg: ``OTEL_TRACES_SAMPLER_ARG``. Default: ``"1.0"``.
    :param decode_service_name: service name of decode vLLM. Default: ``vllm-decode``.
    :param prefill_service_name: service name of prefill vLLM. Default: ``vllm-prefill``.
    :param routing_proxy_service_name: service name of the routing sidecar. Default: ``routing-proxy``.
    :param collect_detailed_traces: vLLM ``--collect-detailed-traces``. Default: ``all``.
    """

    otlp_endpoint: str = "http://otel-collector:4317"
    sampler: str = "parentbased_traceidratio"
    sampler_arg: str = "1.0"
    decode_service_name: str = "vllm-decode"
    prefill_service_name: str = "vllm-prefill"
    routing_proxy_service_name: str = "routing-proxy"
    collect_detailed_traces: str = "all"

    def env(self, service_name: str) -> list[dict[str, Any]]:
        """The OTEL_* environment of one container."""
        return [{"name": "OTEL_SERVICE_NAME", "value": str(service_name)},
                {"name": "OTEL_EXPORTER_OTLP_ENDPOINT", "value": str(self.otlp_endpoint)},
                {"name": "OTEL_TRACES_EXPORTER", "value": "otlp"},
                {"name": "OTEL_TRACES_SAMPLER", "value": str(self.sampler)},
                {"name": "OTEL_TRACES_SAMPLER_ARG", "value": str(self.sampler_arg)}]

    def vllm_args(self) -> list[str]:
        """vLLM flags that export traces."""
        return ["--otlp-traces-endpoint", str(self.otlp_endpoint),
                "--collect-detailed-traces", str(self.collect_detailed_traces)]
