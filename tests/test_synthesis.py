"""AppSynthesis writes what cdk8s's App.synth() and App.synth_yaml() write, byte for byte, in one pass over
the app: this test fails when a cdk8s upgrade changes the synthesis steps AppSynthesis mirrors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from cdk8s import ApiObject, App, Chart, YamlOutputType
from modelservice_constructs.imports.plain_object import AppSynthesis

from modelservice_constructs import DecodePool, ModelArtifacts, ModelContainer, ModelServer, PrefillPool
from modelservice_constructs.gateway import EndpointPicker, GatewayRef, HttpRoute, InferencePool

VLLM = "ghcr.io/llm-d/llm-d-cuda:v0.4.0"


def _models(app: App, count: int) -> None:
    for index in range(count):
        chart = Chart(app, f"model-{index}")
        server = ModelServer(chart, "Model", name=f"m{index}", model=ModelArtifacts.from_uri(
            f"hf://org/m{index}", labels={"llm-d.ai/inference-serving": "true", "llm-d.ai/model": f"m{index}"}))
        DecodePool(server, "Decode", replicas=2, containers=[ModelContainer(image=VLLM)])
        PrefillPool(server, "Prefill", containers=[ModelContainer(image=VLLM)])
        pool = InferencePool(chart, "Pool", server=server)
        EndpointPicker(chart, "Picker", pool=pool)
        HttpRoute(chart, "Route", gateway=GatewayRef("gw"), backend=pool, path_prefix=f"/m{index}")


def _dependent_charts(app: App, count: int) -> None:
    _models(app, count)
    base = Chart(app, "base")
    ApiObject(base, "Namespace", api_version="v1", kind="Namespace", metadata={"name": "llm"})
    for chart in app.node.children:
        if isinstance(chart, Chart) and chart is not base:
            chart.add_dependency(base)
    nested = Chart(base, "nested")
    ApiObject(nested, "Config", api_version="v1", kind="ConfigMap", metadata={"name": "c"})


BUILDS: dict[str, Callable[[App, int], None]] = {"independent": _models, "dependent": _dependent_charts}


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("build", sorted(BUILDS))
def test_synth_writes_what_app_synth_writes(tmp_path: Path, build: str) -> None:
    ours, theirs = App(outdir=str(tmp_path / "ours")), App(outdir=str(tmp_path / "theirs"))
    for app in (ours, theirs):
        BUILDS[build](app, 3)
    AppSynthesis.synth(ours)
    theirs.synth()
    assert _files(tmp_path / "ours") == _files(tmp_path / "theirs")
    assert len(_files(tmp_path / "ours")) >= 3


@pytest.mark.parametrize("build", sorted(BUILDS))
def test_synth_yaml_returns_what_app_synth_yaml_returns(build: str) -> None:
    ours, theirs = App(), App()
    for app in (ours, theirs):
        BUILDS[build](app, 3)
    assert AppSynthesis.synth_yaml(ours) == theirs.synth_yaml()


def test_other_output_types_are_left_to_cdk8s(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path), yaml_output_type=YamlOutputType.FILE_PER_RESOURCE)
    _models(app, 1)
    AppSynthesis.synth(app)
    assert "Deployment.m0-decode.k8s.yaml" in _files(tmp_path)


def test_failed_validations_are_reported_as_cdk8s_reports_them() -> None:
    ours, theirs = App(), App()
    for app in (ours, theirs):
        _models(app, 2)
        ModelServer(Chart(app, "again"), "Model", name="m0", model=ModelArtifacts.from_uri("hf://org/m0"))
    with pytest.raises(RuntimeError) as mine:
        AppSynthesis.synth_yaml(ours)
    with pytest.raises(RuntimeError) as reference:
        theirs.synth_yaml()
    assert str(mine.value) == str(reference.value)
    assert "Validation failed with the following errors" in str(mine.value)
