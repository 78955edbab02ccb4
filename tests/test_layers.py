"""core, storage, room, report and output never import Qt: they must run on a machine
without a display."""

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import costar_desktop

PACKAGE_DIR = Path(costar_desktop.__file__).parent
# report/ joins this list as soon as it exists (it is checked the same way).
QT_FREE = tuple(
    layer
    for layer in ("core", "storage", "room", "report", "output")
    if (PACKAGE_DIR / layer).is_dir()
)


def _modules(layer: str) -> list[str]:
    base = PACKAGE_DIR / layer
    return [f"costar_desktop.{layer}"] + [
        f"costar_desktop.{layer}.{m.name}" for m in pkgutil.iter_modules([str(base)])
    ]


def test_core_and_storage_are_among_the_checked_layers():
    assert {"core", "storage", "room", "report", "output"} <= set(QT_FREE)


def test_qt_free_layers_do_not_import_pyside6_at_run_time():
    modules = [m for layer in QT_FREE for m in _modules(layer)] + ["costar_desktop.paths"]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_qt_free_layers_have_no_pyside6_import_statement():
    offenders = []
    for layer in QT_FREE:
        for path in (PACKAGE_DIR / layer).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                names = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                if any(
                    n.split(".")[0] in ("PySide6", "shiboken6", "costar_desktop.ui")
                    or n.startswith("costar_desktop.ui")
                    for n in names
                ):
                    offenders.append(f"{path.relative_to(PACKAGE_DIR)}: {names}")
    assert offenders == []


def test_the_cli_tools_do_not_load_qt():
    code = (
        "import sys\n"
        "from costar_desktop import cli\n"
        "import costar_desktop.core.export, costar_desktop.core.demo\n"
        "print(any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "False", out.stderr
