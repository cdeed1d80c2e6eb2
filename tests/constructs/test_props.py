"""Constructor arguments: misspelt keywords, wrong types and missing props are ModelServiceErrors naming the
prop; props taking Kubernetes JSON also take the generated typed structs."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from cdk8s import Chart
from conftest import ROOT, Synth, one
from modelservice_constructs.imports.apps import (
    DeploymentSpecStrategy,
    DeploymentSpecStrategyRollingUpdate,
    DeploymentSpecStrategyRollingUpdateMaxSurge,
    DeploymentSpecTemplateSpecContainersEnv,
    DeploymentSpecTemplateSpecContainersLivenessProbe,
    DeploymentSpecTemplateSpecContainersLivenessProbeHttpGet,
    DeploymentSpecTemplateSpecContainersLivenessProbeHttpGetPort,
    DeploymentSpecTemplateSpecTolerations,
)

from modelservice_constructs import (
    DecodePool,
    ModelArtifacts,
    ModelContainer,
    ModelServer,
    ModelServiceError,
    PodOptions,
    PoolWorkload,
)

VLLM = "ghcr.io/llm-d/llm-d-cuda:v0.3.0"
MODEL = ModelArtifacts.from_uri("hf://org/model")


def _server(chart: Chart) -> ModelServer:
    return ModelServer(chart, "S", name="s", model=MODEL)


def _problems(build: Any) -> list[str]:
    with pytest.raises(ModelServiceError) as caught:
        build()
    return [str(p) for p in caught.value.problems]


def test_fails_misspelt_keyword_with_a_suggestion(chart: Chart) -> None:
    (problem,) = _problems(lambda: DecodePool(_server(chart), "D", containers=[ModelContainer(image=VLLM)],
                                              replica=2))
    assert problem.startswith("DecodePool.replica: unknown prop (did you mean 'replicas'?); props: containers,")


def test_fails_dict_where_a_model_container_is_expected(chart: Chart) -> None:
    (problem,) = _problems(lambda: DecodePool(_server(chart), "D", containers=[{"image": VLLM}]))
    assert problem == "DecodePool.containers[0]: expected ModelContainer, got dict {'image': '" + VLLM + "'}"


def test_fails_env_map_instead_of_a_list() -> None:
    (problem,) = _problems(lambda: ModelContainer(image=VLLM, env={"A": "1"}))
    assert problem.startswith("ModelContainer.env: expected a list of a map or DeploymentSpecTemplateSpecContainersEnv"
                              ", got dict {'A': '1'}")


def test_fails_string_where_model_artifacts_are_expected(chart: Chart) -> None:
    (problem,) = _problems(lambda: ModelServer(chart, "S", name="s", model="hf://org/model"))
    assert problem == "ModelServer.model: expected ModelArtifacts, got str 'hf://org/model'"


def test_fails_missing_required_prop_and_wrong_types_together() -> None:
    problems = _problems(lambda: ModelContainer(name=3, stdin="yes"))  # type: ignore[call-arg]
    assert problems == ["ModelContainer.image: is required", "ModelContainer.name: expected str, got int 3",
                        "ModelContainer.stdin: expected bool or None, got str 'yes'"]


def test_app_main_prints_one_error_line_and_no_traceback(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text(textwrap.dedent('''
        from cdk8s import Chart
        from modelservice_constructs import DecodePool, ModelArtifacts, ModelContainer, ModelServer, PodOptions
        from modelservice_constructs.app import main

        def build(app):
            server = ModelServer(Chart(app, "c"), "S", name="s", model=ModelArtifacts.from_uri("hf://org/m"))
            DecodePool(server, "D", containers=[ModelContainer(image="vllm")], replica=2)

        main(build, outdir="out")
        '''))
    result = subprocess.run([sys.executable, str(app)], capture_output=True, text=True, cwd=tmp_path, check=False)
    assert result.returncode == 1
    assert result.stderr.startswith("error: DecodePool.replica: unknown prop (did you mean 'replicas'?)")
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_typed_structs_are_accepted_where_json_is(chart: Chart, synth: Synth) -> None:
    probe = DeploymentSpecTemplateSpecContainersLivenessProbe(
        http_get=DeploymentSpecTemplateSpecContainersLivenessProbeHttpGet(
            path="/health", port=DeploymentSpecTemplateSpecContainersLivenessProbeHttpGetPort.from_number(8200)),
        period_seconds=10)
    container = ModelContainer(image=VLLM, env=[DeploymentSpecTemplateSpecContainersEnv(name="A", value="1")],
                               liveness_probe=probe)
    strategy = DeploymentSpecStrategy(type="RollingUpdate", rolling_update=DeploymentSpecStrategyRollingUpdate(
        max_surge=DeploymentSpecStrategyRollingUpdateMaxSurge.from_number(0)))
    DecodePool(_server(chart), "D", containers=[container], workload=PoolWorkload.deployment(strategy=strategy),
               pod=PodOptions(tolerations=[DeploymentSpecTemplateSpecTolerations(key="gpu", operator="Exists")]))
    deployment = one(synth(chart), "Deployment")
    pod = deployment["spec"]["template"]["spec"]
    assert pod["containers"][0]["env"][0] == {"name": "A", "value": "1"}
    assert pod["containers"][0]["livenessProbe"] == {"httpGet": {"path": "/health", "port": 8200}, "periodSeconds": 10}
    assert pod["tolerations"] == [{"key": "gpu", "operator": "Exists"}]
    assert deployment["spec"]["strategy"] == {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": 0}}


USER_CODE = '''
from cdk8s import App, Chart
from modelservice_constructs import DecodePool, ModelArtifacts, ModelContainer, ModelServer, PodOptions
from modelservice_constructs.imports.apps import (DeploymentSpecTemplateSpecContainersEnv,
                                                  DeploymentSpecTemplateSpecTolerations)

server = ModelServer(Chart(App(), "c"), "S", name="s", model=ModelArtifacts.from_uri("hf://org/model"))
vllm = ModelContainer(image="vllm", env=[DeploymentSpecTemplateSpecContainersEnv(name="A", value="1"),
                                         {"name": "B", "value": "2"}])
DecodePool(server, "D", containers=[vllm],
           pod=PodOptions(tolerations=[DeploymentSpecTemplateSpecTolerations(key="gpu")]))
'''


def test_mypy_strict_accepts_typed_structs(tmp_path: Path) -> None:
    snippet = tmp_path / "user_app.py"
    snippet.write_text(USER_CODE)
    result = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--follow-imports=silent",
                             str(snippet)], capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stdout


def test_a_construct_in_a_type_error_is_named_not_shown_by_address(chart: Chart) -> None:
    from modelservice_constructs import GatewayRef, HttpRoute, ModelArtifacts, ModelServer

    server = ModelServer(chart, "M", name="llama", model=ModelArtifacts.from_uri("hf://org/model"))
    with pytest.raises(ModelServiceError) as err:
        HttpRoute(chart, "Route", gateway=GatewayRef("g"), backend=server)  # type: ignore[arg-type]
    assert str(err.value) == "HttpRoute.backend: expected InferencePool or InferencePoolRef, got ModelServer 'llama'"
    with pytest.raises(ModelServiceError, match=r"got <Chart>$"):
        DecodePool(chart, "Decode", containers=[])  # type: ignore[arg-type]
