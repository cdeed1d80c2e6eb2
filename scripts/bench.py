"""Benchmark: synthesis of 1, 10, 100 and 1000 P/D ModelServers (with the routing sidecar) in one App;
gateway routing: 10, 20, 40, 100 and 200 such models, each with an InferencePool, an EndpointPicker and
an HttpRoute behind one Gateway, against the same models without routing objects; and the `template`
command on each golden case of ../shared/upstream/examples.

Each measurement runs in a fresh process. Prints wall time, per-model marginal cost and peak memory
(Python process and the jsii node processes together).

Wall times on a shared machine move with its load by a factor of two in a day; ``--baseline DIR`` runs
the same model measurements with another checkout of the project (its ``.venv`` and ``scripts/bench.py``),
alternating with this one, and prints both and their ratio.

usage: bench.py [--sizes 1,10,100,1000] [--routing 10,20,40,100,200] [--no-cases] [--baseline DIR]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cdk8s import App

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT.parent / "shared" / "upstream" / "examples"
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")


def _peak_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _descendants(pid: int) -> list[int]:
    """Child processes, recursively (the jsii runtime starts node, which starts the kernel)."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            children = [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
        for child in children:
            found += [child, *_descendants(child)]
    return found


def measure(models: int, routed: bool = False, autoscaled: bool = False, app_synth: bool = False) -> dict[str, float]:
    """Build and synthesize ``models`` P/D servers, each with an InferencePool, EndpointPicker and HttpRoute
    to one Gateway when ``routed``, as autoscaled DisaggregatedSets when ``autoscaled``; synthesized by cdk8s's
    own ``App.synth_yaml()`` when ``app_synth``; runs inside the child process."""
    start = time.perf_counter()
    # the typed imports the constructs load on first use (compiling them is a one-off cost, not per model)
    from cdk8s import App
    from modelservice_constructs.imports import apps  # noqa: F401
    from modelservice_constructs.imports.io.k8s.networking import gateway, inference  # noqa: F401
    from modelservice_constructs.imports.plain_object import AppSynthesis

    import modelservice_constructs  # noqa: F401

    imported = time.perf_counter()
    app = App()
    build(app, models, routed, autoscaled)
    built = time.perf_counter()
    text = app.synth_yaml() if app_synth else AppSynthesis.synth_yaml(app)
    done = time.perf_counter()
    peak = _peak_kib(os.getpid()) + sum(_peak_kib(c) for c in _descendants(os.getpid()))
    return {"models": models, "import_s": imported - start, "build_s": built - imported, "synth_s": done - built,
            "total_s": done - start, "peak_mib": peak / 1024, "bytes": len(text)}


def build(app: App, models: int, routed: bool = False, autoscaled: bool = False) -> None:
    """Add ``models`` P/D servers to ``app``, one Chart each, with an InferencePool, EndpointPicker and
    HttpRoute to one Gateway when ``routed``; when ``autoscaled``, each server is a DisaggregatedSet whose
    roles are scaled by HPAs on the queue length."""
    from cdk8s import Chart

    from modelservice_constructs import (
        Autoscaling,
        DecodePool,
        EndpointPicker,
        GatewayRef,
        HttpRoute,
        InferencePool,
        Metric,
        ModelArtifacts,
        ModelContainer,
        ModelServer,
        PoolWorkload,
        PrefillPool,
        ServerBackend,
    )

    decode: dict[str, Any] = {"replicas": 2}
    prefill: dict[str, Any] = {"replicas": 1}
    if autoscaled:
        decode = prefill = {"workload": PoolWorkload.disaggregated_set_role(),
                            "autoscaling": Autoscaling.hpa(max_replicas=4, metrics=[Metric.queue_length()])}
    for i in range(models):
        chart = Chart(app, f"model-{i}")
        server = ModelServer(chart, "Model", name=f"model-{i}", model=ModelArtifacts.from_uri(
            "hf://facebook/opt-125m", labels={"llm-d.ai/inference-serving": "true", "llm-d.ai/model": f"m{i}"}),
            backend=ServerBackend.disaggregated_set() if autoscaled else None)
        vllm = ModelContainer(image="ghcr.io/llm-d/llm-d-cuda:latest", args=["--enforce-eager"],
                              env=[{"name": "VLLM_LOGGING_LEVEL", "value": "INFO"}],
                              limits={"cpu": "16", "memory": "64Gi"}, requests={"cpu": "16", "memory": "64Gi"})
        DecodePool(server, "Decode", containers=[vllm], **decode)
        PrefillPool(server, "Prefill", containers=[vllm], **prefill)
        if routed:
            pool = InferencePool(chart, "Pool", server=server)
            EndpointPicker(chart, "Picker", pool=pool)
            HttpRoute(chart, "Route", gateway=GatewayRef("inference-gateway"), backend=pool, path_prefix=f"/m{i}")


def _child(args: list[str], root: Path = ROOT) -> dict[str, float]:
    python = sys.executable if root == ROOT else str(root / ".venv" / "bin" / "python")
    out = subprocess.run([python, str(root / "scripts" / "bench.py"), *args], capture_output=True, text=True,
                         check=True, cwd=root)
    result: dict[str, float] = json.loads(out.stdout)
    return result


def _option(argv: list[str], name: str, default: list[int]) -> list[int]:
    if name in argv:
        text = argv[argv.index(name) + 1]
        return [int(s) for s in text.split(",")] if text else []
    return default


# The figures of the previous release, for comparison (one call into the jsii kernel per construct and
# object, cdk8s's YAML library), measured on an idle machine; the targets are those of the performance work:
# 1000 models under 5 s, template under 1 s, routing at most 2x.
PREVIOUS = {"1000 models build+synth s": 9.2, "marginal ms per model": 9.0, "peak MiB, 1000 models": 423.0,
            "40 routed models s": 1.12, "40 routed / unrouted": 1.78, "template pd s": 0.9}
