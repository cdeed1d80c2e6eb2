"""What the components of an llm-d release accept at start, and the checks of our output against it.

The facts come from upstream source at each release's tag (``scripts/component_contracts.py`` and
``scripts/vllm_flags.py`` write ``data/router/<tag>.json`` and ``data/vllm/<version>.json``; each fact
names its tag and source path). Nothing here is written by hand: a release is added by running the
scripts and reviewing the data files' diff.

Three checks, each returning :class:`~modelservice_constructs.errors.Problem` lists with the code
``component-contract`` (errors in the typed API, warnings in ``template``):

- :func:`epp_config_problems`: an ``EndpointPickerConfig`` document against the endpoint picker
  (apiVersion and kind, top-level fields, feature gates, plugin types, and plugin parameters where the
  release decodes them strictly);
- :func:`sidecar_args_problems`: the routing sidecar's arguments against its flags;
- :func:`vllm_args_problems`: ``vllm serve`` arguments against the flags of the vLLM the release ships.

An unknown name is reported with the release and the nearest known name.
"""

from __future__ import annotations

import functools
import json
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from . import errors
from .errors import ModelServiceWarning, Problem, show

CODE = "component-contract"
"""The problem code of what a component refuses at start."""
FLOW_CONTROL_GATE = "flowControl"
"""The endpoint picker's feature gate that turns its flow-control layer (the queue) on."""
DEPRECATED = "component-deprecated"
"""The problem code of what a component accepts with a deprecation warning (reported as a warning)."""


@dataclass(frozen=True)
class Flag:
    """A command-line flag of a component."""

    name: str
    """The long name, without dashes."""
    boolean: bool
    """Whether it takes no value (``--flag`` alone, or ``--flag=true``)."""
    deprecated: str | None
    """What upstream says instead of it, when it is deprecated (None: current)."""
    aliases: tuple[str, ...] = ()
    """Other spellings of the flag, with their dashes (``-tp``)."""
    rejected: bool = False
    """Whether the component refuses to start when it is given (a deprecated flag it no longer honours)."""
    values: frozenset[str] | None = None
    """The values it accepts, when it checks them (None: any)."""


@dataclass(frozen=True)
class Plugin:
    """An endpoint-picker plugin type the release registers."""

    type: str
    parameters: frozenset[str] | None
    """The parameter names its factory decodes (None: not known, not checked)."""
    strict: bool
    """Whether an unknown parameter makes the picker exit at start."""
    parameter_sets: tuple[frozenset[str], ...] = ()
    """Alternative parameter schemas, when it takes one of several and refuses a mix of them."""
    experimental: bool = False
    """Whether the picker loads it only with ``--allow-experimental-plugins`` (an Alpha plugin)."""
    deprecated: str | None = None
    """What upstream says instead of it, when it is deprecated."""


@dataclass(frozen=True)
class EppMetric:
    """A Prometheus metric the endpoint picker of a release serves."""

    name: str
    labels: frozenset[str]
    deprecated: str | None
    """What upstream says instead of it, when it is deprecated (None: current)."""


@dataclass(frozen=True)
class RouterContract:
    """What the router components (endpoint picker, routing sidecar) of one release accept."""

    release: str
    config_kind: str
    config_api_versions: Mapping[str, str]
    """apiVersion -> ``current`` or ``deprecated``."""
    config_fields: frozenset[str]
    config_nested_fields: Mapping[str, frozenset[str]]
    """Dotted path of a section -> the fields it accepts."""
    config_strict: bool
    feature_gates: frozenset[str]
    feature_gate_values: bool
    """Whether a gate may be written ``name=true`` / ``name=false``."""
    feature_gate_defaults: Mapping[str, bool]
    """Whether each gate is on when the configuration does not name it (a gate the release gives no default is
    off)."""
    plugins: Mapping[str, Plugin]
    epp_flags: Mapping[str, Flag]
    sidecar_flags: Mapping[str, Flag]
    images: Mapping[str, str]
    """``endpointPicker`` and ``sidecar`` -> the image (without tag) the release publishes."""
    objectives_api_version: str
    """The group/version of the InferenceObjectives and InferenceModelRewrites the picker watches."""
    objective_groups: tuple[str, ...]
    """Every group it reads them from, the preferred first (it falls back to the others when the preferred group's
    CRDs are not installed)."""
    inference_pool_api_version: str
    """The group/version of the InferencePools it reads."""
    epp_metrics: Mapping[str, EppMetric]
    """The metrics the picker serves, by name."""

    def feature_gate_on(self, document: Mapping[str, Any], gate: str) -> bool:
        """Whether ``gate`` is on in the picker loading ``document`` (an ``EndpointPickerConfig``): named in its
        ``featureGates`` (``gate`` or ``gate=true``; the last entry wins), else the release's default."""
        on = self.feature_gate_defaults.get(gate, False)
        gates = document.get("featureGates") or []
        for entry in gates if isinstance(gates, list) else [gates]:
            name, sep, value = str(entry).partition("=")
            if name == gate:
                on = not sep or value == "true"
        return on


