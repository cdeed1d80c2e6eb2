"""Model containers: flags and env variables the pool owns, accelerator requests equal to limits, requests at most
limits, ports that do not collide."""

from __future__ import annotations

import copy
import dataclasses
import re
from typing import Any

import pytest
import yaml
from cdk8s import Chart
from cdk8s import Testing as Cdk8sTesting  # renamed so pytest does not collect it
from conftest import Synth, one

from modelservice_constructs import (
    Accelerator,
    DecodePool,
    ModelArtifacts,
    ModelCommand,
    ModelContainer,
    ModelProbes,
    ModelServer,
    ModelServiceError,
    Parallelism,
    PoolWorkload,
    PrefillPool,
)
from modelservice_constructs.artifacts import TOKEN_VOLUME
from modelservice_constructs.cli import template
from modelservice_constructs.containers import (
    GENERATED_ONLY,
    RESERVED_FLAGS,
    ContainerContext,
    CustomCommand,
    ImageDefaultCommand,
    VllmServeCommand,
)

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


@pytest.mark.parametrize(("args", "message"), [
    (["--tensor-parallel-size", "4"], r"'--tensor-parallel-size' is set by the pool for vllmServe containers; set the "
                                      r"pool's Parallelism\.tensor instead"),
    (["--data-parallel-size", "2"], r"'--data-parallel-size' is set by the pool for vllmServe containers; set the "
                                    r"pool's Parallelism\.data instead"),
    (["--headless"], r"'--headless' is set by the pool for vllmServe containers; set the pool's Parallelism instead "
                     r"\(the pool starts headless the other workers of a group spanning a LeaderWorkerSet "
                     r"group; a headless vLLM serves no requests\)"),
    (["-dp=2"], r"'-dp=2' \(--data-parallel-size\) is set by the pool for vllmServe containers; set the pool's "
                r"Parallelism\.data instead"),
    (["--tensor_parallel_size=4"], r"'--tensor_parallel_size=4' \(--tensor-parallel-size\) is set by the pool"),
    (["-dpl", "2"], r"'-dpl' \(--data-parallel-size-local\) is set by the pool for vllmServe containers; set the "
                    r"pool's Parallelism\.data_local instead"),
    (["-dpa", "10.0.0.1"], r"'-dpa' \(--data-parallel-address\) is set by the pool for vllmServe containers; set "
                           r"the pool's Parallelism \(data, data_local and workers of a LeaderWorkerSet\) instead"),
    (["-dpp", "6000"], r"'-dpp' \(--data-parallel-rpc-port\) is set by the pool for vllmServe containers; set the "
                       r"pool's Parallelism\.rpc_port instead"),
    (["-dpr", "0"], r"'-dpr' \(--data-parallel-start-rank\) is set by the pool"),
    (["-pp", "2"], r"'-pp' \(--pipeline-parallel-size\) is set by the pool for vllmServe containers; set the "
                   r"pool's Parallelism\.pipeline instead"),
    (["--nnodes", "2"], r"'--nnodes' is set by the pool for vllmServe containers; set the pool's "
                        r"Parallelism\.nodes \(and tensor, pipeline\) instead"),
])
def test_fails_flags_the_pool_owns_when_their_size_is_left_out(chart: Chart, args: list[str], message: str) -> None:
    # a size of 1 is left to vLLM's default, yet the pod is sized for it
    with pytest.raises(ModelServiceError, match=rf"^DecodePool\.containers\[0\]\.args\[0\]: {message}"):
        DecodePool(_server(chart), "Decode", containers=[ModelContainer(image=VLLM, args=args)])


