"""Extract what each llm-d router release's components accept, from upstream Go source at fixed tags.

The library checks at synth that an endpoint-picker (EPP) config and the P/D routing sidecar's args will not make
the component exit at start. What a release accepts is read here from the upstream source of that release and
written to committed data files; CI never runs this script (it needs the upstream git repositories), but it is
re-runnable: the same sources give the same bytes.

usage:
    python scripts/component_contracts.py --router-git DIR --gaie-git DIR \
        [--module MODULE_PATH=GIT_DIR ...] [--out DIR] [--release TAG ...]

    e.g. with bare clones (or the .git folders of clones) of github.com/llm-d/llm-d-router,
    github.com/kubernetes-sigs/gateway-api-inference-extension, github.com/kubernetes-sigs/controller-runtime and
    github.com/kubernetes/apimachinery in SRC:

    python scripts/component_contracts.py \
        --router-git SRC/llm-d-router \
        --gaie-git SRC/gateway-api-inference-extension \
        --module sigs.k8s.io/controller-runtime=SRC/controller-runtime \
        --module k8s.io/apimachinery=SRC/apimachinery

    It writes ``modelservice_constructs/data/router/<tag>.json`` (or ``--out DIR/<tag>.json``) for every release in
    RELEASES (or the ``--release`` tags given): 2-space indent, sorted keys, trailing newline. Each tag must resolve
    to the commit (or annotated tag object) listed in RELEASES.

    Every Go module is read at the version the router's go.mod requires at that tag (a pseudo-version is read at
    its commit). ``--module`` adds a module the binaries build on: controller-runtime gives the zap logging flags
    and the ``--kubeconfig`` flag, apimachinery gives ``metav1.TypeMeta`` (the config's apiVersion/kind) and
    ``metav1.LabelSelector`` (label-selector plugin parameters); what a missing module hides is listed in
    ``unresolved``. Everything is read with ``git cat-file`` / ``git ls-tree`` at the tags; no Go toolchain: the
    Go source is read with a small tokenizer (comments, literals, brackets), regular expressions, constant
    folding of string constants across packages, and a walk over the calls reachable from each binary's ``main``
    (plus the ``init`` functions of the packages it links) to find what it registers.

Every fact carries its own ``source``: ``owner/repo@ref:path`` of the file it was read from (``ref`` is the router
tag, or the tag of the module version the router's go.mod requires); ``a + b`` when two files make the fact.

Shape of a file::

    {"release": "v0.10.0",
     "sources": {"router": {"repository", "tag", "commit", "tagObject" (annotated tag) | null, "module", "source"},
                 "gaie": {"repository", "module", "version", "ref", "commit", "source" (the go.mod)},
                 "modules": {module path: {"repository", "version", "ref", "commit"}}},    # the other modules read
     "images": {"endpointPicker" | "sidecar": {"image" (without tag), "tag", "dockerfile", "builds" (main package),
                                               "source" (release + build workflows)}},
     "epp": {
       "binary": {"main", "runner"},               # cmd/epp/main.go and the runner it builds on
       "config": {"kind", "apiVersions": {apiVersion: "current" | "deprecated" (loads with a warning)},
                  "fields": [top-level names], "nestedFields": {"a.b": [names]} (struct-typed members),
                  "deprecatedFields": {name: "use <replacement>" | "deprecated"},
                  "strict": bool (unknown or duplicate fields make the load fail; names are case-sensitive),
                  "source", "typesSource", "strictSource"},
       "featureGates": {"names": [...], "defaults": {name: bool} | null, "acceptsValue": bool ("name=false" form),
                        "strict": bool (an unregistered gate makes the load fail), "source", "validationSource"},
       "plugins": {type: {"source" (factory), "registeredAt",
                          "parameters": [top-level json names] | null (null: not checked - free-form/unknown),
                          "parameterSets": [[...], ...] (present when the names must all come from one set),
                          "strictParameters": bool (an unknown name makes the EPP exit), "strictSource",
                          "stability": "Alpha" | "Beta" | "Stable" | null (null: the release has no levels),
                          "deprecated": {"replacement", "in", "removalIn" | "loggedAt"} | null,
                          "alsoDecodedBy": {"by", "at", "parameters", "strictParameters"} (the loader hands the
                                           same parameters to another factory),
                          "note": why parameters are [] or null}},
       "pluginParametersStrict": bool, "pluginParametersSource": what the loader hands factories,
       "pluginStability": {"rejected": [levels], "unlessFlag", "source", "checkedAt"} | null,
       "flags": {name: {"boolean", "deprecated": "use --x" | "deprecated" | null (still accepted, with a warning),
                        "shorthand"?, "hidden"?, "rejected"? (refused when set), "source"}},
       "objectives" | "modelRewrites": {"group", "version" (preferred), "groupVersions": {gv: "preferred" |
                                        "legacy" | "deprecated"} (looked up by discovery, first found wins),
                                        "source"},
       "inferencePool": {"group", "version", "source"},
       "metrics": {name: {"type": "counter" | "gauge" | "histogram" | "summary", "labels": [names] | null,
                          "deprecated": "use <name>" | "deprecated" | null, "source"}}},   # what /metrics serves
     "sidecar": {"binary", "flags": {as the EPP's, plus "values" and "valuesSource" where the value is validated},
                 "connectors": {"kv" | "ec": {"flag", "values", "source"}},
                 "configuration": {"keys", "strict", "flags" (that carry it), "method", "source"} | null},
     "unresolved": [what could not be read, and why]}

Checks built on this data should know: encoding/json (plugin parameters) matches names case-insensitively, while
the config file decoder does not; ``parameters`` lists top-level names only (nested objects of a strictly decoded
plugin are strict too, their names are not listed); plugins with an empty ``parameters`` and a false
``strictParameters`` ignore whatever parameters they are given.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROUTER_REPOSITORY = "llm-d/llm-d-router"
GAIE_MODULE = "sigs.k8s.io/gateway-api-inference-extension"
CONTROLLER_RUNTIME_MODULE = "sigs.k8s.io/controller-runtime"

# Supported router releases: tag -> the commit the tag must resolve to (the tag object or the commit).
RELEASES: dict[str, str] = {
    "v0.8.0": "05c91f0d655fbd7ea71fc50949c899c360d06f07",
    "v0.9.0": "dda86863010716ed55695b9015f31acbb91aef7e",
    "v0.10.0": "0b43c18717826edfdbf0c1eca327dcd354faa6f9",
}

EPP_MAIN = "cmd/epp/main.go"
SIDECAR_MAIN = "cmd/pd-sidecar/main.go"
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "modelservice_constructs" / "data" / "router"

FLAG_PKGS = {"flag", "github.com/spf13/pflag"}
JSON_PKG = "encoding/json"


# --------------------------------------------------------------------------------------------------------------
# git access


class GitTree:
    """The files of one git revision, read through one ``git cat-file --batch`` process."""

    def __init__(self, git_dir: str, rev: str, repository: str) -> None:
        self.git_dir = git_dir
        self.rev = rev
        self.repository = repository
        self.commit = self._git("rev-parse", f"{rev}^{{commit}}").strip()
        obj = self._git("rev-parse", rev).strip()
        self.tag_object = obj if obj != self.commit else None
        listing = self._git("ls-tree", "-r", "--name-only", "-z", self.commit)
        self.files = sorted(p for p in listing.split("\0") if p)
        self._dirs: dict[str, list[str]] = {}
        for p in self.files:
            d, _, _ = p.rpartition("/")
            self._dirs.setdefault(d, []).append(p)
        self._cache: dict[str, str | None] = {}
        self._proc: subprocess.Popen[bytes] | None = None

    def _git(self, *args: str) -> str:
        out = subprocess.run(["git", f"--git-dir={self.git_dir}", *args], check=True, capture_output=True)
        return out.stdout.decode("utf-8", "replace")

    def label(self, path: str) -> str:
        return f"{self.repository}@{self.rev}:{path}"

    def dir_files(self, directory: str) -> list[str]:
        return list(self._dirs.get(directory.strip("/"), []))

    def read(self, path: str) -> str | None:
        if path in self._cache:
            return self._cache[path]
        if self._proc is None:
            self._proc = subprocess.Popen(
                ["git", f"--git-dir={self.git_dir}", "cat-file", "--batch"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
            )
        assert self._proc.stdin is not None and self._proc.stdout is not None
        self._proc.stdin.write(f"{self.commit}:{path}\n".encode())
        self._proc.stdin.flush()
        header = self._proc.stdout.readline().decode()
        text: str | None = None
        if not header.rstrip().endswith("missing"):
            size = int(header.split()[2])
            data = self._proc.stdout.read(size)
            self._proc.stdout.read(1)
            text = data.decode("utf-8", "replace")
        self._cache[path] = text
        return text

    def close(self) -> None:
        if self._proc is not None:
            assert self._proc.stdin is not None
            self._proc.stdin.close()
            self._proc.wait()
            self._proc = None


def resolve_module_ref(git_dir: str, version: str) -> str:
    """The git ref of a Go module version: the tag itself, or the commit of a pseudo-version."""
    base = version.removesuffix("+incompatible")
    m = re.search(r"-(?:0\.)?\d{14}-([0-9a-f]{12})$", base)
    ref = m.group(1) if m else base
    subprocess.run(["git", f"--git-dir={git_dir}", "rev-parse", f"{ref}^{{commit}}"], check=True,
                   capture_output=True)
    return ref


def module_repository(module: str) -> str:
    parts = module.split("/")
    if parts[0] == "github.com":
        return "/".join(parts[1:3])
    if parts[0] == "sigs.k8s.io":
        return f"kubernetes-sigs/{parts[1]}"
    if parts[0] == "k8s.io":
        return f"kubernetes/{parts[1]}"
    return module


def parse_go_mod(text: str) -> tuple[str, dict[str, str], dict[str, str]]:
    """(module path, required versions, replacements) of a go.mod file."""
    module = re.search(r"(?m)^module\s+(\S+)", text)
    requires: dict[str, str] = {}
    replaces: dict[str, str] = {}
    for block in re.finditer(r"(?ms)^require\s*\((.*?)^\)", text):
        for line in block.group(1).splitlines():
            m = re.match(r"\s*(\S+)\s+(v\S+)", line)
            if m:
                requires[m.group(1)] = m.group(2)
    for m in re.finditer(r"(?m)^require\s+(\S+)\s+(v\S+)", text):
        requires[m.group(1)] = m.group(2)
    for m in re.finditer(r"(?m)^\s*(?:replace\s+)?(\S+)(?:\s+v\S+)?\s+=>\s+(\S+(?:\s+v\S+)?)", text):
        replaces[m.group(1)] = m.group(2)
    return (module.group(1) if module else ""), requires, replaces


# --------------------------------------------------------------------------------------------------------------
# Go lexing


def skip_literal(src: str, i: int) -> int:
    """Index just past the string, raw string or rune literal starting at src[i]."""
    q = src[i]
    if q == "`":
        j = src.find("`", i + 1)
        return len(src) if j < 0 else j + 1
    j = i + 1
    while j < len(src):
        c = src[j]
        if c == "\\":
            j += 2
            continue
        if c == q or c == "\n":
            return j + 1
        j += 1
    return j


def strip_comments(src: str) -> str:
    """The source with every comment blanked (newlines kept), so offsets stay those of the original."""
    out: list[str] = []
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if c in "\"'`":
            j = skip_literal(src, i)
            out.append(src[i:j])
            i = j
        elif src.startswith("//", i):
            j = src.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif src.startswith("/*", i):
            j = src.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", src[i:j]))
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


OPEN = {"(": ")", "[": "]", "{": "}"}


def find_close(code: str, i: int) -> int:
    """Index of the bracket closing the one at code[i] (comment-stripped code)."""
    depth = 0
    j = i
    while j < len(code):
        c = code[j]
        if c in "\"'`":
            j = skip_literal(code, j)
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth == 0:
                return j
        j += 1
    return len(code) - 1


def split_top(s: str, seps: str = ",") -> list[str]:
    """Split at separators outside brackets and literals."""
    parts: list[str] = []
    depth, start, j = 0, 0, 0
    while j < len(s):
        c = s[j]
        if c in "\"'`":
            j = skip_literal(s, j)
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c in seps and depth == 0:
            parts.append(s[start:j])
            start = j + 1
        j += 1
    parts.append(s[start:])
    return [p.strip() for p in parts if p.strip()]


def go_string(lit: str) -> str | None:
    lit = lit.strip()
    if len(lit) >= 2 and lit[0] == lit[-1] == "`":
        return lit[1:-1]
    if len(lit) >= 2 and lit[0] == lit[-1] == '"':
        try:
            value = json.loads(lit)
        except ValueError:
            return None
        return value if isinstance(value, str) else None
    return None


def struct_tag_json(tag: str) -> str | None:
    """The json key of a struct tag ('' when the tag has no name, None when there is no json tag)."""
    raw = go_string(tag) if tag.startswith(("`", '"')) else tag
    if raw is None:
        return None
    m = re.search(r'(?:^|\s)json:"([^"]*)"', raw)
    if not m:
        return None
    return m.group(1).split(",")[0]


# --------------------------------------------------------------------------------------------------------------
# Go packages


@dataclass
class GoFile:
    path: str
    raw: str
    code: str
    package: str
    imports: dict[str, str]
    tree: GitTree

    @property
    def label(self) -> str:
        return self.tree.label(self.path)

    def doc_before(self, pos: int) -> str:
        """The comment lines directly above the line holding pos, and the comment trailing that line."""
        line_start = self.raw.rfind("\n", 0, pos) + 1
        line_end = self.raw.find("\n", pos)
        line_end = len(self.raw) if line_end < 0 else line_end
        trailing = self.raw[line_start:line_end]
        trailing = trailing[trailing.find("//"):] if "//" in trailing else ""
        lines: list[str] = []
        end = line_start - 1
        while end > 0:
            start = self.raw.rfind("\n", 0, end) + 1
            text = self.raw[start:end].strip()
            if not text.startswith("//"):
                break
            lines.insert(0, text)
            end = start - 1
        return "\n".join([*lines, trailing])


@dataclass
class GoFunc:
    name: str
    recv: str  # receiver type name, "" for a function
    params: list[tuple[str, str]]
    results: str
    body: str
    file: GoFile
    pos: int
    recv_var: str = ""  # the receiver's name in a method

    @property
    def key(self) -> str:
        return f"{self.recv}.{self.name}" if self.recv else self.name


@dataclass
class GoDecl:
    expr: str
    file: GoFile
    pos: int
    type_expr: str = ""


@dataclass
class GoPackage:
    path: str
    name: str
    files: list[GoFile]
    consts: dict[str, GoDecl] = field(default_factory=dict)
    vars: dict[str, GoDecl] = field(default_factory=dict)
    types: dict[str, GoDecl] = field(default_factory=dict)
    funcs: dict[str, GoFunc] = field(default_factory=dict)
    methods: dict[str, list[GoFunc]] = field(default_factory=dict)
    inits: list[GoFunc] = field(default_factory=list)

    def method(self, recv: str, name: str) -> GoFunc | None:
        for f in self.methods.get(name, []):
            if f.recv == recv:
                return f
        return None


def parse_params(s: str) -> list[tuple[str, str]]:
    """Go parameter list text (without parentheses) -> [(name, type)]; unnamed parameters are named '_'."""
    items = split_top(s)
    if not items:
        return []
    parsed = [re.match(r"^([A-Za-z_]\w*)(\s+(.+))?$", it, re.S) for it in items]
    named = any(m is not None and m.group(2) for m in parsed)
    if not named:
        return [("_", it) for it in items]
    out: list[tuple[str, str]] = []
    pending: list[str] = []
    for it, m in zip(items, parsed, strict=True):
        if m is not None and not m.group(2):
            pending.append(m.group(1))
            continue
        name, typ = (m.group(1), (m.group(3) or "").strip()) if m else ("_", it)
        for p in pending:
            out.append((p, typ))
        pending = []
        out.append((name, typ))
    out.extend((p, "") for p in pending)
    return out


def _decl_end(code: str, i: int) -> int:
    """End of a one-line declaration starting at i: the newline at bracket depth 0 (a trailing operator or comma
    continues the line)."""
    depth, j = 0, i
    while j < len(code):
        c = code[j]
        if c in "\"'`":
            j = skip_literal(code, j)
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "\n" and depth == 0:
            before = code[i:j].rstrip()
            if not before.endswith(("+", ",", "||", "&&", "=")):
                return j
        j += 1
    return j


def _specs(block: str) -> Iterator[tuple[str, int]]:
    """The specs of a const/var/type block body, with their offsets."""
    j = 0
    while j < len(block):
        if block[j].isspace() or block[j] == ";":
            j += 1
            continue
        end = _decl_end(block, j)
        yield block[j:end], j
        j = end + 1


def parse_file(tree: GitTree, path: str, raw: str) -> tuple[GoFile, list[tuple[str, str, int]], list[GoFunc]]:
    """A Go file, its top-level (kind, text, offset) const/var/type specs and its functions."""
    code = strip_comments(raw)
    pkg = re.search(r"(?m)^package\s+(\w+)", code)
    imports: dict[str, str] = {}
    for m in re.finditer(r"(?m)^import\s*(\(|(?:[\w.]+\s+)?\"[^\"]+\")", code):
        if m.group(1) == "(":
            start = m.end(1) - 1
            body = code[start + 1:find_close(code, start)]
        else:
            body = m.group(1)
        for im in re.finditer(r"(?m)^\s*([\w.]+\s+)?\"([^\"]+)\"", body):
            alias = (im.group(1) or "").strip()
            imports[alias or "<" + im.group(2) + ">"] = im.group(2)
    gofile = GoFile(path, raw, code, pkg.group(1) if pkg else "", imports, tree)
    specs: list[tuple[str, str, int]] = []
    funcs: list[GoFunc] = []
    for m in re.finditer(r"(?m)^(func|type|const|var)\b", code):
        kind, i = m.group(1), m.end()
        if kind == "func":
            j = i
            recv = recv_var = ""
            while code[j].isspace():
                j += 1
            if code[j] == "(":
                close = find_close(code, j)
                recv_text = code[j + 1:close].strip()
                rm = re.search(r"\*?\s*([A-Za-z_]\w*)\s*(\[[^\]]*\])?\s*$", recv_text)
                recv = rm.group(1) if rm else ""
                vm = re.match(r"([A-Za-z_]\w*)\s+\S", recv_text)
                recv_var = vm.group(1) if vm else ""
                j = close + 1
            nm = re.match(r"\s*([A-Za-z_]\w*)\s*", code[j:])
            if not nm:
                continue
            name = nm.group(1)
            j += nm.end()
            if code[j] == "[":
                j = find_close(code, j) + 1
                while code[j].isspace():
                    j += 1
            if code[j] != "(":
                continue
            pclose = find_close(code, j)
            params = parse_params(code[j + 1:pclose])
            k = pclose + 1
            depth = 0
            while k < len(code):
                c = code[k]
                if c in "\"'`":
                    k = skip_literal(code, k)
                    continue
                if c in "([":
                    depth += 1
                elif c in ")]":
                    depth -= 1
                elif c == "{" and depth == 0:
                    before = code[pclose + 1:k]
                    if not re.search(r"\b(struct|interface)\s*$", before):
                        break
                    k = find_close(code, k)
                elif c == "\n" and depth == 0:
                    break
                k += 1
            if k >= len(code) or code[k] != "{":
                continue  # declaration without body
            results = code[pclose + 1:k].strip()
            body = code[k:find_close(code, k) + 1]
            funcs.append(GoFunc(name, recv, params, results, body, gofile, m.start(), recv_var))
            continue
        rest = code[i:]
        lead = len(rest) - len(rest.lstrip())
        if rest.lstrip().startswith("("):
            start = i + lead
            close = find_close(code, start)
            for text, off in _specs(code[start + 1:close]):
                specs.append((kind, text, start + 1 + off))
        else:
            end = _decl_end(code, i + lead)
            specs.append((kind, code[i + lead:end], i + lead))
    return gofile, specs, funcs


def build_package(path: str, tree: GitTree, directory: str) -> GoPackage | None:
    files: list[GoFile] = []
    pkg = GoPackage(path, "", files)
    for p in tree.dir_files(directory):
        if not p.endswith(".go") or p.endswith("_test.go"):
            continue
        raw = tree.read(p)
        if raw is None:
            continue
        build = re.search(r"(?m)^//go:build\s+(.+)$", raw)
        if build and re.search(r"\bignore\b", build.group(1)):
            continue
        gofile, specs, funcs = parse_file(tree, p, raw)
        if gofile.package == "main" and not directory.startswith("cmd"):
            continue
        files.append(gofile)
        pkg.name = pkg.name or gofile.package
        last_type = ""
        last_expr = ""
        for kind, text, off in specs:
            if kind == "type":
                tm = re.match(r"([A-Za-z_]\w*)\s*(\[[^\]]*\])?\s*(=)?\s*(.*)$", text, re.S)
                if tm:
                    pkg.types[tm.group(1)] = GoDecl(tm.group(4).strip(), gofile, off)
                continue
            vm = re.match(r"([A-Za-z_][\w\s,]*?)(?:\s+([^=]+?))?\s*(?:=\s*(.*))?$", text, re.S)
            if not vm:
                continue
            names = [n.strip() for n in vm.group(1).split(",")]
            type_expr = (vm.group(2) or "").strip()
            expr = (vm.group(3) or "").strip()
            if kind == "const" and not expr and not type_expr:
                type_expr, expr = last_type, last_expr  # implicit repetition (iota)
            if kind == "const":
                last_type, last_expr = type_expr, expr
            values = split_top(expr) if len(names) > 1 else [expr]
            target = pkg.consts if kind == "const" else pkg.vars
            for idx, n in enumerate(names):
                if re.fullmatch(r"[A-Za-z_]\w*", n):
                    target[n] = GoDecl(values[idx] if idx < len(values) else "", gofile, off, type_expr)
        for f in funcs:
            if f.recv:
                pkg.methods.setdefault(f.name, []).append(f)
            elif f.name == "init":
                pkg.inits.append(f)
            else:
                pkg.funcs[f.name] = f
    return pkg if files else None


class Workspace:
    """The Go modules of one release, each at the version the router's go.mod requires."""

    def __init__(self, modules: dict[str, GitTree]) -> None:
        self.modules = modules
        self._packages: dict[str, GoPackage | None] = {}

    def tree_for(self, import_path: str) -> tuple[GitTree, str] | None:
        best = ""
        for mod in self.modules:
            if (import_path == mod or import_path.startswith(mod + "/")) and len(mod) > len(best):
                best = mod
        if not best:
            return None
        return self.modules[best], import_path[len(best):].strip("/")

    def package(self, import_path: str) -> GoPackage | None:
        if import_path not in self._packages:
            found = self.tree_for(import_path)
            self._packages[import_path] = build_package(import_path, *found) if found else None
        return self._packages[import_path]

    def loaded(self) -> list[GoPackage]:
        return [p for _, p in sorted(self._packages.items()) if p is not None]

    def package_of_file(self, tree: GitTree, path: str) -> GoPackage | None:
        directory = path.rpartition("/")[0]
        for mod, t in self.modules.items():
            if t is tree:
                return self.package(f"{mod}/{directory}" if directory else mod)
        return None

    def imported(self, file: GoFile, alias: str) -> GoPackage | None:
        """The package a file refers to by alias (explicit alias or the imported package's own name)."""
        path = file.imports.get(alias)
        if path is None:
            for key, p in file.imports.items():
                if key.startswith("<"):
                    pkg = self.package(p)
                    if (pkg is not None and pkg.name == alias) or (pkg is None and p.rsplit("/", 1)[-1] == alias):
                        path = p
                        break
        return None if path is None else self.package(path)

    def import_path(self, file: GoFile, alias: str) -> str | None:
        if alias in file.imports:
            return file.imports[alias]
        for key, p in file.imports.items():
            if key.startswith("<") and p.rsplit("/", 1)[-1] == alias:
                return p
        for key, p in file.imports.items():
            if key.startswith("<"):
                pkg = self.package(p)
                if pkg is not None and pkg.name == alias:
                    return p
        return None


