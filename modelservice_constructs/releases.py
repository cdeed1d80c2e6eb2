"""The llm-d releases the typed API targets: one choice that decides what each release changes in our output.

A release is a tag of the llm-d router (``llm-d/llm-d-router``; ``llm-d/llm-d-inference-scheduler`` up to
v0.8.0), whose endpoint picker (EPP) and P/D routing sidecar change images, configuration groups, plugins and
flags from one release to the next, with the vLLM its llm-d release ships. What each component accepts is data
taken from upstream source at the tag (:mod:`modelservice_constructs.component_contracts`); what we emit for a
release is decided here, in :class:`LlmdRelease`, and checked against that data at synth.

Pick one for a server (``ModelServer(..., release=LlmdRelease.v0_9())``) or for every server of an App
(``LlmdRelease.v0_9().use_in(app)``, right after the App is made). Default: the newest supported release.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from .component_contracts import (
    RouterContract,
    VllmContract,
    router_contract,
    vllm_contract,
    vllm_version_of,
)
from .errors import ModelServiceError, show

if TYPE_CHECKING:
    from constructs import IConstruct

CONTEXT_KEY = "modelservice-constructs/llm-d-release"
"""The construct-context key :meth:`LlmdRelease.use_in` sets and :meth:`LlmdRelease.of` reads."""


class _Used:
    """Whether :meth:`LlmdRelease.use_in` was called in this process (until then no context is looked up)."""

    any = False


_USED = _Used()

LEGACY_OBJECTIVES_GROUP = "inference.networking.x-k8s.io"
"""The group of InferenceObjectives and InferenceModelRewrites before they moved to ``llm-d.ai``."""


@dataclass(frozen=True)
class _Choices:
    """What a release changes in our output that its components' data does not say."""

    pd_headers_handler: bool
    """The P/D configuration needs ``disagg-headers-handler`` to set the prefill header (before v0.9, the
    profile handler did not)."""


_CHOICES: dict[str, _Choices] = {
    # llm-d/llm-d-inference-scheduler v0.8.0: GAIE v1.5.0's picker with llm-d's plugins
    "v0.8.0": _Choices(pd_headers_handler=True),
    # the disaggregation profile handler sets the prefill header itself (the header handler is deprecated)
    "v0.9.0": _Choices(pd_headers_handler=False),
    "v0.10.0": _Choices(pd_headers_handler=False),
}


