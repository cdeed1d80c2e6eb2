"""The endpoint picker's plugins configuration: an ``EndpointPickerConfig`` document."""

from __future__ import annotations

import copy
import functools
from collections.abc import Mapping
from typing import Any

import yaml

from ..errors import YAML_FAILURES, ModelServiceError, show, yaml_problem

API_VERSION = "inference.networking.x-k8s.io/v1alpha1"
KIND = "EndpointPickerConfig"
PREFILL_FILTER = "prefill-filter"


def _load_aware_document() -> dict[str, Any]:
    scorers = [("queue-scorer", 2), ("kv-cache-utilization-scorer", 2), ("prefix-cache-scorer", 3)]
    return {
        "apiVersion": API_VERSION,
        "kind": KIND,
        "plugins": [{"type": name} for name, _ in scorers]
        + [{"type": "max-score-picker"}, {"type": "single-profile-handler"}],
        "schedulingProfiles": [{"name": "default", "plugins": [
            *({"pluginRef": name, "weight": weight} for name, weight in scorers), {"pluginRef": "max-score-picker"}]}],
    }


def _prefill_decode_document(non_cached_tokens: int) -> dict[str, Any]:
    def profile(name: str) -> dict[str, Any]:
        return {"name": name, "plugins": [
            {"pluginRef": f"{name}-filter"}, {"pluginRef": "max-score-picker"},
            {"pluginRef": "prefix-cache-scorer", "weight": 2}, {"pluginRef": "queue-scorer", "weight": 1}]}

    return {
        "apiVersion": API_VERSION,
        "kind": KIND,
        "featureGates": ["prepareDataPlugins"],
        "plugins": [
            {"type": "disagg-headers-handler"},
            {"type": PREFILL_FILTER},
            {"type": "decode-filter"},
            {"type": "prefix-cache-scorer"},
            {"type": "queue-scorer"},
            {"type": "max-score-picker"},
            {"type": "prefix-based-pd-decider", "parameters": {"nonCachedTokens": non_cached_tokens}},
            {"type": "disagg-profile-handler", "parameters": {"deciders": {"prefill": "prefix-based-pd-decider"}}},
        ],
        "schedulingProfiles": [profile("prefill"), profile("decode")],
    }


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

    Build one with :meth:`load_aware`, :meth:`prefill_decode`, :meth:`from_yaml` or :meth:`from_dict`
    (the constructor takes the document as a mapping, like :meth:`from_dict`). The document is checked
    once, when the configuration is made: its apiVersion and kind, plugins with a type, unique plugin
    names and every profile's ``pluginRef`` naming a declared plugin. It is kept as a mapping and
    rendered as YAML text on demand (:attr:`text`); a configuration read with :meth:`from_yaml` keeps
    the text it was given, comments included.

    :param document: the ``EndpointPickerConfig`` document (copied).
    """

    def __init__(self, document: Mapping[str, Any]) -> None:
        if not isinstance(document, Mapping):
            raise ModelServiceError.at("SchedulerConfig", f"must be an {KIND} mapping, got {show(document)}")
        self._document: dict[str, Any] = copy.deepcopy(dict(document))
        self._text: str | None = None
        for key, expected in (("apiVersion", API_VERSION), ("kind", KIND)):
            if self._document.get(key) != expected:
                raise ModelServiceError.at(f"SchedulerConfig.{key}",
                                           f"must be {expected!r}, got {show(self._document.get(key))}")
        names = _plugin_names(self._document)
        _check_profiles(self._document, names)
        plugins = self._document["plugins"]
        self.plugin_types: tuple[str, ...] = tuple(str(p["type"]) for p in plugins)
        """The types of the configured plugins."""
        self.disaggregated: bool = PREFILL_FILTER in self.plugin_types or any(
            isinstance(p.get("parameters"), dict) and p["parameters"].get("deciders") for p in plugins)
        """Whether it schedules prefill pods (P/D disaggregation)."""

    @staticmethod
    def load_aware() -> SchedulerConfig:
        """Queue-, KV-cache- and prefix-cache-aware scoring over all the pool's pods (no P/D)."""
        return _load_aware()

    @staticmethod
    def prefill_decode(non_cached_tokens: int = 16) -> SchedulerConfig:
        """P/D disaggregation: a decode pod for every request, and a prefill pod when more than
        ``non_cached_tokens`` (default: 16) tokens of the prompt are not in the decode pod's prefix cache.

        Decode pods need the routing sidecar, which sends the prefill to the pod the picker chose.
        """
        if isinstance(non_cached_tokens, bool) or not isinstance(non_cached_tokens, int) or non_cached_tokens < 0:
            raise ModelServiceError.at("SchedulerConfig.prefill_decode.non_cached_tokens",
                                       f"must be a non-negative integer, got {show(non_cached_tokens)}")
        return _prefill_decode(non_cached_tokens)

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
    def document(self) -> dict[str, Any]:
        """The document (a copy: the configuration does not change once made)."""
        return copy.deepcopy(self._document)

    @property
    def text(self) -> str:
        """The document as YAML: the text given to :meth:`from_yaml`, else rendered in key order."""
        if self._text is None:  # rendered once (PyYAML's emitter is slow; the document does not change)
            self._text = yaml.safe_dump(self._document, sort_keys=False)
        return self._text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SchedulerConfig) and (self._document, self.text) == (other._document, other.text)

    __hash__ = None  # type: ignore[assignment]  # compared by value, mutable contents

    def __repr__(self) -> str:
        return f"SchedulerConfig(plugins={list(self.plugin_types)!r})"


# The built-in configurations, one instance each (with its text rendered once) however many pickers use them.
@functools.cache
def _load_aware() -> SchedulerConfig:
    return SchedulerConfig(_load_aware_document())


@functools.cache
def _prefill_decode(non_cached_tokens: int) -> SchedulerConfig:
    return SchedulerConfig(_prefill_decode_document(non_cached_tokens))