# --------------------------------------------------------------------------------------------------------------
# evaluation of constant expressions


def eval_string(ws: Workspace, pkg: GoPackage, file: GoFile, expr: str, depth: int = 0) -> str | None:
    expr = expr.strip()
    if depth > 12 or not expr:
        return None
    parts = split_top(expr, "+")
    if len(parts) > 1:
        values = [eval_string(ws, pkg, file, p, depth + 1) for p in parts]
        return None if any(v is None for v in values) else "".join(v for v in values if v is not None)
    lit = go_string(expr)
    if lit is not None:
        return lit
    conv = re.fullmatch(r"[\w.]+\((.*)\)", expr, re.S)
    if conv and not re.fullmatch(r"[\w.]+\(\s*\)", expr):
        return eval_string(ws, pkg, file, conv.group(1), depth + 1)
    m = re.fullmatch(r"([A-Za-z_]\w*)\.([A-Za-z_]\w*)", expr)
    if m:
        other = ws.imported(file, m.group(1))
        if other is None:
            return None
        decl = other.consts.get(m.group(2)) or other.vars.get(m.group(2))
        return eval_string(ws, other, decl.file, decl.expr, depth + 1) if decl else None
    if re.fullmatch(r"[A-Za-z_]\w*", expr):
        decl = pkg.consts.get(expr) or pkg.vars.get(expr)
        return eval_string(ws, pkg, decl.file, decl.expr, depth + 1) if decl else None
    return None