def test_fails_short_alias_of_a_generated_flag(chart: Chart) -> None:
    with pytest.raises(ModelServiceError) as caught:
        DecodePool(_server(chart), "Decode", parallelism=Parallelism(tensor=2), containers=[
            ModelContainer(image=VLLM, model_command="imageDefault", args=["--max-model-len", "4096", "-tp", "4"])])
    assert [str(p) for p in caught.value.problems] == [
        "DecodePool.containers[0].args[2]: '-tp' (--tensor-parallel-size) is set by the pool for imageDefault "
        "containers; set the pool's Parallelism.tensor instead"]


def test_flags_the_pool_does_not_own_are_free(chart: Chart, synth: Synth) -> None:
    # without ModelServer.kv_transfer the connector is the container's to configure
    server = ModelServer(chart, "Model", name="m", model=ModelArtifacts.from_uri("hf://org/model"), kv_transfer=None)
    DecodePool(server, "Decode", containers=[ModelContainer(image=VLLM, args=[
        "--max-model-len", "4096", "-q", "fp8", "--kv-transfer-config", '{"kv_connector":"NixlConnector"}'])])
    args = one(synth(chart), "Deployment")["spec"]["template"]["spec"]["containers"][0]["args"]
    assert args[-6:] == ["--max-model-len", "4096", "-q", "fp8", "--kv-transfer-config",
                         '{"kv_connector":"NixlConnector"}']


def test_fails_dotted_key_of_the_connector_flag(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"^DecodePool\.containers\[0\]\.args\[0\]: "
                                                r"'--kv-transfer-config\.kv_role=kv_consumer' \(--kv-transfer-config\) "
                                                r"is set by the pool for vllmServe containers; set "
                                                r"ModelServer\.kv_transfer instead$"):
        DecodePool(_server(chart), "Decode", containers=[ModelContainer(image=VLLM, args=[
            "--kv-transfer-config.kv_role=kv_consumer"])])


def test_custom_commands_own_their_flags(chart: Chart, synth: Synth) -> None:
    DecodePool(_server(chart), "Decode", containers=[ModelContainer(
        image=VLLM, model_command="custom", command=["vllm", "serve"],
        args=["org/model", "-tp", "1", "--port", "8200"])])
    assert synth(chart)


def test_fails_env_variable_the_pool_sets_otherwise(chart: Chart) -> None:
    with pytest.raises(ModelServiceError) as caught:
        DecodePool(_server(chart), "Decode", containers=[ModelContainer(image=VLLM, env=[
            {"name": "LOG_LEVEL", "value": "debug"}, {"name": "HF_HOME", "value": "/data"},
            {"name": "TP_SIZE", "value": "4"}])])
    assert [str(p) for p in caught.value.problems] == [
        "DecodePool.containers[0].env[1].name: HF_HOME is set by the pool for this container ('/model-cache'), after "
        "your entry ('/data'), which would be ignored; set ModelArtifacts.mount_path instead, or "
        "mount_model_volume=False on the container to set HF_HOME yourself",
        "DecodePool.containers[0].env[2].name: TP_SIZE is set by the pool for this container ('1'), after your entry "
        "('4'), which would be ignored; set the pool's Parallelism instead"]
    assert {p.code for p in caught.value.problems} == {"generated-env"}


def test_fails_accelerator_env_set_otherwise(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"^PrefillPool\.containers\[0\]\.env\[0\]\.name: "
                                                r"VLLM_WORKER_MULTIPROC_METHOD is set by the pool for this container "
                                                r"\('spawn'\), after your entry \('fork'\), which would be ignored; "
                                                r"set it in the env of the pool's Accelerator instead$"):
        PrefillPool(_server(chart), "Prefill", accelerator=Accelerator.intel_xe(), containers=[ModelContainer(
            image=VLLM, env=[{"name": "VLLM_WORKER_MULTIPROC_METHOD", "value": "fork"}])])


