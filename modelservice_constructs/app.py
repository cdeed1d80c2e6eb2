"""Running an app: build, synthesize, and report bad input as our errors, never a traceback."""

from __future__ import annotations

import os
import re
import shutil
import sys
import warnings
from collections.abc import Callable

from cdk8s import App

from .errors import ModelServiceError, Problem

_VALIDATION = re.compile(r"^\s*\[([^\]]*)\] (.*)$")


def validation_problems(error: Exception) -> list[Problem] | None:
    """The problems of a failed cdk8s validation (``Validation failed with the following errors``), if it is one."""
    text = str(error)
    if "Validation failed with the following errors" not in text:
        return None
    return [Problem(m.group(1), m.group(2)) for line in text.splitlines() if (m := _VALIDATION.match(line))]


def synth(build: Callable[[App], object], outdir: str | None = None) -> int:
    """Build an app with ``build`` and synthesize it into ``outdir`` (default: ``CDK8S_OUTDIR`` or ``dist``).

    Problems (our errors and failed validations) are printed to stderr, one per line, and the output
    folder is removed if this run created it (``cdk8s synth`` removes it before running the app), so no
    partial output is left; warnings are printed as ``warning:`` lines. Returns the exit status (0 or 1).
    """
    return _synth(build, outdir)[0]


def _synth(build: Callable[[App], object], outdir: str | None) -> tuple[int, str]:
    """:func:`synth`, also returning the output folder."""
    app = App(outdir=outdir) if outdir else App()
    existed = os.path.exists(app.outdir)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            build(app)
            app.synth()
        except ModelServiceError as err:
            problems: list[Problem] | None = list(err.problems)
        except RuntimeError as err:
            problems = validation_problems(err)
            if problems is None:
                raise
        else:
            problems = []
    for warning in caught:
        print(f"warning: {warning.message}", file=sys.stderr)
    if problems:
        for problem in problems:
            print(f"error: {problem}", file=sys.stderr)
        # cdk8s synth clears its output folder first (or, with --stdout, makes an empty temporary one);
        # never remove a folder we did not make or that holds anything.
        if not existed or (run_by_cdk8s_cli() and not os.listdir(app.outdir)):
            shutil.rmtree(app.outdir, ignore_errors=True)
        return 1, app.outdir
    return 0, app.outdir


def run_by_cdk8s_cli() -> bool:
    """Whether ``cdk8s synth`` runs this app: it sets ``CDK8S_OUTDIR`` and ``CDK8S_RECORD_CONSTRUCT_METADATA``."""
    return "CDK8S_OUTDIR" in os.environ and "CDK8S_RECORD_CONSTRUCT_METADATA" in os.environ


def main(build: Callable[[App], object], outdir: str | None = None) -> None:
    """:func:`synth`, then exit with its status: the entry point of an app's ``main.py``.

    Under ``cdk8s synth`` a failed run exits 0 with no output folder: the cli then reports
    ``ERROR: synthesis failed, app expected to create "<outdir>"`` and exits 1 itself, where a
    non-zero status would make it print a Node stack trace after our ``error:`` lines.
    """
    status, folder = _synth(build, outdir)
    if status and run_by_cdk8s_cli() and not os.path.exists(folder):
        status = 0
    raise SystemExit(status)
