"""CEL rules (x-kubernetes-validations) of the pinned CRDs and of hand-made schemas, as `validate` evaluates them."""

from __future__ import annotations

import copy
import time
import warnings
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import missing_shared

from modelservice_constructs import validation
from modelservice_constructs.cel import CelRules, escape_property
from modelservice_constructs.cli import template
from modelservice_constructs.errors import ModelServiceWarning
from modelservice_constructs.validation import check_objects, validate_object, validate_objects

EXAMPLES = Path(__file__).resolve().parent.parent.parent / "shared" / "upstream" / "examples"

POD: dict[str, Any] = {"containers": [{"name": "vllm", "image": "vllm/vllm-openai:v0.11.0"}]}


def _route(*rules: dict[str, Any], parent_refs: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"apiVersion": "gateway.networking.k8s.io/v1", "kind": "HTTPRoute", "metadata": {"name": "r"},
            "spec": {"parentRefs": parent_refs or [{"name": "gw"}], "rules": list(rules)}}


def _backend(**extra: Any) -> dict[str, Any]:
    return {"group": "inference.networking.k8s.io", "kind": "InferencePool", "name": "pool", "port": 8000,
            **extra}


def _rewrite(prefix: str) -> dict[str, Any]:
    return {"type": "URLRewrite", "urlRewrite": {"path": {"type": "ReplacePrefixMatch", "replacePrefixMatch": prefix}}}


def _messages(obj: dict[str, Any]) -> list[str]:
    return [str(p) for p in validate_object(obj)]


def _pool(**spec: Any) -> dict[str, Any]:
    return {"apiVersion": "inference.networking.k8s.io/v1", "kind": "InferencePool", "metadata": {"name": "p"},
            "spec": {"selector": {"matchLabels": {"app": "x"}}, "targetPorts": [{"number": 8000}],
                     "endpointPickerRef": {"name": "epp", "port": {"number": 9002}}, **spec}}


def _role(name: str, replicas: int | None = None, **extra: Any) -> dict[str, Any]:
    spec: dict[str, Any] = {"leaderWorkerTemplate": {"size": 1, "workerTemplate": {"spec": POD}}}
    if replicas is not None:
        spec["replicas"] = replicas
    return {"name": name, "spec": spec, **extra}


def _dset(*roles: dict[str, Any]) -> dict[str, Any]:
    return {"apiVersion": "disaggregatedset.x-k8s.io/v1", "kind": "DisaggregatedSet", "metadata": {"name": "d"},
            "spec": {"roles": list(roles)}}


# --- HTTPRoute -------------------------------------------------------------------------------------


def test_our_route_and_pool_pass_every_rule() -> None:
    objects = [o for o in yaml.safe_load_all(template("demo", [], [
        "inferencePool.enabled=true", "inferencePool.endpointPicker.create=true", "httpRoute.enabled=true",
        "httpRoute.gateway.name=gw", "httpRoute.gateway.sectionName=http", "httpRoute.pathPrefix=/demo"])) if o]
    assert {"HTTPRoute", "InferencePool"} <= {o["kind"] for o in objects}
    report = check_objects(objects)
    assert report.problems == [] and report.unchecked == []


def test_fails_two_url_rewrite_filters_in_one_rule() -> None:
    route = _route({"backendRefs": [_backend()], "filters": [_rewrite("/a"), _rewrite("/b")]})
    assert "HTTPRoute/r spec.rules[0].filters: URLRewrite filter cannot be repeated" in _messages(route)


def test_fails_path_prefix_value_that_is_not_absolute() -> None:
    route = _route({"backendRefs": [_backend()], "matches": [{"path": {"type": "PathPrefix", "value": "v1"}}]})
    assert _messages(route) == [
        "HTTPRoute/r spec.rules[0].matches[0].path: value must be an absolute path and start with '/' when type "
        "one of ['Exact', 'PathPrefix']"]
    regex = _route({"backendRefs": [_backend()], "matches": [{"path": {"type": "RegularExpression", "value": "v1"}}]})
    assert _messages(regex) == []


