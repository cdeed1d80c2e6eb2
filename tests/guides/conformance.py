"""Object-by-object comparison of an llm-d guide's kustomize recipes with the example of the same guide.

Each guide (:data:`CASES`) names the recipes its README applies for the model servers (and render service),
rendered with ``kubectl kustomize`` from ``../shared/llm-d-guides`` at commit ``GUIDES_COMMIT``
(:mod:`guides.render`), and the example in ``examples/`` that builds the same deployment with the constructs.
Objects are paired by what they are (the model's ServiceAccount, the decode and prefill Deployments, the render
Deployment and Service, and the endpoint picker's configuration, which the guides give in their router values),
and each pair is compared on what the guide's contracts are made of: replicas, images, the vLLM and sidecar
flags, the environment, container ports, resources, probe paths and the ``/dev/shm`` size; the plugins with
their parameters, the scheduling profiles with their weights and the data layer of the configuration.
What the library adds that the guides do not state (security contexts, probe timings, labels, the profile's
volumes) is not compared.

:func:`differences` gives each difference (:class:`Difference`); the table of ``docs/guides.md`` gives each its
reason (:func:`documented`, rows of ``fnmatch`` patterns), and the test checks that every difference has a row
and every row a difference.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from guides.render import GUIDES, REPO, render


@dataclass(frozen=True)
class Case:
    """A guide: its name, the recipes rendered (relative to ``guides/``), the example of ``examples/``, the router
    values of the picker's configuration (default: ``<guide>/router/<guide>.values.yaml``), and what the guide's
    commands change or add."""

    guide: str
    recipes: tuple[str, ...]
    example: str
    router_values: str = ""
    chart: str | None = None
    """The Chart of the example compared, when the example builds several (None: all it builds)."""
    renamed: tuple[str, str] | None = None
    """A text the guide's commands replace in the rendered recipes, and its replacement (``sed s/a/b/g``)."""
    manifests: tuple[str, ...] = ()
    """Plain manifests the guide applies as they are (relative to ``guides/``)."""

    @property
    def values_file(self) -> str:
        """The router values file, relative to ``guides/``."""
        return self.router_values or f"{self.guide}/router/{self.guide}.values.yaml"


CASES = (
    Case("optimized-baseline", ("optimized-baseline/modelserver/gpu/vllm/base",), "guide_optimized_baseline"),
    Case("pd-disaggregation", ("pd-disaggregation/modelserver/gpu/vllm/base",), "guide_pd_disaggregation"),
    Case("precise-prefix-cache-routing", ("precise-prefix-cache-routing/modelserver/gpu/vllm/base",
                                          "precise-prefix-cache-routing/render"), "guide_precise_prefix_cache"),
    Case("tiered-prefix-cache", ("tiered-prefix-cache/modelserver/gpu/vllm/native/cpu/base",),
         "guide_tiered_prefix_cache", "tiered-prefix-cache/router/tiered-prefix-cache-cpu.values.yaml",
         chart="tiered-prefix-cache"),
    Case("tiered-prefix-cache-fs", ("tiered-prefix-cache/modelserver/gpu/vllm/native/fs/base",),
         "guide_tiered_prefix_cache", "tiered-prefix-cache/router/tiered-prefix-cache-cpu.values.yaml",
         chart="tiered-prefix-cache-fs"),
    Case("tiered-prefix-cache-lmcache", ("tiered-prefix-cache/modelserver/gpu/vllm/lmcache-connector/cpu/base",),
         "guide_tiered_prefix_cache", "tiered-prefix-cache/router/tiered-prefix-cache-cpu.values.yaml",
         chart="tiered-prefix-cache-lmcache"),
    Case("tiered-prefix-cache-lmcache-fs", ("tiered-prefix-cache/modelserver/gpu/vllm/lmcache-connector/fs/base",),
         "guide_tiered_prefix_cache", "tiered-prefix-cache/router/tiered-prefix-cache-cpu.values.yaml",
         chart="tiered-prefix-cache-lmcache-fs"),
    Case("tiered-prefix-cache-mooncake", ("tiered-prefix-cache/modelserver/gpu/vllm/mooncake-store/cpu/base",),
         "guide_tiered_prefix_cache", "tiered-prefix-cache/router/tiered-prefix-cache-cpu.values.yaml",
         chart="tiered-prefix-cache-mooncake"),
    Case("tiered-prefix-cache-mooncake-fs", ("tiered-prefix-cache/modelserver/gpu/vllm/mooncake-store/fs/base",),
         "guide_tiered_prefix_cache", "tiered-prefix-cache/router/tiered-prefix-cache-cpu.values.yaml",
         chart="tiered-prefix-cache-mooncake-fs"),
    Case("wide-ep-lws", ("wide-ep-lws/modelserver/gpu/vllm/base",), "guide_wide_ep"),
    Case("flow-control", ("optimized-baseline/modelserver/gpu/vllm/base",), "guide_flow_control",
         renamed=("optimized-baseline", "flow-control"), manifests=("flow-control/objectives.yaml",)),
    Case("workload-autoscaling", ("optimized-baseline/modelserver/gpu/vllm/base",
                                  "workload-autoscaling/optimized-baseline-autoscaling"),
         "guide_workload_autoscaling", "optimized-baseline/router/optimized-baseline.values.yaml"),
)


