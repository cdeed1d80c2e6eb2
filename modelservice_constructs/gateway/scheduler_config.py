"""The endpoint picker's plugins configuration: an ``EndpointPickerConfig`` document."""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import yaml

from ..containers import VLLM_DEFAULT_BLOCK_SIZE
from ..errors import YAML_FAILURES, ModelServiceError, show, yaml_problem
from ..kv_events import KV_EVENTS_PORT
from ..kv_offload import KvOffload
from ..names import port_problem, raise_problems
from ..releases import LlmdRelease

KIND = "EndpointPickerConfig"
CONFIG_API_VERSIONS = ("llm-d.ai/v1alpha1", "inference.networking.x-k8s.io/v1alpha1")
"""The configuration apiVersions of the supported releases (which one a release loads is checked by the picker
against its release: :func:`~modelservice_constructs.component_contracts.epp_config_problems`)."""
PREFILL_FILTER = "prefill-filter"
PREFIX_PRODUCER = "approx-prefix-cache-producer"
"""The plugin that records which prompt blocks each pod has cached; the prefix scorer and the P/D decider read
it (under this name: the decider reads the default one)."""
BLOCK_SIZE_PARAMETERS = ("blockSizeTokens", "blockSize")
"""The producer's block-size parameters (the second is the older spelling)."""
PRECISE_PRODUCER = "precise-prefix-cache-producer"
"""The plugin that indexes the KV-cache events vLLM publishes (:class:`~modelservice_constructs.KvEvents`)."""
TOKEN_PRODUCER = "token-producer"
"""The plugin that tokenizes prompts (through a vLLM render service) for the precise producer."""
RENDER_PORT = 8000
"""The port of the vLLM render service the token producer calls."""


def _producer(block_size: int) -> dict[str, Any]:
    return {"type": PREFIX_PRODUCER, "parameters": {"blockSizeTokens": block_size}}


def _load_aware_document(release: LlmdRelease, block_size: int, lora: bool = False) -> dict[str, Any]:
    scorers = [("queue-scorer", 2), ("kv-cache-utilization-scorer", 2), ("prefix-cache-scorer", 3),
               ("no-hit-lru-scorer", 2)]  # as llm-d's optimized baseline: cold prompts to the least recently used
    if lora:  # requests for an adapter to pods that have it loaded, or room to load it
        scorers.append(("lora-affinity-scorer", 1))
    return {
        "apiVersion": release.epp_config_api_version,
        "kind": KIND,
        "plugins": [_producer(block_size), *({"type": name} for name, _ in scorers),
                    {"type": "max-score-picker"}, {"type": "single-profile-handler"}],
        "schedulingProfiles": [{"name": "default", "plugins": [
            *({"pluginRef": name, "weight": weight} for name, weight in scorers), {"pluginRef": "max-score-picker"}]}],
    }


def _prefill_decode_document(release: LlmdRelease, block_size: int, non_cached_tokens: int) -> dict[str, Any]:
    def profile(name: str) -> dict[str, Any]:
        return {"name": name, "plugins": [
            {"pluginRef": f"{name}-filter"}, {"pluginRef": "max-score-picker"},
            {"pluginRef": "prefix-cache-scorer", "weight": 2}, {"pluginRef": "queue-scorer", "weight": 1}]}

    headers = [{"type": "disagg-headers-handler"}] if release.pd_headers_handler else []
    return {
        "apiVersion": release.epp_config_api_version,
        "kind": KIND,
        "plugins": [
            *headers,
            _producer(block_size),
            {"type": PREFILL_FILTER},
            {"type": "decode-filter"},
            {"type": "prefix-cache-scorer"},
            {"type": "queue-scorer"},
            {"type": "max-score-picker"},
            # before the handler that names it: releases before v0.10 make plugins in the order listed
            {"type": "prefix-based-pd-decider", "parameters": {"nonCachedTokens": non_cached_tokens}},
            {"type": "disagg-profile-handler", "parameters": {"deciders": {"prefill": "prefix-based-pd-decider"}}},
        ],
        "schedulingProfiles": [profile("prefill"), profile("decode")],
    }