TARGETS = {"1000 models build+synth s": "< 5", "marginal ms per model": "<= 7.2 (0.25x Helm's 28.9)",
           "peak MiB, 1000 models": "< 1024", "40 routed / unrouted": "<= 2", "template pd s": "< 1"}


def summary(now: dict[str, float]) -> None:
    """Print the figures of this run next to the previous ones and the targets."""
    print(f"\n{'figure':<28} {'previous':>9} {'now':>9}  target")
    for name, value in now.items():
        before = PREVIOUS.get(name)
        print(f"{name:<28} {before if before is not None else '':>9} {value:>9.2f}  {TARGETS.get(name, '')}")


def routing_curve(sizes: list[int], repeat: int = 3) -> dict[int, tuple[float, float]]:
    """Print build+synth time of ``sizes`` models with and without gateway routing objects (best of ``repeat``
    runs each, alternated, as other processes on the machine make single runs noisy); returns, per size, the
    routed seconds and their ratio to the unrouted ones."""
    print(f"\n{'routed models':>13} {'unrouted s':>11} {'routed s':>9} {'ratio':>6} {'routed ms/model':>16}")
    ratios: dict[int, tuple[float, float]] = {}
    for n in sizes:
        base, work = float("inf"), float("inf")
        for _ in range(repeat):
            plain = _child(["--child", str(n)])
            routed = _child(["--child", str(n), "--routed"])
            base = min(base, plain["build_s"] + plain["synth_s"])
            work = min(work, routed["build_s"] + routed["synth_s"])
        print(f"{n:>13} {base:>11.2f} {work:>9.2f} {work / base:>6.2f} {work / n * 1000:>16.1f}")
        ratios[n] = (work, work / base)
    return ratios


def app_synth_curve(sizes: list[int]) -> None:
    """Print the synthesis time of ``sizes`` autoscaled DisaggregatedSet models by cdk8s's own
    ``App.synth_yaml()`` (which validates the whole app once per chart) and by one pass (``AppSynthesis``)."""
    if not sizes:
        return
    print(f"\n{'autoscaled models':>17} {'App.synth s':>12} {'one pass s':>11} {'App.synth ms/model':>19}")
    for n in sizes:
        own = _child(["--child", str(n), "--autoscaled", "--app-synth"])
        ours = _child(["--child", str(n), "--autoscaled"])
        print(f"{n:>17} {own['synth_s']:>12.2f} {ours['synth_s']:>11.2f} {own['synth_s'] / n * 1000:>19.2f}")


def main(argv: list[str]) -> None:
    if argv[:1] == ["--child"]:
        print(json.dumps(measure(int(argv[1]), routed="--routed" in argv, autoscaled="--autoscaled" in argv,
                                 app_synth="--app-synth" in argv)))
        return
    sizes = _option(argv, "--sizes", [1, 10, 100, 1000])
    baseline = Path(argv[argv.index("--baseline") + 1]).resolve() if "--baseline" in argv else None
    if sizes:
        extra = f" {'baseline s':>11} {'ratio':>6}" if baseline else ""
        print(f"{'models':>7} {'build+synth s':>14} {'total s':>8} {'peak MiB':>9}{extra}")
    results = {}
    now: dict[str, float] = {}
    for n in sizes:
        r = _child(["--child", str(n)])
        results[n] = r
        seconds = r["build_s"] + r["synth_s"]
        line = f"{n:>7} {seconds:>14.2f} {r['total_s']:>8.2f} {r['peak_mib']:>9.0f}"
        if baseline:
            b = _child(["--child", str(n)], baseline)
            base = b["build_s"] + b["synth_s"]
            line += f" {base:>11.2f} {seconds / base:>6.2f}"
            if n == 1000:
                now["baseline 1000 models s"], now["1000 models / baseline"] = base, seconds / base
        print(line)
    if 1000 in results:
        now["1000 models build+synth s"] = results[1000]["build_s"] + results[1000]["synth_s"]
        now["peak MiB, 1000 models"] = results[1000]["peak_mib"]
    if len(sizes) > 1:
        low, high = sizes[0], sizes[-1]
        work = {n: results[n]["build_s"] + results[n]["synth_s"] for n in (low, high)}
        marginal = (work[high] - work[low]) / (high - low) * 1000
        print(f"marginal cost per model ({low}->{high}): {marginal:.1f} ms")
        now["marginal ms per model"] = marginal
    curve = routing_curve(_option(argv, "--routing", [10, 20, 40, 100, 200]))
    if 40 in curve:
        now["40 routed models s"], now["40 routed / unrouted"] = curve[40]
    app_synth_curve(_option(argv, "--app-synth", [100, 1000]))
    cases_file = EXAMPLES / "cases.yaml"
    if "--no-cases" not in argv and cases_file.is_file():
        import yaml

        print(f"\n{'template case':<20} {'seconds':>8}")
        for case in yaml.safe_load(cases_file.read_text()):
            cmd = [sys.executable, "-m", "modelservice_constructs", "template", case["release"],
                   "-f", str(EXAMPLES / case["values"])]
            for s in case.get("set", []):
                cmd += ["--set", s]
            start = time.perf_counter()
            subprocess.run(cmd, capture_output=True, check=True, cwd=ROOT)
            seconds = time.perf_counter() - start
            print(f"{case['release']:<20} {seconds:>8.2f}")
            if case["release"] == "pd":
                now["template pd s"] = seconds
    elif "--no-cases" not in argv:
        print("golden cases: ../shared is not present, skipped")
    summary(now)


if __name__ == "__main__":
    main(sys.argv[1:])
