"""Property-based tests (hypothesis).

Random valid configurations, typed API and Helm values alike, always synthesize schema-valid output that is
byte-identical across runs and across PYTHONHASHSEED values; random invalid ones always raise
ModelServiceError (the CLI exits 1), never anything else.
"""

from __future__ import annotations

import contextlib
import copy
import io
import os
import re
import subprocess
import sys
import tempfile
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

import pytest
import yaml
from cdk8s import App, Chart
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from modelservice_constructs import (
    Accelerator,
    Autoscaling,
    DecodePool,
    Metric,
    ModelArtifacts,
    ModelContainer,
    ModelServer,
    ModelServiceError,
    ModelServiceWarning,
    NodeAffinity,
    Parallelism,
    PodMonitoring,
    PodOptions,
    PoolWorkload,
    PrefillPool,
    RoutingSidecar,
    ServerBackend,
    Tracing,
)
from modelservice_constructs.cli import main, template
from modelservice_constructs.validation import validate_objects
from modelservice_constructs.values.loader import chart_defaults, merge
from modelservice_constructs.values.schema import SCHEMA

pytestmark = pytest.mark.slow  # several minutes: `make test-fast` skips them

ROOT = Path(__file__).resolve().parent.parent
DNS_LABEL = re.compile(r"[a-z0-9]([-a-z0-9]*[a-z0-9])?")
HEALTH = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large,
          HealthCheck.filter_too_much]


def props(n: int) -> settings:
    """Settings of one property: ``n`` examples, no deadline (a synth costs 30-300 ms), derandomized (every run
    tries the same examples, so a run fails or passes reproducibly), no example database, and no explain phase
    (it re-runs a failing case many times to no benefit here)."""
    return settings(max_examples=n, deadline=None, database=None, derandomize=True, suppress_health_check=HEALTH,
                    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink])


# -- building blocks ----------------------------------------------------------------------------------------------


def dns_label(max_len: int = 63) -> st.SearchStrategy[str]:
    return st.from_regex(rf"[a-z0-9](?:[-a-z0-9]{{0,{max_len - 2}}}[a-z0-9])?", fullmatch=True)


NAME = st.one_of(st.sampled_from(["opt", "llama", "m1", "qwen-3"]), dns_label(55))
SHORT_LABEL = dns_label(20)
LABEL_NAME = st.from_regex(r"[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,20}[A-Za-z0-9])?", fullmatch=True)
SUBDOMAIN = st.lists(dns_label(12), min_size=1, max_size=3).map(".".join)
LABEL_KEY = st.one_of(LABEL_NAME, st.builds(lambda p, n: f"{p}/{n}", SUBDOMAIN, LABEL_NAME))
LABEL_VALUE = st.one_of(st.just(""), LABEL_NAME)
LABELS = st.dictionaries(LABEL_KEY, LABEL_VALUE, min_size=1, max_size=3)
TEXT = st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=16)
PLAIN_TEXT = TEXT.filter(lambda s: "{{" not in s)  # Helm values render env and ports as templates
PORT = st.integers(1, 65535)
PORT_NAME = st.from_regex(r"[a-z][a-z0-9]{0,6}(?:-[a-z0-9]{1,6})?", fullmatch=True)
ENV_NAME = st.from_regex(r"APP_[A-Z0-9_]{1,10}", fullmatch=True)
SEGMENT = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._-]{0,15}", fullmatch=True)
QUANTITY = st.one_of(
    st.integers(1, 64).map(str),
    st.builds(lambda n, s: f"{n}{s}", st.integers(1, 999), st.sampled_from(["m", "Ki", "Mi", "Gi", "k", "M", "G"])),
    st.sampled_from(["2", "500m", "16Gi", "0.5", "1.5Gi", "1e3"]),
)
IMAGES = ["ghcr.io/llm-d/llm-d-cuda:latest", "ghcr.io/llm-d/llm-d-inference-sim:v0.4.0",
          "vllm/vllm-openai:v0.11.0", "registry.example.com/team/server@sha256:" + "a" * 64]
EFFECTS = st.sampled_from(["NoSchedule", "PreferNoSchedule", "NoExecute"])
TOLERATION = st.one_of(
    st.builds(lambda k, e: {"key": k, "operator": "Exists", "effect": e}, LABEL_KEY, EFFECTS),
    st.builds(lambda k, v, e: {"key": k, "operator": "Equal", "value": v, "effect": e}, LABEL_KEY, LABEL_VALUE,
              EFFECTS),
    st.builds(lambda s: {"key": "node.kubernetes.io/unreachable", "operator": "Exists", "effect": "NoExecute",
                         "tolerationSeconds": s}, st.integers(0, 3600)),
)
HF_URI = st.builds(lambda o, m: f"hf://{o}/{m}", SEGMENT, SEGMENT)
PVC_URI = st.builds(lambda c, p: f"pvc://{c}/{'/'.join(p)}", dns_label(40), st.lists(SEGMENT, min_size=1, max_size=3))
PVC_HF_URI = st.builds(lambda c, cache, o, m: f"pvc+hf://{c}/" + "/".join([*cache, o, m]),
                       dns_label(40), st.lists(SEGMENT, max_size=2), SEGMENT, SEGMENT)
MODEL_URI = st.one_of(HF_URI, PVC_URI, PVC_HF_URI)

ACCELERATORS: dict[str, Callable[[], Accelerator]] = {
    "nvidia": Accelerator.nvidia, "amd": Accelerator.amd, "intel-i915": Accelerator.intel_i915,
    "intel-xe": Accelerator.intel_xe, "intel": Accelerator.intel, "intel-gaudi": Accelerator.intel_gaudi,
    "google": Accelerator.google_tpu, "rebellions-atom": Accelerator.rebellions_atom, "cpu": Accelerator.cpu,
}
DRA_CAPABLE = sorted(k for k, f in ACCELERATORS.items() if f().device_claim is not None)
WITH_RESOURCE = sorted(k for k, f in ACCELERATORS.items() if f().resource)
# Helm values: accelerator types of the chart defaults (resources), and those with claim templates (DRA).
HELM_TYPES = ["nvidia", "amd", "intel-i915", "intel-xe", "intel-gaudi", "google", "rebellions-atom", "cpu"]
HELM_DRA_TYPES = ["nvidia", "amd", "intel", "intel-i915", "intel-xe", "intel-gaudi", "google"]