def test_fails_env_from_a_source_the_pool_sets_otherwise(chart: Chart) -> None:
    server = ModelServer(chart, "Model", name="m", model=ModelArtifacts.from_uri("hf://org/model",
                                                                                  auth_secret_name="hf"))
    with pytest.raises(ModelServiceError, match=r"^DecodePool\.containers\[0\]\.env\[0\]\.name: HF_TOKEN_PATH is set "
                                                r"by the pool for this container \('/.+/token'\), after your entry "
                                                r"\(valueFrom \{'secretKeyRef'.+\}\), which would be ignored; set "
                                                r"ModelArtifacts\.auth_secret_name instead, or leave it unset to give "
                                                r"the token yourself$"):
        DecodePool(server, "Decode", containers=[ModelContainer(image=VLLM, env=[
            {"name": "HF_TOKEN_PATH", "valueFrom": {"secretKeyRef": {"name": "other", "key": "path"}}}])])


def test_env_entry_that_agrees_with_the_pool_is_accepted(chart: Chart, synth: Synth) -> None:
    DecodePool(_server(chart), "Decode", containers=[ModelContainer(image=VLLM, env=[
        {"name": "TP_SIZE", "value": "1"}, {"name": "HF_HOME", "value": "/model-cache"}])])
    env = one(synth(chart), "Deployment")["spec"]["template"]["spec"]["containers"][0]["env"]
    assert [e["value"] for e in env if e["name"] == "TP_SIZE"] == ["1", "1"]


def test_env_of_a_container_without_the_model_volume_is_its_own(chart: Chart, synth: Synth) -> None:
    DecodePool(_server(chart), "Decode", containers=[ModelContainer(image=VLLM, mount_model_volume=False, env=[
        {"name": "HF_HOME", "value": "/data"}])])
    env = one(synth(chart), "Deployment")["spec"]["template"]["spec"]["containers"][0]["env"]
    assert [e["value"] for e in env if e["name"] == "HF_HOME"] == ["/data"]


def test_cache_variables_of_the_container_win_over_the_profile(chart: Chart, synth: Synth) -> None:
    DecodePool(_server(chart), "Decode", containers=[ModelContainer(image=VLLM, env=[
        {"name": "VLLM_CACHE_ROOT", "value": "/compile-cache"}], volume_mounts=[])])
    env = one(synth(chart), "Deployment")["spec"]["template"]["spec"]["containers"][0]["env"]
    assert [e["value"] for e in env if e["name"] == "VLLM_CACHE_ROOT"] == ["/compile-cache"]
    assert [e["value"] for e in env if e["name"] == "XDG_CACHE_HOME"] == ["/tmp/.cache"]


def test_fails_accelerator_limit_other_than_the_request(chart: Chart) -> None:
    with pytest.raises(ModelServiceError, match=r"^DecodePool\.containers\[0\]\.requests\.nvidia\.com/gpu: would "
                                                r"render nvidia\.com/gpu limits 4 and requests 2; Kubernetes requires"):
        DecodePool(_server(chart), "Decode", parallelism=Parallelism(tensor=4),
                   containers=[ModelContainer(image=VLLM, requests={"nvidia.com/gpu": "2"})])


def test_fails_an_accelerator_count_that_contradicts_the_parallelism(chart: Chart) -> None:
    with pytest.raises(ModelServiceError) as err:
        DecodePool(_server(chart), "Decode", parallelism=Parallelism(tensor=4),
                   containers=[ModelContainer(image=VLLM, limits={"nvidia.com/gpu": "2"})])
    assert str(err.value) == (
        "DecodePool.containers[0].limits.nvidia.com/gpu: 2 nvidia.com/gpu contradicts the pool's parallelism: vLLM "
        "starts tensor x data_local = 4 ranks on 4 devices; leave the limit out (the pool asks for 4) or change "
        "Parallelism")