@dataclass(frozen=True)
class VllmContract:
    """The ``vllm serve`` flags of one vLLM version."""

    version: str
    flags: Mapping[str, Flag]
    """Every spelling with its dashes (``--tensor-parallel-size``, ``-tp``, ``--no-enable-prefix-caching``) ->
    the flag."""
    abbreviations: bool = False
    """Whether a unique prefix of a long flag spells it (argparse's ``allow_abbrev``)."""


def _data(*parts: str) -> Any:
    path = resources.files("modelservice_constructs").joinpath("data", *parts)
    return json.loads(path.read_text(encoding="utf-8"))


def _flag(name: str, entry: Mapping[str, Any]) -> Flag:
    deprecated = entry.get("deprecated")
    values = entry.get("values")
    return Flag(name.lstrip("-"), bool(entry.get("boolean")),
                None if deprecated in (None, False) else str(deprecated or "deprecated"),
                tuple(entry.get("aliases") or ()), bool(entry.get("rejected")),
                None if values is None else frozenset(values))


def _plugin(name: str, entry: Mapping[str, Any]) -> Plugin:
    parameters = entry.get("parameters")
    deprecated = entry.get("deprecated")
    return Plugin(name, None if parameters is None else frozenset(parameters), bool(entry.get("strictParameters")),
                  tuple(frozenset(s) for s in entry.get("parameterSets") or ()),
                  entry.get("stability") == "Alpha",
                  None if deprecated in (None, False) else str(deprecated or "deprecated"))


@functools.cache
def router_contract(release: str) -> RouterContract:
    """The router contract of ``release`` (a tag such as ``v0.10.0``), from ``data/router/<release>.json``."""
    data = _data("router", f"{release}.json")
    epp = data["epp"]
    config = epp["config"]
    plugins = {name: _plugin(name, p) for name, p in epp["plugins"].items()}
    images = {key: str(value["image"]) for key, value in data.get("images", {}).items()}
    objectives = epp["objectives"]
    return RouterContract(
        release=release, config_kind=config["kind"], config_api_versions=dict(config["apiVersions"]),
        config_fields=frozenset(config.get("fields") or ()),
        config_nested_fields={k: frozenset(v) for k, v in (config.get("nestedFields") or {}).items()},
        config_strict=bool(config.get("strict")),
        feature_gates=frozenset(epp["featureGates"]["names"]),
        feature_gate_values=bool(epp["featureGates"].get("acceptsValue")),
        feature_gate_defaults={k: bool(v) for k, v in (epp["featureGates"].get("defaults") or {}).items()},
        plugins=plugins,
        epp_flags={name: _flag(name, f) for name, f in epp.get("flags", {}).items()},
        sidecar_flags={name: _flag(name, f) for name, f in data["sidecar"]["flags"].items()},
        images=images, objectives_api_version=f"{objectives['group']}/{objectives['version']}",
        objective_groups=tuple(dict.fromkeys(
            version.split("/")[0] for version, status in sorted(
                (objectives.get("groupVersions") or {f"{objectives['group']}/{objectives['version']}": ""}).items(),
                key=lambda item: item[1] != "preferred"))),
        inference_pool_api_version=f"{epp['inferencePool']['group']}/{epp['inferencePool']['version']}",
        epp_metrics={name: EppMetric(name, frozenset(m.get("labels") or ()), m.get("deprecated"))
                     for name, m in epp.get("metrics", {}).items()})


