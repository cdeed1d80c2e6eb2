"""Derive the command-line flags that ``vllm serve`` accepts, per vLLM version, as committed JSON data.

The library refuses, at synth, a vLLM container whose ``vllm serve`` args hold a flag that the vLLM of the
chosen llm-d release does not accept (vLLM exits on an unknown argument). This script produces the data
that check reads. CI never runs it: it needs PyPI. Run it by hand when a new llm-d / router release is
added to ``RELEASES`` below, review the diff, commit the JSON.

How to run (from the repository root; any Python >= 3.10 with ``venv`` and ``pip``)::

    python3 scripts/vllm_flags.py                      # every vLLM version named in RELEASES
    python3 scripts/vllm_flags.py --version v0.23.0    # one version (repeatable)
    python3 scripts/vllm_flags.py --torch /path/to/torch-X+cpu-....whl --torch-index-url ''

What it does, per vLLM version (approach: build vLLM's real parser, then read ``parser._actions``):

1. ``python -m venv WORK/venv-<version>`` (default ``WORK`` = ``$TMPDIR/vllm-flags``; throwaway).
2. ``pip install --no-deps vllm==<version>``: the PyPI wheel. Its compiled extensions are never loaded.
3. ``pip install`` a CPU-only torch (``--torch``, default ``torch`` from ``--torch-index-url``, default the
   PyTorch CPU index), then pins it in a constraints file so that no later step can pull a CUDA build.
4. ``pip install`` the pure-Python packages that vLLM's argument code imports (``IMPORT_DEPS``); a
   module still missing at import time is installed by name (bounded retries, never a GPU package).
5. Registers a tiny ``vllm.platform_plugins`` entry point in the venv that selects vLLM's own CPU
   platform, so config dataclass defaults can be computed on a machine without a GPU. Option strings
   do not depend on the platform (built-in platforms do not override ``pre_register_and_update``).
6. Re-runs this file with the venv's Python in ``_dump`` mode: builds the parser exactly as
   ``vllm serve`` does (``make_arg_parser(FlexibleArgumentParser())`` from
   ``vllm/entrypoints/openai/cli_args.py``, called by ``vllm/entrypoints/cli/serve.py``), records every
   action's option strings, arity, JSON-ness, choices and deprecation markers, which file registered it
   and which config dataclass defines its field, and probes the parser's behaviour (underscore spelling,
   ``--flag=value``, dotted JSON keys, ``-O`` shorthand, abbreviations).
7. Scans the wheel's sources for lines that call a ``--flag`` deprecated / to be removed.

Writes (2-space indent, sorted keys, trailing newline; deterministic for a given wheel):

* ``modelservice_constructs/data/vllm/<version>.json``: one file per vLLM version.
* ``modelservice_constructs/data/vllm/releases.json``: router release -> llm-d release -> vLLM version,
  with the sources of each pairing (``RELEASES`` below; established by reading llm-d's repository).

Only flag names, arities and facts with source paths are recorded; no vLLM code or help prose is copied.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from types import FrameType
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = REPO_ROOT / "modelservice_constructs" / "data" / "vllm"
VLLM_REPO = "vllm-project/vllm"

# Full commit of each vLLM release tag. The wheel only records an abbreviated id (vllm/_version.py); the script
# checks that it is a prefix of the commit named here. Sources: llm-d/llm-d docker/common-versions comments
# ("maps to vLLM official ... release") for v0.19.1 and v0.23.0; for v0.26.0 the wheel id gffd46bfab and public
# references to vllm-project/vllm@ffd46bfab2128bb84146050e98b51a617c6575ab as the v0.26.0 build.
TAG_COMMITS: dict[str, str] = {
    "v0.19.1": "b1388b1fbf5aaef47937fabe98931211684666a6",
    "v0.23.0": "0fc695fc6d1d82e9a5ac6835ac8e4e1c83703665",
    "v0.26.0": "ffd46bfab2128bb84146050e98b51a617c6575ab",
}

LLMD_FORK_NOTE = (
    "llm-d/llm-d history as carried by its fork zetxqx/llm-d (the same commits and PR numbers)"
)

# Router release -> llm-d release -> vLLM version, with where each link was read.
RELEASES: list[dict[str, Any]] = [
    {
        "router": "v0.8.0",
        "routerRepository": "llm-d/llm-d-inference-scheduler",
        "routerTag": "llm-d/llm-d-inference-scheduler@v0.8.0 (05c91f0d, 2026-04-25)",
        "llmd": "v0.7.0",
        "vllm": "v0.19.1",
        "confidence": "high",
        "source": "llm-d/llm-d@08fe5b663ad1be4ce255b2cd30a8579bdc5902de:docker/common-versions",
        "sources": [
            "llm-d/llm-d@08fe5b663ad1be4ce255b2cd30a8579bdc5902de (Prep v0.7.0, #1270, 2026-05-12):"
            "guides/precise-prefix-cache-aware/README.md names ghcr.io/llm-d/llm-d-inference-scheduler:v0.8.0",
            "llm-d/llm-d@08fe5b663ad1be4ce255b2cd30a8579bdc5902de:"
            "guides/recipes/modelserver/base/single-host/pd/vllm/patch-sidecar.yaml (llm-d-routing-sidecar:v0.8.0)",
            "llm-d/llm-d@08fe5b663ad1be4ce255b2cd30a8579bdc5902de:docker/common-versions "
            "(VLLM_PRECOMPILED_WHEEL_COMMIT=b1388b1f = vLLM v0.19.1; VLLM_COMMIT_SHA=693c2d11 on neuralmagic/vllm = "
            "cherry-picks on top of v0.19.1) -> ghcr.io/llm-d/llm-d-cuda:v0.7.0",
            "llm-d/llm-d@08fe5b663ad1be4ce255b2cd30a8579bdc5902de:guides (vllm/vllm-openai:v0.19.1 images)",
            "kserve/kserve#5595: llm-d v0.7.0 matrix (llm-d-cuda v0.7.0, llm-d-inference-scheduler v0.8.0)",
        ],
        "notes": [
            "llm-d-cuda:v0.7.0 runs neuralmagic/vllm@693c2d11 (v0.19.1 plus cherry-picks); flags here are those "
            "of the upstream v0.19.1 tag",
            LLMD_FORK_NOTE,
        ],
    },
    {
        "router": "v0.9.0",
        "routerRepository": "llm-d/llm-d-router",
        "routerTag": "llm-d/llm-d-router@v0.9.0 (dda86863, 2026-06-23)",
        "llmd": "v0.8.0",
        "vllm": "v0.23.0",
        "confidence": "high",
        "source": "llm-d/llm-d@859c4e4f181e5d0f85f6843a8d667f5b19a2871c:docker/common-versions",
        "sources": [
            "llm-d/llm-d#1819 (Components V0.8.0): llm-d-router-endpoint-picker v0.9.0, "
            "llm-d-cuda v0.8.0 = vLLM v0.23.0",
            "llm-d/llm-d@93a7b5d6ed566005e0cd6a7fe9276df8b8f02b5e (v0.8.0 release prep, #1885):"
            "guides/recipes/modelserver/components/images/gpu-vllm/kustomization.yaml (vllm/vllm-openai:v0.23.0)",
            "llm-d/llm-d@859c4e4f181e5d0f85f6843a8d667f5b19a2871c:docker/common-versions "
            "(VLLM_PRECOMPILED_WHEEL_COMMIT=0fc695fc = vLLM v0.23.0; VLLM_COMMIT_SHA=51f799c1 on neuralmagic/vllm = "
            "v0.23.0 + DP supervisor engine_id fix)",
            "llm-d/llm-d@7edda66d76ccdb55e8c1cb1d4ce0cf0a854eae3f:guides/recipes/modelserver/components/images/"
            "routing-sidecar/kustomization.yaml (llm-d-router-disagg-sidecar:v0.9.0) and gpu-vllm (v0.23.0)",
        ],
        "notes": [LLMD_FORK_NOTE],
    },
    {
        "router": "v0.10.0",
        "routerRepository": "llm-d/llm-d-router",
        "routerTag": "llm-d/llm-d-router@v0.10.0 (0b43c187, 2026-08-17)",
        "llmd": "v0.9.0",
        "vllm": "v0.26.0",
        "confidence": "medium",
        "source": "llm-d/llm-d.github.io:blog/2026-08-13_llm-d-v0.9-hardened-for-scale.md",
        "sources": [
            "kserve/kserve#6026: bump to llm-d v0.9.0 = llm-d-cuda v0.9.0 with llm-d-router v0.10.0",
            "llm-d/llm-d.github.io:blog/2026-08-13_llm-d-v0.9-hardened-for-scale.md: default vLLM image v0.26.0",
        ],
        "notes": [
            "the vLLM pin of llm-d-cuda:v0.9.0 (llm-d/llm-d@v0.9.0:docker/common-versions) was not read; the "
            "pairing rests on kserve/kserve#6026 and the llm-d v0.9 release blog (default vLLM image v0.26.0)",
        ],
    },
]

# Pure-Python packages vLLM's argument/config modules import at import time (torch comes separately).
IMPORT_DEPS: tuple[str, ...] = (
    "aiohttp",
    "blake3",
    "cachetools",
    "cbor2",
    "cloudpickle",
    "einops",
    "fastapi",
    "filelock",
    "gguf",
    "ijson",
    "msgspec",
    "numpy",
    "openai",
    "openai-harmony",
    "partial-json-parser",
    "pillow",
    "prometheus_client",
    "psutil",
    "py-cpuinfo",
    "pybase64",
    "pydantic",
    "pyyaml",
    "pyzmq",
    "regex",
    "requests",
    "setproctitle",
    "tqdm",
    "transformers",
    "typing_extensions",
    "uvloop",
)

# Module name -> distribution name, for the bounded "install what is still missing" loop.
MODULE_PACKAGES: dict[str, str] = {
    "PIL": "pillow",
    "cpuinfo": "py-cpuinfo",
    "cv2": "opencv-python-headless",
    "google": "protobuf",
    "openai_harmony": "openai-harmony",
    "yaml": "pyyaml",
    "zmq": "pyzmq",
}
# Never installed by the retry loop: GPU stacks and multi-GB downloads.
FORBIDDEN_PREFIXES: tuple[str, ...] = ("torch", "nvidia", "cuda", "cupy", "triton", "flashinfer", "xformers", "ray")
MAX_INSTALL_RETRIES = 12

PLATFORM_SHIM_MODULE = "vllm_flags_platform"
PLATFORM_SHIM = 'def cpu() -> str:\n    return "vllm.platforms.cpu.CpuPlatform"\n'

# A source line that makes a flag the subject of a deprecation: "`--flag` option is deprecated", "--flag will be
# removed". Lines that merely point to a flag as the replacement ("use --flag instead") do not match.
FLAG_DEPRECATED = re.compile(
    r"(?<![\w-])(--[a-z0-9][a-z0-9_-]*[a-z0-9])[`'\"]?\s+(?:option\s+|argument\s+|flag\s+)?"
    r"(?:is\s+deprecated|has\s+been\s+deprecated|is\s+no\s+longer\s+supported|will\s+be\s+removed)",
    re.IGNORECASE,
)
HELP_DEPRECATED = re.compile(r"^\s*\[?deprecated|\bis deprecated\b|\bwill be removed\b", re.IGNORECASE)


# --------------------------------------------------------------------------------------------------------------
# _dump mode: runs inside the throwaway venv, with vLLM importable.
# --------------------------------------------------------------------------------------------------------------


def _function_names(obj: Any, depth: int = 0) -> set[str]:
    """Names of a type callable and of the callables its closures wrap (vLLM nests optional/parse wrappers)."""
    names: set[str] = set()
    if obj is None or depth > 4:
        return names
    name = getattr(obj, "__name__", None)
    module = getattr(obj, "__module__", None)
    if isinstance(name, str):
        names.add(f"{module}.{name}" if module == "json" else name)
    for cell in getattr(obj, "__closure__", None) or ():
        try:
            inner = cell.cell_contents
        except ValueError:
            continue
        if callable(inner):
            names |= _function_names(inner, depth + 1)
    return names


def _accepts_json(action: argparse.Action) -> bool:
    names = _function_names(action.type)
    return bool(names & {"json.loads", "parse_dataclass", "union_dict_and_str"})


def _relative(path: str | None, site_dir: Path) -> str | None:
    if not path:
        return None
    try:
        return Path(path).resolve().relative_to(site_dir).as_posix()
    except ValueError:
        return None


def _defining_file(title: str | None, dest: str, modules: list[Any], site_dir: Path) -> str | None:
    """File of the dataclass (named after the argument group) whose own annotations declare ``dest``."""
    if not title:
        return None
    for module in modules:
        for candidate in (title, f"{title}Args"):
            cls = getattr(module, candidate, None)
            if not isinstance(cls, type):
                continue
            for klass in cls.__mro__:
                if dest in vars(klass).get("__annotations__", {}):
                    return _relative(inspect.getsourcefile(klass), site_dir)
    return None


def _probe(make: Any, args: list[str], check: Any) -> bool:
    try:
        namespace = make().parse_args(args)
    except (SystemExit, Exception):
        return False
    try:
        return bool(check(namespace))
    except Exception:
        return False


def _field(value: Any, key: str) -> Any:
    return value.get(key) if isinstance(value, dict) else getattr(value, key, None)


def _scan_deprecations(package_dir: Path, site_dir: Path) -> list[dict[str, str]]:
    found: set[tuple[str, str]] = set()
    for path in sorted(package_dir.rglob("*.py")):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        rel = path.relative_to(site_dir).as_posix()
        for match in FLAG_DEPRECATED.finditer(text):
            found.add((match.group(1).replace("_", "-"), rel))
    return [{"flag": flag, "path": rel} for flag, rel in sorted(found)]


def dump(out_file: Path) -> None:
    """Build ``vllm serve``'s parser and write its actions and behaviour facts to ``out_file`` as JSON."""
    # vLLM only computes help text (used to spot "deprecated" in it) when "--help" is in sys.argv; "serve" must
    # not be there, or vLLM leaves --model out of the parser.
    sys.argv = [sys.argv[0], "--help"]
    registered: dict[int, tuple[str | None, str | None]] = {}
    this_file = Path(__file__).resolve()
    original_add = argparse._ActionsContainer.add_argument

    def recording_add(self: Any, *args: Any, **kwargs: Any) -> argparse.Action:
        action = original_add(self, *args, **kwargs)
        frame: FrameType | None = sys._getframe(1)
        while frame is not None:
            filename = frame.f_code.co_filename
            if not (filename.endswith(("argparse.py", "argparse_utils.py")) or Path(filename).resolve() == this_file):
                break
            frame = frame.f_back
        caller = frame.f_code.co_filename if frame is not None else None
        registered[id(action)] = (caller, getattr(self, "title", None))
        return action

    argparse._ActionsContainer.add_argument = recording_add  # type: ignore[method-assign]

    vllm = importlib.import_module("vllm")
    argparse_utils = importlib.import_module("vllm.utils.argparse_utils")
    cli_args = importlib.import_module("vllm.entrypoints.openai.cli_args")
    arg_utils = importlib.import_module("vllm.engine.arg_utils")
    config = importlib.import_module("vllm.config")
    package_dir = Path(str(vllm.__file__)).resolve().parent
    site_dir = package_dir.parent
    parser_cls = argparse_utils.FlexibleArgumentParser

    def make() -> Any:
        return cli_args.make_arg_parser(parser_cls())

    parser = make()
    deprecated_set: set[Any] = set(getattr(parser_cls, "_deprecated", set()))
    modules = [config, cli_args, arg_utils]
    actions: list[dict[str, Any]] = []
    positionals: list[str] = []
    for action in parser._actions:
        if not action.option_strings:
            positionals.append(action.dest)
            continue
        caller, title = registered.get(id(action), (None, None))
        choices = None
        if action.choices is not None:
            choices = [str(choice) for choice in action.choices]
        nargs = action.nargs
        actions.append(
            {
                "options": list(action.option_strings),
                "dest": action.dest,
                "kind": type(action).__name__,
                "nargs": nargs if nargs is None or isinstance(nargs, (int, str)) else str(nargs),
                "json": _accepts_json(action),
                "choices": choices,
                "deprecatedMarker": action in deprecated_set or bool(getattr(action, "deprecated", False)),
                "helpDeprecated": bool(HELP_DEPRECATED.search(action.help or "")),
                "group": title,
                "registeredAt": _relative(caller, site_dir),
                "definedIn": _defining_file(title, action.dest, modules, site_dir),
            }
        )

    default_tp = make().parse_args([]).tensor_parallel_size
    probes = {
        "underscores": _probe(make, ["--tensor_parallel_size", "3"], lambda ns: ns.tensor_parallel_size == 3),
        "equalsForm": _probe(make, ["--tensor-parallel-size=3"], lambda ns: ns.tensor_parallel_size == 3),
        "underscoresWithEquals": _probe(make, ["--tensor_parallel_size=3"], lambda ns: ns.tensor_parallel_size == 3),
        "abbreviations": _probe(make, ["--tensor-parallel-si", "3"], lambda ns: ns.tensor_parallel_size == 3),
        "dottedJson": _probe(
            make,
            ["--kv-transfer-config.kv_connector", "NixlConnector", "--kv-transfer-config.kv_role", "kv_both"],
            lambda ns: (
                _field(ns.kv_transfer_config, "kv_connector") == "NixlConnector"
                and _field(ns.kv_transfer_config, "kv_role") == "kv_both"
            ),
        ),
        "dottedJsonKebabKeys": _probe(
            make,
            ["--kv-transfer-config.kv-connector", "NixlConnector", "--kv-transfer-config.kv_role", "kv_both"],
            lambda ns: _field(ns.kv_transfer_config, "kv_connector") == "NixlConnector",
        ),
        "unknownRejected": not _probe(make, ["--definitely-not-a-vllm-flag", "1"], lambda ns: True),
        "tensorParallelDefault": default_tp,
    }
    probes["optimizationShorthand"] = None
    try:
        base = vars(make().parse_args([]))
        shorthand = vars(make().parse_args(["-O3"]))
    except (SystemExit, Exception):
        shorthand = base = {}
    changed = sorted(dest for dest, value in shorthand.items() if base.get(dest) != value)
    if len(changed) == 1:
        probes["optimizationShorthand"] = next((a["options"][0] for a in actions if a["dest"] == changed[0]), None)

    result = {
        "vllmVersion": vllm.__version__,
        "wheelCommitId": getattr(importlib.import_module("vllm._version"), "__commit_id__", None),
        "parserClass": f"{parser_cls.__module__}.{parser_cls.__qualname__}",
        "parseArgsSource": _relative(inspect.getsourcefile(parser_cls.parse_args), site_dir),
        "allowAbbrev": bool(parser.allow_abbrev),
        "probes": probes,
        "positionals": positionals,
        "actions": actions,
        "sourceDeprecations": _scan_deprecations(package_dir, site_dir),
    }
    out_file.write_text(json.dumps(result, indent=2, sort_keys=True) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------------------------------------------
# Driver mode: builds the venvs, runs _dump, writes the committed JSON.
# --------------------------------------------------------------------------------------------------------------


def _run(cmd: list[str], *, check: bool = True) -> subprocess.CompletedProcess[str]:
    print("+", " ".join(cmd), file=sys.stderr, flush=True)
    return subprocess.run(cmd, check=check, text=True, capture_output=not check)


def _venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _site_packages(python: Path) -> Path:
    out = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        text=True,
        capture_output=True,
    )
    return Path(out.stdout.strip())


