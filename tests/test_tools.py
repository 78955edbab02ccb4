"""The tools that hold the project's rules, run from the test suite.

`make lint` runs all of them (ruff, the formatter, import-linter, mypy); the import
contracts in pyproject.toml are also checked here, so `make test` keeps the layers
(docs/architecture.md) before the whole of `make lint` does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _tool(name: str) -> str:
    """The console script installed beside this Python (the venv's)."""
    script = Path(sys.executable).parent / name
    return str(script if script.exists() else name)


def test_the_import_contracts_are_kept():
    # From the checkout's root: import-linter puts the working directory first on the path,
    # so it reads this checkout's package, and pyproject.toml holds the contracts.
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [_tool("lint-imports"), "--no-cache"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-2000:]
    assert "0 broken" in out.stdout
