"""InferenceObjective and InferenceModelRewrite: request priorities and model-name rewrites of an InferencePool.

Both are read by the pool's endpoint picker, in the API group of the server's llm-d release
(``llm-d.ai/v1alpha2`` since v0.9, where they moved from the Gateway API Inference Extension's
``inference.networking.x-k8s.io/v1alpha2``; a picker that sees both groups reads ``llm-d.ai`` only). Their
fields are the same in both groups: they are checked against the typed import of the pinned ``llm-d.ai`` CRDs
and emitted in the release's group.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import cdk8s
from constructs import Construct

from ..app_index import CheckedConstruct
from ..errors import ModelServiceError, Problem, show
from ..manifests import group_version_kind, props_of
from ..names import INT32, dns_subdomain_problem, label_problems, raise_problems
from ..objects import adopt, api_object, untyped_object
from ..props import checked
from .inference_pool import InferencePool

MAX_WEIGHT = 1_000_000


def _pool_ref(pool: InferencePool) -> dict[str, Any]:
    return {"group": pool.group, "kind": pool.kind, "name": pool.name}


def _define(scope: Construct, cls: type[cdk8s.ApiObject], pool: InferencePool, manifest: dict[str, Any],
            path: str) -> cdk8s.ApiObject:
    """``manifest`` as an object of the release's group: the typed class when it is the pinned CRD's group, else
    the same fields, checked against the typed class, under the release's apiVersion."""
    api_version = pool.server.release.objectives_api_version
    if api_version == group_version_kind(cls)[0]:
        return api_object(scope, "Resource", cls, manifest, path)
    body = props_of(cls, manifest, path)
    return untyped_object(scope, "Resource", {"apiVersion": api_version, "kind": group_version_kind(cls)[1],
                                              **body}, path)


def _metadata(pool: InferencePool, name: str, labels: Mapping[str, str] | None) -> dict[str, Any]:
    metadata: dict[str, Any] = {"name": name, "labels": {**pool.server.provenance_labels, **dict(labels or {})}}
    if pool.namespace:
        metadata["namespace"] = pool.namespace
    return metadata


@checked
class InferenceObjective(Construct):
    """The priority of one use of a model served by an InferencePool: requests that name this objective (the
    ``x-gateway-inference-objective`` header) are scheduled, and shed under load, by its priority.

    The primary object is ``self.inference_objective`` (child id ``Resource``), in the group of the pool's
    server's llm-d release (``llm-d.ai/v1alpha2``; ``inference.networking.x-k8s.io/v1alpha2`` for v0.8.0).

    :param pool: the InferencePool whose requests it qualifies.
    :param name: the objective's name, which requests carry.
    :param priority: a higher number is served first and shed last; negative numbers are shed first.
        Default: not set (0).
    :param labels: more labels of the object. Default: none.
    """

    def __init__(self, scope: Construct, id: str, *, pool: InferencePool, name: str, priority: int | None = None,
                 labels: Mapping[str, str] | None = None) -> None:
        super().__init__(scope, id)
        adopt(self, scope)
        bad_priority = None
        if priority is not None and not INT32[0] <= priority <= INT32[1]:
            bad_priority = Problem("InferenceObjective.priority", f"must be a 32-bit integer, got {show(priority)}")
        raise_problems(dns_subdomain_problem(name, "InferenceObjective.name"), bad_priority,
                       *label_problems(dict(labels or {}), "InferenceObjective.labels"))
        self.pool = pool
        self.name = name
        self.priority = priority
        spec: dict[str, Any] = {"poolRef": _pool_ref(pool)}
        if priority is not None:
            spec["priority"] = priority
        from ..imports.ai.llm_d import InferenceObjective as Resource

        self.inference_objective: cdk8s.ApiObject = _define(
            self, Resource, pool, {"metadata": _metadata(pool, name, labels), "spec": spec}, "InferenceObjective")