def resolve_ident(ws: Workspace, pkg: GoPackage, file: GoFile, expr: str) -> tuple[GoPackage, GoDecl] | None:
    """The const/var declaration an identifier or alias.Ident refers to."""
    m = re.fullmatch(r"(?:([A-Za-z_]\w*)\.)?([A-Za-z_]\w*)", expr.strip())
    if not m:
        return None
    target = ws.imported(file, m.group(1)) if m.group(1) else pkg
    if target is None:
        return None
    decl = target.consts.get(m.group(2)) or target.vars.get(m.group(2))
    return (target, decl) if decl else None


def map_literal_keys(ws: Workspace, pkg: GoPackage, file: GoFile, expr: str) -> list[str] | None:
    """The keys of a map[string]... composite literal."""
    text = expr.strip()
    m = re.match(r"map\[string\](?:struct\s*\{\s*\}|interface\s*\{\s*\}|[\w.*\[\]]+)\s*\{", text)
    if not m:
        return None
    start = m.end() - 1
    body = text[start + 1:find_close(text, start)]
    keys: list[str] = []
    for item in split_top(body):
        key = split_top(item, ":")[0] if ":" in item else item
        value = eval_string(ws, pkg, file, key)
        if value is None:
            return None
        keys.append(value)
    return keys


# --------------------------------------------------------------------------------------------------------------
# struct types and json names


def find_func(ws: Workspace, pkg: GoPackage, file: GoFile, expr: str) -> GoFunc | None:
    m = re.fullmatch(r"(?:([A-Za-z_]\w*)\.)?([A-Za-z_]\w*)", expr.strip())
    if not m:
        return None
    target = ws.imported(file, m.group(1)) if m.group(1) else pkg
    if target is None and m.group(1):
        return None
    if target is None:
        return None
    return target.funcs.get(m.group(2))


@dataclass
class Fields:
    names: list[str] | None  # None: not known (free-form or unresolvable)
    why: str = ""
    raw: bool = False  # json.RawMessage: decoded again later
    members: dict[str, tuple[GoPackage, GoFile, str]] = field(default_factory=dict)  # json name -> its type


def type_fields(ws: Workspace, pkg: GoPackage, file: GoFile, type_expr: str, depth: int = 0) -> Fields:
    """The json names a value of this type accepts at top level."""
    t = type_expr.strip()
    while t.startswith(("*", "(")):
        t = t.strip("()").lstrip("*").strip()
    if depth > 8:
        return Fields(None, f"type {t} nests too deep")
    if t.startswith("map["):
        return Fields(None, "decoded into a map (any name accepted)")
    if t.startswith("[]"):
        return Fields(None, "decoded into a list")
    if t in ("any", "interface{}"):
        return Fields(None, "decoded into any")
    if t.startswith("struct"):
        brace = t.find("{")
        return struct_fields(ws, pkg, file, t[brace + 1:find_close(t, brace)], depth)
    t = re.sub(r"\[.*\]$", "", t)  # generic instantiation
    m = re.fullmatch(r"(?:([A-Za-z_]\w*)\.)?([A-Za-z_]\w*)", t)
    if not m:
        return Fields(None, f"type {t} not understood")
    if m.group(1):
        path = ws.import_path(file, m.group(1))
        if path == JSON_PKG and m.group(2) == "RawMessage":
            return Fields(None, "raw json", raw=True)
        target = ws.imported(file, m.group(1))
        if target is None:
            return Fields(None, f"type {t} is in a module not read ({path})")
    else:
        target = pkg
    decl = target.types.get(m.group(2))
    if decl is None:
        return Fields(None, f"type {t} not found")
    if target.method(m.group(2), "UnmarshalJSON") is not None:
        return Fields(None, f"type {t} has its own UnmarshalJSON")
    return type_fields(ws, target, decl.file, decl.expr, depth + 1)


def struct_fields(ws: Workspace, pkg: GoPackage, file: GoFile, body: str, depth: int) -> Fields:
    names: list[str] = []
    members: dict[str, tuple[GoPackage, GoFile, str]] = {}
    for item in split_top(body, "\n;"):
        tag_m = re.search(r"(`[^`]*`|\"(?:[^\"\\]|\\.)*\")\s*$", item)
        tag = tag_m.group(1) if tag_m else ""
        decl = item[: tag_m.start()].strip() if tag_m else item.strip()
        json_name = struct_tag_json(tag) if tag else None
        if json_name == "-":
            continue
        parts = decl.split(None, 1)
        embedded = len(parts) == 1 or (len(parts) == 2 and parts[0] == "*")
        if embedded:
            type_expr = decl.replace(" ", "")
            if json_name:
                names.append(json_name)
                members[json_name] = (pkg, file, type_expr)
                continue
            sub = type_fields(ws, pkg, file, type_expr, depth + 1)
            if sub.names is None:
                return Fields(None, f"embedded {type_expr}: {sub.why}")
            names.extend(sub.names)
            members.update(sub.members)
            continue
        for n in (x.strip() for x in parts[0].split(",") if x.strip()):
            name = json_name or (n if n[0].isupper() else "")
            if name:
                names.append(name)
                members[name] = (pkg, file, parts[1].strip())
    return Fields(sorted(set(names)), members=members)


def nested_fields(ws: Workspace, fields_: Fields, prefix: str = "", depth: int = 0) -> dict[str, list[str]]:
    """Dotted path -> json names, for the struct-typed (or list-of-struct) members of a decoded struct."""
    out: dict[str, list[str]] = {}
    if depth > 3:
        return out
    for name, (pkg, file, typ) in sorted(fields_.members.items()):
        elem = typ.strip()
        while elem.startswith(("*", "[]")):
            elem = elem[1:] if elem.startswith("*") else elem[2:]
        if elem.startswith("map[") or not re.fullmatch(r"(?:\w+\.)?\w+|struct\s*\{.*\}", elem, re.S):
            continue
        sub = type_fields(ws, pkg, file, elem)
        if sub.names is None or sub.raw or not sub.names:
            continue
        path = f"{prefix}{name}"
        out[path] = sub.names
        out.update(nested_fields(ws, sub, path + ".", depth + 1))
    return out


def struct_doc(pkg: GoPackage, type_name: str) -> dict[str, str]:
    """json name -> the 'Deprecated:' comment of that field of a struct type."""
    decl = pkg.types.get(type_name)
    if decl is None:
        return {}
    out: dict[str, str] = {}
    text = decl.file.code
    start = text.find("{", decl.pos)
    end = find_close(text, start)
    for m in re.finditer(r"(?m)^\s*(\w+)\s+[^\n`]*`([^`]*)`", text[start:end]):
        json_name = struct_tag_json(m.group(2))
        if not json_name:
            continue
        doc = decl.file.doc_before(start + m.start(1))
        dm = re.search(r"Deprecated:\s*(.*)", doc)
        if dm:
            out[json_name] = replacement(dm.group(1)) or "deprecated"
    return out


# --------------------------------------------------------------------------------------------------------------
# call walking


