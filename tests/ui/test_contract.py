"""The narrow contract between editor, scene and items (issue 26): each reaches the others
only through their public methods, never by probing for what they happen to have, and
the tests do the same."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "costar_desktop" / "ui"
PARTS = [UI / "shell" / "editor.py", *sorted((UI / "canvas").glob("*.py"))]
TESTS = sorted((ROOT / "tests" / "ui").glob("*.py"))


def _private_reaches(path: Path) -> list[str]:
    """``obj._name`` where obj is not self or cls (dunders aside)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Attribute)
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
            and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))
        ):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno} {ast.unparse(node)}")
    return found


def _probes(path: Path) -> list[str]:
    """hasattr(...) and getattr(obj, "name", default): asking an object what it has."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and (node.func.id == "hasattr" or (node.func.id == "getattr" and len(node.args) == 3))
        ):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno} {ast.unparse(node)}")
    return found


def test_editor_scene_and_items_use_each_other_s_public_methods_only():
    assert [f for p in PARTS for f in _private_reaches(p)] == []


def test_the_ui_tests_use_public_methods_only():
    assert [f for p in TESTS for f in _private_reaches(p)] == []


def test_editor_scene_and_items_do_not_probe_each_other():
    assert [f for p in PARTS for f in _probes(p)] == []


def test_accessibility_and_the_view_import_in_one_direction():
    """view.py imports accessibility.py; accessibility.py does not import the view back,
    at the top or inside a function."""
    tree = ast.parse((UI / "canvas" / "accessibility.py").read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert "costar_desktop.ui.canvas.view" not in imported
    code = (
        "import costar_desktop.ui.canvas.accessibility as a, sys; "
        "assert 'costar_desktop.ui.canvas.view' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
