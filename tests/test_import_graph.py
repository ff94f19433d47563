"""The package's imports: the core never imports Qt, and no two modules import each other
(directly or round a longer circle), counting imports made only for type checking and those
deferred into a function (a deferred import still ties the two modules together: it only
hides the circle until the function runs)."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.samples import ROOT

PACKAGE = ROOT / "netizen_editor"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def top_level_imports(path: Path) -> set[str]:
    """Every module named by an import at module level (inside ``if`` blocks too)."""
    names: set[str] = set()

    def visit(body: list[ast.stmt]) -> None:
        for node in body:
            if isinstance(node, ast.If | ast.Try):
                visit(node.body)
                visit(node.orelse)
            elif isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)

    visit(ast.parse(path.read_text(encoding="utf-8")).body)
    return names


def import_graph(*, deferred: bool = False) -> dict[str, set[str]]:
    """Which of the package's modules each module imports: at module level, or (``deferred``)
    anywhere in it, functions too."""
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    imports = every_import if deferred else top_level_imports
    return {
        name: {m for m in imports(path) if m in modules and m != name}
        for name, path in modules.items()
    }


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_import_circle():
    graph = import_graph()
    assert (
        "netizen_editor.gui.window.file_controller"
        in graph["netizen_editor.gui.window.main_window"]
    )
    assert circles(graph) == []


def test_no_import_circle_counting_deferred_imports():
    graph = import_graph(deferred=True)
    assert (
        "netizen_editor.gui.window.recovery_offer" in graph["netizen_editor.gui.window.main_window"]
    )  # a deferred import is counted
    assert circles(graph) == []


def test_the_circle_finder_finds_one():
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_a_deferred_import_closes_a_circle(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "a.py").write_text("from pkg.b import B\n", encoding="utf-8")
    (package / "b.py").write_text(
        "class B:\n    def run(self):\n        from pkg.a import run\n", encoding="utf-8"
    )
    names = ("pkg.a", "pkg.b")
    graph = {name: every_import(tmp_path / f"{name.replace('.', '/')}.py") & set(names)
             for name in names}  # fmt: skip
    assert circles(graph) == [["pkg.a", "pkg.b"]]


def test_the_core_never_imports_qt():
    offenders = [
        module_name(path)
        for path in PACKAGE.rglob("*.py")
        if "gui" not in path.relative_to(PACKAGE).parts
        and any(name.split(".")[0] == "PySide6" for name in top_level_imports(path))
    ]
    assert offenders == []


def every_import(path: Path) -> set[str]:
    """Every module named by an import anywhere in the file (functions too)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_only_the_desk_starts_worker_processes():
    """The frozen app goes without PyInstaller's multiprocessing hook (its imports cost every
    start ~20 ms; packaging/netizen-editor.spec): its launcher sends a spawned child and the
    resource tracker to their work itself (packaging/launcher.py). Only the desk's first
    listing of a big folder starts processes (desk/parallel.py), importing multiprocessing
    then; the entry point's child guard names it too."""
    entry = PACKAGE / "__main__.py"
    users = sorted(
        module_name(path)
        for path in PACKAGE.rglob("*.py")
        if path != entry
        and any(
            name == "multiprocessing"
            or name.startswith("multiprocessing.")
            or name == "concurrent.futures.ProcessPoolExecutor"
            for name in every_import(path)
        )
    )
    assert users == ["netizen_editor.desk.parallel"]
    assert "multiprocessing" in every_import(entry)  # the finder sees the guard's import