def test_fails_a_pod_with_more_accelerators_than_a_node_has(chart: Chart) -> None:
    with pytest.raises(ModelServiceError) as err:
        DecodePool(_server(chart), "Decode", parallelism=Parallelism(tensor=16),
                   containers=[ModelContainer(image=VLLM)])
    assert str(err.value) == (
        "DecodePool.parallelism: each pod asks for 16 nvidia.com/gpu devices, more than one node of nvidia has "
        "(Accelerator.max_per_node: 8), so it would never be scheduled; spread it over the pods of a LeaderWorkerSet "
        "group (Parallelism.nodes, or data ranks over workers) or, for larger nodes, raise max_per_node")
    server = ModelServer(chart, "Big", name="big", model=ModelArtifacts.from_uri("hf://org/model"),
                         accelerator=dataclasses.replace(Accelerator.nvidia(), max_per_node=16))
    DecodePool(server, "Decode", parallelism=Parallelism(tensor=16), containers=[ModelContainer(image=VLLM)])


def test_accelerator_limit_and_request_given_together(chart: Chart, synth: Synth) -> None:
    DecodePool(_server(chart), "Decode", parallelism=Parallelism(tensor=2), containers=[ModelContainer(
        image=VLLM, limits={"nvidia.com/gpu": "2"}, requests={"nvidia.com/gpu": "2"})])
    resources = one(synth(chart), "Deployment")["spec"]["template"]["spec"]["containers"][0]["resources"]
    assert resources["limits"]["nvidia.com/gpu"] == resources["requests"]["nvidia.com/gpu"] == "2"


def test_fails_requests_above_limits(chart: Chart) -> None:
    with pytest.raises(ModelServiceError) as caught:
        DecodePool(_server(chart), "Decode", containers=[ModelContainer(
            image=VLLM, limits={"memory": "1Gi", "cpu": "1"}, requests={"memory": "2Gi", "cpu": "4"})])
    assert [str(p) for p in caught.value.problems] == [
        "DecodePool.containers[0].requests.memory: request 2Gi is above the memory limit 1Gi; Kubernetes rejects a "
        "container whose request exceeds its limit: lower the request or raise the limit",
        "DecodePool.containers[0].requests.cpu: request 4 is above the cpu limit 1; Kubernetes rejects a container "
        "whose request exceeds its limit: lower the request or raise the limit"]
    assert {p.code for p in caught.value.problems} == {"requests-above-limits"}


@pytest.mark.parametrize(("limit", "asked"), [("1", "1500m"), ("1G", "1Gi"), ("1e3", "1001"), ("1k", "1Ki"),
                                                ("0.5", "501m"), ("1Ti", "1.1Ti")])
def test_fails_request_above_limit_in_other_units(chart: Chart, limit: str, asked: str) -> None:
    with pytest.raises(ModelServiceError, match=rf"^PrefillPool\.containers\[0\]\.requests\.memory: request "
                                                rf"{re.escape(asked)} is above the memory limit {re.escape(limit)};"):
        PrefillPool(_server(chart), "Prefill", containers=[ModelContainer(
            image=VLLM, limits={"memory": limit}, requests={"memory": asked})])


@pytest.mark.parametrize(("limit", "asked"), [("1Gi", "1024Mi"), ("2", "2000m"), ("1e3", "1k"), ("16Gi", "8Gi"),
                                                ("1", "0.5")])
def test_request_at_most_its_limit_in_other_units(chart: Chart, synth: Synth, limit: str, asked: str) -> None:
    DecodePool(_server(chart), "Decode", containers=[ModelContainer(
        image=VLLM, limits={"memory": limit}, requests={"memory": asked})])
    assert synth(chart)