def _precise_prefix_cache_document(release: LlmdRelease, block_size: int, socket_port: int, model_name: str,
                                   render_url: str) -> dict[str, Any]:
    scorers = [("kv-cache-utilization-scorer", 2), ("queue-scorer", 2), ("prefix-cache-scorer", 3),
               ("no-hit-lru-scorer", 2)]
    reads_precise = {"prefixMatchInfoProducerName": PRECISE_PRODUCER}
    return {
        "apiVersion": release.epp_config_api_version,
        "kind": KIND,
        "plugins": [
            {"type": TOKEN_PRODUCER, "parameters": {"modelName": model_name, "vllm": {"url": render_url}}},
            {"type": "endpoint-notification-source"},
            {"type": PRECISE_PRODUCER, "parameters": {
                "tokenProcessorConfig": {"blockSize": block_size},
                "speculativeIndexing": True,
                "indexerConfig": {"kvBlockIndexConfig": {"enableMetrics": True}},
                "kvEventsConfig": {"topicFilter": "kv@", "concurrency": 8, "discoverPods": True,
                                   "podDiscoveryConfig": {"socketPort": socket_port}}}},
            {"type": "prefix-cache-scorer", "parameters": dict(reads_precise)},
            {"type": "kv-cache-utilization-scorer"},
            {"type": "queue-scorer"},
            {"type": "no-hit-lru-scorer", "parameters": dict(reads_precise)},
        ],
        "dataLayer": {"sources": [{"pluginRef": "endpoint-notification-source",
                                   "extractors": [{"pluginRef": PRECISE_PRODUCER}]}]},
        "schedulingProfiles": [{"name": "default", "plugins": [
            {"pluginRef": name, "weight": weight} for name, weight in scorers]}],
    }


CPU_PRODUCER = "cpu-prefix-cache-producer"
"""The name of the producer of the pods' CPU tier in :meth:`SchedulerConfig.tiered_prefix_cache`."""


def _tiered_prefix_cache_document(release: LlmdRelease, block_size: int, cpu_blocks: int) -> dict[str, Any]:
    def scorer(tier: str) -> dict[str, Any]:
        return {"type": "prefix-cache-scorer", "name": f"{tier}-prefix-cache-scorer",
                "parameters": {"prefixMatchInfoProducerName": f"{tier}-prefix-cache-producer"}}

    return {
        "apiVersion": release.epp_config_api_version,
        "kind": KIND,
        "plugins": [
            {"type": "no-hit-lru-scorer"},
            {"type": PREFIX_PRODUCER, "name": "gpu-prefix-cache-producer",
             "parameters": {"blockSizeTokens": block_size}},
            {"type": PREFIX_PRODUCER, "name": CPU_PRODUCER, "parameters": {
                "blockSizeTokens": block_size, "autoTune": False, "lruCapacityPerServer": cpu_blocks}},
            {"type": "queue-scorer"}, {"type": "kv-cache-utilization-scorer"}, scorer("gpu"), scorer("cpu"),
        ],
        "schedulingProfiles": [{"name": "default", "plugins": [
            {"pluginRef": ref} for ref in ("queue-scorer", "kv-cache-utilization-scorer", "gpu-prefix-cache-scorer",
                                           "cpu-prefix-cache-scorer", "no-hit-lru-scorer")]}],
    }


_PRESETS: dict[str, Callable[..., dict[str, Any]]] = {"tiered_prefix_cache": _tiered_prefix_cache_document,
                                                      "load_aware": _load_aware_document,
                                                      "prefill_decode": _prefill_decode_document,
                                                      "precise_prefix_cache": _precise_prefix_cache_document}


