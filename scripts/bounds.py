"""The runtime dependencies of pyproject.toml pinned at one end of their ranges, for a test environment.

usage: bounds.py lower|upper|dev
  lower  every runtime dependency at its lower bound (``name==X`` of ``name>=X,<Y``)
  upper  every runtime dependency as its range allows (``name>=X,<Y``): pip then takes the newest release in it
  dev    the development tools (``[dev]``) at their pins of constraints.txt

One requirement a line, for ``pip install -r``. The test suite runs at both ends (``make test-bounds``), so that
a range in pyproject.toml is one the tests have passed at.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent


def requirements(end: str) -> list[str]:
    """The runtime requirements at ``end`` (``lower`` or ``upper``) of their ranges, or the pinned dev tools."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    if end == "dev":
        pins = {canonicalize_name(line.split("==")[0]): line.split("#")[0].strip()
                for line in (ROOT / "constraints.txt").read_text().splitlines() if "==" in line.split("#")[0]}
        return [pins[canonicalize_name(Requirement(spec).name)] for spec in project["optional-dependencies"]["dev"]]
    found: list[str] = []
    for spec in project["dependencies"]:
        requirement = Requirement(spec)
        if end == "upper":
            found.append(str(requirement))
            continue
        lower = [s.version for s in requirement.specifier if s.operator == ">="]
        if len(lower) != 1:
            sys.exit(f"error: {spec} has no single lower bound (>=) to test")
        found.append(f"{requirement.name}=={lower[0]}")
    return found


if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in ("lower", "upper", "dev"):
        sys.exit("usage: bounds.py lower|upper|dev")
    print("\n".join(requirements(sys.argv[1])))
