"""The component-contract check: upstream's own sample configurations of each release, and everything our
constructs emit for each release (every preset, sidecar and vLLM command line)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from cdk8s import Chart
from cdk8s import Testing as Cdk8sTesting
from conftest import SHARED, Synth, by_kind, missing_shared
from gateway_support import VLLM, model

from modelservice_constructs import (
    DecodePool,
    EndpointPicker,
    InferencePool,
    KvTransfer,
    LlmdRelease,
    ModelContainer,
    ModelServer,
    Parallelism,
    PoolWorkload,
    PrefillPool,
    RoutingSidecar,
    SchedulerConfig,
    StandaloneProxy,
    Tracing,
)
from modelservice_constructs.component_contracts import (
    DEPRECATED,
    epp_config_problems,
    sidecar_args_problems,
    vllm_args_problems,
)
from modelservice_constructs.containers import vllm_serve_args

SAMPLES = SHARED / "llm-d-router"
RELEASES = [LlmdRelease.from_tag(tag) for tag in LlmdRelease.SUPPORTED]

# What upstream itself ships broken: (tag, sample) -> what its own endpoint picker refuses.
BROKEN_UPSTREAM = {
    # the gate was registered in GAIE v1.4.0 and removed in v1.5.0, which v0.8.0 embeds
    ("v0.8.0", "pd-epp-config.yaml"): "feature gate 'prepareDataPlugins' is not registered",
    ("v0.8.0", "sim-epd-epp-config.yaml"): "feature gate 'prepareDataPlugins' is not registered",
    ("v0.8.0", "sim-epp-external-tokenizer-config.yaml"): "feature gate 'prepareDataPlugins' is not registered",
    ("v0.8.0", "sim-pd-epp-config.yaml"): "feature gate 'prepareDataPlugins' is not registered",
    # the producer's parameter is cacheSizeInMBPerServer, and parameters are decoded strictly since v0.9
    ("v0.9.0", "epp-mm-embeddings-cache-config.yaml"): "cacheSizeInMB: is not a parameter of plugin "
                                                       "'mm-embeddings-cache-producer'",
    ("v0.10.0", "epp-mm-embeddings-cache-config.yaml"): "cacheSizeInMB: is not a parameter of plugin "
                                                        "'mm-embeddings-cache-producer'",
}


def _samples() -> list[tuple[str, Path]]:
    if not SAMPLES.is_dir():
        return []
    return [(tag, path) for tag in LlmdRelease.SUPPORTED
            for path in sorted((SAMPLES / tag / "deploy" / "config").glob("*.yaml"))]


@pytest.mark.skipif(not SAMPLES.is_dir(), reason=missing_shared("llm-d-router"))
def test_upstreams_sample_configs_pass_except_those_upstream_ships_broken() -> None:
    refused: dict[tuple[str, str], list[str]] = {}
    for tag, path in _samples():
        for document in (d for d in yaml.safe_load_all(path.read_text()) if d):
            problems = [p for p in epp_config_problems(document, LlmdRelease.from_tag(tag).router, "sample",
                                                       experimental=True) if p.code != DEPRECATED]
            if problems:
                refused[(tag, path.name)] = [str(p) for p in problems]
    assert len(_samples()) >= 40
    assert set(refused) == set(BROKEN_UPSTREAM), refused
    for key, reason in BROKEN_UPSTREAM.items():
        assert any(reason in line for line in refused[key]), refused[key]


@pytest.mark.skipif(not SAMPLES.is_dir(), reason=missing_shared("llm-d-router"))
def test_experimental_samples_of_v0_10_need_the_flag() -> None:
    release = LlmdRelease.v0_10()
    needing = []
    for _, path in [s for s in _samples() if s[0] == release.tag]:
        for document in (d for d in yaml.safe_load_all(path.read_text()) if d):
            if any("--allow-experimental-plugins" in p.message
                   for p in epp_config_problems(document, release.router, "sample")):
                needing.append(path.name)
    assert "pd-topology-epp-config.yaml" in needing and "pd-epp-config.yaml" not in needing


@pytest.mark.parametrize("release", RELEASES, ids=[r.tag for r in RELEASES])
def test_everything_we_emit_for_a_release_passes_its_contract(release: LlmdRelease, synth: Synth) -> None:
    """Each preset, the sidecar with every option, and vLLM with every generated flag (parallelism, a
    data-parallel group spanning pods, the KV connector, tracing), for a Gateway and a standalone router."""
    app = Cdk8sTesting.app()
    chart = Chart(app, "test", namespace="llm")
    options = RoutingSidecar(zap_devel=True, zap_encoder="console", zap_log_level="debug", zap_stacktrace_level="error",
                             zap_time_encoding="iso8601", cert_path="/certs")
    server = ModelServer(chart, "M", name="m", model=model("m"), release=release, routing_sidecar=options,
                         kv_transfer=KvTransfer.nixl(), tracing=Tracing(otlp_endpoint="http://otel:4317"))
    DecodePool(server, "Decode", parallelism=Parallelism(tensor=2, data=4, data_local=2),
               workload=PoolWorkload.leader_worker_set(),
               containers=[ModelContainer(image=VLLM, args=["--block-size", "16", "--max_model_len=8192",
                                                            "--no-enable-prefix-caching", "--enforce-eager"])])
    PrefillPool(server, "Prefill", parallelism=Parallelism(tensor=4), containers=[ModelContainer(image=VLLM)])
    pool = InferencePool(chart, "Pool", server=server)
    EndpointPicker(chart, "Picker", pool=pool, replicas=2, proxy=StandaloneProxy())
    out = synth(chart)

    sidecars: list[dict[str, Any]] = []
    vllm_lines: list[list[str]] = []
    for workload in by_kind(out, "LeaderWorkerSet") + by_kind(out, "Deployment"):
        spec = workload["spec"]
        templates = [spec["leaderWorkerTemplate"][key] for key in ("leaderTemplate", "workerTemplate")
                     if key in spec.get("leaderWorkerTemplate", {})] or [spec["template"]]
        for template in templates:
            pod = template["spec"]
            sidecars += [c for c in pod.get("initContainers", []) if c["name"] == "routing-proxy"]
            vllm_lines += [a for c in pod["containers"] if (a := vllm_serve_args(c)) is not None]
    assert sidecars and len(vllm_lines) >= 2
    assert any("--headless" in line for line in vllm_lines)  # the workers of the data-parallel group
    for sidecar in sidecars:
        assert sidecar_args_problems(sidecar["args"], release.router, "s") == []
    for line in vllm_lines:
        assert vllm_args_problems(line, release.vllm, release.tag, "v") == []
    [config_map] = [c for c in by_kind(out, "ConfigMap") if c["metadata"]["name"] == "m-epp"]
    document = yaml.safe_load(config_map["data"]["epp-config.yaml"])
    assert epp_config_problems(document, release.router, "c") == []
    for preset in (SchedulerConfig.load_aware(), SchedulerConfig.prefill_decode(non_cached_tokens=0, block_size=64)):
        assert epp_config_problems(preset.for_release(release).document, release.router, "c") == []


def test_a_data_parallel_groups_shell_line_is_checked() -> None:
    container = {"command": ["/bin/sh", "-c", 'START_RANK=0\nexec vllm serve org/m --port 8200 '
                                              '--data-parallel-start-rank "$START_RANK" --bogus $HEADLESS']}
    assert vllm_serve_args(container) == ["org/m", "--port", "8200", "--data-parallel-start-rank", "$START_RANK",
                                          "--bogus", "--headless"]
    release = LlmdRelease.latest()
    [problem] = vllm_args_problems(vllm_serve_args(container) or [], release.vllm, release.tag, "v")
    assert problem.message.startswith("--bogus is not a flag of vllm serve")


def test_vllm_values_and_abbreviations_are_read_as_argparse_reads_them() -> None:
    release = LlmdRelease.v0_9()
    assert vllm_args_problems(["m", "--max-num-seq", "8", "-O3"], release.vllm, release.tag, "v") == []
    [problem] = vllm_args_problems(["m", "--kv-offloading-backend", "lmcach"], release.vllm, release.tag, "v")
    assert problem.message == ("--kv-offloading-backend=lmcach: vllm serve of vLLM v0.23.0 (llm-d router v0.9.0) "
                               "takes lmcache, native (did you mean 'lmcache'?)")


def test_a_sidecar_connector_the_release_does_not_have_is_refused() -> None:
    release = LlmdRelease.v0_8()
    [problem] = sidecar_args_problems(["--kv-connector=mooncake"], release.router, "ModelServer.routing_sidecar")
    assert str(problem) == ("ModelServer.routing_sidecar: --kv-connector=mooncake: the routing sidecar of llm-d router "
                            "v0.8.0 takes nixlv2, sglang, shared-storage")