def _plugin_names(document: Mapping[str, Any]) -> list[str]:
    """The plugin names of a document, checked: a list of plugins with a type and distinct names."""
    plugins = document.get("plugins")
    if not isinstance(plugins, list) or not plugins:
        raise ModelServiceError.at("SchedulerConfig.plugins",
                                   f"must be a non-empty list of plugins, got {show(plugins)}")
    names: list[str] = []
    for index, plugin in enumerate(plugins):
        if not isinstance(plugin, dict) or not isinstance(plugin.get("type"), str) or not plugin["type"]:
            raise ModelServiceError.at(f"SchedulerConfig.plugins[{index}]", f"needs a type, got {show(plugin)}")
        name = plugin.get("name") or plugin["type"]
        if name in names:
            raise ModelServiceError.at(f"SchedulerConfig.plugins[{index}]",
                                       f"plugin name {name!r} repeats; give one of them a distinct name")
        names.append(name)
    return names


def _check_profiles(document: Mapping[str, Any], names: list[str]) -> None:
    profiles = document.get("schedulingProfiles") or []
    if not isinstance(profiles, list):
        raise ModelServiceError.at("SchedulerConfig.schedulingProfiles", f"must be a list, got {show(profiles)}")
    for p_index, profile in enumerate(profiles):
        refs = profile.get("plugins") if isinstance(profile, dict) else None
        if not isinstance(profile, dict) or not profile.get("name") or not isinstance(refs, list):
            raise ModelServiceError.at(f"SchedulerConfig.schedulingProfiles[{p_index}]",
                                       f"needs a name and a list of plugins, got {show(profile)}")
        for r_index, ref in enumerate(refs):
            target = ref.get("pluginRef") if isinstance(ref, dict) else None
            if target not in names:
                raise ModelServiceError.at(
                    f"SchedulerConfig.schedulingProfiles[{p_index}].plugins[{r_index}].pluginRef",
                    f"{show(target)} names no plugin of SchedulerConfig.plugins ({', '.join(names)})")