def test_default_requests_never_exceed_a_limit(chart: Chart, synth: Synth) -> None:
    # a limit alone is also the request: the profile's default request is not added under a small limit
    DecodePool(_server(chart), "Decode", containers=[ModelContainer(image=VLLM, limits={"cpu": "100m",
                                                                                        "memory": "64Mi"})])
    resources = one(synth(chart), "Deployment")["spec"]["template"]["spec"]["containers"][0]["resources"]
    assert "cpu" not in resources["requests"] and "memory" not in resources["requests"]


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
    with pytest.warns(UserWarning, match=r"decode\.containers\[0\]\.resources\.limits\.nvidia\.com/gpu: 2 "
                                         r"nvidia\.com/gpu contradicts the pool's parallelism"):
        output = template("demo", [], sets)
    resources = yaml.safe_load_all(output)
    pod = next(o for o in resources if o and o["kind"] == "Deployment")["spec"]["template"]["spec"]
    amounts = pod["containers"][0]["resources"]
    assert (str(amounts["limits"]["nvidia.com/gpu"]), amounts["requests"]["nvidia.com/gpu"]) == ("2", "4")


@pytest.mark.parametrize(("sets", "warning", "rendered"), [
    ("decode.containers[0].args[0]=-tp=4",
     r"decode\.containers\[0\]\.args\[0\]: '-tp=4' \(--tensor-parallel-size\) is set by the pool",
     lambda c: c["args"][-1] == "-tp=4"),
    ("decode.containers[0].env[0].name=DP_SIZE,decode.containers[0].env[0].value=four",
     r"decode\.containers\[0\]\.env\[0\]\.name: DP_SIZE is set by the pool for this container \('1'\)",
     lambda c: [e["value"] for e in c["env"] if e["name"] == "DP_SIZE"] == ["four", "1"]),
    ("decode.containers[0].resources.limits.cpu=1,decode.containers[0].resources.requests.cpu=4",
     r"decode\.containers\[0\]\.resources\.requests\.cpu: request 4 is above the cpu limit 1",
     lambda c: (c["resources"]["limits"]["cpu"], c["resources"]["requests"]["cpu"]) == (1, 4)),
])
def test_template_warns_and_renders_what_the_chart_renders(sets: str, warning: str, rendered: Any) -> None:
    base = "decode.containers[0].image=vllm,decode.containers[0].modelCommand=vllmServe,prefill.create=false"
    with pytest.warns(UserWarning, match=warning):
        output = template("demo", [], [base, sets])
    pod = next(o for o in yaml.safe_load_all(output) if o and o["kind"] == "Deployment")["spec"]["template"]["spec"]
    assert rendered(pod["containers"][0])


# -- model commands: each kind decides the command, the flags the pool owns, vLLM's port and the probes ------------


def _context(**fields: Any) -> ContainerContext:
    """A pool's context for a model ``org/model`` served as ``m`` on port 8200, tensor-parallel 2."""
    return ContainerContext(**{
        "role": "decode", "port": 8200, "model": ModelArtifacts.from_uri("hf://org/model", name="m"),
        "parallelism": Parallelism(tensor=2), "accelerator": Accelerator.nvidia(), "dra": False, "claim_names": [],
        "tracing": None, "tracing_service_name": "m", **fields})


def test_model_commands_are_one_instance_per_value() -> None:
    assert ModelCommand.values() == ("vllmServe", "imageDefault", "custom")
    commands = [ModelCommand.VLLM_SERVE, ModelCommand.IMAGE_DEFAULT, ModelCommand.CUSTOM]
    assert [type(c) for c in commands] == [VllmServeCommand, ImageDefaultCommand, CustomCommand]
    assert [c.value for c in commands] == [str(c) for c in commands] == list(ModelCommand.values())
    assert [ModelCommand.of(v) for v in ModelCommand.values()] == commands
    assert all(ModelCommand.of(c) is c and copy.deepcopy(c) is c for c in commands)
    assert ModelCommand.CUSTOM == "custom" and ModelCommand.CUSTOM != ModelCommand.IMAGE_DEFAULT