@dataclass(frozen=True)
class LlmdRelease:
    """A release of llm-d's router (endpoint picker and routing sidecar) and of the vLLM shipped with it.

    Build one with :meth:`v0_8`, :meth:`v0_9`, :meth:`v0_10`, :meth:`latest` or :meth:`from_tag`. It decides
    the picker and sidecar images and tags, the picker's configuration apiVersion and the plugins of each
    scheduling preset, the sidecar's flags, and the group of objectives and rewrites; and it holds what the
    release's components accept (:attr:`router`, :attr:`vllm`), against which every configuration and command
    line we emit is checked.

    :param tag: the router release tag, one of :data:`SUPPORTED`.
    """

    tag: str

    SUPPORTED: ClassVar[tuple[str, ...]] = tuple(_CHOICES)
    """The supported releases, oldest first."""

    def __post_init__(self) -> None:
        if self.tag not in _CHOICES:
            raise ModelServiceError.at("LlmdRelease.tag", f"{show(self.tag)} is not a supported llm-d router "
                                                          f"release; supported: {', '.join(self.SUPPORTED)}")

    @staticmethod
    def v0_8() -> LlmdRelease:
        """llm-d inference scheduler v0.8.0 (GAIE v1.5.0's picker with llm-d's plugins and routing sidecar)."""
        return LlmdRelease("v0.8.0")

    @staticmethod
    def v0_9() -> LlmdRelease:
        """llm-d router v0.9.0: renamed images, ``llm-d.ai/v1alpha1`` picker configuration, strictly decoded
        plugin parameters, objectives in ``llm-d.ai``."""
        return LlmdRelease("v0.9.0")

    @staticmethod
    def v0_10() -> LlmdRelease:
        """llm-d router v0.10.0: the sidecar's ``--kv-connector`` and ``--model-server-port``, no TLS flags."""
        return LlmdRelease("v0.10.0")

    @staticmethod
    def latest() -> LlmdRelease:
        """The newest supported release (the default)."""
        return LlmdRelease(LlmdRelease.SUPPORTED[-1])

    @staticmethod
    def from_tag(tag: str) -> LlmdRelease:
        """The release of ``tag`` (``v0.9.0``; ``0.9``, ``v0.9`` and ``0.9.0`` are the same)."""
        text = str(tag).strip()
        text = text if text.startswith("v") else f"v{text}"
        if text.count(".") == 1:
            text += ".0"
        try:
            return LlmdRelease(text)
        except ModelServiceError:
            raise ModelServiceError.at("LlmdRelease.tag", f"{show(tag)} is not a supported llm-d router release; "
                                                          f"supported: {', '.join(LlmdRelease.SUPPORTED)}") from None

    @staticmethod
    def of(scope: IConstruct) -> LlmdRelease:
        """The release :meth:`use_in` set for ``scope`` or a scope above it, else :meth:`latest` (the construct
        context :data:`CONTEXT_KEY`, read only once a release was set somewhere in the process)."""
        if not _USED.any:
            return LlmdRelease.latest()
        tag = scope.node.try_get_context(CONTEXT_KEY)
        return LlmdRelease.latest() if tag is None else LlmdRelease.from_tag(str(tag))

    def use_in(self, scope: IConstruct) -> None:
        """Make this the release of every server below ``scope`` (an App or a Chart) that does not name its own,
        as the construct context :data:`CONTEXT_KEY`. Call it before anything is added to ``scope`` (context
        cannot change once it has children)."""
        if scope.node.children:
            raise ModelServiceError.at("LlmdRelease.use_in", f"{scope.node.path or 'the App'} already has "
                                                             "children; set the release before adding any")
        scope.node.set_context(CONTEXT_KEY, self.tag)
        _USED.any = True

    # -- what the release's components are and accept ------------------------------------------

    @property
    def router(self) -> RouterContract:
        """What the picker and the routing sidecar of this release accept (from upstream source)."""
        return router_contract(self.tag)

    @property
    def vllm_version(self) -> str:
        """The vLLM version the llm-d release of this router ships."""
        return vllm_version_of(self.tag)

    @property
    def vllm(self) -> VllmContract:
        """The ``vllm serve`` flags of :attr:`vllm_version`."""
        return vllm_contract(self.vllm_version)

    # -- what we emit for it -------------------------------------------------------------------

    @property
    def epp_image(self) -> str:
        """The endpoint picker image of this release, pinned to its tag."""
        return f"{self.router.images['endpointPicker']}:{self.tag}"

    @property
    def sidecar_image(self) -> str:
        """The P/D routing sidecar image of this release, pinned to its tag."""
        return f"{self.router.images['sidecar']}:{self.tag}"

    @property
    def epp_config_api_version(self) -> str:
        """The apiVersion of the picker configurations we write: the one the release calls current."""
        return next(v for v, status in sorted(self.router.config_api_versions.items()) if status == "current")

    @property
    def objectives_api_version(self) -> str:
        """The group/version of the InferenceObjectives and InferenceModelRewrites the picker watches."""
        return self.router.objectives_api_version

    @property
    def objective_groups(self) -> tuple[str, ...]:
        """The groups of objectives and rewrites the picker may read (its RBAC), the preferred first."""
        return self.router.objective_groups

    @property
    def pd_headers_handler(self) -> bool:
        """Whether a P/D configuration needs ``disagg-headers-handler`` (v0.8.0)."""
        return _CHOICES[self.tag].pd_headers_handler

    @property
    def sidecar_server_port_flag(self) -> str:
        """The sidecar flag that names the model server's port: ``model-server-port`` where the release has it,
        else ``vllm-port``."""
        flag = self.router.sidecar_flags.get("model-server-port")
        return "model-server-port" if flag is not None and not flag.deprecated else "vllm-port"

    @property
    def sidecar_connector_flag(self) -> str:
        """The sidecar flag that names the KV connector: ``kv-connector`` where the release has it current, else
        ``connector``."""
        flag = self.router.sidecar_flags.get("kv-connector")
        return "kv-connector" if flag is not None and not flag.deprecated else "connector"

    def __str__(self) -> str:
        return f"llm-d router {self.tag}"
