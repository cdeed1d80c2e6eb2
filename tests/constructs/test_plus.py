"""cdk8s-plus-28 beside the library: its objects handed to our props, its Services and NetworkPolicies selecting our
pods, and its own apps untouched by our import."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import cdk8s
import cdk8s_plus_28 as kplus
import pytest
from cdk8s import Chart
from conftest import ROOT, Synth, one

from modelservice_constructs import DecodePool, ModelArtifacts, ModelContainer, ModelServer, ModelServiceError
from modelservice_constructs.validation import validate_objects

VLLM = "ghcr.io/llm-d/llm-d-cuda:latest"


def _named(kind: type, chart: Chart, id: str, name: str, **props: object) -> object:
    return kind(chart, id, metadata=cdk8s.ApiObjectMetadata(name=name), **props)


def test_an_app_mixing_both_synthesizes_and_validates(chart: Chart, synth: Synth) -> None:
    token = _named(kplus.Secret, chart, "Token", "hf-token", string_data={"HF_TOKEN": "x"})
    claim = _named(kplus.PersistentVolumeClaim, chart, "Models", "models",
                   storage=cdk8s.Size.gibibytes(100), access_modes=[kplus.PersistentVolumeAccessMode.READ_ONLY_MANY])
    account = _named(kplus.ServiceAccount, chart, "Account", "inference")
    settings = _named(kplus.ConfigMap, chart, "Settings", "vllm-settings", data={"chat.jinja": "{{ x }}"})
    scratch = kplus.Volume.from_empty_dir(chart, "Scratch", "scratch", size_limit=cdk8s.Size.gibibytes(1))
    server = ModelServer(chart, "Llama", name="llama", service_account=account, model=ModelArtifacts.from_claim(
        claim, "llama/8b", auth_secret_name=token))
    pool = DecodePool(server, "Decode", containers=[ModelContainer(image=VLLM)], volumes=[settings, scratch])
    kplus.Service(chart, "Service", metadata=cdk8s.ApiObjectMetadata(name="llama-direct"), selector=pool.pods(),
                  ports=[kplus.ServicePort(port=8000, target_port=8200)])
    policy = kplus.NetworkPolicy(chart, "Policy", metadata=cdk8s.ApiObjectMetadata(name="llama-peers"),
                                 selector=server.pods())
    policy.add_ingress_rule(server.pods(), [kplus.NetworkPolicyPort.tcp(5600)])
    out = synth(chart)
    spec = one(out, "Deployment")["spec"]["template"]["spec"]
    volumes = {v["name"]: v for v in spec["volumes"]}
    assert spec["serviceAccountName"] == "inference" and not [d for d in out if d["kind"] == "ServiceAccount"
                                                             and d["metadata"]["name"] == "llama"]
    assert volumes["vllm-settings"] == {"name": "vllm-settings", "configMap": {"name": "vllm-settings"}}
    assert volumes["scratch"] == {"name": "scratch", "emptyDir": {"sizeLimit": "1024Mi"}}
    assert any(v.get("persistentVolumeClaim", {}).get("claimName") == "models" for v in spec["volumes"])
    assert any(v.get("secret", {}).get("secretName") == "hf-token" for v in spec["volumes"])
    assert one(out, "Service")["spec"]["selector"] == pool.selector_labels
    policy_spec = one(out, "NetworkPolicy")["spec"]
    assert policy_spec["podSelector"]["matchLabels"] == server.group_labels
    assert policy_spec["ingress"][0]["from"][0]["podSelector"]["matchLabels"] == server.group_labels
    assert validate_objects(out) == []


def test_a_wrong_cdk8s_plus_object_names_the_prop(chart: Chart) -> None:
    config = _named(kplus.ConfigMap, chart, "Settings", "settings")
    with pytest.raises(ModelServiceError, match=r"^ModelServer\.name: takes no cdk8s-plus-28 object, got the "
                                                r"cdk8s-plus-28 ConfigMap 'test/Settings'"):
        ModelServer(chart, "Llama", name=config, model=ModelArtifacts.from_uri("hf://org/m"))
    with pytest.raises(ModelServiceError, match=r"^ModelServer\.service_account: takes the name of a ServiceAccount "
                                                r"\(or the cdk8s-plus-28 ServiceAccount\), got the cdk8s-plus-28 "
                                                r"ConfigMap"):
        ModelServer(chart, "Llama", name="llama", model=ModelArtifacts.from_uri("hf://org/m"), service_account=config)
    with pytest.raises(ModelServiceError, match=r"^DecodePool\.volumes: takes pod volumes \(or cdk8s-plus-28 Volumes"):
        DecodePool(ModelServer(chart, "Llama", name="llama", model=ModelArtifacts.from_uri("hf://org/m")), "Decode",
                   containers=[ModelContainer(image=VLLM)], volumes=[kplus.ServiceAccount(chart, "Account")])


PLUS_APP = """
import sys
if sys.argv[1] == "with":
    import modelservice_constructs  # noqa: F401
    from modelservice_constructs import DecodePool, ModelArtifacts, ModelContainer, ModelServer
    app = __import__("cdk8s").App()
    server = ModelServer(__import__("cdk8s").Chart(app, "ours"), "M", name="m", model=ModelArtifacts.from_uri("hf://o/m"))
    DecodePool(server, "Decode", containers=[ModelContainer(image="vllm")])
import cdk8s
import cdk8s_plus_28 as kplus
app = cdk8s.App()
chart = cdk8s.Chart(app, "plus")
deployment = kplus.Deployment(chart, "Web", replicas=2, containers=[kplus.ContainerProps(
    image="nginx", port_number=80, env_variables={"A": kplus.EnvValue.from_value("b")})])
deployment.expose_via_service(ports=[kplus.ServicePort(port=80)])
kplus.NetworkPolicy(chart, "Policy", selector=deployment)
sys.stdout.write(app.synth_yaml())
"""


def test_a_cdk8s_plus_app_synthesizes_byte_identical_with_and_without_the_package() -> None:
    outputs = [subprocess.run([sys.executable, "-c", textwrap.dedent(PLUS_APP), mode], capture_output=True,
                              text=True, check=True, cwd=ROOT).stdout for mode in ("without", "with")]
    assert "kind: Deployment" in outputs[0] and "kind: NetworkPolicy" in outputs[0]
    assert outputs[0] == outputs[1]


TEMPLATE = """
import runpy, sys
sys.argv = ["modelservice", "template", "r", "--set", "modelArtifacts.uri=hf://o/m", "--set", "decode.create=true"]
try:
    runpy.run_module("modelservice_constructs", run_name="__main__")
except SystemExit:
    pass
sys.stderr.write(f"loaded: {'cdk8s_plus_28' in sys.modules}")
"""


def test_template_does_not_load_cdk8s_plus() -> None:
    done = subprocess.run([sys.executable, "-c", TEMPLATE], capture_output=True, text=True, cwd=ROOT)
    assert "kind: Deployment" in done.stdout and done.stderr.endswith("loaded: False")