def test_fails_exact_path_with_a_double_slash_and_invalid_characters() -> None:
    route = _route({"backendRefs": [_backend()], "matches": [{"path": {"type": "Exact", "value": "/a//b c"}}]})
    messages = _messages(route)
    assert any("must not contain '//'" in m for m in messages)
    assert any("must only contain valid characters" in m for m in messages)


def test_path_type_defaults_before_the_rules_run() -> None:
    # type defaults to PathPrefix, which requires an absolute value
    route = _route({"backendRefs": [_backend()], "matches": [{"path": {"value": "relative"}}]})
    assert any("must be an absolute path" in m for m in _messages(route))


def test_default_matches_satisfy_the_replace_prefix_rule() -> None:
    # without matches the rule gets the default single PathPrefix "/" match
    assert _messages(_route({"backendRefs": [_backend()], "filters": [_rewrite("/v1")]})) == []
    two = _route({"backendRefs": [_backend()], "filters": [_rewrite("/v1")],
                  "matches": [{"path": {"type": "PathPrefix", "value": "/a"}},
                              {"path": {"type": "PathPrefix", "value": "/b"}}]})
    assert _messages(two) == ["HTTPRoute/r spec.rules[0]: When using URLRewrite filter with path.replacePrefixMatch, "
                              "exactly one PathPrefix match must be specified"]


def test_fails_service_backend_without_port_through_defaulted_group_and_kind() -> None:
    route = _route({"backendRefs": [{"name": "svc"}]})
    assert _messages(route) == ["HTTPRoute/r spec.rules[0].backendRefs[0]: Must have port for Service reference"]


def test_parent_refs_read_the_escaped_namespace_field() -> None:
    same = [{"name": "gw", "namespace": "a"}, {"name": "gw", "namespace": "a"}]
    assert _messages(_route({"backendRefs": [_backend()]}, parent_refs=same)) == [
        "HTTPRoute/r spec.parentRefs: sectionName must be unique when parentRefs includes 2 or more references to "
        "the same parent"]
    other = [{"name": "gw", "namespace": "a"}, {"name": "gw", "namespace": "b"}]
    assert _messages(_route({"backendRefs": [_backend()]}, parent_refs=other)) == []


def test_fails_backend_timeout_longer_than_request_timeout() -> None:
    route = _route({"backendRefs": [_backend()], "timeouts": {"request": "10s", "backendRequest": "1m"}})
    assert _messages(route) == [
        "HTTPRoute/r spec.rules[0].timeouts: backendRequest timeout cannot be longer than request timeout"]
    ok = _route({"backendRefs": [_backend()], "timeouts": {"request": "1m", "backendRequest": "10s"}})
    assert _messages(ok) == []


def test_fails_redirect_together_with_backends() -> None:
    route = _route({"backendRefs": [_backend()], "filters": [
        {"type": "RequestRedirect", "requestRedirect": {"statusCode": 302}}]})
    assert _messages(route) == ["HTTPRoute/r spec.rules[0]: RequestRedirect filter must not be used together "
                                "with backendRefs"]


# --- InferencePool, DisaggregatedSet, LeaderWorkerSet -----------------------------------------------


def test_fails_inference_pool_with_repeated_target_port() -> None:
    pool = _pool(targetPorts=[{"number": 8000}, {"number": 8000}])
    assert _messages(pool) == ["InferencePool/p spec.targetPorts: port number must be unique"]
    assert _messages(_pool(targetPorts=[{"number": 8000}, {"number": 8001}])) == []


def test_fails_endpoint_picker_service_without_port() -> None:
    # kind defaults to Service, which needs a port
    assert _messages(_pool(endpointPickerRef={"name": "epp"})) == [
        "InferencePool/p spec.endpointPickerRef: port is required when kind is 'Service' or unspecified "
        "(defaults to 'Service')"]
    assert _messages(_pool(endpointPickerRef={"name": "epp", "kind": "Other", "group": "x.io"})) == []