@checked
@dataclass(frozen=True)
class RewriteTarget:
    """A model requests are rewritten to, with its share of them.

    :param model: the model name the pool's servers serve (their ``ModelArtifacts.name`` or a LoRA adapter).
    :param weight: its share relative to the rule's other targets, 1 to 1,000,000. Default: not set (equal
        shares).
    """

    model: str
    weight: int | None = None

    def __post_init__(self) -> None:
        if not self.model:
            raise ModelServiceError.at("RewriteTarget.model", f"must be a model name, got {show(self.model)}")
        if self.weight is not None and not 1 <= self.weight <= MAX_WEIGHT:
            raise ModelServiceError.at("RewriteTarget.weight",
                                       f"must be 1 to {MAX_WEIGHT:,}, got {show(self.weight)}")

    def manifest(self) -> dict[str, Any]:
        """The rule target."""
        target: dict[str, Any] = {"modelRewrite": self.model}
        if self.weight is not None:
            target["weight"] = self.weight
        return target


@checked
@dataclass(frozen=True)
class RewriteRule:
    """Requests for ``model`` (every request when None) go to ``targets``, split by weight.

    :param targets: at least one.
    :param model: the model name requests ask for. Default: none (every request of the pool).
    """

    targets: Sequence[RewriteTarget]
    model: str | None = None

    def __post_init__(self) -> None:
        if not self.targets:
            raise ModelServiceError.at("RewriteRule.targets", "needs at least one RewriteTarget")
        if self.model == "":
            raise ModelServiceError.at("RewriteRule.model", "must be a model name or None (every request)")

    def manifest(self) -> dict[str, Any]:
        """The rule."""
        rule: dict[str, Any] = {"targets": [t.manifest() for t in self.targets]}
        if self.model is not None:
            rule["matches"] = [{"model": {"type": "Exact", "value": self.model}}]
        return rule


@checked
class InferenceModelRewrite(CheckedConstruct):
    """Rewrites the model name of an InferencePool's requests, splitting them between targets by weight (a
    canary rollout of a new model or LoRA adapter). Every target must be served by the pool's server: its model
    or one of its LoRA adapters (checked at synth).

    The primary object is ``self.inference_model_rewrite`` (child id ``Resource``), in the group of the pool's
    server's llm-d release.

    :param pool: the InferencePool whose requests it rewrites.
    :param name: the object's name.
    :param rules: at least one.
    :param labels: more labels of the object. Default: none.
    """

    def __init__(self, scope: Construct, id: str, *, pool: InferencePool, name: str, rules: Sequence[RewriteRule],
                 labels: Mapping[str, str] | None = None) -> None:
        super().__init__(scope, id)
        adopt(self, scope)
        raise_problems(dns_subdomain_problem(name, "InferenceModelRewrite.name"),
                       None if rules else Problem("InferenceModelRewrite.rules", "needs at least one RewriteRule"),
                       *label_problems(dict(labels or {}), "InferenceModelRewrite.labels"))
        self.pool = pool
        self.name = name
        self.rules = tuple(rules)
        from ..imports.ai.llm_d import InferenceModelRewrite as Resource

        self.inference_model_rewrite: cdk8s.ApiObject = _define(
            self, Resource, pool, {"metadata": _metadata(pool, name, labels),
                                   "spec": {"poolRef": _pool_ref(pool), "rules": [r.manifest() for r in self.rules]}},
            "InferenceModelRewrite")

    def cross_check(self, signature: str) -> list[str]:
        """What is wrong with the rewrite in its App (asked at synth): a target the pool's server does not serve
        (neither its model nor a LoRA adapter of it), where the rewritten requests would fail."""
        server = self.pool.server
        served = {server.model.name, *(server.lora.names if server.lora is not None else ())}
        problems: list[str] = []
        for i, rule in enumerate(self.rules):
            for j, target in enumerate(rule.targets):
                if target.model not in served:
                    problems.append(
                        f"InferenceModelRewrite {self.name!r} rules[{i}].targets[{j}]: {target.model!r} is not served "
                        f"by ModelServer {server.name!r} of InferencePool {self.pool.name!r}, which serves "
                        f"{', '.join(sorted(served))}; add it to the server's LoraAdapters (static or "
                        "runtime_adapters) or rewrite to a served model")
        return problems