def calls_in(body: str) -> Iterator[tuple[str, str, list[str], int]]:
    """(qualifier, name, args, offset) of every call in a body; qualifier is 'a' for a.F(, '.' for x.y.F( on an
    expression, '' for F(."""
    for m in re.finditer(r"(?<![\w.])([A-Za-z_]\w*)\s*\.\s*([A-Za-z_]\w*)\s*\(|(?<=[.)\]])\s*([A-Za-z_]\w*)\s*\(|"
                         r"(?<![\w.])([A-Za-z_]\w*)\s*\(", body):
        open_at = m.end() - 1
        close = find_close(body, open_at)
        args = split_top(body[open_at + 1:close])
        if m.group(2):
            yield m.group(1), m.group(2), args, m.start()
        elif m.group(3):
            yield ".", m.group(3), args, m.start()
        else:
            yield "", m.group(4), args, m.start()


GO_KEYWORDS = {"if", "for", "switch", "func", "return", "go", "defer", "select", "case", "range", "make", "new",
               "len", "cap", "append", "delete", "panic", "recover", "copy", "string", "int", "bool", "byte",
               "float64", "int32", "int64", "uint", "uint64", "error", "any", "close", "min", "max", "struct",
               "map", "interface", "chan", "else", "var", "const", "type", "clear", "float32", "rune", "uint32",
               "uint16", "int16", "int8", "uint8"}


def callees(ws: Workspace, pkg: GoPackage, f: GoFunc) -> Iterator[tuple[GoPackage, GoFunc]]:
    """Functions a function may call: package functions by name, and methods by name in its own package and in
    the packages its file imports (an over-approximation, since receiver types are not tracked)."""
    for qual, name, _, _ in calls_in(f.body):
        if name in GO_KEYWORDS:
            continue
        if qual == "":
            if name in pkg.funcs:
                yield pkg, pkg.funcs[name]
            continue
        if qual != ".":
            other = ws.imported(f.file, qual)
            if other is not None:
                if name in other.funcs:
                    yield other, other.funcs[name]
                continue
        for m in pkg.methods.get(name, []):
            yield pkg, m
        for key, path in f.file.imports.items():
            if key == "_" or path in FLAG_PKGS:
                continue
            other = ws.package(path)
            if other is not None:
                for m in other.methods.get(name, []):
                    yield other, m


def reachable(ws: Workspace, roots: Iterable[tuple[GoPackage, GoFunc]]) -> list[tuple[GoPackage, GoFunc]]:
    seen: set[tuple[str, str, str]] = set()
    order: list[tuple[GoPackage, GoFunc]] = []
    stack = list(roots)
    while stack:
        pkg, f = stack.pop()
        key = (pkg.path, f.key, f.file.path)
        if key in seen:
            continue
        seen.add(key)
        order.append((pkg, f))
        stack.extend(callees(ws, pkg, f))
    return order


def import_closure(ws: Workspace, root: GoPackage) -> list[GoPackage]:
    seen: dict[str, GoPackage] = {}
    stack = [root]
    while stack:
        pkg = stack.pop()
        if pkg.path in seen:
            continue
        seen[pkg.path] = pkg
        for f in pkg.files:
            for p in f.imports.values():
                other = ws.package(p)
                if other is not None and other.path not in seen:
                    stack.append(other)
    return [seen[k] for k in sorted(seen)]


def binary_functions(ws: Workspace, main_pkg: GoPackage) -> list[tuple[GoPackage, GoFunc]]:
    """Every function the binary may run: reachable from main and from the init functions of linked packages."""
    roots: list[tuple[GoPackage, GoFunc]] = []
    if "main" in main_pkg.funcs:
        roots.append((main_pkg, main_pkg.funcs["main"]))
    for pkg in import_closure(ws, main_pkg):
        roots.extend((pkg, f) for f in pkg.inits)
    return reachable(ws, roots)


# --------------------------------------------------------------------------------------------------------------
# plugin factories


@dataclass
class DecodeSite:
    fields: Fields
    strict: bool
    where: str
    group: str  # sites sharing a group are alternative schemas for the same raw bytes


@dataclass
class FactoryInfo:
    sites: list[DecodeSite] = field(default_factory=list)
    unused: bool = False
    unknown: str = ""


def local_type(ws: Workspace, pkg: GoPackage, f: GoFunc, var: str) -> tuple[GoPackage, GoFile, str] | None:
    """The type of a local variable or parameter of a function, from its declaration."""
    v = re.escape(var)
    for name, typ in f.params:
        if name == var:
            return pkg, f.file, typ
    body = f.body
    m = re.search(rf"\bvar\s+{v}\s+([^=\n]+?)\s*(?:=|\n|;)", body)
    if m:
        return pkg, f.file, m.group(1)
    assign = rf"(?<![\w.]){v}\s*(?:,\s*\w+\s*)*:?=\s*"
    m = re.search(rf"{assign}&?\s*((?:[A-Za-z_]\w*\.)?[A-Za-z_]\w*(?:\[[^\]]*\])?)\s*\{{", body)
    if m:
        return pkg, f.file, m.group(1)
    m = re.search(rf"{assign}&?\s*(struct\s*\{{)", body)
    if m:
        start = m.start(1) + m.group(1).find("{")
        return pkg, f.file, body[m.start(1):find_close(body, start) + 1]
    m = re.search(rf"{assign}new\(\s*([\w.\[\]]+)\s*\)", body)
    if m:
        return pkg, f.file, m.group(1)
    m = re.search(rf"{assign}((?:[A-Za-z_]\w*\.)?[A-Za-z_]\w*)\s*\(", body)
    if m:
        return result_type(ws, pkg, f.file, m.group(1))
    m = re.search(rf"{assign}((?:[A-Za-z_]\w*\.)?[A-Za-z_]\w*)\s*(?:\n|;|$)", body)
    if m:
        found = resolve_ident(ws, pkg, f.file, m.group(1))
        if found is not None:
            return var_type(ws, *found)
    return None


def result_type(ws: Workspace, pkg: GoPackage, file: GoFile, func_expr: str) -> tuple[GoPackage, GoFile, str] | None:
    """The (first) result type of a called function."""
    callee = find_func(ws, pkg, file, func_expr)
    if callee is None:
        return None
    results = split_top(callee.results.strip("()")) or [callee.results]
    first = results[0].split()[-1] if results else ""
    owner = ws.package_of_file(callee.file.tree, callee.file.path) or pkg
    return owner, callee.file, first


def var_type(ws: Workspace, pkg: GoPackage, decl: GoDecl) -> tuple[GoPackage, GoFile, str] | None:
    """The type of a package-level variable, from its declared type or its initial value."""
    if decl.type_expr:
        return pkg, decl.file, decl.type_expr
    m = re.match(r"&?\s*((?:[A-Za-z_]\w*\.)?[A-Za-z_]\w*)\s*\{", decl.expr)
    if m:
        return pkg, decl.file, m.group(1)
    m = re.match(r"((?:[A-Za-z_]\w*\.)?[A-Za-z_]\w*)\s*\(", decl.expr)
    if m:
        return result_type(ws, pkg, decl.file, m.group(1))
    return None


def analyse_factory(ws: Workspace, pkg: GoPackage, f: GoFunc, param_index: int, framework: str,
                    strict_decoders: set[str], depth: int = 0, group: str = "") -> FactoryInfo:
    """How a function decodes its parameter at param_index. framework: 'decoder-strict', 'decoder' or 'raw' (what
    the loader passes for the plugin's parameters)."""
    info = FactoryInfo()
    if param_index >= len(f.params):
        info.unknown = f"{f.name}: parameter {param_index} not found"
        return info
    pname = f.params[param_index][0]
    if pname == "_" or not re.search(rf"(?<![\w.]){re.escape(pname)}\b", f.body):
        info.unused = True
        return info
    where = f.file.label
    _scan_uses(ws, pkg, f, pname, framework, strict_decoders, depth, group or f"{f.file.path}:{f.name}", info, where)
    if not info.sites and not info.unknown and not info.unused:
        info.unknown = f"{f.name}: no decode of '{pname}' recognised"
    return info


def _scan_uses(ws: Workspace, pkg: GoPackage, f: GoFunc, pname: str, framework: str, strict_decoders: set[str],
               depth: int, group: str, info: FactoryInfo, where: str) -> None:
    p = re.escape(pname)
    body = f.body
    json_alias = next((k for k, v in f.file.imports.items() if v == JSON_PKG), "<encoding/json>")
    json_alias = "json" if json_alias.startswith("<") else json_alias
    handled: set[int] = set()
    delegated: list[FactoryInfo] = []

    def add_target(target: str, strict: bool, site_group: str) -> None:
        found = local_type(ws, pkg, f, target)
        if found is None:
            info.sites.append(DecodeSite(Fields(None, f"type of '{target}' in {f.name} not found"), strict, where,
                                         site_group))
            return
        owner, file, typ = found
        fields_ = type_fields(ws, owner, file, typ)
        if fields_.raw:
            # decoded again from the raw bytes: each later decode is one accepted schema
            sub = FactoryInfo()
            _scan_uses(ws, pkg, f, target, "raw", strict_decoders, depth, f"{site_group}/{target}", sub, where)
            info.sites.extend(sub.sites)
            if sub.unknown:
                info.unknown = sub.unknown
            return
        info.sites.append(DecodeSite(fields_, strict, where, site_group))

    # p.Decode(&x): the decoder the framework hands over
    for m in re.finditer(rf"(?<![\w.]){p}\s*\.\s*Decode\(\s*&?\s*([\w.]+)\s*\)", body):
        handled.add(m.start())
        add_target(m.group(1), framework == "decoder-strict", group)
    # json.Unmarshal(p, &x)
    for m in re.finditer(rf"\b{re.escape(json_alias)}\.Unmarshal\(\s*{p}\s*,\s*&?\s*([\w.]+)\s*\)", body):
        handled.add(m.start())
        add_target(m.group(1), False, group)
    # helper(p).Decode(&x) where the helper sets DisallowUnknownFields (e.g. a strict decoder over raw bytes)
    for m in re.finditer(rf"((?:[A-Za-z_]\w*\.)?[A-Za-z_]\w*)\(\s*{p}\s*\)\s*\.\s*Decode\(\s*&?\s*([\w.]+)\s*\)",
                         body):
        handled.add(m.start())
        helper = find_func(ws, pkg, f.file, m.group(1))
        strict = helper is not None and "DisallowUnknownFields" in helper.body
        if helper is not None and strict:
            strict_decoders.add(helper.file.label)
        add_target(m.group(2), strict, group)
    # d := json.NewDecoder(bytes.NewReader(p)); [d.DisallowUnknownFields()]; d.Decode(&x)
    for m in re.finditer(rf"(\w+)\s*:=\s*{re.escape(json_alias)}\.NewDecoder\([^\n]*\b{p}\b[^\n]*\)", body):
        handled.add(m.start())
        d = re.escape(m.group(1))
        strict = re.search(rf"\b{d}\.DisallowUnknownFields\(\)", body) is not None
        for dm in re.finditer(rf"\b{d}\.Decode\(\s*&?\s*([\w.]+)\s*\)", body):
            add_target(dm.group(1), strict, group)
    # p handed to another function of the module
    if depth < 4:
        for qual, name, args, off in calls_in(body):
            if pname not in args or name in ("Decode", "Unmarshal", "NewDecoder", "NewReader"):
                continue
            if any(off <= h < off + 200 for h in handled):
                continue
            callee: GoFunc | None = None
            owner = pkg
            if qual == "":
                callee = pkg.funcs.get(name)
            elif qual == ".":
                callee = next(iter(pkg.methods.get(name, [])), None)
            else:
                other = ws.imported(f.file, qual)
                if other is not None:
                    callee, owner = other.funcs.get(name), other
                if callee is None and other is None:
                    callee = next(iter(pkg.methods.get(name, [])), None)
            if callee is None:
                continue
            if "DisallowUnknownFields" in callee.body and re.search(r"\.Decode\(", callee.body) is None:
                continue
            sub = analyse_factory(ws, owner, callee, args.index(pname), framework, strict_decoders, depth + 1,
                                  group)
            delegated.append(sub)
            info.sites.extend(sub.sites)
            if sub.unknown and not sub.sites:
                info.unknown = info.unknown or sub.unknown
    if not info.sites and not info.unknown and delegated and all(d.unused for d in delegated) and not handled:
        info.unused = True


