"""Regenerate ``imports/`` with ``cdk8s import`` from the pinned sources in ``cdk8s.yaml``.

Remote sources are downloaded; when the network is not reachable (or with ``--offline``), the
identical copy in ``../shared/crds/`` with the same file name is used instead. The CRD-shaped
definitions of built-in kinds (``schemas/k8s-1.34/``) are rebuilt first (``scripts/builtin_crds.py``)
and the remote CRDs are kept in ``schemas/crds/`` for schema validation. A source written
``NAME:=FILE`` becomes the one module NAME holding every kind of FILE whatever its API group (the
core group included, which ``cdk8s import`` cannot name a module after); NAME is dotted like an API
group (``api.k8s.io`` is the module ``io.k8s.api``). Last, ``scripts/plain_object/index.ts`` (the
``PlainApiObject`` class objects are rendered with) is compiled into ``imports/plain_object`` the way
``cdk8s import`` compiles its output (jsii-srcmak). The committed files are replaced only when every
import succeeded.

usage: imports.py [--offline] [--check]
  --check   regenerate into a temporary folder and compare with the committed files byte for byte;
            exit 1 and list the differences if any
"""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SHARED_CRDS = ROOT.parent / "shared" / "crds"
CDK8S = ROOT / "node_modules" / ".bin" / "cdk8s"
TIMEOUT_SECONDS = 15
GENERATED = ("imports", "schemas/crds", "schemas/k8s-1.34")

# `cdk8s import` of several CRDs into one module: the CRD importer of the pinned cdk8s-cli, with its
# API groups merged into one module. argv: cdk8s-cli folder, module name, CRD file, output folder.
ONE_MODULE_IMPORT = """
const [cli, name, file, outdir] = process.argv.slice(1);
const fs = require('fs');
const { ImportCustomResourceDefinition } = require(cli + '/lib/import/crd');
class OneModule extends ImportCustomResourceDefinition {
  constructor(text) {
    super(text);
    this.groups = { [name]: Object.values(this.groups).flat() };
  }
}
new OneModule(fs.readFileSync(file, 'utf-8')).import({ outdir, targetLanguage: 'python' })
  .catch((err) => { console.error(err); process.exit(1); });
"""

# Our own TypeScript module, compiled with the jsii-srcmak and dependencies of the pinned cdk8s-cli.
# argv: project folder, source folder, output folder.
PLAIN_OBJECT = ROOT / "scripts" / "plain_object"
COMPILE_MODULE = """
const [root, src, outdir] = process.argv.slice(1);
const path = require('path');
const cli = root + '/node_modules/cdk8s-cli';
const { srcmak } = require(root + '/node_modules/jsii-srcmak/lib/index.js');
const deps = ['@types/node', 'constructs', 'cdk8s'].map((d) => path.dirname(require.resolve(d + '/package.json',
  { paths: [cli] })));
srcmak(src, { entrypoint: 'index.ts', moduleKey: 'modelservice_constructs_objects', deps,
  python: { outdir, moduleName: 'plain_object' } }).catch((err) => { console.error(err); process.exit(1); });
"""


def fetch(source: str, workdir: Path, offline: bool) -> Path:
    """Return a local file holding ``source``: a project path, a download, or the shared copy."""
    if "://" not in source:
        return workdir / source
    name = source.rsplit("/", 1)[-1]
    target = workdir / "schemas" / "crds" / name
    target.parent.mkdir(parents=True, exist_ok=True)
    if not offline:
        try:
            with urllib.request.urlopen(source, timeout=TIMEOUT_SECONDS) as response:
                body = response.read()
            if not _is_crd(body):
                raise OSError("the response is not a CustomResourceDefinition")
            target.write_bytes(body)
            print(f"downloaded {source}", file=sys.stderr)
            return target
        except OSError as err:
            print(f"cannot download {source} ({err}); using ../shared/crds/{name}", file=sys.stderr)
    fallback = SHARED_CRDS / name
    if not fallback.is_file():
        sys.exit(f"error: {source} is not reachable and {fallback} does not exist")
    shutil.copyfile(fallback, target)
    return target


