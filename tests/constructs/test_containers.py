"""Model containers: flags the pool owns, accelerator requests equal to limits, ports that do not collide."""

from __future__ import annotations

import pytest
import yaml
from cdk8s import Chart
from conftest import Synth, one

from modelservice_constructs import (
    DecodePool,
    ModelArtifacts,
    ModelCommand,
    ModelContainer,
    ModelServer,
    ModelServiceError,
    Parallelism,
    PrefillPool,
)
from modelservice_constructs.cli import template

VLLM = "ghcr.io/llm-d/llm-d-cuda:v0.3.0"


def _server(chart: Chart) -> ModelServer:
    return ModelServer(chart, "Model", name="m", model=ModelArtifacts.from_uri("hf://org/model"))


@pytest.mark.parametrize("args", [["--port", "9000"], ["--port=9000"], ["--served-model-name", "x"],
                                  ["--tensor-parallel-size", "2"]])
def test_fails_user_args_repeating_a_generated_flag(chart: Chart, args: list[str]) -> None:
    with pytest.raises(ModelServiceError) as caught:
        DecodePool(_server(chart), "Decode", parallelism=Parallelism(tensor=2),
                   containers=[ModelContainer(image=VLLM, args=args)])
    assert [p.path for p in caught.value.problems] == ["DecodePool.containers[0].args[0]"]
    assert "is set by the pool for vllmServe containers" in str(caught.value)


def test_flags_the_pool_does_not_generate_are_free(chart: Chart, synth: Synth) -> None:
    DecodePool(_server(chart), "Decode", containers=[ModelContainer(image=VLLM, args=["--data-parallel-size", "1"])])
    assert synth(chart)


def test_fails_accelerator_limit_other_than_the_request(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"^DecodePool\.containers\[0\]\.limits\.nvidia\.com/gpu: would render "
                                                r"nvidia\.com/gpu limits 2 and requests 4; Kubernetes requires them"):
        DecodePool(_server(chart), "Decode", parallelism=Parallelism(tensor=4),
                   containers=[ModelContainer(image=VLLM, limits={"nvidia.com/gpu": "2"})])


def test_accelerator_limit_and_request_given_together(chart: Chart, synth: Synth) -> None:
    DecodePool(_server(chart), "Decode", parallelism=Parallelism(tensor=4), containers=[ModelContainer(
        image=VLLM, limits={"nvidia.com/gpu": "2"}, requests={"nvidia.com/gpu": "2"})])
    resources = one(synth(chart), "Deployment")["spec"]["template"]["spec"]["containers"][0]["resources"]
    assert resources["limits"]["nvidia.com/gpu"] == resources["requests"]["nvidia.com/gpu"] == "2"


def test_fails_decode_container_port_on_the_sidecar_port(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"^DecodePool\.containers\[0\]\.ports\[0\]\.containerPort: port 8000 "
                                                r"is already declared by container 'routing-proxy'"):
        DecodePool(_server(chart), "Decode", containers=[ModelContainer(image=VLLM, ports=[
            {"containerPort": 8000}])])


def test_decode_init_container_errors_name_its_own_index_after_the_sidecar(chart: Chart) -> None:
    # the built decode pod puts the routing sidecar first among its init containers
    init = {"name": "fetch", "image": "busybox", "volumeMounts": [{"name": "cache", "mountPath": "/cache"}]}
    with pytest.raises(ModelServiceError, match=r"^DecodePool\.init_containers\[0\]\.volume_mounts\[0\]\.name: mounts "
                                                r"volume 'cache', which the pod does not have"):
        DecodePool(_server(chart), "Decode", containers=[ModelContainer(image=VLLM)], init_containers=[init])


def test_decode_init_container_port_on_the_sidecar_port(chart: Chart) -> None:
    init = {"name": "warmup", "image": "busybox", "ports": [{"containerPort": 8000}]}
    with pytest.raises(ModelServiceError, match=r"^DecodePool\.init_containers\[0\]\.ports\[0\]\.containerPort: "
                                                r"port 8000 is already declared by container 'routing-proxy'"):
        DecodePool(_server(chart), "Decode", containers=[ModelContainer(image=VLLM)], init_containers=[init])


def test_fails_two_containers_with_one_port(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"^PrefillPool\.containers\[1\]\.ports\[0\]\.containerPort: port 9100 "
                                                r"is already declared by container 'vllm'"):
        PrefillPool(_server(chart), "Prefill", containers=[
            ModelContainer(image=VLLM, ports=[{"containerPort": 9100}]),
            ModelContainer(image="exporter", name="exporter", model_command=ModelCommand.CUSTOM, command=["exporter"],
                           ports=[{"containerPort": 9100}])])


def test_template_renders_the_chart_pair_and_warns() -> None:
    sets = ["decode.containers[0].image=vllm,decode.containers[0].modelCommand=vllmServe",
            "decode.parallelism.tensor=4,decode.containers[0].resources.limits.nvidia\\.com/gpu=2",
            "prefill.create=false"]
    with pytest.warns(UserWarning, match=r"decode\.containers\[0\]\.resources\.limits\.nvidia\.com/gpu: would render"):
        output = template("demo", [], sets)
    resources = yaml.safe_load_all(output)
    pod = next(o for o in resources if o and o["kind"] == "Deployment")["spec"]["template"]["spec"]
    amounts = pod["containers"][0]["resources"]
    assert (str(amounts["limits"]["nvidia.com/gpu"]), amounts["requests"]["nvidia.com/gpu"]) == ("2", "4")
