"""The examples of llm-d's guides run as `main(build)` apps: each writes its manifests, which validate against the
schemas and CEL rules, with no warning; what ties vLLM and the picker together holds in the output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT, one

from modelservice_constructs.validation import validate_objects

EXAMPLES = {"guide_optimized_baseline": ("optimized-baseline",), "guide_pd_disaggregation": ("pd-disaggregation",),
            "guide_precise_prefix_cache": ("precise-prefix-cache-routing",),
            "guide_tiered_prefix_cache": ("tiered-prefix-cache", "tiered-prefix-cache-fs",
                                          "tiered-prefix-cache-lmcache", "tiered-prefix-cache-lmcache-fs",
                                          "tiered-prefix-cache-mooncake", "tiered-prefix-cache-mooncake-fs"),
            "guide_lora_rollout": ("lora-adapter-rollout",), "guide_workload_autoscaling": ("workload-autoscaling",),
            "guide_wide_ep": ("wide-ep-lws",), "guide_epp_autoscaling": ("epp-autoscaling",),
            "guide_flow_control": ("flow-control",)}
"""Each example -> the files it writes (one per Chart)."""
OUTPUTS = [(example, output) for example, outputs in sorted(EXAMPLES.items()) for output in outputs]


def _run(example: str, out: Path, output: str | None = None) -> list[dict[str, Any]]:
    """The objects ``example`` writes to ``output`` (default: its only file)."""
    env = {**os.environ, "CDK8S_OUTDIR": str(out)}
    result = subprocess.run([sys.executable, f"examples/{example}.py"], cwd=ROOT, env=env, capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0 and result.stdout == "" and result.stderr == "", result.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{o}.k8s.yaml" for o in EXAMPLES[example])
    [name] = [output] if output is not None else EXAMPLES[example]
    return [o for o in yaml.safe_load_all((out / f"{name}.k8s.yaml").read_text()) if o]


@pytest.mark.parametrize(("example", "output"), OUTPUTS, ids=[o for _, o in OUTPUTS])
def test_the_example_writes_valid_manifests(example: str, output: str, tmp_path: Path) -> None:
    objects = _run(example, tmp_path, output)
    assert validate_objects(objects) == []
    pool = one(objects, "InferencePool")
    guide = pool["spec"]["selector"]["matchLabels"]["llm-d.ai/guide"]
    assert pool["metadata"]["name"] == guide and output in (guide, "workload-autoscaling")


def test_the_lora_example_rewrites_to_served_adapters(tmp_path: Path) -> None:
    objects = _run("guide_lora_rollout", tmp_path)
    env = {e["name"]: e.get("value") for e in one(objects, "Deployment", "lora-adapter-rollout-decode")["spec"][
        "template"]["spec"]["containers"][0]["env"]}
    assert env["VLLM_LORA_RESOLVER_CACHE_DIR"] == "/adapters"
    targets = one(objects, "InferenceModelRewrite")["spec"]["rules"][0]["targets"]
    assert targets == [{"modelRewrite": "small-segment-lora-v1", "weight": 90},
                       {"modelRewrite": "small-segment-lora-v2", "weight": 10}]


def test_the_precise_prefix_cache_example_ties_vllm_and_the_picker(tmp_path: Path) -> None:
    objects = _run("guide_precise_prefix_cache", tmp_path)
    args = one(objects, "Deployment", "precise-prefix-cache-routing-decode")["spec"]["template"]["spec"][
        "containers"][0]["args"]
    endpoint = json.loads(args[args.index("--kv-events-config") + 1])["endpoint"]
    config = yaml.safe_load(one(objects, "ConfigMap", "precise-prefix-cache-routing-epp")["data"]["epp-config.yaml"])
    producer = next(p["parameters"] for p in config["plugins"] if p["type"] == "precise-prefix-cache-producer")
    assert endpoint == f"tcp://*:{producer['kvEventsConfig']['podDiscoveryConfig']['socketPort']}"
    assert "--block-size=64" in args and producer["tokenProcessorConfig"]["blockSize"] == 64
    render = one(objects, "Service", "precise-prefix-cache-routing-epp-render")
    url = next(p["parameters"]["vllm"]["url"] for p in config["plugins"] if p["type"] == "token-producer")
    assert url == f"http://{render['metadata']['name']}:{render['spec']['ports'][0]['port']}"


def test_the_wide_ep_example_lists_every_rank(tmp_path: Path) -> None:
    objects = _run("guide_wide_ep", tmp_path)
    ports = [p["number"] for p in one(objects, "InferencePool")["spec"]["targetPorts"]]
    decode = one(objects, "LeaderWorkerSet", "wide-ep-lws-decode")["spec"]["leaderWorkerTemplate"]
    assert "leaderTemplate" not in decode  # every pod of the group serves its ranks: one template
    pod = decode["workerTemplate"]
    sidecar = pod["spec"]["initContainers"][0]
    assert ports == [p["containerPort"] for p in sidecar["ports"]] == list(range(8000, 8008))
    assert "--data-parallel-size=8" in sidecar["args"] and decode["size"] == 2
    assert pod["metadata"]["labels"]["llm-d.ai/inference-serving"] == "true"
    vllm = pod["spec"]["containers"][0]
    assert "--headless" not in vllm["command"][-1] and "--data-parallel-supervisor-port 8208" in vllm["command"][-1]
    assert vllm["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": 8208}


def test_the_epp_autoscaling_example_scales_each_role_on_its_picker(tmp_path: Path) -> None:
    objects = _run("guide_epp_autoscaling", tmp_path)
    picker = one(objects, "Deployment", "epp-autoscaling-epp")
    config = yaml.safe_load(one(objects, "ConfigMap", "epp-autoscaling-epp")["data"]["epp-config.yaml"])
    assert "flowControl" in config["featureGates"]
    monitor = one(objects, "PodMonitor", "epp-autoscaling-epp")
    assert monitor["spec"]["selector"]["matchLabels"].items() <= picker["spec"]["template"]["metadata"][
        "labels"].items()
    pods = 'pod=~"epp-autoscaling-epp-[0-9a-z]+-[0-9a-z]+"'
    for role, thresholds in (("decode", ["10", "64"]), ("prefill", ["4"])):
        scaler = one(objects, "ScaledObject", f"epp-autoscaling-{role}")
        assert scaler["spec"]["scaleTargetRef"]["name"] == f"epp-autoscaling-{role}"
        triggers = scaler["spec"]["triggers"]
        assert [t["metadata"]["threshold"] for t in triggers] == thresholds
        assert all(t["metadata"]["query"].startswith("sum(llm_d_epp_") and
                   f'{{namespace="llm-d-epp-autoscaling",{pods}' in t["metadata"]["query"] for t in triggers)
        assert 'inference_pool="epp-autoscaling"' in triggers[0]["metadata"]["query"]
