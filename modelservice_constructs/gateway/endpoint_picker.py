"""EndpointPicker: the llm-d inference scheduler an InferencePool consults, with its RBAC, configuration and Service."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import cdk8s
from constructs import Construct

from ..app_index import AppIndex, CheckedConstruct
from ..component_contracts import FLOW_CONTROL_GATE, epp_args_problems, epp_config_problems, split_deprecations
from ..containers import VLLM_DEFAULT_BLOCK_SIZE, flag_value
from ..errors import ModelServiceError, Problem, show
from ..kv_events import KV_EVENTS_PORT
from ..monitoring import PodMonitoring
from ..names import dns_label_problem, raise_problems
from ..objects import adopt, api_object
from ..props import checked
from ..security import PodSecurity
from ..tracing import Tracing
from .flow_control import FlowControl
from .inference_pool import InferencePool
from .proxy import CONFIG_KEY as PROXY_CONFIG_KEY
from .proxy import StandaloneProxy
from .refs import EXT_PROC_PORT, FailureMode, inference_pool_group
from .render_service import RENDER_USER, RenderService
from .scheduler_config import (
    CPU_PRODUCER,
    PRECISE_PRODUCER,
    PREFIX_PRODUCER,
    RENDER_PORT,
    TOKEN_PRODUCER,
    PickerContext,
    SchedulerConfig,
)

if TYPE_CHECKING:
    from ..pools import ModelPool

DEFAULT_PICKER_RESOURCES: Mapping[str, Mapping[str, str]] = {"requests": {"cpu": "250m", "memory": "256Mi"},
                                                           "limits": {"cpu": "2", "memory": "1Gi"}}
"""The picker's resources unless given."""
PICKER_USER = 65532
"""The non-root user the inference scheduler image runs as."""
HEALTH_PORT = 9003
METRICS_PORT = 9090
CONFIG_DIR = "/etc/epp"
CONFIG_KEY = "epp-config.yaml"
EXT_PROC_SERVICE = "envoy.service.ext_proc.v3.ExternalProcessor"
DEFAULT_SOCKET_PORT = 5557
"""The socket port the precise prefix-cache producer dials unless configured (the KV-cache library's default)."""


