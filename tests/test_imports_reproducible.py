"""`make imports` reproduces the committed imports/ and schemas/ byte for byte."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import ROOT, SHARED, missing_shared

pytestmark = pytest.mark.slow


@pytest.mark.skipif(not (SHARED / "crds").is_dir(), reason=missing_shared("crds"))
def test_regenerating_imports_reproduces_the_committed_files() -> None:
    result = subprocess.run([sys.executable, "scripts/imports.py", "--offline", "--check"], cwd=ROOT,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "imports are reproducible" in result.stdout
