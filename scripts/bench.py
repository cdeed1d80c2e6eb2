"""Benchmark: synthesis by cdk8s's own ``App.synth_yaml()`` of 1, 10, 100 and 1000 P/D ModelServers (with the
routing sidecar) in one Chart; gateway routing: 10, 20, 40, 100 and 200 such models, each with an
InferencePool, an EndpointPicker and an HttpRoute behind one Gateway, against the same models without routing
objects; 1000 models in a Chart each (cdk8s validates the whole App once per Chart it renders) next to plain
cdk8s ApiObjects in the same layout; and the `template` command on each golden case of ../shared/upstream/examples.

Each measurement runs in a fresh process. Prints wall time, per-model marginal cost and peak memory
(Python process and the jsii node processes together).

Wall times on a shared machine move with its load by a factor of two in a day; ``--baseline DIR`` runs
the same model measurements with another checkout of the project (its ``.venv``, with this script),
alternating with this one, and prints both and their ratio.

usage: bench.py [--sizes 1,10,100,1000] [--routing 10,20,40,100,200] [--per-chart 1000] [--no-cases]
                [--baseline DIR]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cdk8s import App

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT.parent / "shared" / "upstream" / "examples"
HELM_MS_PER_RELEASE = 28.9
"""``helm template`` of the llm-d-modelservice chart for one P/D release, per release (measured once, on this
kind of machine, when the library's performance targets were set)."""


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


def measure(models: int, routed: bool = False, per_chart: bool = False, plain: bool = False) -> dict[str, float]:
    """Build ``models`` P/D servers (see :func:`build`), or as many plain cdk8s ApiObjects as they make (``plain``),
    and synthesize them with ``App.synth_yaml()``; runs inside the child process."""
    start = time.perf_counter()
    # the typed imports the constructs load on first use (compiling them is a one-off cost, not per model)
    from cdk8s import App
    from modelservice_constructs.imports import apps  # noqa: F401
    from modelservice_constructs.imports.io.k8s.networking import gateway, inference  # noqa: F401

    import modelservice_constructs  # noqa: F401

    imported = time.perf_counter()
    app = App()
    (build_plain if plain else build)(app, models, routed, per_chart)
    built = time.perf_counter()
    text = app.synth_yaml()
    done = time.perf_counter()
    peak = _peak_kib(os.getpid()) + sum(_peak_kib(c) for c in _descendants(os.getpid()))
    return {"models": models, "import_s": imported - start, "build_s": built - imported, "synth_s": done - built,
            "total_s": done - start, "peak_mib": peak / 1024, "bytes": len(text)}


def build(app: App, models: int, routed: bool = False, per_chart: bool = False) -> None:
    """Add ``models`` P/D servers to ``app``, in one Chart (``per_chart``: a Chart each), with an InferencePool,
    EndpointPicker and HttpRoute to one Gateway when ``routed``."""
    from cdk8s import Chart

    from modelservice_constructs import (
        DecodePool,
        EndpointPicker,
        GatewayRef,
        HttpRoute,
        InferencePool,
        ModelArtifacts,
        ModelContainer,
        ModelServer,
        PrefillPool,
    )

    shared = None if per_chart else Chart(app, "models")
    for i in range(models):
        chart = shared or Chart(app, f"model-{i}")
        server = ModelServer(chart, f"Model{i}", name=f"model-{i}", model=ModelArtifacts.from_uri(
            "hf://facebook/opt-125m", labels={"llm-d.ai/inference-serving": "true", "llm-d.ai/model": f"m{i}"}))
        vllm = ModelContainer(image="ghcr.io/llm-d/llm-d-cuda:latest", args=["--enforce-eager"],
                              env=[{"name": "VLLM_LOGGING_LEVEL", "value": "INFO"}],
                              limits={"cpu": "16", "memory": "64Gi"}, requests={"cpu": "16", "memory": "64Gi"})
        DecodePool(server, "Decode", containers=[vllm], replicas=2)
        PrefillPool(server, "Prefill", containers=[vllm], replicas=1)
        if routed:
            pool = InferencePool(server, "Pool", server=server)
            EndpointPicker(server, "Picker", pool=pool)
            HttpRoute(server, "Route", gateway=GatewayRef("inference-gateway"), backend=pool, path_prefix=f"/m{i}")


OBJECTS_PER_MODEL = 5
"""The API objects of one model of :func:`build` without routing (ServiceAccount, two Deployments, two
PodDisruptionBudgets)."""


def build_plain(app: App, models: int, routed: bool = False, per_chart: bool = False) -> None:
    """As many ConfigMaps as :func:`build` makes objects, in the same Charts, under a construct each: what cdk8s
    itself costs in that layout."""
    from cdk8s import ApiObject, Chart
    from constructs import Construct

    shared = None if per_chart else Chart(app, "models")
    for i in range(models):
        model = Construct(shared or Chart(app, f"model-{i}"), f"Model{i}")
        for j in range(OBJECTS_PER_MODEL):
            ApiObject(model, f"O{j}", api_version="v1", kind="ConfigMap", metadata={"name": f"m{i}-{j}"})


def _child(args: list[str], root: Path = ROOT) -> dict[str, float]:
    """One measurement in a fresh process of ``root``'s virtual environment (this script, that package)."""
    python = sys.executable if root == ROOT else str(root / ".venv" / "bin" / "python")
    env = dict(os.environ, PATH=f"{root / 'node_modules' / '.bin'}{os.pathsep}{os.environ.get('PATH', '')}")
    out = subprocess.run([python, str(Path(__file__).resolve()), *args], capture_output=True, text=True,
                         check=True, cwd=root, env=env)
    result: dict[str, float] = json.loads(out.stdout)
    return result


def _option(argv: list[str], name: str, default: list[int]) -> list[int]:
    if name in argv:
        text = argv[argv.index(name) + 1]
        return [int(s) for s in text.split(",")] if text else []
    return default


TARGETS = {"1000 models build+synth s": "< 10", "marginal ms per model": f"<= {HELM_MS_PER_RELEASE / 2:.1f} "
           f"(0.5x Helm's {HELM_MS_PER_RELEASE})", "peak MiB, 1000 models": "reported", "40 routed / unrouted": "<= 2",
           "template pd s": "< 1"}


def summary(now: dict[str, float], before: dict[str, float]) -> None:
    """Print the figures of this run next to the baseline's (when measured) and the targets."""
    print(f"\n{'figure':<28} {'baseline':>9} {'now':>9}  target")
    for name, value in now.items():
        base = before.get(name)
        print(f"{name:<28} {f'{base:.2f}' if base is not None else '':>9} {value:>9.2f}  {TARGETS.get(name, '')}")


def routing_curve(sizes: list[int], repeat: int = 3, root: Path = ROOT) -> dict[int, tuple[float, float]]:
    """Print build+synth time of ``sizes`` models with and without gateway routing objects (best of ``repeat``
    runs each, alternated, as other processes on the machine make single runs noisy); returns, per size, the
    routed seconds and their ratio to the unrouted ones."""
    print(f"\n{'routed models':>13} {'unrouted s':>11} {'routed s':>9} {'ratio':>6} {'routed ms/model':>16}"
          + ("" if root == ROOT else f"  ({root})"))
    ratios: dict[int, tuple[float, float]] = {}
    for n in sizes:
        base, work = float("inf"), float("inf")
        for _ in range(repeat):
            plain = _child(["--child", str(n)], root)
            routed = _child(["--child", str(n), "--routed"], root)
            base = min(base, plain["build_s"] + plain["synth_s"])
            work = min(work, routed["build_s"] + routed["synth_s"])
        print(f"{n:>13} {base:>11.2f} {work:>9.2f} {work / base:>6.2f} {work / n * 1000:>16.1f}")
        ratios[n] = (work, work / base)
    return ratios


def per_chart_line(sizes: list[int]) -> None:
    """Print build+synth time of ``sizes`` models in a Chart each, and of plain cdk8s objects in that layout."""
    if not sizes:
        return
    print(f"\n{'models, a Chart each':>20} {'build s':>8} {'synth s':>8} {'plain cdk8s build s':>20} "
          f"{'plain synth s':>14}")
    for n in sizes:
        ours = _child(["--child", str(n), "--per-chart"])
        plain = _child(["--child", str(n), "--per-chart", "--plain"])
        print(f"{n:>20} {ours['build_s']:>8.2f} {ours['synth_s']:>8.2f} {plain['build_s']:>20.2f} "
              f"{plain['synth_s']:>14.2f}")


def main(argv: list[str]) -> None:
    if argv[:1] == ["--child"]:
        print(json.dumps(measure(int(argv[1]), routed="--routed" in argv, per_chart="--per-chart" in argv,
                                 plain="--plain" in argv)))
        return
    sizes = _option(argv, "--sizes", [1, 10, 100, 1000])
    baseline = Path(argv[argv.index("--baseline") + 1]).resolve() if "--baseline" in argv else None
    if sizes:
        extra = f" {'baseline s':>11} {'ratio':>6}" if baseline else ""
        print(f"{'models':>7} {'build+synth s':>14} {'total s':>8} {'peak MiB':>9}{extra}")
    results: dict[int, dict[str, float]] = {}
    previous: dict[int, dict[str, float]] = {}
    now: dict[str, float] = {}
    before: dict[str, float] = {}
    for n in sizes:
        r = results[n] = _child(["--child", str(n)])
        seconds = r["build_s"] + r["synth_s"]
        line = f"{n:>7} {seconds:>14.2f} {r['total_s']:>8.2f} {r['peak_mib']:>9.0f}"
        if baseline:
            b = previous[n] = _child(["--child", str(n)], baseline)
            line += f" {b['build_s'] + b['synth_s']:>11.2f} {seconds / (b['build_s'] + b['synth_s']):>6.2f}"
        print(line)
    for figures, into in ((results, now), (previous, before)):
        if 1000 in figures:
            into["1000 models build+synth s"] = figures[1000]["build_s"] + figures[1000]["synth_s"]
            into["peak MiB, 1000 models"] = figures[1000]["peak_mib"]
        if len(sizes) > 1 and sizes[0] in figures and sizes[-1] in figures:
            low, high = sizes[0], sizes[-1]
            work = {n: figures[n]["build_s"] + figures[n]["synth_s"] for n in (low, high)}
            into["marginal ms per model"] = (work[high] - work[low]) / (high - low) * 1000
    if "marginal ms per model" in now:
        print(f"marginal cost per model ({sizes[0]}->{sizes[-1]}): {now['marginal ms per model']:.1f} ms")
    routing = _option(argv, "--routing", [10, 20, 40, 100, 200])
    curve = routing_curve(routing)
    if 40 in curve:
        now["40 routed models s"], now["40 routed / unrouted"] = curve[40]
    if baseline and 40 in routing:
        base_curve = routing_curve([40], root=baseline)
        before["40 routed models s"], before["40 routed / unrouted"] = base_curve[40]
    per_chart_line(_option(argv, "--per-chart", [1000]))
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
    summary(now, before)


if __name__ == "__main__":
    main(sys.argv[1:])
