"""The package's shape: public APIs of jsii, constructs and cdk8s only, and no import cycle among its modules."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "modelservice_constructs"


def _modules() -> dict[str, Path]:
    """Module name -> file, the generated imports left out."""
    found: dict[str, Path] = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if parts[1:2] == ("imports",):
            continue
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def _imported(module: str, path: Path, node: ast.Import | ast.ImportFrom, modules: dict[str, Path]) -> set[str]:
    """The package's modules an import statement loads: the named ones and the packages above them."""
    if isinstance(node, ast.ImportFrom):
        package = module if path.name == "__init__.py" else module.rpartition(".")[0]
        base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
        target = (f"{base}.{node.module}" if node.module else base) if node.level else (node.module or "")
        names = [f"{target}.{alias.name}" for alias in node.names]
        candidates = [name if name in modules else target for name in names]
    else:
        candidates = [alias.name for alias in node.names]
    loaded: set[str] = set()
    for name in candidates:
        parts = name.split(".")
        loaded |= {".".join(parts[:i]) for i in range(2, len(parts) + 1) if ".".join(parts[:i]) in modules}
    return loaded


def _import_graph() -> dict[str, set[str]]:
    """Module -> the package's modules it imports anywhere (in functions too), but under ``if TYPE_CHECKING``."""
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for module, path in modules.items():
        edges: set[str] = set()

        def visit(node: ast.AST, module: str = module, path: Path = path, edges: set[str] = edges) -> None:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                for child in node.orelse:
                    visit(child)
                return
            if isinstance(node, ast.Import | ast.ImportFrom):
                edges.update(_imported(module, path, node, modules))
            for child in ast.iter_child_nodes(node):
                visit(child)

        visit(ast.parse(path.read_text()))
        # a module inside a package does not load that package by importing from it
        graph[module] = {m for m in edges if m != module and not module.startswith(m + ".")}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(graph[node]):
            if other not in index:
                connect(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return found


def test_no_import_cycle_among_the_modules_function_local_imports_included() -> None:
    graph = _import_graph()
    assert "modelservice_constructs.app_index" in graph["modelservice_constructs.gateway.inference_pool"]
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_the_package_uses_public_apis_of_jsii_constructs_and_cdk8s_only() -> None:
    private = re.compile(r"jsii\._|from jsii\._|_NodeProcess|_reference_map|_get_overides|__jsii_ref__|"
                         r"^\s*(jsii|constructs|cdk8s)(\.\w+)+\s*=[^=]|metaclass=", re.MULTILINE)
    found = [f"{path.relative_to(ROOT)}: {m.group(0).strip()}" for path in _modules().values()
             for m in private.finditer(path.read_text())]
    assert found == []
    for source in (ROOT / "scripts" / "plain_object").glob("*.ts"):
        assert ".prototype." not in source.read_text(), f"{source.name} replaces a method of a class it imports"
