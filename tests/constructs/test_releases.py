"""Release profiles: what each llm-d release changes in the typed API's output, and the component-contract
check of everything we emit against what that release's components accept."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from cdk8s import App, Chart
from cdk8s import Testing as Cdk8sTesting
from conftest import Synth, by_kind, one
from gateway_support import VLLM, model, server

from modelservice_constructs import (
    DecodePool,
    EndpointPicker,
    InferenceModelRewrite,
    InferenceObjective,
    InferencePool,
    LlmdRelease,
    LoraAdapter,
    LoraAdapters,
    ModelContainer,
    ModelServer,
    ModelServiceError,
    RewriteRule,
    RewriteTarget,
    RoutingSidecar,
    SchedulerConfig,
)
from modelservice_constructs.component_contracts import epp_config_problems, vllm_args_problems

RELEASES = [LlmdRelease.v0_8(), LlmdRelease.v0_9(), LlmdRelease.v0_10()]
ids = [r.tag for r in RELEASES]


def config_of(manifests: list[dict[str, Any]]) -> dict[str, Any]:
    [config_map] = [m for m in by_kind(manifests, "ConfigMap") if m["metadata"]["name"].endswith("-epp")]
    document: dict[str, Any] = yaml.safe_load(config_map["data"]["epp-config.yaml"])
    return document


def sidecar_of(manifests: list[dict[str, Any]], name: str = "opt-decode") -> dict[str, Any]:
    pod = one(manifests, "Deployment", name)["spec"]["template"]["spec"]
    sidecar: dict[str, Any] = pod["initContainers"][0]
    return sidecar


def test_the_newest_release_is_the_default() -> None:
    assert LlmdRelease.latest() == LlmdRelease.v0_10() == LlmdRelease.from_tag("0.10")
    assert LlmdRelease.SUPPORTED == ("v0.8.0", "v0.9.0", "v0.10.0")


def test_fails_an_unsupported_release() -> None:
    with pytest.raises(ModelServiceError, match=r"LlmdRelease.tag: 'v0.7' is not a supported llm-d router release; "
                                                r"supported: v0.8.0, v0.9.0, v0.10.0"):
        LlmdRelease.from_tag("v0.7")


@pytest.mark.parametrize("release", RELEASES, ids=ids)
def test_each_preset_of_each_release_passes_its_components_contract(release: LlmdRelease, synth: Synth) -> None:
    for preset in (SchedulerConfig.load_aware(), SchedulerConfig.prefill_decode()):
        document = preset.for_release(release).document
        assert epp_config_problems(document, release.router, "config") == []
        assert document["apiVersion"] == release.epp_config_api_version
        assert "featureGates" not in document
    app = Cdk8sTesting.app()
    chart = Chart(app, "test")
    pool = InferencePool(chart, "Pool", server=server(chart, release=release))
    picker = EndpointPicker(chart, "Picker", pool=pool)
    out = synth(chart)
    assert config_of(out) == picker.config.document
    assert one(out, "Deployment", "opt-epp")["spec"]["template"]["spec"]["containers"][0]["image"] == \
        release.epp_image


def test_images_config_group_and_sidecar_flags_follow_the_release(synth: Synth) -> None:
    seen: dict[str, tuple[Any, ...]] = {}
    for release in RELEASES:
        app = Cdk8sTesting.app()
        chart = Chart(app, "test")
        pool = InferencePool(chart, "Pool", server=server(chart, release=release))
        EndpointPicker(chart, "Picker", pool=pool)
        out = synth(chart)
        sidecar = sidecar_of(out)
        document = config_of(out)
        seen[release.tag] = (
            one(out, "Deployment", "opt-epp")["spec"]["template"]["spec"]["containers"][0]["image"],
            sidecar["image"], document["apiVersion"], sorted(a.split("=")[0] for a in sidecar["args"]),
            [p["type"] for p in document["plugins"]],
            one(out, "Role", "opt-epp")["rules"][2]["apiGroups"])
    assert seen["v0.8.0"][:3] == ("ghcr.io/llm-d/llm-d-inference-scheduler:v0.8.0",
                                  "ghcr.io/llm-d/llm-d-routing-sidecar:v0.8.0",
                                  "inference.networking.x-k8s.io/v1alpha1")
    assert seen["v0.9.0"][:3] == ("ghcr.io/llm-d/llm-d-router-endpoint-picker:v0.9.0",
                                  "ghcr.io/llm-d/llm-d-router-disagg-sidecar:v0.9.0", "llm-d.ai/v1alpha1")
    assert seen["v0.10.0"][:3] == ("ghcr.io/llm-d/llm-d-router-endpoint-picker:v0.10.0",
                                   "ghcr.io/llm-d/llm-d-router-disagg-sidecar:v0.10.0", "llm-d.ai/v1alpha1")
    # the sidecar's server-port and connector flags
    assert "--vllm-port" in seen["v0.9.0"][3] and "--kv-connector" in seen["v0.9.0"][3]
    assert "--model-server-port" in seen["v0.10.0"][3] and "--vllm-port" not in seen["v0.10.0"][3]
    assert "--connector" not in seen["v0.10.0"][3] + seen["v0.9.0"][3] + seen["v0.8.0"][3]
    # P/D: the header handler only where the profile handler does not set the header; the producer everywhere
    assert "disagg-headers-handler" in seen["v0.8.0"][4]
    assert "disagg-headers-handler" not in seen["v0.9.0"][4] + seen["v0.10.0"][4]
    assert all("approx-prefix-cache-producer" in seen[tag][4] for tag in seen)
    # objectives are read from the release's group (and the legacy one as a fallback)
    assert seen["v0.8.0"][5] == ["inference.networking.x-k8s.io"]
    assert seen["v0.10.0"][5] == ["llm-d.ai", "inference.networking.x-k8s.io"]


def test_a_release_set_for_the_app_reaches_every_server(synth: Synth) -> None:
    app = Cdk8sTesting.app()
    LlmdRelease.v0_9().use_in(app)
    chart = Chart(app, "test")
    created = server(chart)
    assert created.release == LlmdRelease.v0_9()
    assert sidecar_of(synth(chart))["image"].endswith("llm-d-router-disagg-sidecar:v0.9.0")
    own = server(chart, "other", release=LlmdRelease.v0_8())
    assert own.release == LlmdRelease.v0_8()


def test_fails_a_release_set_after_constructs_were_added(chart: Chart, app: App) -> None:
    with pytest.raises(ModelServiceError, match=r"LlmdRelease.use_in: the App already has children"):
        LlmdRelease.v0_9().use_in(app)


def test_fails_the_feature_gate_v0_8_refuses_naming_the_gate_and_the_release(chart: Chart) -> None:
    config = SchedulerConfig.from_dict({**SchedulerConfig.prefill_decode().for_release(LlmdRelease.v0_8()).document,
                                        "featureGates": ["prepareDataPlugins"]})
    pool = InferencePool(chart, "Pool", server=server(chart, release=LlmdRelease.v0_8()))
    with pytest.raises(ModelServiceError) as err:
        EndpointPicker(chart, "Picker", pool=pool, config=config)
    message = str(err.value)
    assert message.startswith("EndpointPicker.config.featureGates[0]: feature gate 'prepareDataPlugins' is not "
                              "registered in the endpoint picker of llm-d router v0.8.0, which exits at start")
    assert "dataLayer" in message  # the gates it has


def test_fails_an_unknown_plugin_and_parameter_with_the_nearest_name(chart: Chart) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart, release=LlmdRelease.v0_10()))
    text = """apiVersion: llm-d.ai/v1alpha1