class SchedulerConfig:
    """The endpoint picker's plugins configuration (an ``EndpointPickerConfig`` document).

    Build one with the presets :meth:`load_aware` and :meth:`prefill_decode`, which are written for the
    picker's llm-d release (:meth:`for_release`), or with :meth:`from_yaml` or :meth:`from_dict` (the
    constructor takes the document as a mapping, like :meth:`from_dict`), which are used as written. The
    document is checked once, when the configuration is made: its apiVersion (one of
    :data:`CONFIG_API_VERSIONS`) and kind, plugins with a type, unique plugin names and every profile's
    ``pluginRef`` naming a declared plugin; the picker checks it against what its release accepts (feature
    gates, plugin types and parameters). It is kept as a mapping and rendered as YAML text on demand
    (:attr:`text`); a configuration read with :meth:`from_yaml` keeps the text it was given, comments included.

    :param document: the ``EndpointPickerConfig`` document (copied).
    """

    def __init__(self, document: Mapping[str, Any]) -> None:
        if not isinstance(document, Mapping):
            raise ModelServiceError.at("SchedulerConfig", f"must be an {KIND} mapping, got {show(document)}")
        self._document: dict[str, Any] = copy.deepcopy(dict(document))
        self._text: str | None = None
        self._preset: tuple[str, tuple[Any, ...]] | None = None
        if self._document.get("apiVersion") not in CONFIG_API_VERSIONS:
            raise ModelServiceError.at("SchedulerConfig.apiVersion",
                                       f"must be one of {', '.join(CONFIG_API_VERSIONS)}, "
                                       f"got {show(self._document.get('apiVersion'))}")
        if self._document.get("kind") != KIND:
            raise ModelServiceError.at("SchedulerConfig.kind",
                                       f"must be {KIND!r}, got {show(self._document.get('kind'))}")
        names = _plugin_names(self._document)
        _check_profiles(self._document, names)
        plugins = self._document["plugins"]
        self.plugin_types: tuple[str, ...] = tuple(str(p["type"]) for p in plugins)
        """The types of the configured plugins."""
        self.disaggregated: bool = PREFILL_FILTER in self.plugin_types or any(
            isinstance(p.get("parameters"), dict) and p["parameters"].get("deciders") for p in plugins)
        """Whether it schedules prefill pods (P/D disaggregation)."""

    @staticmethod
    def load_aware(block_size: int | None = None) -> SchedulerConfig:
        """Queue-, KV-cache- and prefix-cache-aware scoring over all the pool's pods (no P/D), prompts no pod has
        cached going to the least recently used one (llm-d's optimized baseline), and, for a server with LoRA
        adapters, requests for an adapter to the pods that have it loaded (``lora-affinity-scorer``).

        :param block_size: the KV-cache block size, in tokens, the prefix-cache producer hashes prompts by; it
            must be vLLM's ``--block-size``. Default: the ``--block-size`` of the pools the picker's InferencePool
            selects, else vLLM's default (16).
        """
        return _preset("load_aware", block_size)

    @staticmethod
    def prefill_decode(non_cached_tokens: int = 16, block_size: int | None = None) -> SchedulerConfig:
        """P/D disaggregation: a decode pod for every request, and a prefill pod when more than
        ``non_cached_tokens`` (default: 16) tokens of the prompt are not in the decode pod's prefix cache, as the
        prefix-cache producer estimates it.

        Decode pods need the routing sidecar, which sends the prefill to the pod the picker chose.

        :param block_size: as for :meth:`load_aware`. Default: the pools' ``--block-size``, else 16.
        """
        if isinstance(non_cached_tokens, bool) or not isinstance(non_cached_tokens, int) or non_cached_tokens < 0:
            raise ModelServiceError.at("SchedulerConfig.prefill_decode.non_cached_tokens",
                                       f"must be a non-negative integer, got {show(non_cached_tokens)}")
        return _preset("prefill_decode", block_size, non_cached_tokens)

    @staticmethod
    def precise_prefix_cache(block_size: int | None = None, socket_port: int | None = None,
                             render_url: str | None = None) -> SchedulerConfig:
        """Precise prefix-cache routing (llm-d router v0.9 and later): the picker indexes the KV-cache events
        vLLM publishes (the server's ``kv_events``, :class:`~modelservice_constructs.KvEvents`), tokenizes each
        prompt through a vLLM render service, and scores pods by the blocks they hold, with KV-cache use, queue
        length and a least-recently-used fallback for prompts no pod has cached.

        :param block_size: the block size, in tokens, the producer hashes prompts by; it must be vLLM's
            ``--block-size``. Default: the pools' ``--block-size``, else 16.
        :param socket_port: the port of vLLM's event socket in each pod. Default: the server's
            ``KvEvents.port``.
        :param render_url: the vLLM render service that tokenizes prompts. Default: the render service the
            EndpointPicker creates (``http://<picker name>-render:8000``).
        """
        if socket_port is not None:
            raise_problems(port_problem(socket_port, "SchedulerConfig.precise_prefix_cache.socket_port"))
        return _preset("precise_prefix_cache", block_size, socket_port, render_url)

    @staticmethod
    def tiered_prefix_cache(block_size: int | None = None, cpu_blocks_per_pod: int | None = None) -> SchedulerConfig:
        """Prefix-cache routing over two tiers of each pod's KV cache (llm-d's tiered prefix-cache guide): one
        approximate producer for the accelerator tier, one for the CPU tier vLLM offloads to
        (``ModelServer.kv_offload``, :class:`~modelservice_constructs.KvOffload`), each with its scorer, with the
        queue, KV-cache use and least-recently-used scorers.

        :param block_size: as for :meth:`load_aware`. Default: the pools' ``--block-size``, else 16.
        :param cpu_blocks_per_pod: the CPU tier's capacity, in blocks (vLLM does not report it). Default: derived
            from the server's ``KvOffload`` (``cpu_bytes`` / (``kv_bytes_per_token`` x block size)).
        """
        if cpu_blocks_per_pod is not None and (isinstance(cpu_blocks_per_pod, bool) or not isinstance(
                cpu_blocks_per_pod, int) or cpu_blocks_per_pod < 1):
            raise ModelServiceError.at("SchedulerConfig.tiered_prefix_cache.cpu_blocks_per_pod",
                                       f"must be a whole number of blocks >= 1, got {show(cpu_blocks_per_pod)}")
        return _preset("tiered_prefix_cache", block_size, cpu_blocks_per_pod)

    @staticmethod
    def from_yaml(text: str) -> SchedulerConfig:
        """A configuration written by hand, as YAML; the ConfigMap carries ``text`` as it is."""
        if not isinstance(text, str):
            raise ModelServiceError.at("SchedulerConfig", f"must be YAML text, got {show(text)}")
        try:
            document = yaml.safe_load(text)
        except YAML_FAILURES as err:
            raise ModelServiceError.at("SchedulerConfig", yaml_problem(err)) from None
        config = SchedulerConfig(document)
        config._text = text
        return config

    @staticmethod
    def from_dict(document: Mapping[str, Any]) -> SchedulerConfig:
        """A configuration given as a mapping."""
        return SchedulerConfig(document)

    @property
    def block_size(self) -> int | None:
        """The block size the prefix-cache producer hashes prompts by: its ``blockSizeTokens`` (or ``blockSize``)
        parameter, None when the configuration sets none (the producer's default, 16, applies) or is a preset
        that takes the pools' block size."""
        if self._preset is not None:
            return self._preset[1][0]  # type: ignore[no-any-return]
        for plugin in self._document["plugins"]:
            parameters = plugin.get("parameters")
            if plugin["type"] == PREFIX_PRODUCER and isinstance(parameters, dict):
                for key in BLOCK_SIZE_PARAMETERS:
                    if key in parameters:
                        return parameters[key]  # type: ignore[no-any-return]
            if plugin["type"] == PRECISE_PRODUCER and isinstance(parameters, dict):
                processor = parameters.get("tokenProcessorConfig")
                if isinstance(processor, dict) and "blockSize" in processor:
                    return processor["blockSize"]  # type: ignore[no-any-return]
        return None

    @property
    def prefix_producer(self) -> tuple[str, str]:
        """The prefix-cache producer the configuration's scorers read and its block-size parameter: the precise one
        (``tokenProcessorConfig.blockSize``) when configured, else the approximate one (``blockSizeTokens``)."""
        if PRECISE_PRODUCER in self.plugin_types:
            return PRECISE_PRODUCER, "tokenProcessorConfig.blockSize"
        return PREFIX_PRODUCER, "blockSizeTokens"

    @property
    def reads_prefix_cache(self) -> bool:
        """Whether its scheduling depends on the prefix-cache producer (a prefix scorer or a P/D decider)."""
        return any(t in ("prefix-cache-scorer", "prefix-based-pd-decider", PREFIX_PRODUCER, PRECISE_PRODUCER)
                   for t in self.plugin_types)

    def for_release(self, release: LlmdRelease, block_size: int = VLLM_DEFAULT_BLOCK_SIZE,
                    context: PickerContext | None = None) -> SchedulerConfig:
        """The configuration the picker of ``release`` loads: a preset written for it (with ``block_size`` unless
        the preset names its own, and what it leaves to the picker from ``context``), or this configuration as it
        is."""
        if self._preset is None:
            return self
        kind, (own_block_size, *params) = self._preset
        size = own_block_size if own_block_size is not None else block_size
        if kind == "load_aware" and context is not None and context.lora:
            return _rendered(kind, release, size, True)
        if kind == "tiered_prefix_cache":
            cpu_blocks = params[0] or (context.cpu_blocks(size) if context is not None else None)
            if cpu_blocks is None:
                raise ModelServiceError.at(
                    "SchedulerConfig.tiered_prefix_cache.cpu_blocks_per_pod",
                    "is needed: vLLM does not report its CPU tier's size, and the server's KvOffload does not give "
                    "kv_bytes_per_token to derive it from; give one or the other")
            return _rendered(kind, release, size, cpu_blocks)
        if kind == "precise_prefix_cache":
            if context is None:
                raise ModelServiceError.at("SchedulerConfig.precise_prefix_cache",
                                           "is written for a picker; pass it to an EndpointPicker")
            socket_port, render_url = params
            return _rendered(kind, release, size, socket_port or context.socket_port, context.model_name,
                             render_url or context.render_url)
        return _rendered(kind, release, size, *params)

    def with_feature_gate(self, gate: str) -> SchedulerConfig:
        """This configuration with ``gate`` added to its ``featureGates`` (itself when it names the gate already)."""
        gates = self._document.get("featureGates") or []
        if gate in gates:
            return self
        return SchedulerConfig({**self._document, "featureGates": [*gates, gate]})

    @property
    def renders_itself(self) -> bool:
        """Whether the configuration is the precise prefix-cache preset without a ``render_url``: the picker then
        runs the render service its token producer calls."""
        return self._preset is not None and self._preset[0] == "precise_prefix_cache" and self._preset[1][2] is None

    def plugin_parameters(self, plugin: str) -> dict[str, Any] | None:
        """The parameters of the first plugin named ``plugin``, or of that type (None: no such plugin; {} without
        parameters)."""
        for plugin_doc in self._document["plugins"]:
            if plugin in (plugin_doc.get("name"), plugin_doc["type"]):
                parameters = plugin_doc.get("parameters")
                return copy.deepcopy(parameters) if isinstance(parameters, dict) else {}
        return None

    @property
    def document(self) -> dict[str, Any]:
        """The document (a copy: the configuration does not change once made); a preset's is written for the
        newest release."""
        return copy.deepcopy(self._document)

    @property
    def text(self) -> str:
        """The document as YAML: the text given to :meth:`from_yaml`, else rendered in key order."""
        if self._text is None:  # rendered once (PyYAML's emitter is slow; the document does not change)
            self._text = yaml.safe_dump(self._document, sort_keys=False)
        return self._text

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SchedulerConfig):
            return False
        if self._preset is not None or other._preset is not None:
            return self._preset == other._preset
        return (self._document, self.text) == (other._document, other.text)

    __hash__ = None  # type: ignore[assignment]  # compared by value, mutable contents

    def __repr__(self) -> str:
        if self._preset is not None:
            return f"SchedulerConfig.{self._preset[0]}{self._preset[1]!r}"
        return f"SchedulerConfig(plugins={list(self.plugin_types)!r})"