def _is_crd(body: bytes) -> bool:
    try:
        documents = [d for d in yaml.safe_load_all(body) if d]
    except yaml.YAMLError:
        return False
    return bool(documents) and all(isinstance(d, dict) and d.get("kind") == "CustomResourceDefinition"
                                   for d in documents)


def by_group(paths: list[Path], folder: Path) -> list[Path]:
    """The files to import: ``cdk8s import`` writes one module per API group and a later import of the
    same group replaces the earlier one, so the CRDs of one group (DisaggregatedSet and
    DisaggregatedSetRoleScaler) are joined into one file, in the order of ``cdk8s.yaml``."""
    groups: dict[str, list[Path]] = {}
    for path in paths:
        documents = [d for d in yaml.safe_load_all(path.read_text()) if d]
        crd_groups = {d["spec"]["group"] for d in documents if d.get("kind") == "CustomResourceDefinition"}
        key = crd_groups.pop() if len(crd_groups) == 1 else str(path)
        groups.setdefault(key, []).append(path)
    files: list[Path] = []
    for group, members in groups.items():
        if len(members) == 1:
            files.append(members[0])
            continue
        folder.mkdir(parents=True, exist_ok=True)
        joined = folder / f"{group}.yaml"
        joined.write_text("\n---\n".join(m.read_text().rstrip("\n") for m in members) + "\n")
        files.append(joined)
    return files


def generate(work: Path, offline: bool) -> None:
    """Write imports/, schemas/crds/ and schemas/k8s-1.34/ under ``work``."""
    if not CDK8S.exists():
        sys.exit("error: node_modules/.bin/cdk8s is missing; run `make setup` (npm ci) first")
    env = dict(os.environ, JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="20", CDK8S_CHECK_UPGRADE="false")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "builtin_crds.py"), str(work / "schemas" / "k8s-1.34")],
                   check=True)
    sources = yaml.safe_load((ROOT / "cdk8s.yaml").read_text())["imports"]
    out = work / "imports"
    plain: list[Path] = []
    for source in sources:
        name, _, source = source.rpartition(":=") if ":=" in source and "://" not in source else ("", "", source)
        path = fetch(source, work, offline)
        if name:
            subprocess.run(["node", "-e", ONE_MODULE_IMPORT, str(ROOT / "node_modules" / "cdk8s-cli"), name, str(path),
                            str(out)], check=True, env=env, cwd=work, stdout=subprocess.DEVNULL)
        else:
            plain.append(path)
    for path in by_group(plain, work / "groups"):
        subprocess.run([str(CDK8S), "import", "--no-save", "--language", "python", "--output", str(out), str(path)],
                       check=True, env=env, cwd=work, stdout=subprocess.DEVNULL)
    subprocess.run(["node", "-e", COMPILE_MODULE, str(ROOT), str(PLAIN_OBJECT), str(out)], check=True, env=env,
                   cwd=work, stdout=subprocess.DEVNULL)
    for folder in sorted({out, *(p.parent for p in out.rglob("*"))}):
        marker = folder / "__init__.py"
        if not marker.exists():
            marker.write_text('"""Typed imports generated by `cdk8s import`; do not edit."""\n')


def differences(left: Path, right: Path) -> list[str]:
    """Relative paths that differ between two trees (missing on either side or other bytes)."""
    found: list[str] = []
    cmp = filecmp.dircmp(left, right, ignore=["__pycache__"])

    def walk(c: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(prefix + n for n in c.left_only + c.right_only)
        _, mismatch, errors = filecmp.cmpfiles(c.left, c.right, c.common_files, shallow=False)
        found.extend(prefix + n for n in mismatch + errors)
        for name, sub in sorted(c.subdirs.items()):
            walk(sub, f"{prefix}{name}/")

    walk(cmp, "")
    return found


def main(argv: list[str]) -> int:
    offline = "--offline" in argv
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        generate(work, offline)
        if "--check" in argv:
            problems = [f"{part}/{p}" for part in GENERATED for p in differences(ROOT / part, work / part)]
            for problem in problems:
                print(f"differs: {problem}")
            print("imports are reproducible" if not problems else f"{len(problems)} files differ")
            return 1 if problems else 0
        for part in GENERATED:
            shutil.rmtree(ROOT / part, ignore_errors=True)
            shutil.copytree(work / part, ROOT / part)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
