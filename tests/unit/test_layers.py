"""The shape of the code: no import cycles, Qt only in the interface, the store's private names only in the store,
no module over 500 lines."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "licdesk"


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        found[name.removesuffix(".__init__")] = path
    return found


def _type_checking_lines(tree: ast.AST) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for inner in node.body:
                lines.update(range(inner.lineno, (inner.end_lineno or inner.lineno) + 1))
    return lines


def _imports(modules: dict[str, Path]) -> dict[str, set[str]]:
    """Every licdesk module each module imports, at the top or inside a function; for typing only does not count,
    nor does a module naming its own package (the package's list of what it offers)."""
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        typing_only = _type_checking_lines(tree)
        for node in ast.walk(tree):
            if getattr(node, "lineno", None) in typing_only:
                continue
            targets: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("licdesk"):
                targets = [f"{node.module}.{alias.name}" for alias in node.names] + [node.module]
            elif isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            for target in targets:
                if target in modules and target != name and not name.startswith(target + "."):
                    graph[name].add(target)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in graph[node]:
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                other = stack.pop()
                component.append(other)
                if other == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in graph:
        if node not in index:
            visit(node)
    return cycles


def test_no_import_cycles() -> None:
    graph = _imports(_modules())
    # A package's __init__ that names its modules is not a cycle with them.
    assert _cycles(graph) == []


def test_qt_only_in_the_interface() -> None:
    outside = [name for name, path in _modules().items()
               if not name.startswith("licdesk.ui") and name != "licdesk.__main__"
               and re.search(r"^\s*(from|import) (PySide6|shiboken6)", path.read_text(encoding="utf-8"), re.M)]
    assert outside == []


def test_the_stores_private_names_stay_in_the_store() -> None:
    private = re.compile(r"\bstore\._[a-z]\w*|\._conn\b|\._transaction\(|\._save_in\(|\._attach_in\(")
    found = [f"{name}: {match.group()}" for name, path in _modules().items() if not name.startswith("licdesk.store")
             for match in private.finditer(path.read_text(encoding="utf-8"))]
    assert found == []


def test_modules_are_small_and_the_main_window_smaller() -> None:
    sizes = {name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in _modules().items()}
    assert {name: size for name, size in sizes.items() if size > 500} == {}
    assert sizes["licdesk.ui.main_window"] <= 400