kind: EndpointPickerConfig
plugins:
- type: queue-scorrer
- type: approx-prefix-cache-producer
  parameters: {blockSizeToken: 16}
schedulingProfiles:
- name: default
  plugins: [{pluginRef: queue-scorrer}]
"""
    with pytest.raises(ModelServiceError) as err:
        EndpointPicker(chart, "Picker", pool=pool, config=SchedulerConfig.from_yaml(text))
    lines = str(err.value).splitlines()
    assert lines[0] == ("EndpointPicker.config.plugins[0].type: plugin type 'queue-scorrer' is not registered in the "
                        "endpoint picker of llm-d router v0.10.0 (did you mean 'queue-scorer'?)")
    assert lines[1].startswith("EndpointPicker.config.plugins[1].parameters.blockSizeToken: is not a parameter of "
                               "plugin 'approx-prefix-cache-producer' in llm-d router v0.10.0, which decodes "
                               "parameters strictly and exits at start on an unknown one (did you mean "
                               "'blockSizeTokens'?)")


def test_v0_8_does_not_check_parameters_it_decodes_leniently() -> None:
    release = LlmdRelease.v0_8()
    document = {"apiVersion": "inference.networking.x-k8s.io/v1alpha1", "kind": "EndpointPickerConfig",
                "plugins": [{"type": "prefix-based-pd-decider", "parameters": {"anything": 1}}]}
    assert epp_config_problems(document, release.router, "c") == []


def test_fails_a_config_api_version_the_release_does_not_load(chart: Chart) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart, release=LlmdRelease.v0_8()))
    config = SchedulerConfig.from_dict({**SchedulerConfig.load_aware().for_release(LlmdRelease.v0_10()).document})
    with pytest.raises(ModelServiceError, match=r"EndpointPicker.config.apiVersion: 'llm-d.ai/v1alpha1' is not a "
                                                r"configuration apiVersion the endpoint picker of llm-d router v0.8.0 "
                                                r"loads; it loads inference.networking.x-k8s.io/v1alpha1"):
        EndpointPicker(chart, "Picker", pool=pool, config=config)


def test_fails_a_picker_flag_the_release_does_not_have(chart: Chart) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart))
    with pytest.raises(ModelServiceError, match=r"EndpointPicker.flags: --kv-cache-usage-treshold is not a flag of "
                                                r"the endpoint picker of llm-d router v0.10.0"):
        EndpointPicker(chart, "Picker", pool=pool, flags={"kv-cache-usage-treshold": "0.8"})


def test_fails_sidecar_tls_flags_removed_in_v0_10(chart: Chart) -> None:
    with pytest.raises(ModelServiceError) as err:
        server(chart, routing_sidecar=RoutingSidecar(prefiller_use_tls=True))
    assert str(err.value) == ("ModelServer.routing_sidecar: --prefiller-use-tls is not a flag of the routing sidecar "
                              "of llm-d router v0.10.0, which exits at start on an unknown flag; it is a flag of llm-d "
                              "router v0.9.0 (use --enable-tls=prefiller)")
    server(chart, "older", release=LlmdRelease.v0_9(), routing_sidecar=RoutingSidecar(prefiller_use_tls=True))


@pytest.mark.parametrize("release", [LlmdRelease.v0_8(), LlmdRelease.v0_9(), LlmdRelease.v0_10()], ids=str)
@pytest.mark.parametrize(("sampling", "arg"), [(True, "--enable-prefiller-sampling"),
                                               (False, "--enable-prefiller-sampling=false")])
def test_prefiller_sampling_is_a_sidecar_flag_of_every_release(chart: Chart, synth: Synth, release: LlmdRelease,
                                                               sampling: bool, arg: str) -> None:
    server(chart, release=release, routing_sidecar=RoutingSidecar(prefiller_sampling=sampling))
    decode = one(synth(chart), "Deployment", "opt-decode")["spec"]["template"]["spec"]
    sidecar = decode["initContainers"][0]
    assert sidecar["name"] == "routing-proxy" and sidecar["args"].count(arg) == 1
    assert not any(a.startswith("--enable-prefiller-sampling") for a in RoutingSidecar().container(8000, release)[
        "args"])


def test_fails_a_vllm_flag_the_releases_vllm_does_not_have(chart: Chart) -> None:
    created = ModelServer(chart, "M", name="m", model=model("m"))
    with pytest.raises(ModelServiceError) as err:
        DecodePool(created, "Decode", containers=[ModelContainer(image=VLLM, args=["--enforce-eager",
                                                                                    "--max-model-lenght", "4096"])])
    release = LlmdRelease.latest()
    assert str(err.value) == (f"DecodePool.containers[0].args: --max-model-lenght is not a flag of vllm serve of vLLM "
                              f"{release.vllm_version} (llm-d router {release.tag}), which exits at start on an "
                              "unknown flag (did you mean 'max-model-len'?)")


def test_vllm_flag_spellings_are_read_as_vllm_reads_them() -> None:
    contract = LlmdRelease.latest().vllm
    args = ["org/model", "--port", "8200", "--max_model_len=4096", "-tp", "2", "--no-enable-prefix-caching",
            "--compilation-config.level", "3", "--gpu-memory-utilization", "0.9", "--block-size=32"]
    assert vllm_args_problems(args, contract, "v", "p") == []


def test_a_user_vllm_serve_command_is_checked_too(chart: Chart) -> None:
    created = ModelServer(chart, "M", name="m", model=model("m"))
    with pytest.raises(ModelServiceError, match=r"DecodePool.containers\[0\].args: --bogus-flag is not a flag"):
        DecodePool(created, "Decode", containers=[ModelContainer(
            image=VLLM, model_command="custom", command=["vllm", "serve", "org/m", "--bogus-flag"])])


def test_block_size_follows_the_pools_and_a_mismatch_names_both_ends(synth: Synth) -> None:
    app = Cdk8sTesting.app()
    chart = Chart(app, "test")
    created = ModelServer(chart, "M", name="m", model=model("m"))
    DecodePool(created, "Decode", containers=[ModelContainer(image=VLLM, args=["--block-size", "32"])])
    pool = InferencePool(chart, "Pool", server=created)
    picker = EndpointPicker(chart, "Picker", pool=pool)
    producer = next(p for p in config_of(synth(chart))["plugins"] if p["type"] == "approx-prefix-cache-producer")
    assert producer["parameters"] == {"blockSizeTokens": 32} and picker.config.block_size == 32

    app = Cdk8sTesting.app()
    chart = Chart(app, "test")
    created = ModelServer(chart, "M", name="m", model=model("m"))
    DecodePool(created, "Decode", containers=[ModelContainer(image=VLLM, args=["--block-size", "32"])])
    pool = InferencePool(chart, "Pool", server=created)
    EndpointPicker(chart, "Picker", pool=pool, config=SchedulerConfig.load_aware(block_size=64))
    with pytest.raises(Exception, match=r"EndpointPicker 'm-epp' config: approx-prefix-cache-producer "
                                        r"blockSizeTokens is 64 but DecodePool 'm-decode' containers\[0\] runs vLLM "
                                        r"with --block-size 32"):
        app.synth_yaml()


def test_fails_a_pd_decider_without_the_prefix_producer(chart: Chart, app: App) -> None:
    pool = InferencePool(chart, "Pool", server=server(chart))
    document = SchedulerConfig.prefill_decode().for_release(LlmdRelease.latest()).document
    document["plugins"] = [p for p in document["plugins"] if p["type"] != "approx-prefix-cache-producer"]
    EndpointPicker(chart, "Picker", pool=pool, config=SchedulerConfig.from_dict(document))
    with pytest.raises(Exception, match="prefix-based-pd-decider reads the prompt blocks approx-prefix-cache-producer "
                                        "records, but the configuration has no approx-prefix-cache-producer"):
        app.synth_yaml()


@pytest.mark.parametrize("release", RELEASES, ids=ids)
def test_objectives_and_rewrites_are_in_the_releases_group(release: LlmdRelease, synth: Synth) -> None:
    app = Cdk8sTesting.app()
    chart = Chart(app, "test", namespace="llm")
    adapters = LoraAdapters(static=[LoraAdapter("opt-v1", "org/opt-v1"), LoraAdapter("opt-v2", "org/opt-v2")])
    pool = InferencePool(chart, "Pool", server=server(chart, release=release, lora=adapters))
    InferenceObjective(chart, "Objective", pool=pool, name="chat", priority=5)
    InferenceModelRewrite(chart, "Rewrite", pool=pool, name="canary", rules=[RewriteRule(
        model="opt", targets=[RewriteTarget("opt-v1", 90), RewriteTarget("opt-v2", 10)])])
    out = synth(chart)
    objective, rewrite = one(out, "InferenceObjective"), one(out, "InferenceModelRewrite")
    assert objective["apiVersion"] == rewrite["apiVersion"] == release.objectives_api_version
    assert objective["spec"] == {"poolRef": {"group": "inference.networking.k8s.io", "kind": "InferencePool",
                                             "name": "opt-pool"}, "priority": 5}
    assert rewrite["spec"]["rules"] == [{"matches": [{"model": {"type": "Exact", "value": "opt"}}], "targets": [
        {"modelRewrite": "opt-v1", "weight": 90}, {"modelRewrite": "opt-v2", "weight": 10}]}]
    assert objective["metadata"]["namespace"] == "llm"


def test_objectives_group_changed_with_v0_9() -> None:
    assert LlmdRelease.v0_8().objectives_api_version == "inference.networking.x-k8s.io/v1alpha2"
    assert LlmdRelease.v0_9().objectives_api_version == LlmdRelease.v0_10().objectives_api_version == \
        "llm-d.ai/v1alpha2"


def test_fails_a_rewrite_weight_out_of_range() -> None:
    with pytest.raises(ModelServiceError, match=r"RewriteTarget.weight: must be 1 to 1,000,000, got 0"):
        RewriteTarget("m", 0)


def test_sidecar_args_render_with_the_releases_flag_names() -> None:
    sidecar = RoutingSidecar()
    assert sidecar.args(8000, LlmdRelease.v0_8())[:3] == ["--port=8000", "--vllm-port=8200", "--kv-connector=nixlv2"]
    assert sidecar.args(8000, LlmdRelease.v0_10())[:3] == ["--port=8000", "--model-server-port=8200",
                                                           "--kv-connector=nixlv2"]
    assert "--secure-proxy=false" in sidecar.args(8000, LlmdRelease.v0_10())