@dataclass(frozen=True)
class PickerContext:
    """What a preset leaves to the picker it is given to: the socket port of the server's KV events, the served
    model name and the URL of the render service."""

    socket_port: int
    model_name: str
    render_url: str
    offload: KvOffload | None = None
    lora: bool = False

    def cpu_blocks(self, block_size: int) -> int | None:
        """The blocks of ``block_size`` tokens the server's CPU tier holds per pod (None: not known)."""
        return self.offload.cpu_blocks(block_size) if self.offload is not None else None


# The configurations, one instance each (with its text rendered once) however many pickers use them.
def _preset(kind: str, *params: Any) -> SchedulerConfig:
    block_size = params[0]
    if block_size is not None and (isinstance(block_size, bool) or not isinstance(block_size, int)
                                   or block_size < 1):
        raise ModelServiceError.at(f"SchedulerConfig.{kind}.block_size",
                                   f"must be a positive number of tokens (vLLM's --block-size), got {show(block_size)}")
    return _cached_preset(kind, *params)


@functools.cache
def _cached_preset(kind: str, *params: Any) -> SchedulerConfig:
    block_size, *rest = params
    if kind == "tiered_prefix_cache":  # a capacity the picker fills in (see for_release)
        rest = [rest[0] or 1]
    if kind == "precise_prefix_cache":  # what the picker fills in (see for_release), as it would by default
        socket_port, render_url = rest
        rest = [socket_port or KV_EVENTS_PORT, "<served model name>", render_url or f"http://<picker>-render:{RENDER_PORT}"]
    config = SchedulerConfig(_PRESETS[kind](LlmdRelease.latest(), block_size or VLLM_DEFAULT_BLOCK_SIZE, *rest))
    config._preset = (kind, params)
    return config


@functools.cache
def _rendered(kind: str, release: LlmdRelease, *params: Any) -> SchedulerConfig:
    return SchedulerConfig(_PRESETS[kind](release, *params))