def test_fails_disaggregated_set_with_mixed_zero_and_non_zero_replicas() -> None:
    message = ("DisaggregatedSet/d spec: replicas must be zero for all non-External roles or non-zero for all "
               "non-External roles")
    assert _messages(_dset(_role("prefill", 0), _role("decode", 2))) == [message]
    # replicas defaults to 1: an unset role is non-zero
    assert _messages(_dset(_role("prefill", 0), _role("decode"))) == [message]
    assert _messages(_dset(_role("prefill", 0), _role("decode", 0))) == []
    assert _messages(_dset(_role("prefill", 1), _role("decode"))) == []
    # roles scaled externally do not count
    assert _messages(_dset(_role("prefill", 0), _role("decode", 3, scaling={"mode": "External"}))) == []


def test_fails_disaggregated_set_with_one_role_by_schema() -> None:
    # minItems: 2 in the schema; the CEL rule is not evaluated on an object that fails its schema
    [problem] = validate_object(_dset(_role("decode", 0)))
    assert problem.path == "DisaggregatedSet/d spec.roles" and problem.message.endswith("is too short")


def test_leader_worker_set_has_no_rules_and_validates() -> None:
    lws = {"apiVersion": "leaderworkerset.x-k8s.io/v1", "kind": "LeaderWorkerSet", "metadata": {"name": "l"},
           "spec": {"replicas": 1, "leaderWorkerTemplate": {"size": 2, "workerTemplate": {"spec": POD}}}}
    rules = validation._crd_rules("leaderworkerset.x-k8s.io/v1", "LeaderWorkerSet")
    assert rules is not None and rules.rule_count == 0
    assert check_objects([lws]).problems == []


def test_every_pinned_rule_compiles_and_none_is_unchecked() -> None:
    counts = {}
    for api_version, kind in validation.custom_resource_kinds():
        rules = validation._crd_rules(api_version, kind)
        assert rules is not None
        assert rules.unchecked == (), (kind, rules.unchecked)
        counts[(api_version, kind)] = rules.rule_count
    assert counts[("gateway.networking.k8s.io/v1", "HTTPRoute")] == 89
    assert counts[("inference.networking.k8s.io/v1", "InferencePool")] == 2
    assert counts[("disaggregatedset.x-k8s.io/v1", "DisaggregatedSet")] == 1


@pytest.mark.skipif(not EXAMPLES.is_dir(), reason=missing_shared("upstream/examples"))
def test_every_golden_output_passes_with_cel() -> None:
    objects = [o for path in sorted(EXAMPLES.glob("output-*.yaml"))
               for o in yaml.safe_load_all(path.read_text()) if o]
    report = check_objects(objects)
    assert report.problems == [] and report.unchecked == []


# --- apiserver semantics on hand-made schemas ----------------------------------------------------------


def _obj(**props: Any) -> dict[str, Any]:
    return {"type": "object", "properties": props}


def _rule(rule: str, **extra: Any) -> list[dict[str, Any]]:
    return [{"rule": rule, **extra}]


def _failures(schema: dict[str, Any], value: dict[str, Any]) -> list[tuple[str, str]]:
    result = CelRules(schema).evaluate(value)
    return [(validation.field_path(f.path), f.message) for f in result.failures]


def test_message_expression_field_path_and_reason() -> None:
    spec = _obj(replicas={"type": "integer"}, max={"type": "integer"})
    spec["x-kubernetes-validations"] = _rule(
        "self.replicas <= self.max", messageExpression="'replicas ' + string(self.replicas) + ' over max'",
        fieldPath=".replicas", reason="FieldValueForbidden", message="static")
    assert _failures(_obj(spec=spec), {"spec": {"replicas": 5, "max": 2}}) == [
        ("spec.replicas", "Forbidden: replicas 5 over max")]


def test_message_expression_falls_back_to_message_then_rule() -> None:
    empty = _obj(a={"type": "integer"})
    empty["x-kubernetes-validations"] = _rule("self.a == 1", messageExpression="''", message="a must be 1")
    assert _failures(empty, {"a": 2}) == [("(root)", "a must be 1")]
    bare = _obj(a={"type": "integer"})
    bare["x-kubernetes-validations"] = _rule("self.a == 1", messageExpression="'two\\nlines'")
    assert _failures(bare, {"a": 2}) == [("(root)", "failed rule: self.a == 1")]