def summarize_factory(info: FactoryInfo, framework: str) -> dict[str, Any]:
    if info.unused:
        return {"parameters": [], "strictParameters": False, "note": "parameters are not read"}
    if info.unknown and not info.sites:
        return {"parameters": None, "strictParameters": framework == "decoder-strict", "note": info.unknown}
    if any(s.fields.names is None for s in info.sites):
        why = "; ".join(sorted({s.fields.why for s in info.sites if s.fields.names is None}))
        return {"parameters": None, "strictParameters": all(s.strict for s in info.sites), "note": why}
    names = sorted({n for s in info.sites for n in (s.fields.names or [])})
    out: dict[str, Any] = {"parameters": names, "strictParameters": all(s.strict for s in info.sites)}
    groups: dict[str, list[list[str]]] = {}
    for s in info.sites:
        groups.setdefault(s.group, []).append(sorted(s.fields.names or []))
    alternatives = [sets for sets in groups.values() if len(sets) > 1]
    if alternatives and out["strictParameters"]:
        out["parameterSets"] = sorted(alternatives[0])
    return out


# --------------------------------------------------------------------------------------------------------------
# flags


FLAG_FUNC = re.compile(r"^(Bool|String|Int|Int8|Int16|Int32|Int64|Uint|Uint8|Uint16|Uint32|Uint64|Float32|Float64|"
                       r"Duration|IP|IPMask|IPNet|Count|BytesHex|BytesBase64|Var|Func|BoolFunc|TextVar|"
                       r"(?:Bool|String|Int|Int32|Int64|Uint|Float32|Float64|Duration|IP)Slice|StringArray|"
                       r"StringToString|StringToInt|StringToInt64)(Var)?(P)?$")


@dataclass
class Flag:
    name: str
    boolean: bool
    shorthand: str | None
    source: str
    target: str
    deprecated: str | None = None
    hidden: bool = False
    rejected: bool = False
    values: list[str] | None = None
    values_source: str | None = None


def flag_receivers(ws: Workspace, f: GoFunc) -> set[str]:
    """Names in a function that denote a flag set (pflag or Go flag)."""
    recv: set[str] = set()
    for name, typ in f.params:
        if re.search(r"\bFlagSet\b", typ):
            recv.add(name)
    for m in re.finditer(r"(\w+)\s*:?=\s*(\w+)\.NewFlagSet\(", f.body):
        recv.add(m.group(1))
    for alias, path in f.file.imports.items():
        if path in FLAG_PKGS:
            a = path.rsplit("/", 1)[-1] if alias.startswith("<") else alias
            recv.add(a)
            recv.add(f"{a}.CommandLine")
    return recv


def collect_flags(ws: Workspace, roots: list[tuple[GoPackage, GoFunc]], unresolved: list[str],
                  global_go_flags: list[Flag] | None = None) -> dict[str, Flag]:
    flags: dict[str, Flag] = {}
    marks: list[tuple[str, str, str | None, str]] = []
    seen: set[tuple[str, str]] = set()
    stack = list(roots)
    while stack:
        pkg, f = stack.pop()
        if (pkg.path, f.key) in seen:
            continue
        seen.add((pkg.path, f.key))
        receivers = flag_receivers(ws, f)
        for m in re.finditer(r"(?<![\w.])([\w]+(?:\.CommandLine)?)\s*\.\s*([A-Z]\w*)\s*\(", f.body):
            recv, method = m.group(1), m.group(2)
            open_at = m.end() - 1
            args = split_top(f.body[open_at + 1:find_close(f.body, open_at)])
            if recv not in receivers:
                continue
            if method in ("MarkDeprecated", "MarkHidden", "MarkShorthandDeprecated"):
                name = eval_string(ws, pkg, f.file, args[0]) if args else None
                msg = eval_string(ws, pkg, f.file, args[1]) if len(args) > 1 else None
                if name is not None:
                    marks.append((method, name, msg, f.file.label))
                continue
            if method == "AddGoFlagSet":
                if args and args[0].endswith("flag.CommandLine") and global_go_flags is not None:
                    for g in global_go_flags:
                        flags.setdefault(g.name, g)
                continue
            fm = FLAG_FUNC.match(method)
            if not fm:
                continue
            is_var = bool(fm.group(2)) or fm.group(1) in ("Var", "TextVar", "Func", "BoolFunc")
            has_short = bool(fm.group(3))
            name_idx = 1 if is_var and fm.group(1) not in ("Func", "BoolFunc") else 0
            if len(args) <= name_idx:
                continue
            name = eval_string(ws, pkg, f.file, args[name_idx])
            if name is None:
                unresolved.append(f"flag name {args[name_idx]} in {f.file.label}")
                continue
            short = eval_string(ws, pkg, f.file, args[name_idx + 1]) if has_short and len(args) > name_idx + 1 \
                else None
            boolean = fm.group(1) in ("Bool", "BoolFunc")
            if fm.group(1) == "Var" and args:
                target = args[0].lstrip("&").strip()
                typ = local_type(ws, pkg, f, target)
                if typ is not None:
                    tm = re.fullmatch(r"\*?(\w+)", typ[2].strip())
                    boolean = tm is not None and pkg.method(tm.group(1), "IsBoolFlag") is not None
            flags[name] = Flag(name, boolean, short or None, f.file.label,
                               args[0].lstrip("&").strip() if is_var else "")
        # nested flag binding: x.AddFlags(fs) / x.BindFlags(fs) / RegisterFlags(fs) with a flag set argument
        for qual, name, args, _ in calls_in(f.body):
            if not any(a in receivers or a.endswith("CommandLine") for a in args):
                continue
            if FLAG_FUNC.match(name) or name in ("MarkDeprecated", "MarkHidden", "AddGoFlagSet", "Parse",
                                                 "Lookup", "VisitAll", "Set", "NewFlagSet"):
                continue
            targets: list[tuple[GoPackage, GoFunc]] = []
            if qual == "":
                if name in pkg.funcs:
                    targets.append((pkg, pkg.funcs[name]))
            elif qual != "." and ws.imported(f.file, qual) is not None:
                other = ws.imported(f.file, qual)
                assert other is not None
                if name in other.funcs:
                    targets.append((other, other.funcs[name]))
            else:
                targets.extend((pkg, m) for m in pkg.methods.get(name, []) if m is not f)
                for alias, path in f.file.imports.items():
                    other = ws.package(path)
                    if other is not None and alias != "_":
                        targets.extend((other, m) for m in other.methods.get(name, []))
                if not targets:
                    mods = sorted({p for p in f.file.imports.values() if ws.package(p) is None
                                   and not p.startswith(("flag", "github.com/spf13/pflag"))})
                    unresolved.append(f"flags bound by .{name}(...) in {f.file.label} (a package not read; "
                                      f"candidates: {', '.join(mods[:6])})")
            stack.extend(targets)
    for method, name, msg, _ in marks:
        if name not in flags:
            continue
        if method == "MarkDeprecated":
            flags[name].deprecated = msg or "deprecated"
        elif method == "MarkHidden":
            flags[name].hidden = True
    return flags


def go_global_flags(ws: Workspace, main_pkg: GoPackage, unresolved: list[str]) -> list[Flag]:
    """Flags that init functions of linked packages register on the Go flag.CommandLine."""
    out: list[Flag] = []
    for pkg in import_closure(ws, main_pkg):
        for f in pkg.inits:
            if "CommandLine" not in f.body:
                continue
            out.extend(collect_flags(ws, [(pkg, f)], unresolved).values())
    return out


def options_entry(ws: Workspace, pkg: GoPackage, funcs: Iterable[GoFunc]) -> tuple[GoPackage, GoFunc] | None:
    """The AddFlags method of the options a binary builds: `opts := x.NewOptions()` then `opts.AddFlags(...)`."""
    for f in funcs:
        m = re.search(r"(\w+)\s*:=\s*(\w+)\.NewOptions\(\)", f.body)
        if not m or not re.search(rf"\b{m.group(1)}\.AddFlags\(", f.body):
            continue
        other = ws.imported(f.file, m.group(2))
        if other is None:
            continue
        new = other.funcs.get("NewOptions")
        recv = re.sub(r"[^\w]", "", (new.results if new else "*Options").split(".")[-1]) or "Options"
        method = other.method(recv, "AddFlags")
        if method is not None:
            return other, method
    return None


def rejected_flags(ws: Workspace, pkg: GoPackage) -> tuple[set[str], str | None]:
    """Flags the options' Validate refuses when set: `for n := range someMap { if fs.Lookup(n).Changed ... return`."""
    validate = next((m for m in pkg.methods.get("Validate", [])), None)
    if validate is None:
        return set(), None
    out: set[str] = set()
    for m in re.finditer(r"for\s+(\w+)\s*(?:,\s*\w+\s*)?:=\s*range\s+(\w+)\s*\{", validate.body):
        loop = validate.body[m.end() - 1:find_close(validate.body, m.end() - 1)]
        if not re.search(rf"Lookup\(\s*{re.escape(m.group(1))}\s*\)", loop) or ".Changed" not in loop:
            continue
        if "return" not in loop:
            continue
        decl = pkg.vars.get(m.group(2))
        if decl is None:
            continue
        keys = map_literal_keys(ws, pkg, decl.file, decl.expr)
        out.update(keys or [])
    return out, validate.file.label


