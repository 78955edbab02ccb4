"""report/ has no import cycle: the builders import the page machinery (pages.py), and only
build.py chooses a builder. Imports inside functions count too: a lazy import hides a cycle
from Python, not from a reader."""

from __future__ import annotations

import ast
from pathlib import Path

import costar_desktop.report as report

REPORT_DIR = Path(report.__file__).parent
PACKAGE = "costar_desktop.report"
BUILDERS = ("action_plan", "easy_read", "templates", "workshop_report", "programme")


def _imports(name: str, modules: set[str]) -> set[str]:
    """The modules of report/ that module ``name`` imports, anywhere in it."""
    path = REPORT_DIR / ("__init__.py" if name == "__init__" else f"{name}.py")
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == PACKAGE:  # from costar_desktop.report import bidi / KINDS
                found |= {a.name if a.name in modules else "__init__" for a in node.names}
            elif node.module.startswith(PACKAGE + "."):
                found.add(node.module.split(".")[2])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith(PACKAGE + "."):
                    found.add(alias.name.split(".")[2])
    found.discard(name)
    return found


def _graph() -> dict[str, set[str]]:
    modules = {p.stem for p in REPORT_DIR.glob("*.py")}
    return {m: _imports(m, modules) for m in modules}


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle as a list of modules, or [] when there is none."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(m: str) -> list[str]:
        state[m] = 1
        path.append(m)
        for n in sorted(graph.get(m, ())):
            if state.get(n) == 1:
                return path[path.index(n) :] + [n]
            if n not in state:
                found = visit(n)
                if found:
                    return found
        state[m] = 2
        path.pop()
        return []

    for m in sorted(graph):
        if m not in state:
            found = visit(m)
            if found:
                return found
    return []


def test_report_has_no_import_cycle():
    assert _cycle(_graph()) == []


def test_the_cycle_finder_finds_one():
    assert _cycle(
        {"build": {"action_plan"}, "action_plan": {"pages", "build"}, "pages": set()}
    ) == ["action_plan", "build", "action_plan"]


def test_builders_take_the_page_machinery_from_pages_not_build():
    graph = _graph()
    for builder in BUILDERS:
        assert "build" not in graph[builder], builder
    assert "pages" in graph["action_plan"] and "pages" in graph["workshop_report"]
    assert {m for m, deps in graph.items() if "build" in deps} == {"__init__"}
    # pages.py knows no builder and no dispatcher.
    assert not graph["pages"] & {*BUILDERS, "build", "__init__"}


def test_progress_is_public():
    from costar_desktop.report.pages import Progress

    calls: list[float] = []
    tracker = Progress(calls.append, 0.5, 1.0)
    tracker.total = 2
    tracker.step()
    tracker.step()
    assert calls == [0.75, 1.0]