def test_absent_and_null_values_are_not_checked() -> None:
    schema = _obj(opt={**_obj(a={"type": "integer"}), "nullable": True,
                       "x-kubernetes-validations": _rule("self.a > 0")})
    assert _failures(schema, {}) == []
    assert _failures(schema, {"opt": None}) == []
    assert _failures(schema, {"opt": {"a": 0}}) == [("opt", "failed rule: self.a > 0")]


def test_has_on_optional_fields_and_missing_key_is_an_evaluation_error() -> None:
    schema = _obj(a={"type": "string"}, b={"type": "string"})
    schema["x-kubernetes-validations"] = _rule("!has(self.a) || has(self.b)", message="b with a")
    assert _failures(schema, {"b": "x"}) == []
    assert _failures(schema, {"a": "x"}) == [("(root)", "b with a")]
    unguarded = _obj(a={"type": "string"})
    unguarded["x-kubernetes-validations"] = _rule("self.a == 'x'")
    [(path, message)] = _failures(unguarded, {})
    assert path == "(root)" and message.endswith("evaluating rule: self.a == 'x'") and "a" in message


def test_items_and_additional_properties_are_checked_one_by_one() -> None:
    schema = _obj(
        ports={"type": "array", "x-kubernetes-list-type": "map", "x-kubernetes-list-map-keys": ["name"],
               "items": {**_obj(name={"type": "string"}, port={"type": "integer"}),
                         "x-kubernetes-validations": _rule("self.port < 65536", message="port too big")}},
        limits={"type": "object", "additionalProperties": {"type": "string", "x-kubernetes-validations":
                                                           _rule("self.size() <= 3", message="too long")}})
    assert _failures(schema, {"ports": [{"name": "a", "port": 1}, {"name": "b", "port": 70000}],
                              "limits": {"cpu": "2", "memory.size": "16Gi"}}) == [
        ("ports[1]", "port too big"), ("limits.memory.size", "too long")]


def test_escaped_property_names_and_unescaped_map_keys() -> None:
    assert escape_property("namespace") == "__namespace__"
    assert escape_property("a-b.c/d__e") == "a__dash__b__dot__c__slash__d__underscores__e"
    assert escape_property("1abc") is None
    schema = _obj(**{"x-y": {"type": "integer"}, "labels": {"type": "object",
                                                            "additionalProperties": {"type": "string"}}})
    schema["x-kubernetes-validations"] = _rule("self.x__dash__y == 1 && self.labels['app.kubernetes.io/name'] == 'm'")
    assert _failures(schema, {"x-y": 1, "labels": {"app.kubernetes.io/name": "m"}}) == []


def test_int_or_string_numbers_bytes_and_size_in_code_points() -> None:
    schema = _obj(port={"x-kubernetes-int-or-string": True}, ratio={"type": "number"},
                  data={"type": "string", "format": "byte"}, name={"type": "string"})
    schema["x-kubernetes-validations"] = _rule(
        "(type(self.port) == int ? self.port > 0 : self.port.startsWith('h')) && self.ratio / 2.0 == 0.5"
        " && self.data == b'hi' && size(self.name) == 4")
    good = {"port": 80, "ratio": 1, "data": "aGk=", "name": "café"}
    assert _failures(schema, good) == []
    assert _failures(schema, {**good, "port": "http"}) == []
    assert len(_failures(schema, {**good, "port": "8080"})) == 1


def test_timestamp_values_make_the_rules_there_unchecked() -> None:
    schema = _obj(at={"type": "string", "format": "date-time"})
    schema["x-kubernetes-validations"] = _rule("self.at < timestamp('2030-01-01T00:00:00Z')")
    result = CelRules(schema).evaluate({"at": "2025-01-01T00:00:00Z"})
    assert result.failures == []
    [(path, unchecked)] = result.unchecked
    assert path == () and "date-time value" in unchecked.reason
    assert CelRules(schema).evaluate({}).unchecked == []  # no timestamp: checked (and failing on the missing key)


def test_root_rules_see_kind_and_metadata_name_only() -> None:
    schema = _obj(apiVersion={"type": "string"}, kind={"type": "string"}, metadata={"type": "object"},
                  spec=_obj(a={"type": "integer"}))
    schema["x-kubernetes-validations"] = _rule("self.kind == 'X' && self.metadata.name.startsWith('ok') && "
                                               "!has(self.metadata.labels)")
    assert _failures(schema, {"kind": "X", "metadata": {"name": "ok-1", "labels": {"a": "b"}}, "spec": {}}) == []


