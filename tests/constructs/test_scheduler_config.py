"""SchedulerConfig: the endpoint picker's plugins configuration, checked once and rendered on demand."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from modelservice_constructs import ModelServiceError, SchedulerConfig

HEADER = {"apiVersion": "inference.networking.x-k8s.io/v1alpha1", "kind": "EndpointPickerConfig"}
HAND_WRITTEN = ("# a single random picker\napiVersion: inference.networking.x-k8s.io/v1alpha1\n"
                "kind: EndpointPickerConfig\nplugins:\n- type: random-picker\n  name: pick\n"
                "schedulingProfiles:\n- name: default\n  plugins:\n  - pluginRef: pick\n")


def test_load_aware_scores_all_pods_in_one_profile() -> None:
    config = SchedulerConfig.load_aware()
    assert config.plugin_types == ("approx-prefix-cache-producer", "queue-scorer", "kv-cache-utilization-scorer",
                                   "prefix-cache-scorer", "no-hit-lru-scorer", "max-score-picker",
                                   "single-profile-handler")
    assert [p["name"] for p in config.document["schedulingProfiles"]] == ["default"]
    weights = {p["pluginRef"]: p.get("weight") for p in config.document["schedulingProfiles"][0]["plugins"]}
    assert weights == {"queue-scorer": 2, "kv-cache-utilization-scorer": 2, "prefix-cache-scorer": 3,
                       "no-hit-lru-scorer": 2, "max-score-picker": None}
    assert not config.disaggregated
    assert yaml.safe_load(config.text) == config.document


def test_prefill_decode_schedules_prefill_pods() -> None:
    config = SchedulerConfig.prefill_decode(non_cached_tokens=32)
    assert config.disaggregated
    assert [p["name"] for p in config.document["schedulingProfiles"]] == ["prefill", "decode"]
    decider = next(p for p in config.document["plugins"] if p["type"] == "prefix-based-pd-decider")
    assert decider["parameters"] == {"nonCachedTokens": 32}
    assert SchedulerConfig.prefill_decode() != config
    assert SchedulerConfig.prefill_decode(32) == config


def test_from_yaml_keeps_the_text_it_was_given() -> None:
    config = SchedulerConfig.from_yaml(HAND_WRITTEN)
    assert config.text == HAND_WRITTEN  # comments included
    assert config.plugin_types == ("random-picker",) and not config.disaggregated


def test_a_deciding_plugin_makes_it_disaggregated() -> None:
    config = SchedulerConfig.from_dict({**HEADER, "plugins": [
        {"type": "my-handler", "parameters": {"deciders": {"prefill": "always"}}}]})
    assert config.disaggregated


def test_from_dict_renders_the_document_in_key_order() -> None:
    document = {**HEADER, "plugins": [{"type": "queue-scorer"}], "schedulingProfiles": []}
    config = SchedulerConfig.from_dict(document)
    assert config.text == yaml.safe_dump(document, sort_keys=False)
    assert config == SchedulerConfig(document)


def test_the_document_does_not_change_once_made() -> None:
    document: dict[str, Any] = {**HEADER, "plugins": [{"type": "queue-scorer"}]}
    config = SchedulerConfig(document)
    document["plugins"].append({"type": "prefill-filter"})
    config.document["plugins"].append({"type": "prefill-filter"})
    assert config.plugin_types == ("queue-scorer",) and not config.disaggregated
    assert config.document["plugins"] == [{"type": "queue-scorer"}]


def test_yaml_is_never_parsed_again(monkeypatch: pytest.MonkeyPatch) -> None:
    configs = [SchedulerConfig.load_aware(), SchedulerConfig.from_yaml(HAND_WRITTEN)]

    def refuse(*_: Any, **__: Any) -> Any:
        raise AssertionError("YAML parsed after construction")

    monkeypatch.setattr(yaml, "safe_load", refuse)
    for config in configs:
        assert config.text and config.document["kind"] == "EndpointPickerConfig"
        assert config.plugin_types and isinstance(config.disaggregated, bool)


def test_fails_scheduler_config_with_an_unknown_plugin_ref() -> None:
    text = ("apiVersion: inference.networking.x-k8s.io/v1alpha1\nkind: EndpointPickerConfig\nplugins:\n"
            "- type: queue-scorer\nschedulingProfiles:\n- name: default\n  plugins:\n  - pluginRef: prefix\n")
    with pytest.raises(ModelServiceError,
                       match=r"^SchedulerConfig\.schedulingProfiles\[0\]\.plugins\[0\]\.pluginRef: "
                             r"'prefix' names no plugin of SchedulerConfig\.plugins \(queue-scorer\)$"):
        SchedulerConfig.from_yaml(text)


def test_fails_scheduler_config_of_another_kind() -> None:
    with pytest.raises(ModelServiceError,
                       match=r"^SchedulerConfig\.kind: must be 'EndpointPickerConfig', got 'Config'$"):
        SchedulerConfig.from_dict({"apiVersion": "inference.networking.x-k8s.io/v1alpha1", "kind": "Config"})


def test_fails_scheduler_config_of_another_version() -> None:
    with pytest.raises(ModelServiceError, match=r"^SchedulerConfig\.apiVersion: must be "):
        SchedulerConfig({**HEADER, "apiVersion": "v1"})


def test_fails_plugin_without_a_type() -> None:
    with pytest.raises(ModelServiceError, match=r"^SchedulerConfig\.plugins\[1\]: needs a type, got \{'name': 'x'\}$"):
        SchedulerConfig({**HEADER, "plugins": [{"type": "queue-scorer"}, {"name": "x"}]})


def test_fails_no_plugins() -> None:
    with pytest.raises(ModelServiceError, match=r"^SchedulerConfig\.plugins: must be a non-empty list"):
        SchedulerConfig(HEADER)


def test_fails_plugin_name_repeated() -> None:
    with pytest.raises(ModelServiceError, match=r"^SchedulerConfig\.plugins\[1\]: plugin name 'queue-scorer' repeats"):
        SchedulerConfig({**HEADER, "plugins": [{"type": "queue-scorer"}, {"type": "queue-scorer"}]})


def test_fails_profile_without_a_name() -> None:
    with pytest.raises(ModelServiceError, match=r"^SchedulerConfig\.schedulingProfiles\[0\]: needs a name"):
        SchedulerConfig({**HEADER, "plugins": [{"type": "q"}], "schedulingProfiles": [{"plugins": []}]})


def test_fails_malformed_yaml() -> None:
    with pytest.raises(ModelServiceError, match=r"^SchedulerConfig: malformed YAML at line 2, column 1: expected "):
        SchedulerConfig.from_yaml("plugins: [unterminated\n")


def test_fails_document_that_is_not_a_mapping() -> None:
    with pytest.raises(ModelServiceError, match=r"^SchedulerConfig: must be an EndpointPickerConfig mapping, got"):
        SchedulerConfig.from_yaml("- a\n- list\n")


def test_fails_negative_non_cached_tokens() -> None:
    with pytest.raises(ModelServiceError,
                       match=r"^SchedulerConfig\.prefill_decode\.non_cached_tokens: must be a non-negative integer, "
                             r"got -1$"):
        SchedulerConfig.prefill_decode(-1)