@st.composite
def parallelism_specs(draw: st.DrawFn, multinode: bool = True, devices: int = 8) -> dict[str, int | None]:
    """Mutually consistent sizes: data = data_local x workers, any of the three left to be derived; one worker
    (a data-parallel group within the pod) unless ``multinode``; at most ``devices`` a container (tensor x
    data_local), so that a pod fits a node of 8."""
    tensor = draw(st.integers(1, devices))
    local = draw(st.integers(1, max(1, min(4, devices // tensor))))
    workers = draw(st.integers(1, 4)) if multinode else 1
    keep = draw(st.sets(st.sampled_from(["data", "data_local", "workers"])))
    full = {"data": local * workers, "data_local": local, "workers": workers}
    return {"tensor": tensor, **{k: (v if k in keep else None) for k, v in full.items()}}


def parse(text: str) -> list[dict[str, Any]]:
    return [o for o in yaml.safe_load_all(text) if o]


# -- typed API: valid configurations -------------------------------------------------------------------------------


@st.composite
def container_specs(draw: st.DrawFn, name: str, port_names: list[str], ports: list[int],
                    serves: bool = True) -> dict[str, Any]:
    """A container; the pool starts vLLM only in one of a pod's containers (``serves``)."""
    command_kind = draw(st.sampled_from(["vllmServe", "imageDefault", "custom"])) if serves else "custom"
    limits = draw(st.dictionaries(st.sampled_from(["cpu", "memory", "ephemeral-storage"]), QUANTITY, max_size=3))
    requests = {k: v for k, v in limits.items() if draw(st.booleans())}
    image = draw(st.sampled_from(IMAGES))
    return {
        "image": image,
        # an image that runs as root needs the profile's runAsNonRoot turned off
        **({"security_context": {"runAsNonRoot": False}} if image.startswith("vllm/") else {}),
        "name": name,
        "model_command": command_kind,
        "command": draw(st.lists(TEXT.filter(bool), min_size=1, max_size=3)) if command_kind == "custom" else [],
        "args": draw(st.lists(TEXT, max_size=3)),
        "env": [{"name": k, "value": v} for k, v in draw(st.dictionaries(ENV_NAME, TEXT, max_size=3)).items()],
        "ports": [{"name": n, "containerPort": p} for n, p in zip(port_names, ports, strict=True)],
        "limits": limits,
        "requests": requests,
        "mount_model_volume": draw(st.booleans()),
    }


@st.composite
def pool_specs(draw: st.DrawFn, role: str, server: dict[str, Any]) -> dict[str, Any]:
    count = draw(st.integers(1, 3))
    names = draw(st.lists(SHORT_LABEL.filter(lambda n: n != "routing-proxy"), min_size=count, max_size=count,
                          unique=True))
    port_names = draw(st.lists(PORT_NAME.filter(lambda n: n != "nixl"), max_size=4, unique=True))
    # ports of one pod are distinct, and none is the routing sidecar's, vLLM's, the NIXL side channel's or the
    # data-parallel RPC port's
    taken = {server["service_port"], server["target_port"], 5600, 5555}
    ports = draw(st.lists(PORT.filter(lambda p: p not in taken), min_size=len(port_names),
                          max_size=len(port_names), unique=True))
    containers = [draw(container_specs(n, port_names[i::count], ports[i::count], serves=i == 0))
                  for i, n in enumerate(names)]
    accelerator = draw(st.one_of(st.none(), st.sampled_from(sorted(ACCELERATORS))))
    effective = accelerator or server["accelerator"]
    capable = effective in DRA_CAPABLE
    dra_choices: list[bool | None] = [False]
    if capable:
        dra_choices += [True, None]
    elif not server["dra"]:
        dra_choices.append(None)
    if effective not in WITH_RESOURCE and effective != "cpu":  # devices through DRA only
        dra_choices = [True, *([None] if server["dra"] else [])]
    dra = draw(st.sampled_from(dra_choices))
    use_dra = server["dra"] if dra is None else dra
    multinode = draw(st.booleans())
    devices = max(1, 8 // len(containers))  # every container gets the pool's count: a pod fits a node of 8
    parallelism = draw(st.one_of(st.none(), parallelism_specs(multinode, devices).filter(
        lambda sizes: Parallelism(**sizes).accelerators_per_worker <= devices)))
    if not use_dra and effective in WITH_RESOURCE and draw(st.booleans()):
        resource = ACCELERATORS[effective]().resource
        # the devices set by hand, as many as the parallelism needs (tensor x data_local)
        count_text = str(Parallelism(**parallelism).accelerators_per_worker if parallelism else 1)
        containers[0]["limits"] = {**containers[0]["limits"], resource: count_text}
        containers[0]["requests"] = {**containers[0]["requests"], resource: count_text}
    monitoring = None
    if port_names and draw(st.booleans()):
        monitoring = {"port_name": draw(st.sampled_from(port_names)), "path": draw(st.sampled_from(["/metrics", "/m"])),
                      "interval": draw(st.sampled_from(["30s", "15s", "1m"])),
                      "labels": draw(st.dictionaries(LABEL_KEY, LABEL_VALUE, max_size=2))}
    return {
        "role": role,
        "containers": containers,
        "replicas": draw(st.integers(0, 5)),
        "parallelism": parallelism,
        "accelerator": accelerator,
        "dra": dra,
        "multinode": multinode,
        "node_affinity": draw(st.one_of(st.none(), st.fixed_dictionaries({
            "label_key": LABEL_KEY, "label_values": st.lists(LABEL_NAME, min_size=1, max_size=3)}))),
        "tolerations": draw(st.lists(TOLERATION, max_size=2)),
        "annotations": draw(st.dictionaries(LABEL_KEY, TEXT, max_size=2)),
        "pod_annotations": draw(st.dictionaries(LABEL_KEY, TEXT, max_size=2)),
        "node_selector": draw(st.dictionaries(LABEL_KEY, LABEL_VALUE, max_size=2)),
        "monitoring": monitoring,
        "autoscaling": draw(st.sampled_from([None, "hpa", "keda"])),
    }


@st.composite
def typed_specs(draw: st.DrawFn) -> dict[str, Any]:
    service_port = draw(PORT)
    target_port = draw(st.one_of(st.none(), PORT.filter(lambda p: p != service_port)))
    accelerator = draw(st.sampled_from(sorted(ACCELERATORS)))
    server = {
        "name": draw(NAME),
        "uri": draw(MODEL_URI),
        "model_name": draw(st.one_of(st.none(), TEXT.filter(str.strip))),
        "labels": draw(LABELS),
        "size": draw(st.one_of(st.none(), QUANTITY)),
        "mount_path": draw(st.sampled_from(["/model-cache", "/models", "/mnt/m"])),
        "service_port": service_port,
        "target_port": target_port,
        "accelerator": accelerator,
        "dra": accelerator in DRA_CAPABLE and draw(st.booleans()),
        "tracing": draw(st.booleans()),
        "namespace": draw(st.one_of(st.none(), SHORT_LABEL)),
    }
    roles = draw(st.sampled_from([["decode"], ["prefill"], ["decode", "prefill"]]))
    pools = [draw(pool_specs(role, server)) for role in roles]
    # the DisaggregatedSet backend: both roles, a name leaving room for the controller's names, one slice,
    # and fixed replicas all 0 or all more than 0
    disaggregated = len(roles) == 2 and len(server["name"]) <= 30 and draw(st.booleans())
    if disaggregated and (pools[0]["replicas"] == 0) != (pools[1]["replicas"] == 0):
        pools[1]["replicas"] = pools[0]["replicas"]
    return {"server": server, "pools": pools, "disaggregated": disaggregated}


def build_typed(spec: dict[str, Any], synth: bool = True) -> str:
    """Construct the spec in a fresh App and return its synthesized YAML (or "" when not ``synth``)."""
    app = App()
    chart = Chart(app, "c")
    s = spec["server"]
    model = ModelArtifacts.from_uri(s["uri"], name=s["model_name"], labels=s["labels"], size=s["size"],
                                    mount_path=s["mount_path"])
    sidecar = None if s["target_port"] is None else RoutingSidecar(target_port=s["target_port"])
    server = ModelServer(chart, "Server", name=s["name"], model=model, service_port=s["service_port"],
                         routing_sidecar=sidecar, accelerator=ACCELERATORS[s["accelerator"]](), dra=s["dra"],
                         tracing=Tracing() if s["tracing"] else None, namespace=s["namespace"],
                         backend=ServerBackend.disaggregated_set() if spec.get("disaggregated") else None)
    for p in spec["pools"]:
        pool_class = DecodePool if p["role"] == "decode" else PrefillPool
        workload = PoolWorkload.leader_worker_set() if p["multinode"] else PoolWorkload.deployment()
        autoscaling = None
        if p.get("autoscaling") == "hpa":
            autoscaling = Autoscaling.hpa(max_replicas=4, metrics=[Metric.queue_length(), Metric.kv_cache_usage()])
        elif p.get("autoscaling") == "keda":
            # on vLLM's queue only where the model has a namespace to scope the query, else on CPU
            metrics = [Metric.queue_length(8)] if spec["server"]["namespace"] else []
            autoscaling = Autoscaling.keda(min_replicas=1, max_replicas=4, prometheus_address="http://prom:9090",
                                           metrics=[*metrics, Metric.cpu_utilization(80)])
        pool_class(server, p["role"].title(),
                   containers=[ModelContainer(**c) for c in p["containers"]],
                   replicas=p["replicas"],
                   autoscaling=autoscaling,
                   parallelism=None if p["parallelism"] is None else Parallelism(**p["parallelism"]),
                   accelerator=ACCELERATORS[p["accelerator"]]() if p["accelerator"] else None,
                   dra=p["dra"],
                   workload=None if spec.get("disaggregated") else workload,
                   pod=PodOptions(node_affinity=NodeAffinity(**p["node_affinity"]) if p["node_affinity"] else None,
                                  tolerations=p["tolerations"], node_selector=p["node_selector"]),
                   annotations=p["annotations"], pod_annotations=p["pod_annotations"],
                   monitoring=PodMonitoring(**p["monitoring"]) if p["monitoring"] else None)
    return str(app.synth_yaml()) if synth else ""


@props(30)
@given(spec=typed_specs())
def test_typed_api_valid_configs_synthesize_schema_valid_deterministic_yaml(spec: dict[str, Any]) -> None:
    first = build_typed(spec)
    objects = parse(first)
    assert validate_objects(objects) == []
    workloads = [o for o in objects if o["kind"] in ("Deployment", "LeaderWorkerSet")]
    names = sorted(o["metadata"]["name"] for o in workloads)
    if spec["disaggregated"]:  # one DisaggregatedSet, a role per pool
        [ds] = [o for o in objects if o["kind"] == "DisaggregatedSet"]
        names = sorted(f"{ds['metadata']['name']}-{r['name']}" for r in ds["spec"]["roles"])
    assert names == sorted(f"{spec['server']['name']}-{p['role']}" for p in spec["pools"])
    scalers = [o for o in objects if o["kind"] in ("HorizontalPodAutoscaler", "ScaledObject")]
    assert sorted(o["metadata"]["name"] for o in scalers) == sorted(
        f"{spec['server']['name']}-{p['role']}" for p in spec["pools"] if p["autoscaling"])
    assert build_typed(spec) == first


# -- typed API: invalid props ---------------------------------------------------------------------------------------

BAD_LABEL_NAMES = st.one_of(
    st.sampled_from(["Bad_Name", "-x", "x-", "a.b", "UPPER", "a_b", "", "x" * 64, "é"]),
    st.text(max_size=10).filter(lambda s: not DNS_LABEL.fullmatch(s)),
)
BAD_LABEL_VALUES = st.sampled_from(["bad value", "-x", "x-", "a/b", "x" * 64, "é", "a:b", "_x"])
BAD_LABEL_KEYS = st.sampled_from(["bad key", "-x", "x-", "/x", "a/b/c", "Bad_Domain/x", "x/", "x" * 64, "é"])
BAD_PORTS = st.sampled_from([0, -1, 65536, 99999])
BAD_QUANTITIES = st.sampled_from(["lots", "1GB", "1.2.3", "", "Gi", "1 Gi", "--1", "0x10"])
BAD_URIS = st.one_of(
    st.sampled_from(["s3://x", "pvc://", "pvc://claim", "pvc://claim/", "hf://", "pvc+hf://c/m", "nonsense",
                     "pvc://Bad_Claim/x", "gs://bucket/m", "://x", "hf:/x", "pvc+hf:///a/b", "pvc:///x"]),
    st.builds(lambda s, r: f"{s}://{r}", st.from_regex(r"[a-z][a-z0-9+.-]{0,6}", fullmatch=True)
              .filter(lambda s: s not in ("hf", "pvc", "pvc+hf", "oci")), SEGMENT),
)
UNKNOWN_COMMANDS = st.text(max_size=12).filter(lambda s: s not in ("vllmServe", "imageDefault", "custom"))


def _pool(draw: st.DrawFn, spec: dict[str, Any], role: str | None = None) -> dict[str, Any]:
    pools = [p for p in spec["pools"] if role is None or p["role"] == role]
    if not pools:
        pools = [draw(pool_specs(role or "prefill", spec["server"]))]
        spec["pools"] = [p for p in spec["pools"] if p["role"] != pools[0]["role"]] + pools
    pool: dict[str, Any] = draw(st.sampled_from(pools))
    return pool


def _container(draw: st.DrawFn, spec: dict[str, Any]) -> dict[str, Any]:
    container: dict[str, Any] = draw(st.sampled_from(_pool(draw, spec)["containers"]))
    return container


def _no_dra_limits(spec: dict[str, Any], accelerator: str) -> None:
    """Make every pool use ``accelerator`` through the server's setting, with no device-plugin limits."""
    resources = {f().resource for f in ACCELERATORS.values() if f().resource}
    for p in spec["pools"]:
        p["accelerator"], p["dra"] = None, None
        for c in p["containers"]:
            c["limits"] = {k: v for k, v in c["limits"].items() if k not in resources}
            c["requests"] = {k: v for k, v in c["requests"].items() if k not in resources}
    spec["server"]["accelerator"] = accelerator


def t_parallelism_nonpositive(draw: st.DrawFn, spec: dict[str, Any]) -> None:
    pool = _pool(draw, spec)
    sizes = dict(pool["parallelism"] or {"tensor": 1})
    sizes[draw(st.sampled_from(["tensor", "data", "data_local", "workers"]))] = draw(st.integers(-5, 0))
    pool["parallelism"] = sizes


def t_parallelism_data_not_multiple_of_workers(draw: st.DrawFn, spec: dict[str, Any]) -> None:
    workers = draw(st.integers(2, 6))
    data = draw(st.integers(1, 40).filter(lambda d: d % workers))
    _pool(draw, spec)["parallelism"] = {"tensor": 1, "data": data, "workers": workers}


def t_parallelism_data_not_multiple_of_data_local(draw: st.DrawFn, spec: dict[str, Any]) -> None:
    local = draw(st.integers(2, 6))
    data = draw(st.integers(1, 40).filter(lambda d: d % local))
    pool = _pool(draw, spec)
    pool["parallelism"], pool["multinode"] = {"tensor": 1, "data": data, "data_local": local}, True


def t_empty_image(draw: st.DrawFn, spec: dict[str, Any]) -> None:
    _container(draw, spec)["image"] = draw(st.sampled_from(["", " ", "\t"]))


def t_bad_container_name(draw: st.DrawFn, spec: dict[str, Any]) -> None:
    _container(draw, spec)["name"] = draw(BAD_LABEL_NAMES)


def t_duplicate_container_names(draw: st.DrawFn, spec: dict[str, Any]) -> None:
    pool = _pool(draw, spec)
    pool["containers"].append({**copy.deepcopy(draw(st.sampled_from(pool["containers"]))), "ports": []})


def t_routing_proxy_container_name(draw: st.DrawFn, spec: dict[str, Any]) -> None:
    if spec["server"]["target_port"] is None:
        spec["server"]["target_port"] = 8200 if spec["server"]["service_port"] != 8200 else 8201
    pool = _pool(draw, spec, "decode")
    draw(st.sampled_from(pool["containers"]))["name"] = "routing-proxy"


def t_bad_container_port(draw: st.DrawFn, spec: dict[str, Any]) -> None:
    _container(draw, spec)["ports"] = [{"name": "http", "containerPort": draw(BAD_PORTS)}]


def t_bad_quantity(draw: st.DrawFn, spec: dict[str, Any]) -> None:
    container = _container(draw, spec)
    kind = draw(st.sampled_from(["limits", "requests"]))
    container[kind] = {**container[kind], draw(st.sampled_from(["cpu", "memory"])): draw(BAD_QUANTITIES)}


def t_unknown_model_command(draw: st.DrawFn, spec: dict[str, Any]) -> None:
    _container(draw, spec)["model_command"] = draw(UNKNOWN_COMMANDS)


def t_custom_without_command(draw: st.DrawFn, spec: dict[str, Any]) -> None:
    container = _container(draw, spec)
    container["model_command"], container["command"] = "custom", []


def t_bad_model_uri(draw: st.DrawFn, spec: dict[str, Any]) -> None:
    spec["server"]["uri"] = draw(BAD_URIS)
    spec["server"]["model_name"] = spec["server"]["model_name"] or "m"


def t_oci_uri_with_vllm_command(draw: st.DrawFn, spec: dict[str, Any]) -> None:
    spec["server"]["uri"] = "oci://registry.example.com/models/m:1"
    _container(draw, spec)["model_command"] = draw(st.sampled_from(["vllmServe", "imageDefault"]))


def t_bad_model_label(draw: st.DrawFn, spec: dict[str, Any]) -> None:
    bad = draw(st.one_of(st.tuples(BAD_LABEL_KEYS, st.just("v")), st.tuples(LABEL_NAME, BAD_LABEL_VALUES)))
    spec["server"]["labels"] = {**spec["server"]["labels"], bad[0]: bad[1]}


def t_relative_mount_path(draw: st.DrawFn, spec: dict[str, Any]) -> None:
    spec["server"]["mount_path"] = draw(st.sampled_from(["model-cache", "", "./m", "~/m"]))


def t_bad_server_name(draw: st.DrawFn, spec: dict[str, Any]) -> None:
    spec["server"]["name"] = draw(st.one_of(BAD_LABEL_NAMES, st.just("a" * 56)))


def t_bad_service_port(draw: st.DrawFn, spec: dict[str, Any]) -> None:
    spec["server"]["service_port"] = draw(BAD_PORTS)
    spec["server"]["target_port"] = None if spec["server"]["target_port"] is None else 8200


def t_bad_sidecar_port(draw: st.DrawFn, spec: dict[str, Any]) -> None:
    spec["server"]["target_port"] = draw(st.one_of(BAD_PORTS, st.just(spec["server"]["service_port"])))


def t_negative_replicas(draw: st.DrawFn, spec: dict[str, Any]) -> None:
    _pool(draw, spec)["replicas"] = draw(st.integers(-10, -1))


def t_node_affinity_without_values(draw: st.DrawFn, spec: dict[str, Any]) -> None:
    _pool(draw, spec)["node_affinity"] = draw(st.one_of(
        st.fixed_dictionaries({"label_key": LABEL_KEY, "label_values": st.sampled_from([[], [""]])}),
        st.fixed_dictionaries({"label_key": BAD_LABEL_KEYS, "label_values": st.just(["a"])})))


def t_dra_without_device_claim(draw: st.DrawFn, spec: dict[str, Any]) -> None:
    _no_dra_limits(spec, draw(st.sampled_from(sorted(set(ACCELERATORS) - set(DRA_CAPABLE)))))
    spec["server"]["dra"] = True


def t_dra_with_device_plugin_limits(draw: st.DrawFn, spec: dict[str, Any]) -> None:
    accelerator = draw(st.sampled_from(sorted(set(DRA_CAPABLE) & set(WITH_RESOURCE))))
    _no_dra_limits(spec, accelerator)
    spec["server"]["dra"] = True
    container = _container(draw, spec)
    kind = draw(st.sampled_from(["limits", "requests"]))
    container[kind] = {**container[kind], ACCELERATORS[accelerator]().resource: "1"}


def t_monitoring_port_not_named(draw: st.DrawFn, spec: dict[str, Any]) -> None:
    pool = _pool(draw, spec)
    named = {p["name"] for c in pool["containers"] for p in c["ports"]}
    pool["monitoring"] = {"port_name": draw(PORT_NAME.filter(lambda n: n not in named))}


def t_fractional_accelerator_limit(draw: st.DrawFn, spec: dict[str, Any]) -> None:
    accelerator = draw(st.sampled_from(WITH_RESOURCE))
    _no_dra_limits(spec, accelerator)
    spec["server"]["dra"] = False
    container = _pool(draw, spec)["containers"][0]
    container["image"] = "ghcr.io/llm-d/llm-d-cuda:latest"
    container["limits"] = {**container["limits"], ACCELERATORS[accelerator]().resource: draw(
        st.sampled_from(["500m", "1.5", "250m", "0.5"]))}


def t_no_containers(draw: st.DrawFn, spec: dict[str, Any]) -> None:
    _pool(draw, spec)["containers"] = []


def t_bad_annotation_key(draw: st.DrawFn, spec: dict[str, Any]) -> None:
    pool = _pool(draw, spec)
    key = draw(st.sampled_from(["annotations", "pod_annotations"]))
    pool[key] = {**pool[key], draw(BAD_LABEL_KEYS): "v"}


def t_bad_node_selector(draw: st.DrawFn, spec: dict[str, Any]) -> None:
    bad = draw(st.one_of(st.tuples(BAD_LABEL_KEYS, st.just("v")), st.tuples(LABEL_NAME, BAD_LABEL_VALUES)))
    _pool(draw, spec)["node_selector"] = {bad[0]: bad[1]}


def t_bad_podmonitor_label(draw: st.DrawFn, spec: dict[str, Any]) -> None:
    pool = _pool(draw, spec)
    pool["containers"][0]["ports"] = [*pool["containers"][0]["ports"], {"name": "zzmetrics", "containerPort": 9090}]
    bad = draw(st.one_of(st.tuples(BAD_LABEL_KEYS, st.just("v")), st.tuples(LABEL_NAME, BAD_LABEL_VALUES)))
    pool["monitoring"] = {"port_name": "zzmetrics", "labels": {bad[0]: bad[1]}}


def t_env_entry_without_name(draw: st.DrawFn, spec: dict[str, Any]) -> None:
    container = _container(draw, spec)
    container["env"] = [*container["env"], {"value": "x"}]


TYPED_CORRUPTIONS: dict[str, Callable[[st.DrawFn, dict[str, Any]], None]] = {
    name.removeprefix("t_"): fn for name, fn in dict(globals()).items() if name.startswith("t_") and callable(fn)}


@pytest.mark.parametrize("corruption", sorted(TYPED_CORRUPTIONS))
@props(10)
@given(spec=typed_specs(), data=st.data())
def test_typed_api_invalid_props_raise_model_service_error(corruption: str, spec: dict[str, Any],
                                                           data: st.DataObject) -> None:
    TYPED_CORRUPTIONS[corruption](data.draw, spec)
    with pytest.raises(ModelServiceError):  # the constructors raise it: synth would only add time
        build_typed(spec, synth=False)


# -- Helm values: valid configurations ------------------------------------------------------------------------------


@st.composite
def helm_containers(draw: st.DrawFn, port_names: list[str], count: int) -> list[dict[str, Any]]:
    names = draw(st.lists(SHORT_LABEL.filter(lambda n: n != "routing-proxy"), min_size=count, max_size=count,
                          unique=True))
    out = []
    for i, name in enumerate(names):
        command = draw(st.sampled_from(["vllmServe", "imageDefault", "custom"]))
        limits = draw(st.dictionaries(st.sampled_from(["cpu", "memory"]), QUANTITY, max_size=2))
        container: dict[str, Any] = {
            "name": name, "image": draw(st.sampled_from(IMAGES)), "modelCommand": command,
            "args": draw(st.lists(TEXT, max_size=3)),
            "env": [{"name": k, "value": v}
                    for k, v in draw(st.dictionaries(ENV_NAME, PLAIN_TEXT, max_size=2)).items()],
            "ports": [{"name": n, "containerPort": draw(PORT)} for n in port_names[i::count]],
            "resources": {"limits": limits, "requests": {k: v for k, v in limits.items() if draw(st.booleans())}},
            "mountModelVolume": draw(st.booleans()),
        }
        if command == "custom":
            container["command"] = draw(st.lists(TEXT.filter(bool), min_size=1, max_size=2))
        out.append(container)
    return out


@st.composite
def helm_cases(draw: st.DrawFn, with_sets: bool = True) -> tuple[str, dict[str, Any], list[str]]:
    """(release, values, --set flags) the chart accepts."""
    values: dict[str, Any] = {}
    dra = draw(st.booleans())
    values["accelerator"] = {"type": draw(st.sampled_from(HELM_DRA_TYPES if dra else HELM_TYPES)), "dra": dra}
    multinode = draw(st.booleans())
    values["multinode"] = multinode
    if draw(st.booleans()):
        values["tracing"] = {"enabled": True, "otlpEndpoint": draw(st.sampled_from(["http://otel:4317", "http://c:1"])),
                             "sampling": {"samplerArg": draw(st.sampled_from(["0.5", 1, "1.0"]))}}
    service_port = draw(PORT)
    target_port = draw(PORT.filter(lambda p: p != service_port))
    values["routing"] = {"servicePort": service_port,
                         "proxy": {"enabled": draw(st.booleans()), "targetPort": target_port}}
    model: dict[str, Any] = {}
    uri_kind = draw(st.sampled_from(["default", "uri"]))
    if uri_kind == "default":  # hf://{{ .Values.modelArtifacts.name }}
        model["name"] = draw(st.builds(lambda o, m: f"{o}/{m}", SEGMENT, SEGMENT))
    else:
        model["uri"] = draw(MODEL_URI)
    if draw(st.booleans()):
        model["labels"] = draw(LABELS)
    values["modelArtifacts"] = model
    created = []
    for role in ("decode", "prefill"):
        pool: dict[str, Any] = {"create": draw(st.booleans())}
        values[role] = pool
        if not pool["create"]:
            continue
        created.append(role)
        pool["replicas"] = draw(st.integers(0, 5))
        sizes = draw(parallelism_specs())
        pool["parallelism"] = {"tensor": sizes["tensor"], "data": sizes["data"], "dataLocal": sizes["data_local"],
                               "workers": sizes["workers"]}
        port_names = draw(st.lists(PORT_NAME, max_size=3, unique=True))
        if draw(st.booleans()):
            pool["containers"] = draw(helm_containers(port_names, draw(st.integers(1, 2))))
        else:
            port_names = []
        if draw(st.booleans()):
            pool["acceleratorTypes"] = {"labelKey": draw(LABEL_KEY),
                                        "labelValues": draw(st.lists(LABEL_NAME, min_size=1, max_size=2))}
        if draw(st.booleans()):
            pool["tolerations"] = draw(st.lists(TOLERATION, min_size=1, max_size=2))
            pool["nodeSelector"] = draw(st.dictionaries(LABEL_KEY, LABEL_VALUE, max_size=2))
        if draw(st.booleans()):
            port = draw(st.sampled_from(port_names)) if port_names else "metrics"
            pool["monitoring"] = {"podmonitor": {"enabled": True, "portName": port}}
        if draw(st.booleans()):
            own_dra = draw(st.booleans())
            pool["accelerator"] = {"type": draw(st.sampled_from(HELM_DRA_TYPES if own_dra else HELM_TYPES)),
                                   "dra": own_dra}
    if "decode" in created and not multinode and draw(st.booleans()):
        values["requester"] = {"enable": True}
    if created and draw(st.booleans()):
        # a picker scheduling prefill pods (P/D) needs the routing sidecar in decode pods
        picker = draw(st.booleans()) and (values["routing"]["proxy"]["enabled"] or "prefill" not in created)
        values["inferencePool"] = {"enabled": True, "endpointPicker": {"create": picker}}
        if draw(st.booleans()):
            values["httpRoute"] = {"enabled": True, "gateway": {"name": draw(SHORT_LABEL)}}
    sets: list[str] = []
    if with_sets:
        for path in (("decode", "replicas"), ("prefill", "replicas"), ("routing", "servicePort"),
                     ("routing", "proxy", "targetPort"), ("multinode",), ("accelerator", "type"),
                     ("accelerator", "dra")):
            node = values
            for key in path[:-1]:
                node = node.get(key, {})
            if path[-1] in node and draw(st.booleans()):
                value = node.pop(path[-1])
                text = str(value).lower() if isinstance(value, bool) else str(value)
                sets.append(f"{'.'.join(path)}={text}")
        if len(sets) > 1 and draw(st.booleans()):
            sets = [",".join(sets)]
    return draw(SHORT_LABEL), values, sets


def write_values(folder: str, values: Any, name: str = "values.yaml") -> str:
    path = Path(folder) / name
    path.write_text(values if isinstance(values, str) else yaml.safe_dump(values, sort_keys=False), encoding="utf-8")
    return str(path)


def quiet_template(release: str, files: list[str], sets: list[str]) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ModelServiceWarning)
        return template(release, files, sets)


@props(30)
@given(case=helm_cases())
def test_helm_values_valid_overrides_template_schema_valid_deterministic_yaml(
        case: tuple[str, dict[str, Any], list[str]]) -> None:
    release, values, sets = case
    with tempfile.TemporaryDirectory() as folder:
        files = [write_values(folder, values)]
        first = quiet_template(release, files, sets)
        objects = parse(first)
        assert validate_objects(objects) == []
        assert objects[0]["kind"] == "ServiceAccount"
        assert quiet_template(release, files, sets) == first


RICH_CASE = ("rich", {
    "accelerator": {"type": "amd", "dra": False}, "multinode": True,
    "tracing": {"enabled": True},
    "routing": {"servicePort": 8000, "proxy": {"enabled": True, "targetPort": 8200}},
    "modelArtifacts": {"uri": "pvc+hf://cache/hub/meta/llama", "name": "meta/llama",
                       "labels": {"llm-d.ai/model": "llama", "team": "a"}},
    "decode": {"create": True, "replicas": 2, "parallelism": {"tensor": 2, "data": 4, "dataLocal": 2, "workers": None},
               "containers": [{"name": "vllm", "image": "ghcr.io/llm-d/llm-d-cuda:latest", "modelCommand": "vllmServe",
                               "args": ["--enforce-eager"], "env": [{"name": "A", "value": "1"}],
                               "ports": [{"name": "metrics", "containerPort": 8200}]}],
               "monitoring": {"podmonitor": {"enabled": True, "portName": "metrics"}},
               "acceleratorTypes": {"labelKey": "gpu.product", "labelValues": ["mi300x"]}},
    "prefill": {"create": True, "replicas": 1, "accelerator": {"type": "nvidia", "dra": True}},
}, ["decode.replicas=3", "prefill.replicas=2"])


@settings(props(2), phases=[Phase.explicit, Phase.generate])  # no shrinking: each example runs 3 processes
@given(case=helm_cases())
@example(case=RICH_CASE)
def test_template_command_output_is_identical_across_hash_seeds(case: tuple[str, dict[str, Any], list[str]]) -> None:
    release, values, sets = case
    with tempfile.TemporaryDirectory() as folder:
        args = ["template", release, "-f", write_values(folder, values), *(f"--set={s}" for s in sets)]
        processes = [subprocess.Popen([sys.executable, "-m", "modelservice_constructs", *args], cwd=ROOT,
                                      env={**os.environ, "PYTHONHASHSEED": seed}, stdout=subprocess.PIPE,
                                      stderr=subprocess.PIPE, text=True)
                     for seed in ("0", "1", "12345")]
        results = [(p.communicate(timeout=300), p.returncode) for p in processes]
    for (out, err), code in results:
        assert code == 0, err
        assert "Traceback" not in err
        assert out == results[0][0][0]
    assert validate_objects(parse(results[0][0][0])) == []


# -- Helm values: invalid inputs --------------------------------------------------------------------------------------


def assert_rejected(release: str, files: list[str], sets: list[str]) -> None:
    """template() raises ModelServiceError (and nothing else); the CLI exits 1 with nothing on stdout."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ModelServiceWarning)
        with pytest.raises(ModelServiceError):
            template(release, files, sets)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["template", release, *(a for f in files for a in ("-f", f)), *(f"--set={s}" for s in sets)])
    assert code == 1
    assert out.getvalue() == ""
    assert err.getvalue().startswith("error: ")


def merged(values: dict[str, Any]) -> dict[str, Any]:
    """The values with the chart defaults merged in (what a values file needs to spell out every key)."""
    return merge(chart_defaults(), values)


WRONG_SAMPLES: dict[str, list[Any]] = {
    "string": ["x", "two"], "integer": [7, -3], "number": [1.5], "boolean": [True, False],
    "array": [[], ["x", "y"]], "object": [{}, {"k": "v"}],
}


def _allowed_types(schema: dict[str, Any]) -> set[str]:
    types = schema.get("type")
    allowed = set(types if isinstance(types, list) else [types] if types else [])
    if "number" in allowed:
        allowed.add("integer")
    return allowed


def typed_paths(value: Any, schema: dict[str, Any], path: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...],
                                                                                                dict[str, Any]]]:
    """Every (path, schema) of a typed key in ``value``, present or not, below the root."""
    out = []
    if path and ("type" in schema or "enum" in schema):
        out.append((path, schema))
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        for key, sub in properties.items():
            if key not in value:
                out.append(((*path, key), sub))
        for key, item in value.items():
            sub = properties.get(key) or (extra if isinstance(extra, dict) else None)
            if sub:
                out += typed_paths(item, sub, (*path, key))
    elif isinstance(value, list) and isinstance(schema.get("items"), dict):
        for index, item in enumerate(value):
            out += typed_paths(item, schema["items"], (*path, index))
    return out


def set_at(values: dict[str, Any], path: tuple[Any, ...], value: Any) -> None:
    node: Any = values
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value


def set_flag(path: tuple[Any, ...], value: Any) -> str | None:
    """The --set flag assigning ``value`` at ``path``, when --set can spell it."""
    if any(isinstance(k, str) and any(c in k for c in ".[]=,\\{}") for k in path):
        return None
    text = "".join(f"[{k}]" if isinstance(k, int) else f".{k}" for k in path).lstrip(".")
    if isinstance(value, bool):
        return f"{text}={str(value).lower()}"
    if isinstance(value, int) or value in ("x", "two"):
        return f"{text}={value}"
    if value == ["x", "y"]:
        return f"{text}={{x,y}}"
    return None


@props(60)
@given(case=helm_cases(with_sets=False), data=st.data())
def test_helm_values_with_a_wrong_type_raise_model_service_error(case: tuple[str, dict[str, Any], list[str]],
                                                                  data: st.DataObject) -> None:
    release, values, _ = case
    full = merged(values)
    path, schema = data.draw(st.sampled_from(typed_paths(full, SCHEMA)), label="path")
    allowed = _allowed_types(schema)
    wrong = [v for t, samples in WRONG_SAMPLES.items() if t not in allowed for v in samples
             if v not in schema.get("enum", [])]
    value = data.draw(st.sampled_from(wrong), label="wrong value")
    sets: list[str] = []
    flag = set_flag(path, value)
    if flag and data.draw(st.booleans(), label="through --set"):
        sets = [flag]
    else:
        set_at(full, path, value)
    with tempfile.TemporaryDirectory() as folder:
        assert_rejected(release, [write_values(folder, full)], sets)


def _role(draw: st.DrawFn, v: dict[str, Any], role: str | None = None) -> dict[str, Any]:
    """A pool role of the values, created."""
    role = role or draw(st.sampled_from(["decode", "prefill"]))
    pool: dict[str, Any] = v[role]
    pool["create"] = True
    return pool


def _vcontainer(draw: st.DrawFn, v: dict[str, Any], role: str | None = None) -> dict[str, Any]:
    container: dict[str, Any] = draw(st.sampled_from(_role(draw, v, role)["containers"]))
    return container


def _global_accelerator(v: dict[str, Any], kind: str, dra: bool) -> None:
    v["accelerator"]["type"], v["accelerator"]["dra"] = kind, dra
    for role in ("decode", "prefill"):
        v[role].pop("accelerator", None)
        for c in v[role]["containers"]:
            for key in ("limits", "requests"):
                amounts = c.setdefault("resources", {}).setdefault(key, {})
                c["resources"][key] = {k: a for k, a in amounts.items() if k in ("cpu", "memory")}


def v_parallelism_nonpositive(draw: st.DrawFn, v: dict[str, Any]) -> None:
    sizes = _role(draw, v).setdefault("parallelism", {})
    sizes[draw(st.sampled_from(["tensor", "data", "dataLocal", "workers"]))] = draw(st.integers(-5, 0))


def v_parallelism_data_not_multiple_of_workers(draw: st.DrawFn, v: dict[str, Any]) -> None:
    workers = draw(st.integers(2, 6))
    _role(draw, v)["parallelism"] = {"tensor": 1, "data": draw(st.integers(1, 40).filter(lambda d: d % workers)),
                                     "dataLocal": None, "workers": workers}


def v_parallelism_data_not_multiple_of_data_local(draw: st.DrawFn, v: dict[str, Any]) -> None:
    local = draw(st.integers(2, 6))
    _role(draw, v)["parallelism"] = {"tensor": 1, "data": draw(st.integers(1, 40).filter(lambda d: d % local)),
                                     "dataLocal": local, "workers": None}
    v["multinode"] = True


def v_port_out_of_range(draw: st.DrawFn, v: dict[str, Any]) -> None:
    where = draw(st.sampled_from(["service", "target", "container", "requester"]))
    bad = draw(BAD_PORTS)
    if where == "service":
        v["routing"]["servicePort"] = bad
    elif where == "target":
        v["routing"]["proxy"]["targetPort"] = bad
    elif where == "container":
        _vcontainer(draw, v)["ports"] = [{"name": "http", "containerPort": bad}]
    else:
        v["requester"]["adminPort"] = bad


def v_service_port_equals_target_port(draw: st.DrawFn, v: dict[str, Any]) -> None:
    v["routing"]["proxy"]["enabled"] = True
    v["routing"]["proxy"]["targetPort"] = v["routing"]["servicePort"]


def v_unknown_accelerator_type(draw: st.DrawFn, v: dict[str, Any]) -> None:
    known = {*HELM_TYPES, *HELM_DRA_TYPES}
    kind = draw(st.one_of(st.just("intel"), st.just("nvidai"), st.text(min_size=1, max_size=12))
                .filter(lambda k: k not in known and not (k == "intel" and v["accelerator"]["dra"])))
    if draw(st.booleans()):
        v["accelerator"]["type"] = kind
        v["accelerator"]["dra"] = False
    else:
        _role(draw, v)["accelerator"] = {"type": kind, "dra": False}


def v_dra_without_claim_template(draw: st.DrawFn, v: dict[str, Any]) -> None:
    _global_accelerator(v, draw(st.sampled_from(["cpu", "rebellions-atom"])), True)
    _role(draw, v)


def v_dra_with_device_plugin_limits(draw: st.DrawFn, v: dict[str, Any]) -> None:
    kind = draw(st.sampled_from(["nvidia", "amd", "intel-i915", "intel-xe", "intel-gaudi", "google"]))
    _global_accelerator(v, kind, True)
    container = _vcontainer(draw, v)
    resource = v["accelerator"]["resources"][kind]
    container["resources"][draw(st.sampled_from(["limits", "requests"]))][resource] = "1"


def v_bad_model_uri(draw: st.DrawFn, v: dict[str, Any]) -> None:
    v["modelArtifacts"]["uri"] = draw(BAD_URIS)


def v_model_uri_with_unbalanced_quote(draw: st.DrawFn, v: dict[str, Any]) -> None:
    v["modelArtifacts"]["uri"] = draw(st.sampled_from(["hf://'org/model", 'hf://"org/model', "pvc://'claim/x",
                                                       "hf://'a'b"]))


def v_oci_uri_with_vllm_command(draw: st.DrawFn, v: dict[str, Any]) -> None:
    v["modelArtifacts"]["uri"] = "oci://registry.example.com/models/m:1"
    _vcontainer(draw, v)["modelCommand"] = draw(st.sampled_from(["vllmServe", "imageDefault"]))


def v_empty_image(draw: st.DrawFn, v: dict[str, Any]) -> None:
    bad = draw(st.sampled_from(["", " "]))
    if draw(st.booleans()):
        _vcontainer(draw, v)["image"] = bad
    else:
        v["routing"]["proxy"]["enabled"] = True
        v["routing"]["proxy"]["image"] = bad


def v_duplicate_container_names(draw: st.DrawFn, v: dict[str, Any]) -> None:
    pool = _role(draw, v)
    pool["containers"] = [*pool["containers"], {**copy.deepcopy(draw(st.sampled_from(pool["containers"]))),
                                                 "ports": []}]


def v_routing_proxy_container_name(draw: st.DrawFn, v: dict[str, Any]) -> None:
    v["routing"]["proxy"]["enabled"] = True
    _vcontainer(draw, v, "decode")["name"] = "routing-proxy"


def v_init_container_name_clash(draw: st.DrawFn, v: dict[str, Any]) -> None:
    pool = _role(draw, v)
    pool["initContainers"] = [{"name": draw(st.sampled_from(pool["containers"]))["name"], "image": "busybox"}]


def v_bad_model_label(draw: st.DrawFn, v: dict[str, Any]) -> None:
    bad = draw(st.one_of(st.tuples(BAD_LABEL_KEYS, st.just("v")), st.tuples(LABEL_NAME, BAD_LABEL_VALUES)))
    v["modelArtifacts"]["labels"] = {**v["modelArtifacts"].get("labels", {}), bad[0]: bad[1]}


def v_bad_annotation_key(draw: st.DrawFn, v: dict[str, Any]) -> None:
    _role(draw, v)[draw(st.sampled_from(["annotations", "podAnnotations"]))] = {draw(BAD_LABEL_KEYS): "v"}


def v_bad_node_selector(draw: st.DrawFn, v: dict[str, Any]) -> None:
    bad = draw(st.one_of(st.tuples(BAD_LABEL_KEYS, st.just("v")), st.tuples(LABEL_NAME, BAD_LABEL_VALUES)))
    _role(draw, v)["nodeSelector"] = {bad[0]: bad[1]}


def v_bad_podmonitor_label(draw: st.DrawFn, v: dict[str, Any]) -> None:
    bad = draw(st.one_of(st.tuples(BAD_LABEL_KEYS, st.just("v")), st.tuples(LABEL_NAME, BAD_LABEL_VALUES)))
    pool = _role(draw, v)
    pool["containers"][0]["ports"] = [*(pool["containers"][0].get("ports") or []),
                                      {"name": "metrics", "containerPort": 9090}]
    pool["monitoring"] = {"podmonitor": {"enabled": True, "portName": "metrics", "labels": {bad[0]: bad[1]}}}


def v_unknown_model_command(draw: st.DrawFn, v: dict[str, Any]) -> None:
    _vcontainer(draw, v)["modelCommand"] = draw(UNKNOWN_COMMANDS)


def v_custom_without_command(draw: st.DrawFn, v: dict[str, Any]) -> None:
    container = _vcontainer(draw, v)
    container["modelCommand"] = draw(st.sampled_from(["custom", None]))  # None: the key is absent, custom
    container["command"] = []


def v_bad_quantity(draw: st.DrawFn, v: dict[str, Any]) -> None:
    container = _vcontainer(draw, v)
    container.setdefault("resources", {})[draw(st.sampled_from(["limits", "requests"]))] = {
        draw(st.sampled_from(["cpu", "memory"])): draw(BAD_QUANTITIES)}


def v_fractional_accelerator_limit(draw: st.DrawFn, v: dict[str, Any]) -> None:
    kind = draw(st.sampled_from(["nvidia", "amd", "intel-i915", "intel-xe", "intel-gaudi", "google",
                                 "rebellions-atom"]))
    _global_accelerator(v, kind, False)
    pool = _role(draw, v)
    container = pool["containers"][0]
    container["image"] = "ghcr.io/llm-d/llm-d-cuda:latest"
    container["resources"]["limits"][v["accelerator"]["resources"][kind]] = draw(
        st.sampled_from(["500m", "1.5", "250m", "0.5"]))


def v_node_affinity_without_values(draw: st.DrawFn, v: dict[str, Any]) -> None:
    _role(draw, v)["acceleratorTypes"] = draw(st.one_of(
        st.fixed_dictionaries({"labelKey": LABEL_KEY, "labelValues": st.sampled_from([[], [""]])}),
        st.fixed_dictionaries({"labelKey": BAD_LABEL_KEYS, "labelValues": st.just(["a"])})))


def v_bad_fullname(draw: st.DrawFn, v: dict[str, Any]) -> None:
    v["fullnameOverride"] = draw(st.sampled_from(["Bad_Name", "UPPER", "a.b", "a_b", "-x", "x" * 20 + "_"]))


def v_relative_mount_path(draw: st.DrawFn, v: dict[str, Any]) -> None:
    v["modelArtifacts"]["mountPath"] = draw(st.sampled_from(["model-cache", "./m", "~/m"]))


def v_extra_object_incomplete(draw: st.DrawFn, v: dict[str, Any]) -> None:
    v["extraObjects"] = [draw(st.sampled_from([
        {"kind": "ConfigMap", "metadata": {"name": "x"}}, {"apiVersion": "v1", "metadata": {"name": "x"}},
        {"apiVersion": "v1", "kind": "ConfigMap"}, {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {}},
        "apiVersion: v1\nkind: ConfigMap\n", "- not\n- a map\n", "key: [unterminated\n"]))]


def v_requester_with_multinode(draw: st.DrawFn, v: dict[str, Any]) -> None:
    v["requester"]["enable"], v["multinode"] = True, True
    _role(draw, v, "decode")


def v_http_route_without_inference_pool(draw: st.DrawFn, v: dict[str, Any]) -> None:
    v["httpRoute"] = {"enabled": True, "gateway": {"name": "gw"}}
    v["inferencePool"] = {"enabled": False}


def v_inference_pool_without_model_pools(draw: st.DrawFn, v: dict[str, Any]) -> None:
    v["inferencePool"] = {"enabled": True}
    v["decode"]["create"] = v["prefill"]["create"] = False


def v_bad_template_expression(draw: st.DrawFn, v: dict[str, Any]) -> None:
    v["modelArtifacts"]["uri"] = draw(st.sampled_from([
        "{{ .Chart.Name }}", "hf://{{ .Values.decode }}", "hf://{{ x", "hf://{{ .Values.a }}{{",
        '{{ include "x" }}']))


def v_templated_list_item_not_an_object(draw: st.DrawFn, v: dict[str, Any]) -> None:
    _vcontainer(draw, v)[draw(st.sampled_from(["env", "ports"]))] = [
        draw(st.sampled_from(["{{ .Release.Name }}", "{{ .Values.modelArtifacts.name }}"]))]


def v_conflicting_extra_config(draw: st.DrawFn, v: dict[str, Any]) -> None:
    if draw(st.booleans()):
        _vcontainer(draw, v)["extraConfig"] = draw(st.sampled_from([{"image": "x"}, {"name": "y"},
                                                                    {"notAField": 1}]))
    else:
        _role(draw, v)["extraConfig"] = draw(st.sampled_from([{"containers": []}, {"notAField": 1},
                                                             {"serviceAccountName": "x"}]))


def v_volume_mount_without_volume(draw: st.DrawFn, v: dict[str, Any]) -> None:
    # not with the requester: its server-patch carries the containers' mounts without volumes, as the chart's
    v.setdefault("requester", {})["enable"] = False
    container = _vcontainer(draw, v)
    container["volumeMounts"] = [{"name": "no-such-volume", "mountPath": "/x"}]


def v_env_entry_without_name(draw: st.DrawFn, v: dict[str, Any]) -> None:
    container = _vcontainer(draw, v)
    container["env"] = [*(container.get("env") or []), {"value": "x"}]


def v_non_string_key_in_closed_map(draw: st.DrawFn, v: dict[str, Any]) -> None:
    closed = [v["routing"], v["tracing"], v["modelArtifacts"], v["accelerator"], v["decode"]["parallelism"],
              v["prefill"]["autoscaling"], v["decode"]["monitoring"]["podmonitor"], v["requester"]["port"]]
    draw(st.sampled_from(closed))[draw(st.sampled_from([0, 1, True, 1.5]))] = "x"


VALUES_CORRUPTIONS: dict[str, Callable[[st.DrawFn, dict[str, Any]], None]] = {
    name.removeprefix("v_"): fn for name, fn in dict(globals()).items() if name.startswith("v_") and callable(fn)}


@pytest.mark.parametrize("corruption", sorted(VALUES_CORRUPTIONS))
@props(10)
@given(case=helm_cases(with_sets=False), data=st.data())
def test_helm_values_invalid_inputs_raise_model_service_error(corruption: str,
                                                              case: tuple[str, dict[str, Any], list[str]],
                                                              data: st.DataObject) -> None:
    release, values, _ = case
    full = merged(values)
    VALUES_CORRUPTIONS[corruption](data.draw, full)
    with tempfile.TemporaryDirectory() as folder:
        assert_rejected(release, [write_values(folder, full)], [])


@props(15)
@given(release=st.one_of(
    # names that make the objects' names (<release>-llm-d-modelservice) invalid; argparse reads a leading - as a flag
    BAD_LABEL_NAMES.filter(lambda s: not s.startswith("-") and len(s) <= 53 and bool(re.search(r"[^-a-z0-9]", s))),
    st.just("a" * 30 + "_" + "b" * 30)))
def test_invalid_release_names_raise_model_service_error(release: str) -> None:
    assert_rejected(release, [], [])


# -- --set flags and values files that are malformed ------------------------------------------------------------------

WORD = st.from_regex(r"[a-zA-Z][a-zA-Z0-9]{0,8}", fullmatch=True)
MALFORMED_SETS: dict[str, st.SearchStrategy[str]] = {
    "empty_path_segment": st.one_of(
        st.builds(lambda a, b: f"{a}..{b}=1", WORD, WORD), st.builds(lambda a: f".{a}=1", WORD),
        st.builds(lambda a: f"{a}.=1", WORD), st.just("=1")),
    "no_equals": st.text(st.characters(exclude_characters="=", exclude_categories=("Cs",)), max_size=20),
    "index_without_name": st.builds(lambda n: f"[{n}]=1", st.integers(0, 9)),
    "non_numeric_index": st.builds(lambda a, i: f"{a}[{i}]=1", WORD,
                                   st.one_of(WORD, st.sampled_from(["-1", "", " ", "1.5", "x1"]))),
    "junk_after_index": st.builds(lambda a, n, b: f"{a}[{n}]{b}=1", WORD, st.integers(0, 3), WORD),
    "unbalanced_bracket": st.one_of(st.builds(lambda a, n: f"{a}[{n}=1", WORD, st.integers(0, 3)),
                                    st.builds(lambda a, n: f"{a}{n}]=1", WORD, st.integers(0, 3))),
}


@pytest.mark.parametrize("kind", sorted(MALFORMED_SETS))
@props(15)
@given(data=st.data())
def test_malformed_set_flags_raise_model_service_error(kind: str, data: st.DataObject) -> None:
    flag = data.draw(MALFORMED_SETS[kind], label="--set")
    valid = data.draw(st.lists(st.sampled_from(["decode.replicas=2", "multinode=true", "routing.servicePort=9000"]),
                               max_size=2), label="other flags")
    assert_rejected("demo", [], [*valid, flag])


def _yaml_outcome(text: str) -> str:
    try:
        data = yaml.safe_load(text)
    except Exception:  # PyYAML raises more than YAMLError on some junk (IndexError on "!!int")
        return "malformed"
    return "empty" if data is None else "map" if isinstance(data, dict) else "not a map"


JUNK_FRAGMENTS = ["{", "}", "[", "]", ": ", "- ", "\t", "'", '"', "&a", "*b", "!!int", "%YAML 9.9\n", "---\n",
                  "a: b: c", "key: [1", "\n  x:", "? ", "|", ">", "#", "\n", "a", "1", "@", "`"]
JUNK_TEXT: dict[str, st.SearchStrategy[str]] = {
    "random_text": st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=60),
    "yaml_fragments": st.lists(st.sampled_from(JUNK_FRAGMENTS), min_size=1, max_size=12).map("".join),
    "non_map_documents": st.recursive(
        st.one_of(st.integers(), st.booleans(), st.text(max_size=10), st.floats(allow_nan=False)),
        lambda inner: st.lists(inner, max_size=3), max_leaves=6).map(lambda d: yaml.safe_dump(d)),
    "bad_tags": st.builds(lambda k, t: f"{k}: {t}\n", WORD, st.sampled_from(
        ["!!int", "!!float", "!!bool", "!!timestamp", "!!int 0x", "!!binary x", "!!map [1]", "!!python/name:os.system",
         "!foo bar", "!!str [1]"])),
    "several_documents": st.lists(st.sampled_from(["a: 1\n", "decode:\n  replicas: 2\n"]), min_size=2, max_size=3)
    .map("---\n".join),
}


@pytest.mark.parametrize("kind", sorted(JUNK_TEXT))
@props(25)
@given(data=st.data())
def test_junk_values_files_raise_model_service_error(kind: str, data: st.DataObject) -> None:
    text = data.draw(JUNK_TEXT[kind].filter(lambda t: _yaml_outcome(t) in ("malformed", "not a map")),
                     label="values file")
    with tempfile.TemporaryDirectory() as folder:
        assert_rejected("demo", [write_values(folder, text)], [])


@props(15)
@given(junk=st.binary(min_size=1, max_size=40))
def test_values_files_that_are_not_utf8_raise_model_service_error(junk: bytes) -> None:
    junk = b"\xff" + junk  # never UTF-8
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "values.yaml"
        path.write_bytes(junk)
        assert_rejected("demo", [str(path)], [])


def test_missing_values_file_and_directory_raise_model_service_error() -> None:
    with tempfile.TemporaryDirectory() as folder:
        assert_rejected("demo", [str(Path(folder) / "missing.yaml")], [])
        assert_rejected("demo", [folder], [])


# -- robustness: any junk anywhere is either accepted (then valid) or a ModelServiceError ------------------------------

JUNK_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-3, 70000), st.floats(allow_nan=False, allow_infinity=False),
              st.text(max_size=8)),
    lambda inner: st.one_of(st.lists(inner, max_size=3),
                            st.dictionaries(st.one_of(st.text(max_size=6), st.integers(0, 3), st.booleans()), inner,
                                            max_size=3)),
    max_leaves=8)


JUNK_VALUES_STRING_KEYS = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-3, 70000), st.floats(allow_nan=False, allow_infinity=False),
              st.text(max_size=8)),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=6), inner, max_size=3)),
    max_leaves=8)


@pytest.mark.parametrize("junk", [JUNK_VALUES, JUNK_VALUES_STRING_KEYS], ids=["any-keys", "string-keys"])
@props(60)
@given(case=helm_cases(with_sets=False), data=st.data())
def test_helm_values_with_junk_anywhere_are_accepted_validly_or_raise_model_service_error(
        junk: st.SearchStrategy[Any], case: tuple[str, dict[str, Any], list[str]], data: st.DataObject) -> None:
    release, values, _ = case
    full = merged(values)
    paths = [p for p, _ in typed_paths(full, SCHEMA)] + [("junk",), ("decode", "junk"), ("common", "x")]
    path = data.draw(st.sampled_from(paths), label="path")
    set_at(full, path, data.draw(junk, label="junk"))
    with tempfile.TemporaryDirectory() as folder, warnings.catch_warnings():
        warnings.simplefilter("ignore", ModelServiceWarning)
        files = [write_values(folder, full)]
        try:
            output = template(release, files, [])
        except ModelServiceError:
            return
        assert validate_objects(parse(output)) == []
