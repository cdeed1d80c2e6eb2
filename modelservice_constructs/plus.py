"""cdk8s-plus-28 beside the library: its objects handed to our props, and its selectors of our pods.

The props that name a ServiceAccount, a Secret or a PersistentVolumeClaim (``ModelServer.service_account``,
``ModelArtifacts.auth_secret_name``, ``ModelArtifacts.from_claim(claim=...)``) also take the cdk8s-plus-28 object
itself, and the props that take pod volumes (``DecodePool.volumes``...) take its
``Volume`` objects (and ConfigMaps, Secrets and claims, as volumes of their name): :func:`converted` turns them
into what the prop holds, before the prop's type is checked (:func:`~.props.checked`). ``ModelServer.pods()``
and ``ModelPool.pods()`` give a cdk8s-plus ``Pods`` selector of their pods, for its Services and NetworkPolicies.

cdk8s-plus-28 is imported here only when an app hands over one of its objects or asks for a selector: an app
that never does (``template`` among them) does not load it.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .errors import ModelServiceError

if TYPE_CHECKING:
    from cdk8s_plus_28 import Pods
    from constructs import Construct

MODULE = "cdk8s_plus_28"
NAME_PROPS: Mapping[str, str] = {"ModelServer.service_account": "ServiceAccount",
                                 "ModelArtifacts.auth_secret_name": "Secret",
                                 "ModelArtifacts.claim": "PersistentVolumeClaim"}
"""The props that name an object and take the cdk8s-plus-28 object in place of the name: prop -> class."""
VOLUME_SOURCES: Mapping[str, tuple[str, str]] = {
    "ConfigMap": ("configMap", "name"), "Secret": ("secret", "secretName"),
    "PersistentVolumeClaim": ("persistentVolumeClaim", "claimName")}
"""The cdk8s-plus-28 objects a prop of pod volumes (``<class>.volumes``) takes as a volume of their name, besides
``Volume``: class -> the volume's field and the key of the name."""

_SCRATCH: dict[str, Any] = {}
_SCRATCH_IDS = itertools.count()


def is_plus(value: object) -> bool:
    """Whether ``value`` is an object of cdk8s-plus-28 (without importing it)."""
    return type(value).__module__.partition(".")[0] == MODULE


def _is(value: object, kind: str) -> bool:
    import cdk8s_plus_28 as kplus

    return isinstance(value, getattr(kplus, kind))


def converted(value: Any, prop: str) -> Any:
    """``value`` as the prop ``prop`` (``ModelServer.service_account``) holds it: the name of the cdk8s-plus-28 object
    a prop of :data:`NAME_PROPS` takes; the pod volume of a ``Volume`` (or of a ConfigMap, Secret or claim,
    :data:`VOLUME_SOURCES`) for a prop of pod volumes; lists item by item. Anything else is returned as it is
    (the prop's type check judges it); a cdk8s-plus-28 object the prop does not take is an error naming it."""
    if isinstance(value, list | tuple):
        return type(value)(converted(v, prop) for v in value)
    if not is_plus(value):
        return value
    named = NAME_PROPS.get(prop)
    if named is not None and _is(value, named):
        return str(value.name)
    volumes = prop.endswith(".volumes")
    if volumes and _is(value, "Volume"):
        return volume_json(value)
    for kind, (field, key) in VOLUME_SOURCES.items():
        if volumes and _is(value, kind):
            return {"name": str(value.name), field: {key: str(value.name)}}
    takes = (f"the name of a {named} (or the cdk8s-plus-28 {named})" if named else
             "pod volumes (or cdk8s-plus-28 Volumes, " + ", ".join(VOLUME_SOURCES) + ")" if volumes else
             "no cdk8s-plus-28 object")
    raise ModelServiceError.at(prop, f"takes {takes}, got the cdk8s-plus-28 {type(value).__name__} "
                                     f"{value.node.path!r}")


def volume_json(volume: Any) -> dict[str, Any]:
    """The pod volume (Kubernetes JSON) of a cdk8s-plus-28 ``Volume``, as cdk8s-plus renders it in a pod: the
    volume is added to a pod of a scratch App of this module, which is rendered and taken out again."""
    import cdk8s
    import cdk8s_plus_28 as kplus

    chart = _SCRATCH.get("chart")
    if chart is None:
        chart = _SCRATCH["chart"] = cdk8s.Chart(cdk8s.App(), "scratch")
    id = f"Pod{next(_SCRATCH_IDS)}"
    pod = kplus.Pod(chart, id, containers=[kplus.ContainerProps(image="scratch")], volumes=[volume])
    try:
        volumes = cdk8s.ApiObject.of(pod).to_json()["spec"]["volumes"]
    finally:
        chart.node.try_remove_child(id)
    rendered: dict[str, Any] = volumes[0]
    return rendered


def pods(scope: Construct, labels: Mapping[str, str], namespace: str | None) -> Pods:
    """A cdk8s-plus-28 ``Pods`` selector (child id ``Pods`` of ``scope``) of the pods with ``labels``, in
    ``namespace`` when there is one."""
    import cdk8s_plus_28 as kplus

    found = scope.node.try_find_child("Pods")
    if isinstance(found, kplus.Pods):
        return found
    namespaces = kplus.Namespaces.select(scope, "PodNamespaces", names=[namespace]) if namespace else None
    return kplus.Pods.select(scope, "Pods", labels=dict(labels), namespaces=namespaces)