@functools.cache
def vllm_contract(version: str) -> VllmContract:
    """The vLLM contract of ``version`` (``v0.23.0``), from ``data/vllm/<version>.json``."""
    data = _data("vllm", f"{version}.json")
    flags: dict[str, Flag] = {}
    for name, entry in data["flags"].items():
        choices = entry.get("choices")
        flag = _flag(name, {**entry, "boolean": entry.get("takesValue") == "none",
                            "aliases": [*entry.get("aliases", ()), *([entry["negation"]] if entry.get("negation")
                                                                     else [])],
                            "values": None if not choices else [str(c) for c in choices]})
        for spelling in (name, *flag.aliases):
            flags[spelling] = flag
    shorthand = data["parser"].get("optimizationShorthand")
    if shorthand in flags:
        flags["-O"] = flags[shorthand]  # -O3, -O=3 and -O 3 are rewritten to it
    return VllmContract(version=version, flags=flags, abbreviations=bool(data["parser"].get("allowAbbrev")))


@functools.cache
def vllm_version_of(release: str) -> str:
    """The vLLM version the llm-d release of router ``release`` ships (``data/vllm/releases.json``)."""
    return str(_data("vllm", "releases.json")["releases"][release]["vllm"])


def nearest(name: str, known: Iterable[str]) -> str:
    """:func:`~modelservice_constructs.errors.nearest`, only for a close name (component vocabularies are large
    and full of near neighbours)."""
    return errors.nearest(name, known, cutoff=0.7)


def _problem(path: str, message: str, code: str = CODE) -> Problem:
    return Problem(path, message, code)


def split_deprecations(problems: list[Problem]) -> list[Problem]:
    """Warn (:class:`~modelservice_constructs.errors.ModelServiceWarning`) of the deprecations among
    ``problems`` (the component starts, and logs them); the others."""
    for problem in problems:
        if problem.code == DEPRECATED:
            warnings.warn(str(problem), ModelServiceWarning, stacklevel=3)
    return [p for p in problems if p.code != DEPRECATED]


def _sections(value: Any, parts: list[str]) -> list[Any]:
    """The values at a dotted path of a document, through lists."""
    if isinstance(value, list):
        return [found for item in value for found in _sections(item, parts)]
    if not parts:
        return [value]
    if not isinstance(value, Mapping) or parts[0] not in value:
        return []
    return _sections(value[parts[0]], parts[1:])


def _config_field_problems(document: Mapping[str, Any], contract: RouterContract, path: str,
                           release: str) -> list[Problem]:
    problems: list[Problem] = []
    if not contract.config_strict:
        return problems
    sections: list[tuple[str, Any, frozenset[str]]] = [("", document, contract.config_fields)]
    sections += [(dotted, found, fields) for dotted, fields in sorted(contract.config_nested_fields.items())
                 for found in _sections(document, dotted.split("."))]
    for dotted, found, fields in sections:
        if not isinstance(found, Mapping) or not fields:
            continue
        for key in found:
            if key not in fields:
                where = ".".join(part for part in (path, dotted, str(key)) if part)
                problems.append(_problem(where, f"is not a field of the {contract.config_kind} of {release}, whose "
                                         f"loader refuses unknown fields{nearest(str(key), fields)}"))
    return problems


def _plugin_problems(plugin: Mapping[str, Any], contract: RouterContract, path: str, release: str,
                     experimental: bool) -> list[Problem]:
    kind = plugin.get("type")
    known = contract.plugins.get(str(kind))
    if known is None:
        return [_problem(f"{path}.type", f"plugin type {show(kind)} is not registered in the endpoint picker of "
                         f"{release}{nearest(str(kind), contract.plugins)}")]
    problems: list[Problem] = []
    if known.experimental and not experimental:
        problems.append(_problem(f"{path}.type", f"plugin type {kind!r} is experimental (Alpha) in {release}, whose "
                                 "endpoint picker loads it only with --allow-experimental-plugins; pass "
                                 "flags={'allow-experimental-plugins': True} or use another plugin"))
    if known.deprecated:
        problems.append(_problem(f"{path}.type", f"plugin type {kind!r} is deprecated in {release}: "
                                 f"{known.deprecated}", DEPRECATED))
    parameters = plugin.get("parameters")
    if not known.strict or known.parameters is None or not isinstance(parameters, Mapping):
        return problems
    for name in parameters:
        if name not in known.parameters:
            problems.append(_problem(
                f"{path}.parameters.{name}",
                f"is not a parameter of plugin {kind!r} in {release}, which decodes parameters strictly and exits at "
                f"start on an unknown one{nearest(str(name), known.parameters)}; its parameters: "
                f"{', '.join(sorted(known.parameters)) or 'none'}"))
    if known.parameter_sets and set(parameters) <= known.parameters and not any(
            set(parameters) <= schema for schema in known.parameter_sets):
        schemas = "; ".join(", ".join(sorted(schema)) for schema in known.parameter_sets)
        problems.append(_problem(f"{path}.parameters", f"mixes the parameter schemas of plugin {kind!r} in {release}, "
                                 f"which takes one of them: {schemas}"))
    return problems