def _install_platform_shim(site: Path) -> None:
    (site / f"{PLATFORM_SHIM_MODULE}.py").write_text(PLATFORM_SHIM, encoding="utf-8")
    dist = site / f"{PLATFORM_SHIM_MODULE}-0.0.0.dist-info"
    dist.mkdir(exist_ok=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: vllm-flags-platform\nVersion: 0.0.0\n", "utf-8")
    (dist / "entry_points.txt").write_text(
        f"[vllm.platform_plugins]\nvllm_flags_cpu = {PLATFORM_SHIM_MODULE}:cpu\n", encoding="utf-8"
    )
    (dist / "RECORD").write_text("", encoding="utf-8")


def prepare_venv(version: str, work: Path, python: str, torch: str, torch_index_url: str) -> Path:
    """Create (or reuse) the throwaway venv for ``version`` and return its Python."""
    venv = work / f"venv-{version}"
    py = _venv_python(venv)
    marker = venv / ".vllm-flags-ready"
    if marker.exists():
        return py
    _run([python, "-m", "venv", "--clear", str(venv)])
    pip = [str(py), "-m", "pip", "install", "--disable-pip-version-check", "--quiet"]
    _run([*pip, "--no-deps", f"vllm=={version.removeprefix('v')}"])
    torch_cmd = [*pip, torch]
    if torch_index_url:
        torch_cmd += ["--index-url", torch_index_url]
    _run(torch_cmd)
    torch_version = _run(
        [str(py), "-c", "import importlib.metadata as m; print(m.version('torch'))"], check=False
    ).stdout.strip()
    constraints = venv / "constraints.txt"
    constraints.write_text(f"torch=={torch_version}\n", encoding="utf-8")
    _run([*pip, "-c", str(constraints), *IMPORT_DEPS])
    _install_platform_shim(_site_packages(py))
    marker.write_text(torch_version + "\n", encoding="utf-8")
    return py


def run_dump(py: Path, venv: Path, out_file: Path) -> dict[str, Any]:
    """Run ``_dump`` in the venv; install a still-missing pure-Python module and retry, a bounded number of times."""
    pip = [str(py), "-m", "pip", "install", "--disable-pip-version-check", "--quiet"]
    constraints = venv / "constraints.txt"
    for _ in range(MAX_INSTALL_RETRIES):
        proc = _run([str(py), str(Path(__file__).resolve()), "_dump", str(out_file)], check=False)
        if proc.returncode == 0:
            loaded: dict[str, Any] = json.loads(out_file.read_text(encoding="utf-8"))
            return loaded
        missing = re.findall(r"No module named '([^'.]+)", proc.stderr)
        if not missing:
            sys.stderr.write(proc.stderr)
            raise SystemExit(f"_dump failed in {venv}")
        package = MODULE_PACKAGES.get(missing[-1], missing[-1].replace("_", "-"))
        if package.lower().startswith(FORBIDDEN_PREFIXES):
            sys.stderr.write(proc.stderr)
            raise SystemExit(f"vLLM import needs {package}; refusing to install a GPU package")
        _run([*pip, "-c", str(constraints), package])
    raise SystemExit(f"_dump still failing after {MAX_INSTALL_RETRIES} installs in {venv}")


def _source(tag: str, path: str | None) -> str | None:
    return f"{VLLM_REPO}@{tag}:{path}" if path else None


def _takes_value(action: dict[str, Any]) -> str:
    nargs = action["nargs"]
    if nargs == 0:
        return "none"
    if nargs in ("?", "*"):
        return "optional"
    return "required"


def build_version_file(tag: str, raw: dict[str, Any]) -> dict[str, Any]:
    """Turn a raw ``_dump`` result into the committed per-version document."""
    commit_id = str(raw.get("wheelCommitId") or "").removeprefix("g")
    commit = TAG_COMMITS.get(tag)
    if commit is not None and commit_id and not commit.startswith(commit_id):
        raise SystemExit(f"{tag}: wheel commit id {commit_id} is not a prefix of {commit}")
    known: set[str] = {option for action in raw["actions"] for option in action["options"]}
    source_deprecations: dict[str, list[str]] = {}
    for entry in raw["sourceDeprecations"]:
        if entry["flag"] in known:
            source_deprecations.setdefault(entry["flag"], []).append(entry["path"])

    flags: dict[str, Any] = {}
    option_index: dict[str, str] = {}
    for action in raw["actions"]:
        options: list[str] = action["options"]
        longs = [o for o in options if o.startswith("--")]
        negation = None
        if action["kind"] == "BooleanOptionalAction":
            positives = [o for o in longs if not o.startswith("--no-")]
            key = positives[0]
            negation = next((o for o in longs if o == "--no-" + key[2:]), None)
        else:
            key = longs[0] if longs else options[0]
        aliases = [o for o in options if o not in (key, negation)]
        deprecated: dict[str, Any] | None = None
        reasons: list[str] = []
        paths: list[str] = []
        if action["deprecatedMarker"]:
            reasons.append("argparse deprecated=True")
        if action["helpDeprecated"]:
            reasons.append("help text states deprecation")
        for option in options:
            for path in source_deprecations.get(option, []):
                reasons.append(f"warning names {option}")
                paths.append(path)
        if reasons:
            deprecated = {
                "reasons": sorted(set(reasons)),
                "sources": sorted({s for s in (_source(tag, p) for p in paths) if s}),
            }
        defined = action["definedIn"] or action["registeredAt"]
        flags[key] = {
            "aliases": aliases,
            "boolean": action["nargs"] == 0,
            "negation": negation,
            "takesValue": _takes_value(action),
            "nargs": action["nargs"],
            "json": action["json"],
            "choices": action["choices"],
            "repeatable": action["kind"] == "_AppendAction",
            "deprecated": deprecated,
            "group": action["group"],
            "dest": action["dest"],
            "source": _source(tag, defined),
            "registeredAt": _source(tag, action["registeredAt"]),
        }
        for option in options:
            option_index[option] = key

    probes = raw["probes"]
    parse_source = _source(tag, raw["parseArgsSource"])
    paired = [
        {
            "llmd": r["llmd"],
            "router": r["router"],
            "routerRepository": r["routerRepository"],
            "confidence": r["confidence"],
            "source": r["source"],
            "sources": r["sources"],
        }
        for r in RELEASES
        if r["vllm"] == tag
    ]
    return {
        "version": tag,
        "source": {
            "repository": VLLM_REPO,
            "tag": tag,
            "commit": commit or commit_id,
            "wheel": f"vllm=={raw['vllmVersion']} (PyPI)",
            "wheelCommitId": raw.get("wheelCommitId"),
        },
        "method": (
            "scripts/vllm_flags.py: parser built from the PyPI wheel by "
            "vllm/entrypoints/openai/cli_args.py make_arg_parser (as vllm/entrypoints/cli/serve.py does), "
            "options read from parser._actions; CPU platform; help text only scanned for deprecation"
        ),
        "pairedWith": paired,
        "parser": {
            "class": raw["parserClass"],
            "source": parse_source,
            "underscores": probes["underscores"],
            "underscoresWithEquals": probes["underscoresWithEquals"],
            "equalsForm": probes["equalsForm"],
            "dottedJson": probes["dottedJson"],
            "dottedJsonKebabKeys": probes["dottedJsonKebabKeys"],
            "abbreviations": probes["abbreviations"],
            "allowAbbrev": raw["allowAbbrev"],
            "unknownRejected": probes["unknownRejected"],
            "optimizationShorthand": probes["optimizationShorthand"],
            "notes": [
                "underscores: parse_args rewrites '_' to '-' in the option name (the part after '--' and before "
                "the first '.'), so --max_model_len == --max-model-len",
                "equalsForm: --flag=value is accepted for every option taking a value (argparse)",
                "dottedJson: --flag.key value (or --flag.key=value) is folded into --flag '{\"key\": value}' for "
                "flags whose value is JSON (json: true); keys after the first '.' are not rewritten",
                "abbreviations: argparse allow_abbrev is on, so an unambiguous prefix of a long option is accepted",
                "optimizationShorthand: -O<n> / -O=<n> / -O <n> is rewritten by parse_args to this option",
                "optionIndex maps every accepted option string (aliases and --no- negations) to its flags key",
            ],
        },
        "positionals": raw["positionals"],
        "optionIndex": dict(sorted(option_index.items())),
        "flags": dict(sorted(flags.items())),
    }


def build_releases_file() -> dict[str, Any]:
    return {
        "description": "llm-d router release -> llm-d release -> vLLM version whose `vllm serve` flags apply",
        "releases": {
            r["router"]: {
                "routerRepository": r["routerRepository"],
                "routerTag": r["routerTag"],
                "llmd": r["llmd"],
                "vllm": r["vllm"],
                "data": f"{r['vllm']}.json",
                "confidence": r["confidence"],
                "source": r["source"],
                "sources": r["sources"],
                "notes": r["notes"],
            }
            for r in RELEASES
        },
    }


def write_json(path: Path, document: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {path.relative_to(REPO_ROOT)}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    args_in = sys.argv[1:] if argv is None else argv
    if args_in[:1] == ["_dump"]:
        dump(Path(args_in[1]))
        return 0
    versions = sorted({r["vllm"] for r in RELEASES}, key=lambda v: tuple(int(p) for p in v[1:].split(".")))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--version", action="append", choices=versions, help="vLLM tag(s); default: all")
    parser.add_argument("--work-dir", type=Path, default=Path(tempfile.gettempdir()) / "vllm-flags")
    parser.add_argument("--python", default=sys.executable, help="interpreter used to create the venvs")
    parser.add_argument("--torch", default="torch", help="pip requirement or wheel path of a CPU torch")
    parser.add_argument("--torch-index-url", default="https://download.pytorch.org/whl/cpu")
    parser.add_argument("--out-dir", type=Path, default=OUT_DIR)
    args = parser.parse_args(args_in)
    args.work_dir.mkdir(parents=True, exist_ok=True)
    for tag in args.version or versions:
        py = prepare_venv(tag, args.work_dir, args.python, args.torch, args.torch_index_url)
        raw = run_dump(py, args.work_dir / f"venv-{tag}", args.work_dir / f"raw-{tag}.json")
        write_json(args.out_dir / f"{tag}.json", build_version_file(tag, raw))
    write_json(args.out_dir / "releases.json", build_releases_file())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