@checked
class EndpointPicker(CheckedConstruct):
    """The llm-d inference scheduler (endpoint picker, EPP) of an :class:`InferencePool`.

    Creates a ServiceAccount, a Role and RoleBinding to read pods, InferencePools, InferenceObjectives
    and InferenceModelRewrites of the namespace (and leases, for leader election, when ``replicas``
    is more than 1), a ConfigMap with the plugins configuration, the Deployment (primary object,
    ``self.deployment``, child id ``Resource``) and the Service the pool's ``endpointPickerRef``
    names. Every object is named after that reference (``<server.name>-epp`` by default). The gateway
    reaches the picker over gRPC ext-proc on the reference's port (9002); health is served on 9003
    and metrics on 9090, without authentication (``--metrics-endpoint-auth=false``: checking
    tokens needs cluster-wide RBAC; pass ``flags={"metrics-endpoint-auth": True}`` and grant it to
    turn it on).

    The picker is the one of the pool's server's llm-d release (``ModelServer.release``): its image, the
    configuration apiVersion and presets, the objectives group it reads. Its configuration and flags are
    checked against what that release's picker accepts (feature gates, plugin types, strictly decoded
    parameters, flags): a configuration it would refuse at start is an error here.

    With a ``proxy`` (:class:`StandaloneProxy`) it is the router without a Gateway, as llm-d's guides deploy
    it: Envoy runs in the picker's pod (its configuration in the ConfigMap ``<name>-envoy``) and the Service
    also serves the port clients call (``http``, 80 by default).

    Hook methods a subclass may override: :meth:`build_args`, :meth:`build_container`,
    :meth:`build_pod_spec`.

    :param pool: the InferencePool it picks endpoints of; its ``endpoint_picker`` must be a Service.
    :param image: Default: the release's (``ghcr.io/llm-d/llm-d-router-endpoint-picker:v0.10.0`` for v0.10.0).
    :param image_pull_policy: Default: ``IfNotPresent``.
    :param replicas: at least 1; more than 1 enables leader election (one active picker). Default: 1.
    :param config: the plugins configuration; a preset is written for the release, with the ``--block-size``
        of the pools the InferencePool selects when the picker is created (vLLM's 16 when they set none) unless
        it names its own. Default: ``SchedulerConfig.prefill_decode()`` when the pool selects the pods of a
        PrefillPool when the picker is created, else ``SchedulerConfig.load_aware()`` (create the picker after
        the pools; a later change is reported at synth).
    :param proxy: run the router standalone, with this Envoy proxy in the picker's pod and a Service port for
        clients. Default: none (a Gateway sends requests to the InferencePool and consults the picker).
    :param render_service: the vLLM render service the precise prefix-cache configuration's token producer calls,
        created as ``<name>-render`` when that configuration names no ``render_url``. Default: ``RenderService()``
        then, else none.
    :param flow_control: turn the picker's flow-control layer on (the ``flowControl`` feature gate, added to the
        configuration unless it names it): requests wait in the picker's queue while the pool is saturated or has
        no pods, and the queue's size is a metric pools can scale on (:meth:`Metric.picker_queue_size`). True runs
        it with the picker's defaults; a :class:`FlowControl` sets its priority bands, saturation detector and
        limits. Default: False (the configuration's gates, else the release's default: off).
    :param monitoring: a PodMonitor scraping the picker's metrics port (child id ``PodMonitor``, named after the
        picker), for autoscalers following the picker's metrics. Default: none.
    :param verbosity: log verbosity (``--v``). Default: 1.
    :param secure_serving: serve ext-proc over TLS (self-signed) as the picker does by default. Default: True.
    :param tracing: OpenTelemetry export. Default: the server's (off when it has none).
    :param flags: more command-line flags, ``{"flag": value}`` rendered ``--flag=value``. Default: none.
    :param env: more environment variables, as Kubernetes JSON. Default: none.
    :param resources: container resources, as Kubernetes JSON. Default: :data:`DEFAULT_PICKER_RESOURCES`
        (250m CPU / 256Mi requested, 2 CPUs / 1Gi at most: the picker scores every request against the pool's
        endpoints and their metrics, a light load that grows with the number of endpoints).
    :param security: the pod's security profile, applied with the picker's own user (65532) and a read-only
        root with a writable ``/tmp``; the picker keeps its service-account token (it watches pods and
        InferencePools). Default: ``PodSecurity()`` (hardened; ``PodSecurity.unhardened()`` opts out).
    :param node_selector: Default: none.
    :param tolerations: Default: none.
    :param labels: more labels of every object. Default: none.
    """

    MANAGED_FLAGS = ("pool-name", "pool-namespace", "pool-group", "grpc-port", "grpc-health-port", "metrics-port",
                     "config-file", "ha-enable-leader-election", "endpoint-selector", "endpoint-target-ports")

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        pool: InferencePool,
        image: str | None = None,
        image_pull_policy: str = "IfNotPresent",
        replicas: int = 1,
        config: SchedulerConfig | None = None,
        verbosity: int = 1,
        secure_serving: bool = True,
        tracing: Tracing | None = None,
        flags: Mapping[str, Any] | None = None,
        env: Sequence[Mapping[str, Any]] = (),
        resources: Mapping[str, Any] | None = None,
        security: PodSecurity | None = None,
        node_selector: Mapping[str, str] | None = None,
        tolerations: Sequence[Mapping[str, Any]] = (),
        labels: Mapping[str, str] | None = None,
        proxy: StandaloneProxy | None = None,
        render_service: RenderService | None = None,
        flow_control: bool | FlowControl = False,
        monitoring: PodMonitoring | None = None,
    ) -> None:
        super().__init__(scope, id)
        adopt(self, scope)
        self._index = AppIndex.of(scope)
        if not self._index.has(pool):
            raise ModelServiceError.at("EndpointPicker.pool", f"InferencePool {pool.name!r} belongs to another app; "
                                                              "create the picker in the pool's app")
        ref = pool.endpoint_picker_ref
        if not ref.is_service:
            raise ModelServiceError.at(
                "EndpointPicker.pool", f"InferencePool {pool.name!r} names a {ref.kind} endpoint picker "
                                       f"({ref.group or 'core'} group); an EndpointPicker is reached through a Service")
        raise_problems(dns_label_problem(ref.name, "EndpointPickerRef.name"))
        if ref.port in (HEALTH_PORT, METRICS_PORT):
            raise ModelServiceError.at("EndpointPickerRef.port", f"{ref.port} is the picker's health or metrics port "
                                                                 f"({HEALTH_PORT}, {METRICS_PORT}); use another, e.g. "
                                                                 f"{EXT_PROC_PORT}")
        if image is not None and not image.strip():
            raise ModelServiceError.at("EndpointPicker.image", f"must be a non-empty image, got {show(image)}")
        if replicas < 1:
            raise ModelServiceError.at("EndpointPicker.replicas",
                                       f"must be a whole number of at least 1 (more than 1 elects a leader), "
                                       f"got {show(replicas)}")
        self.pool = pool
        self.server = pool.server
        self.release = pool.server.release
        """The llm-d release of the picker: its server's."""
        self.proxy = proxy
        self.name: str = ref.name
        self.namespace = pool.namespace
        self.ext_proc_port: int = ref.port if ref.port is not None else EXT_PROC_PORT
        self.image: str = image or self.release.epp_image
        self.image_pull_policy = image_pull_policy
        self.replicas = replicas
        self.derived_for_prefill: bool | None = None
        """Whether the pool selected a PrefillPool when the configuration was derived (None: ``config`` was given)."""
        selected = pool.model_pools_now()
        if config is None:
            self.derived_for_prefill = any(p.role == "prefill" for p in selected)
            config = SchedulerConfig.prefill_decode() if self.derived_for_prefill else SchedulerConfig.load_aware()
        kv_events = self.server.kv_events
        renders = config.renders_itself
        config = config.for_release(self.release, self.pools_block_size(selected), PickerContext(
            kv_events.port if kv_events is not None else KV_EVENTS_PORT, self.server.model.name,
            f"http://{self.render_name}:{RENDER_PORT}", self.server.kv_offload, self.server.lora is not None))
        if proxy is not None and proxy.listen_port in (self.ext_proc_port, HEALTH_PORT, METRICS_PORT):
            raise ModelServiceError.at("StandaloneProxy.listen_port",
                                       f"{proxy.listen_port} is a port of the picker in the same pod (ext-proc "
                                       f"{self.ext_proc_port}, health {HEALTH_PORT}, metrics {METRICS_PORT}); use "
                                       "another, e.g. 8081")
        if config.disaggregated and self.server.routing_sidecar is None:
            raise ModelServiceError.at(
                "EndpointPicker.config", f"schedules prefill pods (P/D) but ModelServer {self.server.name!r} has "
                                         "routing_sidecar=None; decode pods need the routing sidecar for P/D, or "
                                         "use SchedulerConfig.load_aware()")
        if config.disaggregated and self.server.active_kv_transfer is None and not any(
                flag_value(c.args, "--kv-transfer-config") is not None for p in selected for c in p.containers):
            self.report([Problem(
                "EndpointPicker.config", f"schedules prefill pods (P/D) but ModelServer {self.server.name!r} has "
                                         "kv_transfer=None and its vLLM containers pass no --kv-transfer-config: "
                                         "vLLM would run no KV connector, so prefill pods would compute KV caches "
                                         "decode pods never receive; set "
                                         "ModelServer(kv_transfer=KvTransfer.nixl()), or use "
                                         "SchedulerConfig.load_aware()", "pd-without-kv-transfer")])
        if flow_control is not False:
            if not isinstance(flow_control, (bool, FlowControl)):
                raise ModelServiceError.at("EndpointPicker.flow_control", f"must be True, False or a FlowControl, "
                                                                          f"got {show(flow_control)}")
            if f"{FLOW_CONTROL_GATE}=false" in (config.document.get("featureGates") or []):
                raise ModelServiceError.at(
                    "EndpointPicker.flow_control", f"turns flow control on, but the config turns the "
                                                   f"{FLOW_CONTROL_GATE} feature gate off "
                                                   f"('{FLOW_CONTROL_GATE}=false'); keep one of the two")
            if not self.release.router.feature_gate_on(config.document, FLOW_CONTROL_GATE):
                config = config.with_feature_gate(FLOW_CONTROL_GATE)
            if isinstance(flow_control, FlowControl):
                config = SchedulerConfig(flow_control.apply(config.document, self.release.router))
        self.config: SchedulerConfig = config
        """The configuration the picker loads (a preset written for the release)."""
        self.flow_control: bool = self.release.router.feature_gate_on(config.document, FLOW_CONTROL_GATE)
        """Whether the picker runs its flow-control layer (the configuration turns the gate on)."""
        self.monitoring = monitoring
        self.verbosity = verbosity
        self.secure_serving = secure_serving
        self.tracing: Tracing | None = tracing if tracing is not None else self.server.tracing
        self.flags: dict[str, Any] = dict(flags or {})
        for key in self.flags:
            if key.lstrip("-") in self.MANAGED_FLAGS:
                raise ModelServiceError.at(
                    f"EndpointPicker.flags.{key}", "is set by the EndpointPicker from its InferencePool (name, "
                                                   "namespace, group, ports, config); change the pool instead")
        self.env = [dict(e) for e in env]
        self.resources: dict[str, Any] = dict(resources) if resources else {
            key: dict(amounts) for key, amounts in DEFAULT_PICKER_RESOURCES.items()}
        self.security: PodSecurity = security or PodSecurity()
        self.node_selector = dict(node_selector or {})
        self.tolerations = [dict(t) for t in tolerations]
        self.labels: dict[str, str] = {**self.server.provenance_labels, **dict(labels or {})}
        self.selector_labels: dict[str, str] = {"app.kubernetes.io/name": self.name,
                                                "app.kubernetes.io/component": "endpoint-picker"}
        if pool.api_version != self.release.router.inference_pool_api_version:
            raise ModelServiceError.at("EndpointPicker.pool", f"InferencePool {pool.name!r} is "
                                       f"{pool.api_version}, but the picker of {self.release} reads "
                                       f"{self.release.router.inference_pool_api_version}")
        experimental = self.flags.get("allow-experimental-plugins") in (True, "true")
        raise_problems(*split_deprecations(
            epp_config_problems(config.document, self.release.router, "EndpointPicker.config", experimental)
            + epp_args_problems(self.build_args(), self.release.router, "EndpointPicker.flags")))

        from ..imports.apps import Deployment
        from ..imports.io.k8s.api import ConfigMap, Role, RoleBinding, Service, ServiceAccount

        self.service_account: cdk8s.ApiObject = api_object(self, "ServiceAccount", ServiceAccount,
                                                           {"metadata": self._metadata()}, "EndpointPicker")
        self.role: cdk8s.ApiObject = api_object(self, "Role", Role, {
            "metadata": self._metadata(), "rules": self.build_rules()}, "EndpointPicker.role")
        subject: dict[str, Any] = {"kind": "ServiceAccount", "name": self.name}
        if self.namespace:
            subject["namespace"] = self.namespace
        self.role_binding: cdk8s.ApiObject = api_object(self, "RoleBinding", RoleBinding, {
            "metadata": self._metadata(), "subjects": [subject],
            "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": self.name}},
            "EndpointPicker.role_binding")
        contract_checked = f"the check against what the endpoint picker of {self.release} accepts"
        self.config_map: cdk8s.ApiObject = api_object(self, "ConfigMap", ConfigMap, {
            "metadata": self._metadata(), "data": {CONFIG_KEY: config.text}}, "EndpointPicker.config",
            guarded={"/data": contract_checked})
        self.deployment: cdk8s.ApiObject = api_object(self, "Resource", Deployment, {
            "metadata": self._metadata(),
            "spec": {"replicas": replicas, "strategy": {"type": "Recreate"},
                     "selector": {"matchLabels": dict(self.selector_labels)},
                     "template": {"metadata": {"labels": {**self.labels, **self.selector_labels}},
                                  "spec": self.build_pod_spec()}}}, "EndpointPicker",
            guarded={"/spec/template/spec/containers/0/args": contract_checked})
        self.service: cdk8s.ApiObject = api_object(self, "Service", Service, {
            "metadata": self._metadata(),
            "spec": {"type": "ClusterIP", "selector": dict(self.selector_labels), "ports": [
                {"name": "grpc-ext-proc", "protocol": "TCP", "port": self.ext_proc_port,
                 "targetPort": self.ext_proc_port},
                {"name": "grpc-health", "protocol": "TCP", "port": HEALTH_PORT, "targetPort": HEALTH_PORT},
                {"name": "http-metrics", "protocol": "TCP", "port": METRICS_PORT, "targetPort": METRICS_PORT},
                *([{"name": "http", "protocol": "TCP", "port": proxy.port, "targetPort": proxy.listen_port}]
                  if proxy is not None else [])]}},
            "EndpointPicker.service")
        self.render_service: RenderService | None = (render_service or RenderService()) if renders else render_service
        """The render service the picker runs for its token producer (None: none)."""
        self.render_deployment: cdk8s.ApiObject | None = None
        """The render service's Deployment ``<name>-render`` (None: no render service)."""
        self.render_service_object: cdk8s.ApiObject | None = None
        """The render service's Service ``<name>-render`` (None: no render service)."""
        if self.render_service is not None:
            self._create_render_service(self.render_service)
        self.proxy_config_map: cdk8s.ApiObject | None = None
        """The ConfigMap ``<name>-envoy`` of the standalone proxy's configuration (None: no proxy)."""
        self.pod_monitor: cdk8s.ApiObject | None = None
        """The picker's PodMonitor (None: no ``monitoring``)."""
        if monitoring is not None:
            from ..imports.com.coreos.monitoring import PodMonitor

            self.pod_monitor = api_object(self, "PodMonitor", PodMonitor, monitoring.manifest(
                self.name, self.namespace, "endpoint-picker", self.labels, self.selector_labels),
                "EndpointPicker.monitoring")
        if proxy is not None:
            fail_open = pool.endpoint_picker_ref.failure_mode is FailureMode.FAIL_OPEN
            self.proxy_config_map = api_object(self, "ProxyConfig", ConfigMap, {
                "metadata": self._metadata(self.proxy_config_name),
                "data": {PROXY_CONFIG_KEY: proxy.config_text(self.ext_proc_port, fail_open, secure_serving)}},
                "EndpointPicker.proxy")
        self._index.add_picker(self)
        for model_pool in self._index.pools_of(self.server):  # autoscalers made before the picker follow it now
            autoscaler = getattr(model_pool, "autoscaler", None)
            if autoscaler is not None and pool.selects(model_pool):
                autoscaler.bind(self)

    def report(self, problems: list[Problem]) -> None:
        """Raise the problems found by the picker's checks, if any (a subclass may report some otherwise)."""
        if problems:
            raise ModelServiceError(problems)

    @property
    def render_name(self) -> str:
        """The name of the render service's Deployment and Service: ``<name>-render``."""
        return f"{self.name}-render"

    def _create_render_service(self, render: RenderService) -> None:
        from ..imports.apps import Deployment
        from ..imports.io.k8s.api import Service

        labels = render.selector_labels(self.render_name)
        spec = self.security.apply(render.pod_spec(self.release.vllm_version, self.server.model.name,
                                                   self.server.model.auth_secret_name), user=RENDER_USER)
        self.render_deployment = api_object(self, "RenderDeployment", Deployment, {
            "metadata": self._metadata(self.render_name),
            "spec": {"replicas": render.replicas, "selector": {"matchLabels": dict(labels)},
                     "template": {"metadata": {"labels": {**self.labels, **labels}}, "spec": spec}}},
            "EndpointPicker.render_service")
        self.render_service_object = api_object(self, "RenderServiceObject", Service, {
            "metadata": self._metadata(self.render_name), "spec": render.service_spec(self.render_name)},
            "EndpointPicker.render_service")

    @property
    def proxy_config_name(self) -> str:
        """The name of the standalone proxy's ConfigMap: ``<name>-envoy``."""
        return f"{self.name}-envoy"

    @property
    def url(self) -> str | None:
        """The address clients call in standalone mode (``http://<name>.<namespace>:<port>``); None without a
        proxy (clients call the Gateway)."""
        if self.proxy is None:
            return None
        host = f"{self.name}.{self.namespace}" if self.namespace else self.name
        return f"http://{host}:{self.proxy.port}"

    def pools_block_size(self, pools: Sequence[ModelPool] | None = None) -> int:
        """The ``--block-size`` of the vLLM containers of ``pools`` (default: those the InferencePool selects; the
        first one given), else vLLM's default (16): the block size a preset configuration hashes prompts by."""
        given = [size for _, _, size in self.pool.vllm_block_sizes(pools) if size is not None]
        return given[0] if given else VLLM_DEFAULT_BLOCK_SIZE

    def _metadata(self, name: str | None = None) -> dict[str, Any]:
        metadata: dict[str, Any] = {"name": name or self.name, "labels": dict(self.labels)}
        if self.namespace:
            metadata["namespace"] = self.namespace
        return metadata

    @property
    def leader_election(self) -> bool:
        """Whether replicas elect a leader (more than one replica)."""
        return self.replicas > 1

    def build_rules(self) -> list[dict[str, Any]]:
        """The Role's rules."""
        read = ["get", "watch", "list"]
        rules: list[dict[str, Any]] = [
            {"apiGroups": [""], "resources": ["pods"], "verbs": read},
            {"apiGroups": [self.pool.group], "resources": ["inferencepools"], "verbs": read},
            {"apiGroups": list(self.release.objective_groups),
             "resources": ["inferenceobjectives", "inferencemodelrewrites"], "verbs": read},
        ]
        if self.leader_election:
            rules += [{"apiGroups": ["coordination.k8s.io"], "resources": ["leases"],
                       "verbs": [*read, "create", "update", "patch", "delete"]},
                      {"apiGroups": [""], "resources": ["events"], "verbs": ["create", "patch"]}]
        return rules

    def build_args(self) -> list[str]:
        """The picker's command-line arguments."""
        args = ["--pool-name", self.pool.name]
        if self.namespace:
            args += ["--pool-namespace", self.namespace]
        args += ["--pool-group", self.pool.group,
                 "--grpc-port", str(self.ext_proc_port), "--grpc-health-port", str(HEALTH_PORT),
                 "--metrics-port", str(METRICS_PORT), "--config-file", f"{CONFIG_DIR}/{CONFIG_KEY}",
                 "--zap-encoder", "json", "--v", str(self.verbosity),
                 f"--tracing={str(self.tracing is not None).lower()}", "--metrics-endpoint-auth=false"]
        if not self.secure_serving:
            args.append("--secure-serving=false")
        if self.leader_election:
            args.append("--ha-enable-leader-election")
        for key, value in self.flags.items():
            text = str(value).lower() if isinstance(value, bool) else str(value)
            args.append(f"--{key.lstrip('-')}={text}")
        return args

    def build_container(self) -> dict[str, Any]:
        """The picker container as Kubernetes JSON."""
        env: list[dict[str, Any]] = [
            {"name": "NAMESPACE", "valueFrom": {"fieldRef": {"fieldPath": "metadata.namespace"}}},
            {"name": "POD_NAME", "valueFrom": {"fieldRef": {"fieldPath": "metadata.name"}}}]
        if self.tracing is not None:
            env += self.tracing.env("llm-d-inference-scheduler")
        env += self.env
        liveness, readiness = ("liveness", "readiness") if self.leader_election else (EXT_PROC_SERVICE,) * 2
        container: dict[str, Any] = {
            "name": "epp",
            "image": self.image,
            "imagePullPolicy": self.image_pull_policy,
            "args": self.build_args(),
            "ports": [{"name": "grpc", "containerPort": self.ext_proc_port},
                      {"name": "grpc-health", "containerPort": HEALTH_PORT},
                      {"name": "metrics", "containerPort": METRICS_PORT}],
            "livenessProbe": {"grpc": {"port": HEALTH_PORT, "service": liveness},
                              "initialDelaySeconds": 5, "periodSeconds": 10},
            "readinessProbe": {"grpc": {"port": HEALTH_PORT, "service": readiness}, "periodSeconds": 2},
            "env": env,
            "volumeMounts": [{"name": "plugins-config", "mountPath": CONFIG_DIR}],
        }
        if self.resources:
            container["resources"] = self.resources
        return container

    def build_pod_spec(self) -> dict[str, Any]:
        """The picker pod spec as Kubernetes JSON."""
        spec: dict[str, Any] = {
            "serviceAccountName": self.name,
            # as long as the model pods' grace period, so in-flight requests are still scheduled
            "terminationGracePeriodSeconds": 130,
            "containers": [self.build_container()],
            "volumes": [{"name": "plugins-config", "configMap": {"name": self.name}}],
        }
        if self.proxy is not None:
            spec["containers"].append(self.proxy.container(self.name))
            spec["volumes"].append({"name": "envoy-config", "configMap": {"name": self.proxy_config_name}})
        if self.node_selector:
            spec["nodeSelector"] = self.node_selector
        if self.tolerations:
            spec["tolerations"] = self.tolerations
        return self.security.apply(spec, user=PICKER_USER, needs_token=True)

    def cross_check(self, signature: str) -> list[str]:
        """What is wrong with the picker in its App (asked at synth, again when the App changed): :meth:`problems`."""
        self._index.refresh(signature)
        return self.problems()

    def problems(self) -> list[str]:
        """What is wrong with this picker in its App (empty when all is well): a derived configuration that no
        longer fits the pools the InferencePool selects (P/D scheduling only when it selects a PrefillPool), another
        picker of the same name, the pool group, and :meth:`block_size_problems`."""
        problems: list[str] = []
        derived = self.derived_for_prefill
        if derived is not None and any(p.role == "prefill" for p in self.pool.model_pools()) != derived:
            chosen = "prefill_decode" if derived else "load_aware"
            problems.append(
                f"EndpointPicker {self.name!r} config: SchedulerConfig.{chosen}() was chosen when the picker "
                f"was created, but InferencePool {self.pool.name!r} now "
                f"{'selects no' if derived else 'selects a'} PrefillPool of ModelServer "
                f"{self.server.name!r}; create the EndpointPicker after the pools, or pass config=")
        twins = [p for p in self._index.pickers_named(self.name, self.namespace) if p is not self]
        if twins:
            problems.append(f"EndpointPicker {self.name!r} name: another EndpointPicker ({twins[0].node.path}) "
                            "has the same name; one picker per InferencePool")
        problems += self.block_size_problems() + self.kv_events_problems() + self.cpu_tier_problems()
        if self.pool.group != inference_pool_group():
            problems.append(f"EndpointPicker {self.name!r} --pool-group: {self.pool.group!r} is not the group "
                            f"of the InferencePools emitted ({inference_pool_group()!r})")
        return problems

    def block_size_problems(self) -> list[str]:
        """The prefix-cache producer of the configuration hashes prompts in blocks of the size vLLM caches them in
        (``--block-size``, 16 unless given), or its prefix scores and P/D decisions are wrong; a P/D decider needs
        that producer."""
        config = self.config
        where = f"EndpointPicker {self.name!r} config"
        if "prefix-based-pd-decider" in config.plugin_types and PREFIX_PRODUCER not in config.plugin_types:
            return [f"{where}: prefix-based-pd-decider reads the prompt blocks {PREFIX_PRODUCER} records, but the "
                    f"configuration has no {PREFIX_PRODUCER}; add one with blockSizeTokens equal to vLLM's "
                    "--block-size"]
        if not config.reads_prefix_cache:
            return []
        epp_size = config.block_size if config.block_size is not None else VLLM_DEFAULT_BLOCK_SIZE
        producer, parameter = config.prefix_producer
        problems: list[str] = []
        reported: set[int] = set()
        for model_pool, index, size in self.pool.vllm_block_sizes():
            vllm_size = size if size is not None else VLLM_DEFAULT_BLOCK_SIZE
            if vllm_size != epp_size and id(model_pool) not in reported:  # one problem a pool
                reported.add(id(model_pool))
                problems.append(
                    f"{where}: {producer} {parameter} is {epp_size} but {model_pool.prop_root} "
                    f"{model_pool.name!r} containers[{index}] runs vLLM with --block-size {vllm_size}"
                    f"{'' if size is not None else ' (its default)'}; prefix-cache scores and P/D decisions would "
                    "be wrong: make them equal (the preset's block_size, SchedulerConfig.prefill_decode(block_size=...)"
                    ", or the container's --block-size)")
        return problems

    def cpu_tier_problems(self) -> list[str]:
        """With a producer of the pods' CPU tier (``cpu-prefix-cache-producer``), the server offloads to one
        (``ModelServer.kv_offload``), and the producer counts no more blocks than it holds: a producer that believes
        in blocks vLLM has dropped sends prompts to pods that recompute them."""
        parameters = self.config.plugin_parameters(CPU_PRODUCER)
        if parameters is None:
            return []
        where = f"EndpointPicker {self.name!r} config: {CPU_PRODUCER}"
        offload = self.server.kv_offload
        if offload is None:
            return [f"{where} scores a CPU tier of the KV cache, but ModelServer {self.server.name!r} offloads none "
                    "(no OffloadingConnector); set ModelServer(kv_offload=KvOffload(cpu_bytes=...))"]
        capacity = parameters.get("lruCapacityPerServer")
        block = parameters.get("blockSizeTokens", VLLM_DEFAULT_BLOCK_SIZE)
        held = offload.cpu_blocks(block) if isinstance(block, int) else None
        if isinstance(capacity, int) and held is not None and capacity > held:
            return [f"{where} lruCapacityPerServer is {capacity} blocks of {block} tokens, but vLLM offloads "
                    f"{offload.cpu_bytes} (KvOffload.cpu_bytes, cpu_bytes_to_use), {held} such blocks at "
                    f"{offload.kv_bytes_per_token} bytes a token; the picker would count blocks vLLM has dropped: make "
                    "the capacity at most that, or offload more"]
        return []

    def kv_events_problems(self) -> list[str]:
        """With the precise prefix-cache producer, vLLM and the picker agree on the KV-cache events: the server
        publishes them (``ModelServer.kv_events``) on the socket port the producer dials
        (``kvEventsConfig.podDiscoveryConfig.socketPort``), seeded as the producer hashes
        (``tokenProcessorConfig.hashSeed`` = ``PYTHONHASHSEED``), and the token producer tokenizes for the served
        model (``modelName``); otherwise the producer indexes nothing, or wrong keys, and prefix scores are
        noise."""
        parameters = self.config.plugin_parameters(PRECISE_PRODUCER)
        if parameters is None:
            return []
        where = f"EndpointPicker {self.name!r} config: {PRECISE_PRODUCER}"
        kv_events = self.server.kv_events
        if kv_events is None:
            return [f"{where} subscribes to vLLM's KV-cache events, but ModelServer {self.server.name!r} publishes "
                    "none (no --kv-events-config); set ModelServer(kv_events=KvEvents())"]
        problems: list[str] = []
        events = parameters.get("kvEventsConfig")
        discovery = events.get("podDiscoveryConfig") if isinstance(events, dict) else None
        socket_port = discovery.get("socketPort", DEFAULT_SOCKET_PORT) if isinstance(discovery, dict) \
            else DEFAULT_SOCKET_PORT
        if socket_port != kv_events.port:
            problems.append(f"{where} kvEventsConfig.podDiscoveryConfig.socketPort is {socket_port} but vLLM "
                            f"--kv-events-config binds tcp://*:{kv_events.port} (KvEvents.port); the producer would "
                            "dial a port nobody publishes on: make them equal")
        processor = parameters.get("tokenProcessorConfig")
        seed = processor.get("hashSeed") if isinstance(processor, dict) else None
        if seed is not None and str(seed) != (kv_events.hash_seed or ""):
            problems.append(f"{where} tokenProcessorConfig.hashSeed is {seed!r} but vLLM PYTHONHASHSEED is "
                            f"{kv_events.hash_seed!r} (KvEvents.hash_seed); the block keys would never match: make "
                            "them equal")
        tokens = self.config.plugin_parameters(TOKEN_PRODUCER)
        model = tokens.get("modelName") if tokens else None
        if model is not None and model != self.server.model.name:
            problems.append(f"EndpointPicker {self.name!r} config: {TOKEN_PRODUCER} modelName is {model!r} but "
                            f"vLLM serves {self.server.model.name!r} (ModelArtifacts.name, --served-model-name); the "
                            "prompts would be tokenized for another model: make them equal")
        return problems
