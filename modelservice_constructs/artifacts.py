"""Model artifacts: where the weights come from (hf://, pvc://, pvc+hf://, oci://)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .errors import ModelServiceError, Problem, show
from .names import dns_label_problem, label_problems, pull_policy_problem, quantity_problem
from .props import checked, checked_factory

MODEL_VOLUME = "model-storage"
TOKEN_VOLUME = "hf-token"
TOKEN_DIR = "/var/run/secrets/huggingface"
TOKEN_KEY = "HF_TOKEN"
SCHEMES = ("hf", "pvc", "pvc+hf", "oci")
DEFAULT_LABELS: Mapping[str, str] = {"llm-d.ai/inference-serving": "true"}


@checked
@dataclass(frozen=True)
class ModelArtifacts:
    """The model a server runs and how its artifacts reach the pods.

    :param name: model name served by vLLM (``--served-model-name``), e.g. ``facebook/opt-125m``.
    :param uri: ``hf://<repo id>`` (downloaded into an emptyDir), ``pvc://<claim>/<path>``
        (a model folder on a PersistentVolumeClaim), ``pvc+hf://<claim>/<cache path>/<org>/<model>``
        (a Hugging Face cache on a claim) or ``oci://<image reference>`` (an image volume).
    :param labels: labels that identify this model's pods (with ``llm-d.ai/role`` added per pool).
        Default: ``{"llm-d.ai/inference-serving": "true"}``.
    :param size: size limit of the emptyDir for ``hf://``. Default: none (``"0"`` as the chart renders).
    :param auth_secret_name: Secret holding ``HF_TOKEN`` (its name, or a cdk8s-plus-28 ``Secret``): given to vLLM
        as the file ``HF_TOKEN_PATH`` names (huggingface_hub reads the token from it) under the hardened profile,
        else as the ``HF_TOKEN`` variable. Default: none.
    :param mount_path: where the model volume is mounted. Default: ``/model-cache``.
    :param read_only: mount PVC-backed models read-only. Default: True.
    :param image_pull_policy: pull policy of an ``oci://`` image volume. Default: ``Always``.
    """

    name: str
    uri: str
    labels: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_LABELS))
    size: str | None = None
    auth_secret_name: str | None = None
    mount_path: str = "/model-cache"
    read_only: bool = True
    image_pull_policy: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.strip():
            raise ModelServiceError.at("ModelArtifacts.name", f"must be a non-empty string, got {show(self.name)}")
        if not isinstance(self.uri, str) or "://" not in self.uri:
            raise ModelServiceError.at(
                "ModelArtifacts.uri",
                f"must look like <scheme>://<location> with scheme one of {', '.join(SCHEMES)}; got {show(self.uri)}")
        if self.scheme not in SCHEMES:
            raise ModelServiceError.at(
                "ModelArtifacts.uri",
                f"unsupported scheme {self.scheme!r} in {self.uri!r}; use one of {', '.join(SCHEMES)}")
        segments = self.location.split("/")
        if not self.location or not segments[0]:
            raise ModelServiceError.at("ModelArtifacts.uri", f"{self.uri!r} names no location after {self.scheme}://")
        if self.scheme == "pvc+hf" and (len(segments) < 3 or not all(segments[-2:])):
            raise ModelServiceError.at(
                "ModelArtifacts.uri",
                f"{self.uri!r} must be pvc+hf://<claim>/[<cache path>/]<org>/<model>")
        if self.scheme == "pvc" and (len(segments) < 2 or not segments[1]):
            raise ModelServiceError.at(
                "ModelArtifacts.uri", f"{self.uri!r} must be pvc://<claim>/<path of the model on the claim>")
        problems = label_problems(self.labels, "ModelArtifacts.labels") if isinstance(self.labels, Mapping) else [
            Problem("ModelArtifacts.labels", f"must be a map of labels, got {show(self.labels)}")]
        if self.claim_name and (problem := dns_label_problem(self.claim_name, "ModelArtifacts.uri", 253)):
            problems.append(Problem(problem.path, f"claim name {problem.message}"))
        if self.size is not None and (problem := quantity_problem(self.size, "ModelArtifacts.size")):
            problems.append(problem)
        if not isinstance(self.mount_path, str) or not self.mount_path.startswith("/"):
            problems.append(Problem("ModelArtifacts.mount_path",
                                    f"must be an absolute path, got {show(self.mount_path)}"))
        if self.image_pull_policy is not None and (
                problem := pull_policy_problem(self.image_pull_policy, "ModelArtifacts.image_pull_policy")):
            problems.append(problem)
        if problems:
            raise ModelServiceError(problems)

    @staticmethod
    def from_uri(uri: str, *, name: str | None = None, **options: Any) -> ModelArtifacts:
        """Artifacts from a URI; ``name`` defaults to the repository id of ``hf://`` and ``pvc+hf://``."""
        if name is None:
            rest = uri.split("://", 1)[-1].split("/")
            name = "/".join(rest[-2:]) if uri.startswith(("hf://", "pvc+hf://")) else rest[-1]
        return ModelArtifacts(name=name, uri=uri, **options)

    @staticmethod
    @checked_factory("ModelArtifacts")
    def from_claim(claim: str, path: str, *, name: str | None = None, hugging_face_cache: bool = False,
                   **options: Any) -> ModelArtifacts:
        """Artifacts on a PersistentVolumeClaim: ``pvc://<claim>/<path>`` (a model folder), or with
        ``hugging_face_cache`` ``pvc+hf://<claim>/<path>`` (a Hugging Face cache; ``path`` ends in ``<org>/<model>``).

        :param claim: the claim's name, or a cdk8s-plus-28 ``PersistentVolumeClaim``.
        :param path: the model's path on the claim.
        :param name: the served model name. Default: as :meth:`from_uri` derives it.
        :param hugging_face_cache: whether ``path`` is a Hugging Face cache. Default: False.
        """
        scheme = "pvc+hf" if hugging_face_cache else "pvc"
        return ModelArtifacts.from_uri(f"{scheme}://{claim}/{path.strip('/')}", name=name, **options)

    @property
    def scheme(self) -> str:
        """The URI scheme: hf, pvc, pvc+hf or oci."""
        return self.uri.split("://")[0]

    @property
    def location(self) -> str:
        """The URI after its scheme."""
        return self.uri.split("://")[-1]

    @property
    def claim_name(self) -> str | None:
        """The PersistentVolumeClaim of pvc:// and pvc+hf:// URIs."""
        return self.location.split("/")[0] if self.scheme.startswith("pvc") else None

    def model_argument(self, path: str = "ModelArtifacts.uri") -> str:
        """What vLLM is told to load."""
        segments = self.location.split("/")
        if self.scheme == "hf":
            return self.location
        if self.scheme == "pvc":
            return f"{self.mount_path}/{self.location.split('/', 1)[-1]}"
        if self.scheme == "pvc+hf":
            return f"{segments[-2]}/{segments[-1]}"
        raise ModelServiceError.at(
            path, f"vllmServe and imageDefault cannot pass an oci:// model (modelArtifacts.uri {self.uri!r}) "
                  f"to vLLM; use modelCommand custom with a command that loads it from {self.mount_path}")

    def volume(self) -> dict[str, Any]:
        """The pod volume holding the model."""
        if self.scheme == "hf":
            return {"name": MODEL_VOLUME, "emptyDir": {"sizeLimit": self.size or "0"}}
        if self.scheme == "oci":
            return {"name": MODEL_VOLUME, "image": {"reference": self.location,
                                                    "pullPolicy": self.image_pull_policy or "Always"}}
        return {"name": MODEL_VOLUME,
                "persistentVolumeClaim": {"claimName": self.claim_name, "readOnly": self.read_only}}

    def volume_mount(self) -> dict[str, Any]:
        """The container mount of the model volume (read-only for oci, ``read_only`` for PVCs)."""
        mount: dict[str, Any] = {"name": MODEL_VOLUME, "mountPath": self.mount_path}
        if self.scheme == "oci":
            mount["readOnly"] = True
        elif self.scheme.startswith("pvc"):
            mount["readOnly"] = self.read_only
        return mount

    def token_volume(self) -> dict[str, Any]:
        """The pod volume of the token file: the ``HF_TOKEN`` key of the auth Secret (mode 0644: the container's
        user is not the file's owner)."""
        return {"name": TOKEN_VOLUME, "secret": {"secretName": self.auth_secret_name,
                                                 "items": [{"key": TOKEN_KEY, "path": "token"}]}}

    def token_mount(self) -> dict[str, Any]:
        """The read-only mount of the token file."""
        return {"name": TOKEN_VOLUME, "mountPath": TOKEN_DIR, "readOnly": True}

    def env(self, mounted: bool, token_file: bool = False) -> list[dict[str, Any]]:
        """HF_HOME / HF_HUB_CACHE for a container that mounts the model, and HF_TOKEN (or HF_TOKEN_PATH, the
        file of :meth:`token_mount`, when ``token_file``)."""
        env: list[dict[str, Any]] = []
        if mounted and self.scheme == "hf":
            env.append({"name": "HF_HOME", "value": self.mount_path})
        if mounted and self.scheme == "pvc+hf":
            cache = "/".join(self.location.split("/")[1:-2])
            env.append({"name": "HF_HUB_CACHE", "value": f"{self.mount_path}/{cache}"})
        if self.auth_secret_name and token_file:
            env.append({"name": "HF_TOKEN_PATH", "value": f"{TOKEN_DIR}/token"})
        elif self.auth_secret_name:
            env.append({"name": "HF_TOKEN",
                        "valueFrom": {"secretKeyRef": {"name": self.auth_secret_name, "key": "HF_TOKEN"}}})
        return env