def validated_values(ws: Workspace, pkg: GoPackage, flags: dict[str, Flag]) -> dict[str, str]:
    """Attach the accepted values of flags the options' Validate checks against a `supported...` map."""
    validate = next((m for m in pkg.methods.get("Validate", [])), None)
    linked: dict[str, str] = {}
    if validate is None:
        return linked
    by_target = {fl.target.split(".")[-1]: fl for fl in flags.values() if fl.target}
    for m in re.finditer(rf"(\w+)\[\s*{re.escape(validate.recv_var)}\.(\w+)\s*\]", validate.body):
        var, field_ = m.group(1), m.group(2)
        if var in pkg.vars and field_ in by_target:
            linked[by_target[field_].name] = var
    for qual, name, args, _ in calls_in(validate.body):
        if qual or len(args) < 3:
            continue
        helper = pkg.funcs.get(name)
        if helper is None or not validate.recv_var or not args[0].startswith(f"{validate.recv_var}."):
            continue
        flag_name = eval_string(ws, pkg, validate.file, args[2])
        if flag_name and args[1] in pkg.vars:
            linked[flag_name.lstrip("-")] = args[1]
    for flag_name, var in linked.items():
        decl = pkg.vars[var]
        keys = map_literal_keys(ws, pkg, decl.file, decl.expr)
        if keys is not None and flag_name in flags:
            flags[flag_name].values = sorted(keys)
            flags[flag_name].values_source = decl.file.label
    return linked


def replacement(message: str | None) -> str | None:
    """A deprecation message reduced to the name it points to ('use --x', 'use a.b'), or 'deprecated'."""
    if message is None:
        return None
    m = re.search(r"\b[Uu]se\s+(--[\w-]+(?:=[\w-]+)?|[a-z]\w*(?:\.[a-z]\w*)+|[a-z][\w-]*-[\w-]+)", message)
    if not m:
        m = re.search(r"(--[\w-]+(?:=[\w-]+)?)\s+instead", message)
    return f"use {m.group(1)}" if m else "deprecated"


