"""checkov on the typed API's output: the default app and the gateway example, against their budgets.

Synthesizes ``main.py`` and ``examples/gateway_routing.py`` into a temporary folder, runs checkov
(``--framework kubernetes``) on each output as it is and with every namespaced object put in a
namespace, and prints the failed checks. Exits 1 when an output without a namespace fails more checks
than its budget (the failures that remain are listed, with their reasons, in README.md).

usage: checkov_budget.py --checkov PATH [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from modelservice_constructs.security import CLUSTER_SCOPED_KINDS

ROOT = Path(__file__).resolve().parent.parent
BUDGETS = {"main.py": 22, "examples/gateway_routing.py": 37}
"""Most failed checks allowed for each app's output (no namespace set)."""
NAMESPACE = "llm"


def synthesize(app: str, outdir: Path) -> Path:
    """Run one app with its output in ``outdir``; the single manifest file it writes."""
    env = {**os.environ, "CDK8S_OUTDIR": str(outdir), "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"}
    subprocess.run([sys.executable, app], cwd=ROOT, env=env, check=True)
    [output] = sorted(outdir.glob("*.k8s.yaml"))
    return output


def with_namespace(source: Path, target: Path) -> Path:
    """The manifests of ``source`` with every namespaced object put in :data:`NAMESPACE`."""
    objects = [o for o in yaml.safe_load_all(source.read_text()) if o]
    for obj in objects:
        if obj.get("kind") not in CLUSTER_SCOPED_KINDS:
            obj.setdefault("metadata", {}).setdefault("namespace", NAMESPACE)
    target.write_text(yaml.safe_dump_all(objects, sort_keys=False))
    return target


def failures(checkov: str, manifest: Path) -> list[dict[str, Any]]:
    """The failed checks of checkov on one manifest file."""
    result = subprocess.run([checkov, "--quiet", "--compact", "--framework", "kubernetes", "--output", "json",
                             "--skip-download", "-f", str(manifest)],
                            capture_output=True, text=True, check=False)
    if result.returncode not in (0, 1):
        raise SystemExit(f"checkov failed ({result.returncode}): {result.stderr.strip()}")
    report = json.loads(result.stdout or "{}")
    if isinstance(report, list):  # one report per framework
        report = next((r for r in report if r.get("check_type") == "kubernetes"), {})
    failed: list[dict[str, Any]] = report.get("results", {}).get("failed_checks", [])
    return failed


def scan(checkov: str) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """app -> {"plain": failures, "namespaced": failures}."""
    results: dict[str, dict[str, list[dict[str, Any]]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for i, app in enumerate(BUDGETS):
            output = synthesize(app, Path(tmp) / str(i))
            results[app] = {"plain": failures(checkov, output),
                            "namespaced": failures(checkov, with_namespace(output, Path(tmp) / f"{i}-ns.yaml"))}
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checkov", required=True, help="the checkov executable")
    parser.add_argument("--json", action="store_true", help="print the failed checks as JSON")
    args = parser.parse_args()
    results = scan(args.checkov)
    if args.json:
        print(json.dumps({app: {k: [{"check": f["check_id"], "resource": f["resource"]} for f in v]
                                for k, v in r.items()} for app, r in results.items()}, indent=1))
    status = 0
    for app, result in results.items():
        plain, namespaced = len(result["plain"]), len(result["namespaced"])
        verdict = "ok" if plain <= BUDGETS[app] else "OVER BUDGET"
        print(f"{app}: {plain} failed checks (budget {BUDGETS[app]}, {verdict}); "
              f"{namespaced} with a namespace set")
        counts: dict[str, int] = {}
        for failure in result["plain"]:
            key = f"{failure['check_id']} {failure['check_name']}"
            counts[key] = counts.get(key, 0) + 1
        for key, count in sorted(counts.items()):
            print(f"  {count:3d} x {key}")
        if plain > BUDGETS[app]:
            status = 1
    return status


if __name__ == "__main__":
    raise SystemExit(main())