def epp_config_problems(document: Mapping[str, Any], contract: RouterContract, path: str,
                        experimental: bool = False) -> list[Problem]:
    """Whether the endpoint picker of ``contract.release`` starts with ``document`` as its configuration file
    (with ``experimental``: ``--allow-experimental-plugins``); problems are named ``<path>.<field>``, deprecations
    have the code :data:`DEPRECATED`. Default ``experimental``: False."""
    release = f"llm-d router {contract.release}"
    problems: list[Problem] = []
    api_version = document.get("apiVersion")
    status = contract.config_api_versions.get(str(api_version))
    if status is None:
        problems.append(_problem(f"{path}.apiVersion", f"{show(api_version)} is not a configuration apiVersion "
                                 f"the endpoint picker of {release} loads; it loads "
                                 f"{', '.join(sorted(contract.config_api_versions))}"))
    elif status != "current":
        current = ", ".join(v for v, s in sorted(contract.config_api_versions.items()) if s == "current")
        problems.append(_problem(f"{path}.apiVersion", f"{api_version!r} is deprecated in {release}: use {current}",
                                 DEPRECATED))
    if document.get("kind") != contract.config_kind:
        problems.append(_problem(f"{path}.kind", f"must be {contract.config_kind!r} for the endpoint picker of "
                                 f"{release}, got {show(document.get('kind'))}"))
    problems += _config_field_problems(document, contract, path, release)
    gates = document.get("featureGates") or []
    for index, gate in enumerate(gates if isinstance(gates, list) else [gates]):
        name, _, value = str(gate).partition("=")
        valued = bool(value) and contract.feature_gate_values and value in ("true", "false")
        if name not in contract.feature_gates or (value and not valued):
            problems.append(_problem(
                f"{path}.featureGates[{index}]",
                f"feature gate {show(gate)} is not registered in the endpoint picker of {release}, which exits at "
                f"start on an unknown gate{nearest(name, contract.feature_gates)}; its gates: "
                f"{', '.join(sorted(contract.feature_gates)) or 'none'}"))
    for index, plugin in enumerate(document.get("plugins") or []):
        if isinstance(plugin, Mapping):
            problems += _plugin_problems(plugin, contract, f"{path}.plugins[{index}]", release, experimental)
    return problems


@functools.cache
def _sidecar_flags_elsewhere(release: str) -> dict[str, str]:
    """Sidecar flags of the other releases that ``release`` lacks -> where they are (and what replaces them)."""
    folder = resources.files("modelservice_constructs").joinpath("data", "router")
    tags = sorted(entry.name.removesuffix(".json") for entry in folder.iterdir() if entry.name.endswith(".json"))
    known = router_contract(release).sidecar_flags
    elsewhere: dict[str, str] = {}
    for tag in tags:
        for name, flag in router_contract(tag).sidecar_flags.items():
            if tag != release and name not in known:
                elsewhere[name] = f"a flag of llm-d router {tag}" + (f" ({flag.deprecated})" if flag.deprecated
                                                                      else "")
    return elsewhere