PICKER_CONFIG = "EndpointPickerConfig"
"""The kind of the endpoint picker's configuration, compared as an object of its own."""


def _picker_config(document: Any) -> dict[str, Any]:
    return {"kind": PICKER_CONFIG, "metadata": {"name": "picker"}, "document": document}


def guide_objects(case: Case) -> list[dict[str, Any]]:
    """The objects of the guide's recipes, and the picker's configuration of its router values
    (``<guide>/router/<guide>.values.yaml``, the file ``router.epp.pluginsConfigFile`` names)."""
    import yaml

    values = yaml.safe_load((GUIDES / case.values_file).read_text())
    epp = values["router"]["epp"]
    config = yaml.safe_load(epp["pluginsCustomConfig"][epp["pluginsConfigFile"]])
    docs = [doc for recipe in case.recipes for doc in render(GUIDES / recipe)]
    if case.renamed is not None:
        docs = [json.loads(json.dumps(doc).replace(*case.renamed)) for doc in docs]
    docs += [doc for path in case.manifests for doc in yaml.safe_load_all((GUIDES / path).read_text()) if doc]
    return [*docs, _picker_config(config)]


def example_objects(case: Case) -> list[dict[str, Any]]:
    """The objects the example synthesizes (its ``build(app)``, by cdk8s's own ``App.synth_yaml()``)."""
    import yaml
    from cdk8s import App

    spec = importlib.util.spec_from_file_location(case.example, REPO / "examples" / f"{case.example}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    app = App()
    module.build(app)
    docs = [doc for doc in yaml.safe_load_all(app.synth_yaml()) if doc]
    if case.chart is not None:  # the objects of that Chart: cdk8s's own rendering of it, as it renders them all
        [chart] = [c for c in app.charts if c.node.id == case.chart]
        names = {(d["kind"], d["metadata"]["name"]) for d in chart.to_json()}
        docs = [d for d in docs if (d["kind"], d["metadata"]["name"]) in names]
    configs = [yaml.safe_load(d["data"]["epp-config.yaml"]) for d in docs
               if d["kind"] == "ConfigMap" and "epp-config.yaml" in (d.get("data") or {})]
    return [*docs, *(_picker_config(c) for c in configs)]


def role(doc: Mapping[str, Any]) -> str:
    """What an object is, to pair the guide's with ours: ``<kind> <role>``."""
    kind = doc["kind"]
    name = doc["metadata"]["name"]
    labels = doc["metadata"].get("labels") or {}
    if name.endswith("-render"):
        return f"{kind} render"
    pod_labels = (_pod_template(doc).get("metadata") or {}).get("labels") or labels
    if kind in ("Deployment", "LeaderWorkerSet") and pod_labels.get("llm-d.ai/role"):
        return f"{kind} {pod_labels['llm-d.ai/role']}"
    if kind == "HorizontalPodAutoscaler":
        return f"HorizontalPodAutoscaler {doc['spec']['scaleTargetRef']['name'].rsplit('-', 1)[-1]}"
    if kind == "ServiceAccount" and not name.endswith("-epp"):
        return "ServiceAccount model"
    if kind == "ConfigMap" and MOONCAKE_CONFIG in (doc.get("data") or {}):
        return "ConfigMap mooncake"
    return f"{kind} {name}"


MOONCAKE_CONFIG = "mooncake_config.json"
"""The Mooncake store's configuration file, a key of a ConfigMap the vLLM pods mount."""


def _mooncake_size(value: Any) -> Any:
    """A size of the Mooncake store's configuration in bytes, as vLLM v0.23's ``MooncakeStoreConfig`` reads it (a
    number, or a string with ``gb``, ``mb``, ``kb`` or ``b``, binary multiples)."""
    match = re.fullmatch(r"\s*([\d.]+)\s*(gb|mb|kb|b)?\s*", value.lower()) if isinstance(value, str) else None
    if match is None:
        return value
    return int(float(match.group(1)) * {"gb": 1024**3, "mb": 1024**2, "kb": 1024, "b": 1}[match.group(2) or "b"])


def _flags(args: Iterable[Any]) -> dict[str, Any]:
    """vLLM's or the sidecar's arguments as flag -> value (``--x=y`` and ``--x y`` alike, ``--x_y`` as ``--x-y``, as
    vLLM reads them; a flag alone is True; the first positional is ``<model>``; JSON values parsed; a shell variable
    ``${X}`` as ``$X``)."""
    out: dict[str, Any] = {}
    words = [str(a) for a in args]
    i = 0
    while i < len(words):
        word = words[i]
        if not word.startswith("-"):
            out.setdefault("<model>", word)
            i += 1
            continue
        name, eq, value = word.partition("=")
        name = "--" + name[2:].replace("_", "-") if name.startswith("--") else name
        if not eq and i + 1 < len(words) and not words[i + 1].startswith("--"):
            value, i = words[i + 1], i + 1
        parsed: Any = re.sub(r"\$\{(\w+)\}", r"$\1", value) if eq or value else True
        if isinstance(parsed, str) and parsed.startswith("{"):
            parsed = json.loads(parsed)
        out[name] = parsed
        i += 1
    return out


def _env(container: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for entry in container.get("env") or []:
        source = entry.get("valueFrom")
        if source is None:
            out[entry["name"]] = str(entry.get("value", ""))
        elif "fieldRef" in source:
            out[entry["name"]] = f"field {source['fieldRef']['fieldPath']}"
        elif "secretKeyRef" in source:
            out[entry["name"]] = f"secret {source['secretKeyRef']['name']}/{source['secretKeyRef']['key']}"
        else:
            out[entry["name"]] = json.dumps(source, sort_keys=True)
    return out


def _quantities(resources: Mapping[str, Any]) -> dict[str, str]:
    return {f"{kind}.{name}": str(value) for kind in ("requests", "limits")
            for name, value in (resources.get(kind) or {}).items()}


def _pod_template(doc: Mapping[str, Any]) -> dict[str, Any]:
    """The pod template of a Deployment, or of a LeaderWorkerSet's leader (its worker template when it has none)."""
    spec = doc.get("spec") or {}
    if doc.get("kind") == "LeaderWorkerSet":
        group = spec.get("leaderWorkerTemplate") or {}
        return dict(group.get("leaderTemplate") or group.get("workerTemplate") or {})
    return dict(spec.get("template") or {})


def _containers(doc: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """The containers of a pod template by what they run: ``vllm`` (the model server, run by ``vllm serve``, by
    ``vllm`` with ``serve`` as its first argument, or by a shell script's ``exec vllm serve``), ``routing-proxy``,
    ``render``."""
    spec = _pod_template(doc)["spec"]
    found: dict[str, dict[str, Any]] = {}
    for container in [*(spec.get("initContainers") or []), *spec["containers"]]:
        command = [str(c) for c in container.get("command") or []]
        if command[:1] in (["/bin/bash"], ["/bin/sh"]) and command[1:2] == ["-c"]:
            container = _unwrapped(container)
            command = container["command"]
        elif command == ["vllm"] and [str(a) for a in container.get("args") or []][:1] == ["serve"]:
            container = {**container, "command": ["vllm", "serve"], "args": list(container["args"])[1:]}
            command = container["command"]
        if "routing-proxy" in container["name"] or "disagg-sidecar" in container.get("image", ""):
            found["routing-proxy"] = container
        elif command[:3] == ["vllm", "launch", "render"]:
            found["render"] = container
        elif command[:2] == ["vllm", "serve"]:
            found["vllm"] = container
    return found


def _unwrapped(container: Mapping[str, Any]) -> dict[str, Any]:
    """A container whose shell script ends in ``exec vllm serve ...`` as if it ran ``vllm serve`` with those args."""
    import shlex

    script = " ".join(str(a) for a in [*(container.get("command") or [])[2:], *(container.get("args") or [])])
    words = shlex.split(script.replace("\\\n", " "))
    if "vllm" in words and words[words.index("vllm") + 1:words.index("vllm") + 2] == ["serve"]:
        start = words.index("vllm")
        return {**container, "command": ["vllm", "serve"], "args": words[start + 2:]}
    return dict(container)


def facets(doc: Mapping[str, Any]) -> dict[str, Any]:
    """What is compared of an object, facet -> value."""
    out: dict[str, Any] = {}
    if doc["kind"] == PICKER_CONFIG:
        config = doc["document"]
        out["apiVersion"] = config.get("apiVersion")
        for key in ("featureGates", "dataLayer", "flowControl", "saturationDetector"):
            out[key] = config.get(key)
        for plugin in config.get("plugins") or []:
            out[f"plugin {plugin.get('name') or plugin['type']}"] = plugin.get("parameters") or True
        for profile in config.get("schedulingProfiles") or []:
            for ref in profile.get("plugins") or []:
                out[f"profile {profile['name']} {ref['pluginRef']}"] = ref.get("weight", True)
    elif doc["kind"] == "HorizontalPodAutoscaler":
        spec = doc["spec"]
        out.update({"minReplicas": spec.get("minReplicas", 1), "maxReplicas": spec["maxReplicas"],
                    "scaleTargetRef kind": spec["scaleTargetRef"]["kind"]})
        out.update({f"annotation {k}": v for k, v in (doc["metadata"].get("annotations") or {}).items()})
        for direction, rules in (spec.get("behavior") or {}).items():
            out[f"{direction} stabilizationWindowSeconds"] = rules.get("stabilizationWindowSeconds")
            out[f"{direction} policies"] = rules.get("policies")
        for metric in spec.get("metrics") or []:
            source = metric.get(metric["type"][0].lower() + metric["type"][1:]) or {}
            name = (source.get("metric") or {}).get("name") or source.get("name")
            out[f"metric {metric['type']} {name}"] = source.get("target")
            selector = ((source.get("metric") or {}).get("selector") or {}).get("matchLabels") or {}
            out[f"metric {metric['type']} {name} selector"] = sorted(selector)
    elif doc["kind"] == "InferenceObjective":
        out["priority"] = doc["spec"].get("priority")
        out["poolRef"] = doc["spec"]["poolRef"]["name"]
    elif doc["kind"] == "ServiceAccount":
        out["automountServiceAccountToken"] = doc.get("automountServiceAccountToken")
    elif doc["kind"] == "ConfigMap" and MOONCAKE_CONFIG in (doc.get("data") or {}):
        for key, value in json.loads(doc["data"][MOONCAKE_CONFIG]).items():
            out[f"{MOONCAKE_CONFIG} {key}"] = _mooncake_size(value) if key.endswith("_size") else value
    elif doc["kind"] == "Service":
        out["ports"] = sorted((p["port"], str(p.get("targetPort"))) for p in doc["spec"]["ports"])
    elif doc["kind"] in ("Deployment", "LeaderWorkerSet"):
        spec = _pod_template(doc)["spec"]
        out["replicas"] = doc["spec"].get("replicas", 1)
        if doc["kind"] == "LeaderWorkerSet":
            out["size"] = doc["spec"]["leaderWorkerTemplate"].get("size", 1)
        shm = [v["emptyDir"].get("sizeLimit") for v in spec.get("volumes") or []
               if (v.get("emptyDir") or {}).get("medium") == "Memory"]
        out["/dev/shm"] = shm[0] if shm else None
        for what, container in _containers(doc).items():
            out[f"{what} image"] = container["image"]
            for flag, value in _flags(container.get("args") or []).items():
                out[f"{what} {flag}"] = value
            for name, value in _env(container).items():
                out[f"{what} env {name}"] = value
            for port in container.get("ports") or []:
                out[f"{what} port {port['containerPort']}"] = True
            for name, value in _quantities(container.get("resources") or {}).items():
                out[f"{what} {name}"] = value
            for probe in ("livenessProbe", "readinessProbe", "startupProbe"):
                http = (container.get(probe) or {}).get("httpGet")
                if http:
                    out[f"{what} {probe}"] = http["path"]
    return out


def _show(value: Any) -> str:
    return "absent" if value is None else json.dumps(value, sort_keys=True, separators=(",", ":"))


@dataclass(frozen=True)
class Difference:
    """One difference between a guide's object and the example's: the object (``Deployment decode``), the facet
    (``vllm --port``, or ``ours only`` / ``guide only`` for an object one side lacks) and both values."""

    guide: str
    object: str
    facet: str
    theirs: Any = None
    ours: Any = None

    def __str__(self) -> str:
        if self.facet in ("ours only", "guide only"):
            return f"{self.guide} {self.object}: {self.facet}"
        return f"{self.guide} {self.object} {self.facet}: guide {_show(self.theirs)}, ours {_show(self.ours)}"


def differences(case: Case) -> list[Difference]:
    """The differences between the guide's objects and the example's (see the module documentation), an object
    only one side has included."""
    guide = {role(d): d for d in guide_objects(case)}
    ours = {role(d): d for d in example_objects(case)}
    found = [Difference(case.guide, key, "guide only") for key in sorted(guide.keys() - ours.keys())]
    found += [Difference(case.guide, key, "ours only") for key in sorted(ours.keys() - guide.keys())]
    for key in sorted(guide.keys() & ours.keys()):
        theirs, mine = facets(guide[key]), facets(ours[key])
        found += [Difference(case.guide, key, facet, theirs.get(facet), mine.get(facet))
                  for facet in sorted(theirs.keys() | mine.keys())
                  if _comparable(theirs.get(facet)) != _comparable(mine.get(facet))]
    return found


def _comparable(value: Any) -> Any:
    """Numbers and their strings alike (``nvidia.com/gpu: 2`` and ``"2"``, a weight ``2.0`` and ``2``)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


@dataclass(frozen=True)
class Documented:
    """A row of the table in ``docs/guides.md``: the guide, object and facet of differences (``fnmatch``
    patterns) and their reason."""

    guide: str
    object: str
    facet: str
    reason: str

    def covers(self, difference: Difference) -> bool:
        """Whether ``difference`` is one of this row's."""
        import fnmatch

        return all(fnmatch.fnmatchcase(value, pattern) for value, pattern in (
            (difference.guide, self.guide), (difference.object, self.object), (difference.facet, self.facet)))


def documented(text: str) -> list[Documented]:
    """The rows of the differences table of ``docs/guides.md`` (``| guide | object | facet | reason |``, the first
    three in backquotes)."""
    import re

    row = re.compile(r"^\| `(?P<guide>[^`]+)` \| `(?P<object>[^`]+)` \| `(?P<facet>[^`]+)` \| (?P<reason>.+) \|$")
    return [Documented(**m.groupdict()) for line in text.splitlines() if (m := row.match(line))]


def summary(case: Case) -> dict[str, Any]:
    """The objects of each side, those paired, those identical in every facet compared, and the differences."""
    guide = {role(d) for d in guide_objects(case)}
    ours = {role(d) for d in example_objects(case)}
    found = differences(case)
    paired = guide & ours
    differing = {d.object for d in found if d.object in paired}
    return {"guide objects": len(guide), "our objects": len(ours), "paired": len(paired),
            "identical": len(paired - differing), "differences": found}
