"""LoraAdapters: the LoRA adapters vLLM serves next to its base model, loaded at start or at run time.

Static adapters are vLLM's ``--lora-modules name=source``; run-time adapters are found by vLLM's filesystem
resolver in a directory of the pod (``VLLM_PLUGINS=lora_filesystem_resolver``, ``VLLM_LORA_RESOLVER_CACHE_DIR``,
``VLLM_ALLOW_RUNTIME_LORA_UPDATING``), one subdirectory per adapter, as llm-d's adapter-rollout guide runs it. A
request names an adapter as its model; an ``InferenceModelRewrite`` splits requests between adapters (a canary
rollout), and every target it names must be served (checked at synth).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .errors import ModelServiceError, Problem, show
from .names import raise_problems
from .props import checked

LORA_VOLUME = "lora-adapters"
LORA_RANKS = (8, 16, 32, 64, 128, 256, 320, 512)
"""The ``--max-lora-rank`` values vLLM accepts."""


@checked
@dataclass(frozen=True)
class LoraAdapter:
    """One adapter vLLM loads at start.

    :param name: the model name requests use for it.
    :param source: where vLLM loads it from: a Hugging Face repository id or a path in the pod.
    """

    name: str
    source: str

    def __post_init__(self) -> None:
        for prop, value in (("name", self.name), ("source", self.source)):
            if not value.strip() or any(c.isspace() for c in value) or (prop == "name" and "=" in value):
                raise ModelServiceError.at(f"LoraAdapter.{prop}", f"must be a non-empty word without spaces"
                                                                  f"{' or =' if prop == 'name' else ''}, got "
                                                                  f"{show(value)}")


@checked
@dataclass(frozen=True)
class LoraAdapters:
    """The LoRA adapters of a server's vLLM containers.

    :param static: adapters loaded at start (``--lora-modules``). Default: none.
    :param runtime_dir: a directory of the pod where vLLM's filesystem resolver finds adapters by name at run time
        (an emptyDir ``lora-adapters`` mounted there; fill it with a sidecar or an init container of your own).
        Default: none (no run-time loading).
    :param runtime_adapters: the names of the adapters the run-time directory will hold, which
        ``InferenceModelRewrite`` targets may name. Default: none.
    :param max_loras: adapters vLLM keeps in one batch (``--max-loras``). Default: vLLM's (1).
    :param max_lora_rank: the largest adapter rank (``--max-lora-rank``), one of 8, 16, 32, 64, 128, 256, 320, 512.
        Default: vLLM's (16).
    """

    static: Sequence[LoraAdapter] = ()
    runtime_dir: str | None = None
    runtime_adapters: Sequence[str] = ()
    max_loras: int | None = None
    max_lora_rank: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "static", tuple(self.static))
        object.__setattr__(self, "runtime_adapters", tuple(self.runtime_adapters))
        problems: list[Problem | None] = []
        names = [a.name for a in self.static] + list(self.runtime_adapters)
        repeated = sorted({n for n in names if names.count(n) > 1})
        if repeated:
            problems.append(Problem("LoraAdapters.static", f"adapter names must be unique (static and run-time "
                                                           f"together); {', '.join(repeated)} repeats"))
        if not self.static and self.runtime_dir is None:
            problems.append(Problem("LoraAdapters", "give static adapters, a runtime_dir, or both"))
        if self.runtime_adapters and self.runtime_dir is None:
            problems.append(Problem("LoraAdapters.runtime_adapters", "run-time adapters need a runtime_dir to be "
                                                                     "found in"))
        if self.runtime_dir is not None and not self.runtime_dir.startswith("/"):
            problems.append(Problem("LoraAdapters.runtime_dir", f"must be an absolute path, got "
                                                                f"{show(self.runtime_dir)}"))
        if self.max_loras is not None and self.max_loras < 1:
            problems.append(Problem("LoraAdapters.max_loras", f"must be at least 1, got {show(self.max_loras)}"))
        if self.max_lora_rank is not None and self.max_lora_rank not in LORA_RANKS:
            problems.append(Problem("LoraAdapters.max_lora_rank", f"{show(self.max_lora_rank)} is not a rank vLLM "
                                                                  f"accepts: {', '.join(map(str, LORA_RANKS))}"))
        raise_problems(*problems)

    @property
    def names(self) -> tuple[str, ...]:
        """The model names of the adapters: the static ones, then the run-time ones."""
        return tuple(a.name for a in self.static) + tuple(self.runtime_adapters)

    def vllm_args(self) -> list[str]:
        """``--enable-lora``, ``--lora-modules <name>=<source>...``, ``--max-loras``, ``--max-lora-rank``."""
        args = ["--enable-lora"]
        if self.static:
            args += ["--lora-modules", *(f"{a.name}={a.source}" for a in self.static)]
        if self.max_loras is not None:
            args += ["--max-loras", str(self.max_loras)]
        if self.max_lora_rank is not None:
            args += ["--max-lora-rank", str(self.max_lora_rank)]
        return args

    def container_env(self) -> list[dict[str, Any]]:
        """The resolver's environment, with a ``runtime_dir``."""
        if self.runtime_dir is None:
            return []
        return [{"name": "VLLM_ALLOW_RUNTIME_LORA_UPDATING", "value": "True"},
                {"name": "VLLM_PLUGINS", "value": "lora_filesystem_resolver"},
                {"name": "VLLM_LORA_RESOLVER_CACHE_DIR", "value": self.runtime_dir}]

    def volume_mounts(self) -> list[dict[str, Any]]:
        """The run-time directory's mount, with a ``runtime_dir``."""
        return [] if self.runtime_dir is None else [{"name": LORA_VOLUME, "mountPath": self.runtime_dir}]

    def volumes(self) -> list[dict[str, Any]]:
        """The run-time directory's emptyDir, with a ``runtime_dir``."""
        return [] if self.runtime_dir is None else [{"name": LORA_VOLUME, "emptyDir": {}}]