@pytest.mark.parametrize("value", ["vllmServe", "imageDefault", "custom"])
def test_a_command_given_by_value_is_its_instance(synth: Synth, value: str) -> None:
    def containers(model_command: ModelCommand | str) -> list[dict[str, Any]]:
        chart = Chart(Cdk8sTesting.app(), "test")
        DecodePool(_server(chart), "Decode", containers=[ModelContainer(
            image=VLLM, model_command=model_command, command=["serve.sh"] if value == "custom" else [],
            args=["--max-model-len", "4096"])])
        return list(one(synth(chart), "Deployment")["spec"]["template"]["spec"]["containers"])

    by_value, by_instance = containers(value), containers(ModelCommand.of(value))
    assert by_value == by_instance
    assert by_value[0]["args"][-2:] == ["--max-model-len", "4096"]
    assert ModelContainer(image=VLLM, model_command=value, command=["x"]).model_command is ModelCommand.of(value)


def test_fails_unknown_model_command() -> None:
    with pytest.raises(ModelServiceError, match=r"^ModelContainer\.model_command: 'vllm' is not one of vllmServe, "
                                                r"imageDefault, custom$"):
        ModelContainer(image=VLLM, model_command="vllm")


def test_each_command_decides_its_arguments() -> None:
    ctx = _context()
    served = ["--port", "8200", "--tensor-parallel-size", "2", "--served-model-name", "m", "--enforce-eager"]
    vllm = ModelContainer(image=VLLM, args=["--enforce-eager"])
    assert vllm.command_kind.model_args(vllm, ctx) == (["vllm", "serve"], ["org/model", *served])
    image = ModelContainer(image=VLLM, model_command="imageDefault", args=["--enforce-eager"])
    assert image.command_kind.model_args(image, ctx) == (None, ["--model", "org/model", *served])
    custom = ModelContainer(image=VLLM, model_command="custom", command=["serve.sh"], args=["--enforce-eager"])
    assert custom.command_kind.model_args(custom, ctx) == (["serve.sh"], ["--enforce-eager"])


def test_each_command_decides_the_flags_the_pool_owns() -> None:
    ctx = _context()
    vllm, image = ModelContainer(image=VLLM), ModelContainer(image=VLLM, model_command="imageDefault")
    custom = ModelContainer(image=VLLM, model_command="custom", command=["vllm", "serve", "org/model"])
    assert ModelCommand.VLLM_SERVE.generated_flags(vllm, ctx) == {"--port", "--tensor-parallel-size",
                                                                  "--served-model-name"}
    for container in (vllm, image):
        assert container.command_kind.owned_flags(container, ctx) == set(RESERVED_FLAGS) - set(GENERATED_ONLY)
    assert ModelCommand.CUSTOM.owned_flags(custom, ctx) == ModelCommand.CUSTOM.generated_flags(custom, ctx) == set()
    # a custom command runs vLLM with its flags when it is ``vllm serve``, yet the pool starts nothing in it
    assert [c.command_kind.runs_vllm(c) for c in (vllm, image, custom)] == [True, True, True]
    assert not ModelCommand.CUSTOM.runs_vllm(ModelContainer(image=VLLM, model_command="custom", command=["run.sh"]))
    assert [c.starts_vllm for c in (ModelCommand.VLLM_SERVE, ModelCommand.IMAGE_DEFAULT, ModelCommand.CUSTOM)] == [
        True, True, False]


def test_only_vllm_serve_joins_a_pod_group() -> None:
    ctx = _context(parallelism=Parallelism(data=4, data_local=2), pod_group=True, probes=ModelProbes())
    vllm, image = ModelContainer(image=VLLM), ModelContainer(image=VLLM, model_command="imageDefault")
    command, args = ModelCommand.VLLM_SERVE.model_args(vllm, ctx)
    assert args is None and command is not None and command[:2] == ["/bin/sh", "-c"]
    assert "--data-parallel-start-rank \"$START_RANK\"" in command[2]
    assert "--data-parallel-address" in ModelCommand.VLLM_SERVE.generated_flags(vllm, ctx)
    assert "--data-parallel-address" not in ModelCommand.IMAGE_DEFAULT.generated_flags(image, ctx)
    # the probes of a group's vLLM pass on the workers (only the leader serves)
    assert "exec" in ModelCommand.VLLM_SERVE.probes(ctx)["readinessProbe"]
    assert ModelCommand.IMAGE_DEFAULT.probes(ctx)["readinessProbe"]["httpGet"] == {"path": "/health", "port": 8200}
    assert ModelCommand.CUSTOM.probes(ctx) == {}