def _flag_problems(args: Sequence[Any], flags: Mapping[str, Flag], component: str, path: str,
                   normalize: bool = False, abbreviations: bool = False,
                   elsewhere: Mapping[str, str] | None = None) -> list[Problem]:
    """Unknown flags of ``args`` (``--flag``, ``--flag=value``, ``--flag value``; with ``normalize``, vLLM's
    ``--flag_name`` and ``--no-flag`` spellings and dotted ``--flag.key`` too), flags the component refuses,
    values a flag does not take, and deprecated flags (code :data:`DEPRECATED`)."""
    problems: list[Problem] = []
    pending: tuple[str, Flag] | None = None
    for arg in args:
        text = str(arg)
        if pending is not None and (not text.startswith("-") or _is_number(text)):
            problems += _value_problems(pending[0], text, pending[1], component, path)
            pending = None
            continue
        pending = None
        if not text.startswith("-") or text == "-" or _is_number(text):
            continue
        name, value = text.split("=", 1) if "=" in text else (text, None)
        spelling = _spelling(name, flags, normalize, abbreviations)
        flag = flags.get(spelling) if spelling is not None else None
        if flag is None:
            bare = name.lstrip("-")
            hint = f"; it is {elsewhere[bare]}" if elsewhere and bare in elsewhere else \
                nearest(bare, {f.name for f in flags.values()})
            problems.append(_problem(path, f"{name} is not a flag of {component}, which exits at start on an "
                                     f"unknown flag{hint}"))
            continue
        if flag.rejected:
            problems.append(_problem(path, f"{name} is refused by {component}, which exits at start when it is "
                                     "given"))
        elif flag.deprecated:
            problems.append(_problem(path, f"{name} is deprecated in {component}: {flag.deprecated}", DEPRECATED))
        if value is not None:
            problems += _value_problems(name, value, flag, component, path)
        elif not flag.boolean:
            pending = (name, flag)
    return problems


def _value_problems(name: str, value: str, flag: Flag, component: str, path: str) -> list[Problem]:
    if flag.values is None or value in flag.values:
        return []
    return [_problem(path, f"{name}={value}: {component} takes {', '.join(sorted(flag.values))}"
                     f"{nearest(value, flag.values)}")]


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _spelling(name: str, flags: Mapping[str, Flag], normalize: bool, abbreviations: bool = False) -> str | None:
    """The key of ``flags`` that ``name`` spells, or None. Go flags (keys without dashes) take one dash or two;
    with ``normalize`` (vLLM), ``--flag_name`` and ``--flag.key`` are spellings of ``--flag-name`` and ``--flag``,
    and with ``abbreviations`` a unique prefix of a long flag spells it."""
    if not normalize:
        bare = name.lstrip("-")
        return bare if bare in flags and name.startswith("-") and len(name) - len(bare) <= 2 else None
    dashed = "--" + name[2:].replace("_", "-") if name.startswith("--") else name
    base = dashed.split(".", 1)[0]
    for candidate in (name, dashed, base):
        if candidate in flags:
            return candidate
    if name[:1] == "-" and name[1:2] != "-" and len(name) > 2 and name[:2] in flags and not flags[name[:2]].boolean:
        return name[:2]  # a short flag with its value attached: -O3
    if abbreviations and base.startswith("--"):
        matches = {key for key in flags if key.startswith(base) and key.startswith("--")}
        if len({flags[key] for key in matches}) == 1:
            return min(matches)
    return None


def sidecar_args_problems(args: Sequence[Any], contract: RouterContract, path: str) -> list[Problem]:
    """Flags of the routing sidecar's ``args`` that the sidecar of ``contract.release`` does not accept, or
    deprecates; problems are named ``path``."""
    return _flag_problems(args, contract.sidecar_flags, f"the routing sidecar of llm-d router {contract.release}",
                          path, elsewhere=_sidecar_flags_elsewhere(contract.release))


def epp_args_problems(args: Sequence[Any], contract: RouterContract, path: str) -> list[Problem]:
    """Flags of the endpoint picker's ``args`` that the picker of ``contract.release`` does not accept."""
    return _flag_problems(args, contract.epp_flags, f"the endpoint picker of llm-d router {contract.release}", path)


def vllm_args_problems(args: Sequence[Any], contract: VllmContract, release: str, path: str) -> list[Problem]:
    """Flags of ``vllm serve`` ``args`` (the model argument included) that vLLM ``contract.version``, shipped
    with llm-d router ``release``, does not accept; problems are named ``path``."""
    return _flag_problems(args, contract.flags, f"vllm serve of vLLM {contract.version} (llm-d router {release})",
                          path, normalize=True, abbreviations=contract.abbreviations)