def test_transition_rules_are_skipped_on_create_and_optional_old_self_is_none() -> None:
    schema = _obj(a={"type": "integer"})
    schema["x-kubernetes-validations"] = [
        {"rule": "self.a >= oldSelf.a", "message": "a cannot decrease"},
        {"rule": "!oldSelf.hasValue() && self.a < 10", "optionalOldSelf": True, "message": "a starts below 10"}]
    rules = CelRules(schema)
    assert rules.transition_rules == 1 and rules.unchecked == ()
    assert _failures(schema, {"a": 5}) == []
    assert _failures(schema, {"a": 50}) == [("(root)", "a starts below 10")]


def test_kubernetes_list_and_string_functions() -> None:
    schema = _obj(xs={"type": "array", "items": {"type": "integer"}}, s={"type": "string"})
    schema["x-kubernetes-validations"] = _rule(
        "self.xs.isSorted() && self.xs.sum() == 6 && self.xs.min() == 1 && self.xs.max() == 3"
        " && self.s.lowerAscii().split('-') == ['a', 'b'] && self.s.indexOf('-') == 1")
    assert _failures(schema, {"xs": [1, 2, 3], "s": "A-B"}) == []
    assert len(_failures(schema, {"xs": [2, 1, 3], "s": "A-B"})) == 1


# --- rules this runtime cannot evaluate ---------------------------------------------------------------


def test_rule_with_an_unknown_function_is_unchecked_not_passed() -> None:
    schema = _obj(spec=_obj(url={"type": "string"}))
    schema["properties"]["spec"]["x-kubernetes-validations"] = _rule("isURL(self.url)", message="bad url")
    rules = CelRules(schema)
    [unchecked] = rules.unchecked
    assert unchecked.schema_path == "spec" and "isURL" in unchecked.reason
    result = rules.evaluate({"spec": {"url": "::"}})
    assert result.failures == [] and [(p, u.rule) for p, u in result.unchecked] == [(("spec",), "isURL(self.url)")]
    assert rules.evaluate({}).unchecked == []  # absent: the rule does not apply


def test_unchecked_rules_are_reported_and_warned(monkeypatch: pytest.MonkeyPatch) -> None:
    schema = copy.deepcopy(validation._crd_versions()[("inference.networking.k8s.io/v1", "InferencePool")])
    schema["properties"]["spec"]["x-kubernetes-validations"] = _rule("self.selector.matchLabels.size() > 0 && "
                                                                     "quantity('1').isInteger()")
    monkeypatch.setattr(validation, "_crd_rules", lambda api_version, kind: CelRules(schema))
    report = check_objects([_pool()])
    assert report.problems == []
    [unchecked] = report.unchecked
    assert unchecked.path == "InferencePool/p spec" and "CEL rule not checked" in unchecked.message
    assert "quantity" in unchecked.message
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert validate_objects([_pool()]) == []
    assert [w.category for w in caught] == [ModelServiceWarning]
    assert "InferencePool/p spec: CEL rule not checked" in str(caught[0].message)


# --- cost ----------------------------------------------------------------------------------------------


def test_rules_are_compiled_once_and_evaluation_is_cheap() -> None:
    assert validation._crd_rules("gateway.networking.k8s.io/v1", "HTTPRoute") is \
        validation._crd_rules("gateway.networking.k8s.io/v1", "HTTPRoute")
    route = _route(*[{"backendRefs": [_backend()], "matches": [{"path": {"type": "PathPrefix", "value": f"/m{i}"}}],
                      "timeouts": {"request": "30s"}} for i in range(4)])
    rules = validation._crd_rules("gateway.networking.k8s.io/v1", "HTTPRoute")
    assert rules is not None
    rules.evaluate(route)
    start = time.perf_counter()
    for _ in range(200):
        assert rules.evaluate(route).failures == []
    per_route = (time.perf_counter() - start) / 200
    assert per_route < 0.02, f"{per_route * 1000:.1f} ms per HTTPRoute"