def test_custom_commands_get_no_port_token_file_or_probes(chart: Chart, synth: Synth) -> None:
    server = ModelServer(chart, "Model", name="m", model=ModelArtifacts.from_uri("hf://org/model",
                                                                                  auth_secret_name="hf-token"))
    PrefillPool(server, "Prefill", containers=[
        ModelContainer(image=VLLM),
        ModelContainer(image="exporter", name="exporter", model_command=ModelCommand.CUSTOM, command=["exporter"])])
    vllm, exporter = one(synth(chart), "Deployment")["spec"]["template"]["spec"]["containers"]
    assert vllm["ports"][-1] == {"name": "metrics", "containerPort": 8000, "protocol": "TCP"}
    assert {"readinessProbe", "startupProbe", "livenessProbe"} <= set(vllm)
    assert "HF_TOKEN_PATH" in {e["name"] for e in vllm["env"]}
    assert not {"ports", "readinessProbe", "startupProbe", "livenessProbe", "args"} & set(exporter)
    assert exporter["command"] == ["exporter"]
    # the token reaches the custom command as the variable, not as a file
    assert [e["name"] for e in exporter["env"] if e["name"].startswith("HF_TOKEN")] == ["HF_TOKEN"]
    assert TOKEN_VOLUME in {m["name"] for m in vllm["volumeMounts"]}
    assert TOKEN_VOLUME not in {m["name"] for m in exporter["volumeMounts"]}


def test_fails_connector_flag_of_a_pod_group_running_the_servers_connector(chart: Chart) -> None:
    # the group's script starts vLLM with the server's connector, which a second --kv-transfer-config would replace
    server = _server(chart)
    PrefillPool(server, "Prefill", containers=[ModelContainer(image=VLLM)])
    with pytest.raises(ModelServiceError, match=r"^DecodePool\.containers\[0\]\.args\[0\]: '--kv-transfer-config' "
                                                r"is set by the pool for vllmServe containers; set "
                                                r"ModelServer\.kv_transfer instead$"):
        DecodePool(server, "Decode", workload=PoolWorkload.leader_worker_set(),
                   parallelism=Parallelism(data=4, data_local=2),
                   containers=[ModelContainer(image=VLLM, args=["--kv-transfer-config", "{}"])])


class _ServerScript(ImageDefaultCommand):
    """A server image started through a wrapper script that takes vLLM's arguments."""

    __slots__ = ()

    value = "serverScript"

    def command_and_args(self, args: list[Any], ctx: ContainerContext) -> tuple[list[str] | None, list[Any] | None]:
        return ["/opt/serve.sh"], args


def test_a_command_of_your_own(chart: Chart, synth: Synth) -> None:
    DecodePool(_server(chart), "Decode",
               containers=[ModelContainer(image=VLLM, model_command=_ServerScript(), args=["--enforce-eager"])])
    vllm = one(synth(chart), "Deployment")["spec"]["template"]["spec"]["containers"][0]
    assert vllm["command"] == ["/opt/serve.sh"]
    assert vllm["args"][:2] == ["--model", "org/model"] and vllm["args"][-1] == "--enforce-eager"

    other = Chart(Cdk8sTesting.app(), "other")
    with pytest.raises(ModelServiceError, match=r"'--port' is set by the pool for serverScript containers"):
        DecodePool(_server(other), "Decode", containers=[
            ModelContainer(image=VLLM, model_command=_ServerScript(), args=["--port", "1"])])
