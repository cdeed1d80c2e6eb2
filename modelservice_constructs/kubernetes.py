"""Kubernetes JSON prop types: each accepts a JSON map or the generated typed struct of the same field
(``imports/apps``, Kubernetes 1.34), so IDEs and type checkers help users who prefer the structs.

:func:`modelservice_constructs.props.checked` turns structs into JSON before a constructor runs.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, Union

if TYPE_CHECKING:
    from .imports.apps import (
        DeploymentSpecStrategy,
        DeploymentSpecTemplateSpecContainersEnv,
        DeploymentSpecTemplateSpecContainersLivenessProbe,
        DeploymentSpecTemplateSpecContainersPorts,
        DeploymentSpecTemplateSpecContainersReadinessProbe,
        DeploymentSpecTemplateSpecContainersSecurityContext,
        DeploymentSpecTemplateSpecContainersStartupProbe,
        DeploymentSpecTemplateSpecContainersVolumeMounts,
        DeploymentSpecTemplateSpecImagePullSecrets,
        DeploymentSpecTemplateSpecInitContainers,
        DeploymentSpecTemplateSpecResourceClaims,
        DeploymentSpecTemplateSpecSecurityContext,
        DeploymentSpecTemplateSpecTolerations,
        DeploymentSpecTemplateSpecVolumes,
    )

Json: TypeAlias = Mapping[str, Any]
"""Any Kubernetes JSON object."""
EnvVar: TypeAlias = "Json | DeploymentSpecTemplateSpecContainersEnv"
ContainerPort: TypeAlias = "Json | DeploymentSpecTemplateSpecContainersPorts"
VolumeMount: TypeAlias = "Json | DeploymentSpecTemplateSpecContainersVolumeMounts"
SecurityContext: TypeAlias = "Json | DeploymentSpecTemplateSpecContainersSecurityContext"
Probe: TypeAlias = ("Json | DeploymentSpecTemplateSpecContainersLivenessProbe"
                    " | DeploymentSpecTemplateSpecContainersReadinessProbe"
                    " | DeploymentSpecTemplateSpecContainersStartupProbe")
Toleration: TypeAlias = "Json | DeploymentSpecTemplateSpecTolerations"
Volume: TypeAlias = "Json | DeploymentSpecTemplateSpecVolumes"
Container: TypeAlias = "Json | DeploymentSpecTemplateSpecInitContainers"
PodSecurityContext: TypeAlias = "Json | DeploymentSpecTemplateSpecSecurityContext"
LocalObjectReference: TypeAlias = "Json | DeploymentSpecTemplateSpecImagePullSecrets"
PodResourceClaim: TypeAlias = "Json | DeploymentSpecTemplateSpecResourceClaims"
DeploymentStrategy: TypeAlias = "Json | DeploymentSpecStrategy"

_ALIASES = ("EnvVar", "ContainerPort", "VolumeMount", "SecurityContext", "Probe", "Toleration", "Volume", "Container",
            "PodSecurityContext", "LocalObjectReference", "PodResourceClaim", "DeploymentStrategy")


def struct_names() -> frozenset[str]:
    """The alias names above and the struct classes they name."""
    return frozenset({*_ALIASES, "Json", *(w.strip() for a in _ALIASES for w in globals()[a].split("|"))})


@functools.cache
def struct_namespace() -> dict[str, Any]:
    """Names the string aliases above refer to, for resolving type hints at run time."""
    from .imports import apps

    names: dict[str, Any] = {"Json": Json}
    for alias in _ALIASES:
        members = [word.strip() for word in globals()[alias].split("|")]
        for word in members[1:]:
            names[word] = getattr(apps, word)
        names[alias] = Union[tuple(names[word] for word in members)]  # noqa: UP007 - built from names
    return names