def flags_json(flags: dict[str, Flag]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in sorted(flags):
        fl = flags[name]
        entry: dict[str, Any] = {"boolean": fl.boolean, "deprecated": replacement(fl.deprecated),
                                 "source": fl.source}
        if fl.shorthand:
            entry["shorthand"] = fl.shorthand
        if fl.hidden:
            entry["hidden"] = True
        if fl.rejected:
            entry["rejected"] = True
        if fl.values is not None:
            entry["values"] = fl.values
            entry["valuesSource"] = fl.values_source
        out[name] = entry
    return out


# --------------------------------------------------------------------------------------------------------------
# release extraction


class Release:
    def __init__(self, tag: str, router_git: str, gaie_git: str, extra: dict[str, str]) -> None:
        self.tag = tag
        self.unresolved: list[str] = []
        self.router = GitTree(router_git, tag, ROUTER_REPOSITORY)
        expected = RELEASES.get(tag)
        if expected and expected not in (self.router.commit, self.router.tag_object):
            raise SystemExit(f"{tag}: resolves to {self.router.commit} (tag {self.router.tag_object}), "
                             f"expected {expected}")
        gomod = self.router.read("go.mod") or ""
        self.module, self.requires, replaces = parse_go_mod(gomod)
        for mod in (GAIE_MODULE, *extra):
            if mod in replaces:
                raise SystemExit(f"{tag}: go.mod replaces {mod} => {replaces[mod]}; not supported")
        self.gaie_version = self.requires.get(GAIE_MODULE, "")
        if not self.gaie_version:
            raise SystemExit(f"{tag}: go.mod does not require {GAIE_MODULE}")
        modules: dict[str, GitTree] = {self.module: self.router}
        self.module_info: dict[str, dict[str, Any]] = {}
        for mod, git_dir in {GAIE_MODULE: gaie_git, **extra}.items():
            version = self.requires.get(mod)
            if version is None:
                continue
            ref = resolve_module_ref(git_dir, version)
            tree = GitTree(git_dir, ref, module_repository(mod))
            modules[mod] = tree
            self.module_info[mod] = {"repository": tree.repository, "version": version, "ref": ref,
                                     "commit": tree.commit}
        self.gaie = modules[GAIE_MODULE]
        self.ws = Workspace(modules)

    def close(self) -> None:
        for tree in self.ws.modules.values():
            tree.close()

    # ---- binaries

    def main_package(self, main_path: str) -> GoPackage:
        pkg = self.ws.package_of_file(self.router, main_path)
        if pkg is None:
            raise SystemExit(f"{self.tag}: {main_path} not found")
        return pkg

    # ---- sources

    def sources(self) -> dict[str, Any]:
        gaie = dict(self.module_info[GAIE_MODULE])
        gaie.update({"module": GAIE_MODULE, "source": self.router.label("go.mod")})
        return {
            "router": {"repository": self.router.repository, "tag": self.tag, "commit": self.router.commit,
                       "tagObject": self.router.tag_object, "module": self.module,
                       "source": self.router.label("go.mod")},
            "gaie": gaie,
            "modules": {k: v for k, v in self.module_info.items() if k != GAIE_MODULE},
        }

    # ---- images

    def images(self) -> dict[str, Any]:
        release = ".github/workflows/ci-release.yaml"
        build = ".github/workflows/ci-build-images.yaml"
        rel, bld = self.router.read(release), self.router.read(build)
        if rel is None or bld is None:
            self.unresolved.append("images: release workflows not found")
            return {}
        repo_name = self.module.rsplit("/", 1)[-1]
        outputs: dict[str, str] = {}
        variables = {"repo": repo_name} if re.search(r'repo="\$\{GITHUB_REPOSITORY##\*/\}"', rel) else {}
        for m in re.finditer(r'echo\s+"(\w+)=([^"]*)"\s*>>\s*"?\$GITHUB_OUTPUT', rel):
            value = re.sub(r"\$\{(\w+)\}|\$(\w+)", lambda v: variables.get(v.group(1) or v.group(2), v.group(0)),
                           m.group(2))
            outputs[m.group(1)] = value
        inputs: dict[str, str] = {}
        for m in re.finditer(r"([\w-]+-image-name):\s*\$\{\{\s*needs\.[\w-]+\.outputs\.(\w+)\s*\}\}", rel):
            if m.group(2) in outputs:
                inputs[m.group(1)] = outputs[m.group(2)]
        out: dict[str, Any] = {}
        steps = re.split(r"(?m)^\s*- name:", bld)
        for key, input_name in (("endpointPicker", "epp-image-name"), ("sidecar", "sidecar-image-name")):
            name = inputs.get(input_name)
            registry = None
            dockerfile = None
            for step in steps:
                if re.search(rf"image-name:\s*\$\{{\{{\s*inputs\.{input_name}\s*\}}\}}", step):
                    rm = re.search(r"registry:\s*(\S+)", step)
                    dm = re.search(r"docker-file:\s*(\S+)", step)
                    if rm:
                        registry = rm.group(1)
                        dockerfile = dm.group(1) if dm else None
                        break
            if name is None or registry is None:
                self.unresolved.append(f"images: {input_name} not resolved from {release}")
                continue
            entry: dict[str, Any] = {"image": f"{registry}/{name}", "tag": self._release_image_tag(rel),
                                     "source": f"{self.router.label(release)} + {self.router.label(build)}"}
            if dockerfile:
                text = self.router.read(dockerfile) or ""
                bm = re.search(r"go build[^\n]*(?:\\\n[^\n]*)*?\s(cmd/\S+\.go)", text)
                entry["dockerfile"] = self.router.label(dockerfile)
                if bm:
                    cm = re.search(rf"COPY\s+(\S+)\s+{re.escape(bm.group(1))}", text)
                    entry["builds"] = cm.group(1) if cm else bm.group(1)
            out[key] = entry
        return out

    def _release_image_tag(self, workflow: str) -> str | None:
        """The image tag a release build pushes: the git tag when the workflow derives it from GITHUB_REF."""
        if re.search(r'tag=\$\{GITHUB_REF##refs/tags/\}', workflow):
            return self.tag
        return None

    # ---- EPP

    def epp(self) -> dict[str, Any]:
        main_pkg = self.main_package(EPP_MAIN)
        funcs = binary_functions(self.ws, main_pkg)
        runner = next(((p, f) for p, f in funcs if f.recv == "Runner" and f.name == "Run"), None)
        out: dict[str, Any] = {"binary": {"main": self.router.label(EPP_MAIN),
                                          "runner": runner[1].file.label if runner else None}}
        loader = self._loader(funcs)
        out["config"] = self._config(loader)
        out["featureGates"] = self._feature_gates(funcs, loader)
        framework, strict_source, loader_source = self._framework_params(loader)
        out["pluginParametersStrict"] = framework == "decoder-strict"
        out["pluginParametersSource"] = loader_source
        out["plugins"] = self._plugins(funcs, framework, strict_source, loader)
        out["pluginStability"] = self._stability(funcs)
        out["flags"] = self._epp_flags(main_pkg, funcs)
        out.update(self._objectives(funcs))
        out["metrics"] = self._metrics(main_pkg, funcs)
        return out

    def _metrics(self, main_pkg: GoPackage, funcs: list[tuple[GoPackage, GoFunc]]) -> dict[str, Any]:
        """The Prometheus metrics the picker serves: every ``prometheus.New<Type>[Vec](Opts{...}, labels)``
        package variable of a linked package that a function the binary runs passes to ``MustRegister``."""
        registered: set[tuple[str, str]] = set()
        for pkg, f in funcs:
            for m in re.finditer(r"\bMustRegister\(", f.body):
                close = find_close(f.body, m.end() - 1)
                for arg in split_top(f.body[m.end():close]):
                    if re.fullmatch(r"[A-Za-z_]\w*", arg):
                        registered.add((pkg.path, arg))
        metrics: dict[str, Any] = {}
        for pkg in import_closure(self.ws, main_pkg):
            for var, decl in sorted(pkg.vars.items()):
                m = re.fullmatch(r"(\w+)\.New(Counter|Gauge|Histogram|Summary)(Vec)?\((.*)\)", decl.expr.strip(), re.S)
                if m is None or (pkg.path, var) not in registered:
                    continue
                if self.ws.import_path(decl.file, m.group(1)) != "github.com/prometheus/client_golang/prometheus":
                    continue
                args = split_top(m.group(4))
                opts = re.fullmatch(r"(?:\w+\.)?\w+Opts\s*\{(.*)\}", args[0].strip(), re.S) if args else None
                if opts is None:
                    self.unresolved.append(f"metric {var} in {decl.file.label}: options not a literal")
                    continue
                fields_: dict[str, str] = {}
                for item in split_top(opts.group(1)):
                    key, sep, value = item.partition(":")
                    if sep:
                        fields_[key.strip()] = value.strip()
                parts = [eval_string(self.ws, pkg, decl.file, fields_[k]) if k in fields_ else ""
                         for k in ("Namespace", "Subsystem", "Name")]
                if any(part is None for part in parts) or not parts[2]:
                    self.unresolved.append(f"metric {var} in {decl.file.label}: name not constant")
                    continue
                name = "_".join(part for part in parts if part)
                labels = self._label_list(pkg, decl.file, args[1]) if m.group(3) and len(args) > 1 else []
                if labels is None:
                    self.unresolved.append(f"metric {name} in {decl.file.label}: labels not constant")
                help_text = next((go_string(a) for a in split_top(re.sub(r"^[\w.]+\((.*)\)$", r"\1",
                                                                           fields_.get("Help", ""), flags=re.S))
                                  if go_string(a) is not None), None) or ""
                deprecated = re.match(r"\[Deprecated(?::\s*(?:[Uu]se\s+)?([^\]]*))?\]", help_text)
                metrics[name] = {"type": m.group(2).lower(), "labels": labels,
                                 "deprecated": (f"use {deprecated.group(1).strip()}" if deprecated.group(1)
                                                else "deprecated") if deprecated else None,
                                 "source": decl.file.label}
        return {k: metrics[k] for k in sorted(metrics)}

    def _label_list(self, pkg: GoPackage, file: GoFile, expr: str, depth: int = 0) -> list[str] | None:
        """The strings of a constant ``[]string`` expression: a literal, a package variable, ``append(...)``."""
        expr = expr.strip()
        if depth > 8:
            return None
        literal = re.fullmatch(r"\[\]string\s*\{(.*)\}", expr, re.S)
        if literal:
            values = [eval_string(self.ws, pkg, file, item) for item in split_top(literal.group(1))]
            return None if any(v is None for v in values) else [v for v in values if v is not None]
        appended = re.fullmatch(r"append\((.*)\)", expr, re.S)
        if appended:
            items = split_top(appended.group(1))
            out: list[str] = []
            for i, item in enumerate(items):
                spread = item.endswith("...")
                if i == 0 or spread:
                    part = self._label_list(pkg, file, item[:-3] if spread else item, depth + 1)
                    if part is None:
                        return None
                    out.extend(part)
                else:
                    value = eval_string(self.ws, pkg, file, item)
                    if value is None:
                        return None
                    out.append(value)
            return out
        found = resolve_ident(self.ws, pkg, file, expr)
        if found is not None:
            return self._label_list(found[0], found[1].file, found[1].expr, depth + 1)
        return None

    def _loader(self, funcs: list[tuple[GoPackage, GoFunc]]) -> GoPackage | None:
        for _, f in funcs:
            m = re.search(r"(\w+)\.LoadRawConfig\(", f.body)
            if m:
                loader = self.ws.imported(f.file, m.group(1))
                if loader is not None:
                    return loader
        self.unresolved.append("epp: config loader (LoadRawConfig) not found")
        return None

    def _config(self, loader: GoPackage | None) -> dict[str, Any]:
        if loader is None:
            return {}
        api_versions: dict[str, str] = {}
        kind: str | None = None
        types_source: str | None = None
        fields_: list[str] | None = None
        nested: dict[str, list[str]] = {}
        deprecated_fields: dict[str, str] = {}
        source = None
        for f in loader.files:
            for m in re.finditer(r"(\w+)\.(?:Install|AddToScheme)\(\s*scheme\s*\)", f.code):
                api = self.ws.imported(f, m.group(1))
                if api is None:
                    continue
                for af in api.files:
                    for km in re.finditer(r"AddKnownTypes\(\s*(\w+)\s*,([^)]*)\)", af.code):
                        gv = self._group_version(api, af, km.group(1))
                        tm = re.search(r"&(\w+)\{\}", km.group(2))
                        if gv and tm and tm.group(1).endswith("Config"):
                            api_versions[gv] = "current"
                            kind = tm.group(1)
                            decl = api.types.get(kind)
                            if decl is not None:
                                types_source = decl.file.label
                                flds = type_fields(self.ws, api, decl.file, decl.expr)
                                fields_ = flds.names
                                nested = nested_fields(self.ws, flds)
                                if flds.names is None:
                                    self.unresolved.append(f"epp config fields: {flds.why}")
                                deprecated_fields = struct_doc(api, kind)
                            source = f.label
            for m in re.finditer(r"AddKnownTypes\(\s*(\w+)\s*,", f.code):
                gv = self._group_version(loader, f, m.group(1))
                if gv is None or gv in api_versions:
                    continue
                deprecated = re.search(rf"==\s*{m.group(1)}\s*\{{[^}}]*DEPRECAT", "".join(x.raw for x in loader.files))
                api_versions[gv] = "deprecated" if deprecated else "current"
        strict = False
        strict_source = None
        for f in loader.files:
            if re.search(r"NewCodecFactory\([^)]*EnableStrict", f.code):
                strict, strict_source = True, f.label
        return {"kind": kind, "apiVersions": api_versions, "fields": fields_, "nestedFields": nested,
                "deprecatedFields": deprecated_fields,
                "strict": strict, "source": source, "typesSource": types_source, "strictSource": strict_source}

    def _group_version(self, pkg: GoPackage, file: GoFile, var: str) -> str | None:
        decl = pkg.vars.get(var) or pkg.consts.get(var)
        if decl is None:
            return None
        m = re.search(r"GroupVersion\{\s*Group:\s*([^,]+),\s*Version:\s*([^}]+?)\s*,?\s*\}", decl.expr)
        if not m:
            return None
        group = eval_string(self.ws, pkg, decl.file, m.group(1))
        version = self._version_expr(pkg, decl.file, m.group(2))
        return f"{group}/{version}" if group and version else None

    def _version_expr(self, pkg: GoPackage, file: GoFile, expr: str) -> str | None:
        m = re.fullmatch(r"(\w+)\.(?:SchemeGroupVersion|GroupVersion)\.Version", expr.strip())
        if m:
            other = self.ws.imported(file, m.group(1))
            if other is None:
                return None
            for var in ("SchemeGroupVersion", "GroupVersion"):
                decl = other.vars.get(var)
                if decl is not None:
                    vm = re.search(r"Version:\s*([^,}]+)", decl.expr)
                    if vm:
                        return eval_string(self.ws, other, decl.file, vm.group(1))
            return None
        return eval_string(self.ws, pkg, file, expr)

    def _feature_gates(self, funcs: list[tuple[GoPackage, GoFunc]], loader: GoPackage | None) -> dict[str, Any]:
        names: dict[str, bool | None] = {}
        sources: set[str] = set()
        for pkg, f in funcs:
            for qual, name, args, _ in calls_in(f.body):
                if name != "RegisterFeatureGate" or not args:
                    continue
                if qual not in ("", ".") and self.ws.imported(f.file, qual) is None:
                    continue
                gate = eval_string(self.ws, pkg, f.file, args[0])
                if gate is None:
                    self.unresolved.append(f"feature gate {args[0]} in {f.file.label}")
                    continue
                default = {"true": True, "false": False}.get(args[1]) if len(args) > 1 else None
                names[gate] = default
                sources.add(f.file.label)
        out: dict[str, Any] = {"names": sorted(names), "source": " + ".join(sorted(sources)) or None,
                               "defaults": {k: v for k, v in sorted(names.items())}
                               if any(v is not None for v in names.values()) else None}
        out["strict"] = False
        out["acceptsValue"] = False
        out["validationSource"] = None
        validate = loader.funcs.get("validateFeatureGates") if loader is not None else None
        if validate is not None and re.search(r"return\s+fmt\.Errorf\(", validate.body):
            out["strict"] = True
            out["validationSource"] = validate.file.label
            out["acceptsValue"] = re.search(r"strings\.Split\(\s*\w+\s*,\s*\"=\"", validate.body) is not None
        return out

    def _framework_params(self, loader: GoPackage | None) -> tuple[str, str | None, str | None]:
        """What the loader hands a plugin factory for its parameters: a strict decoder, a decoder, or raw bytes."""
        if loader is None:
            return "raw", None, None
        for f in loader.files:
            m = re.search(r"\bfactory\(\s*spec\.Name\s*,\s*(.+?)\s*,\s*handle\s*\)", f.code)
            if not m:
                continue
            arg = m.group(1)
            hm = re.fullmatch(r"((?:\w+\.)?\w+)\(\s*spec\.Parameters\s*\)", arg)
            if hm:
                helper = find_func(self.ws, loader, f, hm.group(1))
                if helper is not None and "DisallowUnknownFields" in helper.body:
                    return "decoder-strict", helper.file.label, f.label
                return "decoder", None, f.label
            return "raw", None, f.label
        self.unresolved.append("epp: plugin instantiation (factory(spec.Name, ...)) not found in the loader")
        return "raw", None, None

    def _registry_funcs(self, pkg: GoPackage) -> dict[str, GoFunc]:
        """Functions of a package that register plugin factories (write Registry[...] or call such a function)."""
        out: dict[str, GoFunc] = {}
        changed = True
        while changed:
            changed = False
            for name, f in pkg.funcs.items():
                if name in out:
                    continue
                if re.search(r"\bRegistry\[\w+\]\s*=", f.body) or any(
                        q == "" and n in out for q, n, _, _ in calls_in(f.body)):
                    out[name] = f
                    changed = True
        return out

    def _plugins(self, funcs: list[tuple[GoPackage, GoFunc]], framework: str, strict_source: str | None,
                 loader: GoPackage | None) -> dict[str, Any]:
        """Every plugin type the binary registers, with what its factory decodes from `parameters`."""
        plugins: dict[str, Any] = {}
        for pkg, f in funcs:
            for qual, name, args, _ in calls_in(f.body):
                if not name.startswith("Register") or qual == ".":
                    continue
                reg_pkg = self.ws.imported(f.file, qual) if qual else pkg
                if reg_pkg is None:
                    continue
                registry = self._registry_funcs(reg_pkg)
                if name not in registry or (reg_pkg is pkg and not f.recv and f.name in registry):
                    continue
                found = self._plugin_entry(pkg, f, reg_pkg, registry[name], args, framework, strict_source)
                if found is None:
                    continue
                ptype, entry = found
                if ptype in plugins and plugins[ptype] != entry:
                    entry["note"] = (entry.get("note", "") + "; " if entry.get("note") else "") + \
                        f"registered more than once (last wins), also at {plugins[ptype]['registeredAt']}"
                plugins[ptype] = entry
        for ptype, extra in self._loader_redecodes(loader, framework).items():
            if ptype in plugins:
                plugins[ptype]["alsoDecodedBy"] = extra
        return {k: plugins[k] for k in sorted(plugins)}

    def _plugin_entry(self, pkg: GoPackage, f: GoFunc, reg_pkg: GoPackage, register: GoFunc, args: list[str],
                      framework: str, strict_source: str | None) -> tuple[str, dict[str, Any]] | None:
        params = [p for p, _ in register.params]
        if len(params) != len(args):
            return None
        bound = dict(zip(params, args, strict=True))
        type_arg = next((bound[p] for p, t in register.params if p.lower().endswith("type") and t == "string"),
                        args[0])
        factory_arg = next((bound[p] for p, t in register.params if "Factory" in t), None)
        ptype = eval_string(self.ws, pkg, f.file, type_arg)
        if ptype is None:
            self.unresolved.append(f"plugin type {type_arg} registered in {f.file.label}")
            return None
        entry: dict[str, Any] = {"registeredAt": f.file.label}
        stability = bound.get("stability")
        entry["stability"] = eval_string(self.ws, reg_pkg, reg_pkg.files[0], stability.split(".")[-1]) \
            if stability else None
        factory = find_func(self.ws, pkg, f.file, factory_arg) if factory_arg else None
        entry["deprecated"] = self._plugin_deprecation(pkg, f, type_arg, bound, factory)
        if factory is None:
            entry.update({"source": None, "parameters": None, "strictParameters": False,
                          "note": f"factory {factory_arg} not resolved"})
            return ptype, entry
        owner = self.ws.package_of_file(factory.file.tree, factory.file.path) or pkg
        strict_helpers: set[str] = set()
        info = analyse_factory(self.ws, owner, factory, 1, framework, strict_helpers)
        entry["source"] = factory.file.label
        entry.update(summarize_factory(info, framework))
        if entry["strictParameters"]:
            helpers = set(strict_helpers)
            if framework == "decoder-strict" and strict_source:
                helpers.add(strict_source)
            entry["strictSource"] = " + ".join(sorted(helpers))
        return ptype, entry

    def _plugin_deprecation(self, pkg: GoPackage, f: GoFunc, type_arg: str, bound: dict[str, str],
                            factory: GoFunc | None) -> dict[str, Any] | None:
        """Deprecation of a plugin type: registered as deprecated, a 'Deprecated:' comment on its type constant,
        or a deprecation its factory logs."""
        if "deprecatedIn" in bound:
            return {"in": eval_string(self.ws, pkg, f.file, bound["deprecatedIn"]),
                    "removalIn": eval_string(self.ws, pkg, f.file, bound.get("scheduledRemovalIn", "")),
                    "replacement": eval_string(self.ws, pkg, f.file, bound.get("replacementType", ""))}
        decl = resolve_ident(self.ws, pkg, f.file, type_arg)
        dm = re.search(r"Deprecated:\s*(.*)", decl[1].file.doc_before(decl[1].pos + 1)) if decl else None
        if dm and decl:
            im = re.search(r"\b[Uu]se\s+([A-Z]\w*)", dm.group(1))
            value = eval_string(self.ws, decl[0], decl[1].file, im.group(1)) if im else None
            return {"replacement": value or replacement(dm.group(1))}
        if factory is not None and re.search(r"\"DEPRECATION:?\s", factory.body):
            return {"replacement": None, "loggedAt": factory.file.label}
        return None

    def _loader_redecodes(self, loader: GoPackage | None, framework: str) -> dict[str, Any]:
        """Plugin types whose parameters the loader also hands to another factory
        (`if spec.Type == T { v = spec.Parameters }` ... `F(name, v, handle)`)."""
        out: dict[str, Any] = {}
        if loader is None:
            return out
        for fn in loader.funcs.values():
            for m in re.finditer(r"spec\.Type\s*==\s*([\w.]+)\s*\{[^}]*?\b(\w+)\s*=\s*spec\.Parameters", fn.body):
                ptype = eval_string(self.ws, loader, fn.file, m.group(1))
                call = re.search(rf"([\w.]+)\(\s*[^,()]+,\s*{re.escape(m.group(2))}\s*,\s*handle\s*\)", fn.body)
                factory = find_func(self.ws, loader, fn.file, call.group(1)) if call else None
                if ptype is None or factory is None:
                    continue
                owner = self.ws.package_of_file(factory.file.tree, factory.file.path) or loader
                info = analyse_factory(self.ws, owner, factory, 1, framework, set())
                out[ptype] = {"by": factory.file.label, "at": fn.file.label, **summarize_factory(info, framework)}
        return out

    def _stability(self, funcs: list[tuple[GoPackage, GoFunc]]) -> dict[str, Any] | None:
        for _, f in funcs:
            m = re.search(r"(\w+)\.ValidatePluginStability\(", f.body)
            if not m:
                continue
            other = self.ws.imported(f.file, m.group(1))
            fn = other.funcs.get("ValidatePluginStability") if other else None
            if other is None or fn is None:
                continue
            levels = [eval_string(self.ws, other, fn.file, lv) for lv in
                      re.findall(r"==\s*(Stability\w+)", fn.body)]
            flag = re.search(r"flag\s+--([\w-]+)", fn.body)
            return {"rejected": sorted(v for v in levels if v), "unlessFlag": flag.group(1) if flag else None,
                    "source": fn.file.label, "checkedAt": f.file.label}
        return None

    def _epp_flags(self, main_pkg: GoPackage, funcs: list[tuple[GoPackage, GoFunc]]) -> dict[str, Any]:
        entry = options_entry(self.ws, main_pkg, (f for _, f in funcs))
        if entry is None:
            self.unresolved.append("epp flags: NewOptions()/AddFlags not found")
            return {}
        globals_ = go_global_flags(self.ws, main_pkg, self.unresolved)
        flags = collect_flags(self.ws, [entry], self.unresolved, globals_)
        rejected, _ = rejected_flags(self.ws, entry[0])
        for name in rejected:
            if name in flags:
                flags[name].rejected = True
        return flags_json(flags)

    def _objectives(self, funcs: list[tuple[GoPackage, GoFunc]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        manager = None
        for pkg, f in funcs:
            if re.search(r"&\w+\.InferencePool\{\}", f.body) and "ByObject" in f.body:
                manager = (pkg, f)
                break
        if manager is None:
            self.unresolved.append("epp: the manager cache options (InferencePool) not found")
            return out
        pkg, f = manager
        for kind, key in (("InferenceObjective", "objectives"), ("InferenceModelRewrite", "modelRewrites"),
                          ("InferencePool", "inferencePool")):
            m = re.search(rf"&(\w+)\.{kind}\{{\}}", f.body)
            if not m:
                continue
            api = self.ws.imported(f.file, m.group(1))
            if api is None:
                self.unresolved.append(f"epp: package of {kind} not read")
                continue
            gv = None
            gv_file = api.files[0]
            for var in ("SchemeGroupVersion", "GroupVersion"):
                gv = self._group_version(api, api.files[0], var)
                if gv:
                    gv_file = (api.vars.get(var) or api.consts[var]).file
                    break
            if gv is None:
                self.unresolved.append(f"epp: group/version of {kind} not resolved")
                continue
            group, version = gv.split("/")
            entry: dict[str, Any] = {"group": group, "version": version,
                                     "source": f"{f.file.label} + {gv_file.label}"}
            if kind != "InferencePool":
                entry["groupVersions"] = self._alternative_gvs(pkg, kind, gv)
            out[key] = entry
        return out

    def _alternative_gvs(self, server: GoPackage, kind: str, primary: str) -> dict[str, str]:
        """The group/versions the EPP looks up for a kind by discovery, in preference order (first found wins)."""
        gvs: dict[str, str] = {primary: "preferred"}
        for f in server.files:
            for m in re.finditer(r"(\w+)\s*=\s*schema\.GroupVersion\{\s*Group:\s*([^,]+),\s*Version:\s*([^}]+?)\s*\}",
                                 f.code):
                group = eval_string(self.ws, server, f, m.group(2)) if go_string(m.group(2).strip()) else None
                version = self._version_expr(server, f, m.group(3))
                if group and version and f"{group}/{version}" != primary:
                    gvs[f"{group}/{version}"] = "legacy"
        controller_msgs = "".join(x.raw for p in self.ws.loaded() for x in p.files if "DEPRECATION" in x.raw)
        for gv in list(gvs):
            if re.search(rf"DEPRECATION: apiVersion {re.escape(gv)}/{kind} is deprecated", controller_msgs):
                gvs[gv] = "deprecated"
        return gvs

    # ---- sidecar

    def sidecar(self) -> dict[str, Any]:
        main_pkg = self.main_package(SIDECAR_MAIN)
        entry = options_entry(self.ws, main_pkg, list(main_pkg.funcs.values()))
        out: dict[str, Any] = {"binary": self.router.label(SIDECAR_MAIN)}
        if entry is None:
            self.unresolved.append("sidecar flags: NewOptions()/AddFlags not found")
            return out
        globals_ = go_global_flags(self.ws, main_pkg, self.unresolved)
        flags = collect_flags(self.ws, [entry], self.unresolved, globals_)
        rejected, _ = rejected_flags(self.ws, entry[0])
        for name in rejected:
            if name in flags:
                flags[name].rejected = True
        validated_values(self.ws, entry[0], flags)
        out["flags"] = flags_json(flags)
        connectors: dict[str, Any] = {}
        for key, flag in (("kv", "kv-connector"), ("ec", "ec-connector")):
            if flag in flags and flags[flag].values is not None:
                connectors[key] = {"values": flags[flag].values, "flag": flag, "source": flags[flag].values_source}
        out["connectors"] = connectors
        out["configuration"] = self._sidecar_configuration(entry[0], flags)
        return out

    def _sidecar_configuration(self, pkg: GoPackage, flags: dict[str, Flag]) -> dict[str, Any] | None:
        for name, fns in sorted(pkg.methods.items()):
            for f in fns:
                m = re.search(r"(\w+)\.(UnmarshalStrict|Unmarshal)\(\s*\w+\s*,\s*&(\w+)\s*\)", f.body)
                if not m or self.ws.import_path(f.file, m.group(1)) not in ("sigs.k8s.io/yaml", "gopkg.in/yaml.v3",
                                                                             "gopkg.in/yaml.v2"):
                    continue
                typ = local_type(self.ws, pkg, f, m.group(3))
                if typ is None:
                    continue
                fields_ = type_fields(self.ws, typ[0], typ[1], typ[2])
                carriers = sorted(fl.name for fl in flags.values() if fl.target.split(".")[-1] in
                                  re.findall(r"opts\.(\w+)", f.body))
                return {"keys": fields_.names, "strict": m.group(2) == "UnmarshalStrict", "flags": carriers,
                        "source": f.file.label, "method": name}
        return None

    def extract(self) -> dict[str, Any]:
        data = {"release": self.tag, "sources": self.sources(), "images": self.images(), "epp": self.epp(),
                "sidecar": self.sidecar()}
        data["unresolved"] = sorted(set(self.unresolved))
        return data


def write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--router-git", required=True, help="bare git dir of llm-d/llm-d-router")
    ap.add_argument("--gaie-git", required=True, help="bare git dir of kubernetes-sigs/gateway-api-inference-extension")
    ap.add_argument("--module", action="append", default=[], metavar="MODULE=GIT_DIR",
                    help="another Go module's git dir, read at the version go.mod requires")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--release", action="append", choices=sorted(RELEASES), help="only these tags")
    args = ap.parse_args(argv)
    extra: dict[str, str] = {}
    for item in args.module:
        mod, sep, git_dir = item.partition("=")
        if not sep:
            ap.error(f"--module {item}: expected MODULE=GIT_DIR")
        extra[mod] = git_dir
    for tag in args.release or sorted(RELEASES, key=lambda t: [int(x) for x in t.lstrip("v").split(".")]):
        release = Release(tag, args.router_git, args.gaie_git, extra)
        try:
            data = release.extract()
        finally:
            release.close()
        write_json(args.out / f"{tag}.json", data)
        print(f"{tag}: {len(data['epp'].get('plugins', {}))} plugins, "
              f"{len(data['epp'].get('featureGates', {}).get('names', []))} feature gates, "
              f"{len(data['sidecar'].get('flags', {}))} sidecar flags, {len(data['unresolved'])} unresolved",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
