"""Helpers of the gateway routing tests: model servers with pools, and flag values of rendered args."""

from __future__ import annotations

from typing import Any

from cdk8s import Chart
from conftest import one

from modelservice_constructs import DecodePool, GatewayRef, ModelArtifacts, ModelContainer, ModelServer, PrefillPool

VLLM = "ghcr.io/llm-d/llm-d-cuda:latest"
GATEWAY = GatewayRef("inference-gateway")


def model(name: str, labels: dict[str, str] | None = None) -> ModelArtifacts:
    """``hf://org/<name>`` labelled with the serving label and ``llm-d.ai/model: <name>`` unless ``labels``."""
    return ModelArtifacts.from_uri(f"hf://org/{name}", labels=labels if labels is not None else {
        "llm-d.ai/inference-serving": "true", "llm-d.ai/model": name})


def server(chart: Chart, name: str = "opt", *, pd: bool = True, id: str | None = None,
           decode: type[DecodePool] = DecodePool, prefill: type[PrefillPool] = PrefillPool,
           **props: Any) -> ModelServer:
    """A ModelServer with a decode pool and (``pd``) a prefill pool of one vLLM container each."""
    artifacts = props.pop("model", None) or model(name)
    created = ModelServer(chart, id or name.capitalize(), name=name, model=artifacts, **props)
    decode(created, "Decode", containers=[ModelContainer(image=VLLM)])
    if pd:
        prefill(created, "Prefill", containers=[ModelContainer(image=VLLM)])
    return created


def args(manifests: list[dict[str, Any]], deployment: str) -> list[str]:
    """The first container's args of a Deployment."""
    found: list[str] = one(manifests, "Deployment", deployment)["spec"]["template"]["spec"]["containers"][0]["args"]
    return found


def flag(arguments: list[str], name: str) -> str:
    """The value following ``name`` in ``arguments``."""
    return arguments[arguments.index(name) + 1]
