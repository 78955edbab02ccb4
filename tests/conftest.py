"""Shared test set-up: a private data and settings folder, headless Qt, no network."""

from __future__ import annotations

import os
import socket
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

# Reproducible property tests: the same examples on every run and machine, no example
# database, no deadline (slow machines; the fuzzer has its own 2 s hang guard). Set
# HYPOTHESIS_PROFILE=explore to search with fresh random examples.
hypothesis_settings.register_profile(
    "ci", derandomize=True, database=None, deadline=None, print_blob=True
)
hypothesis_settings.register_profile("explore", deadline=None, max_examples=2000)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# Before anything imports Qt: run headless, and keep settings and data out of the user's home.
_SANDBOX = Path(tempfile.mkdtemp(prefix="costar-tests-"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "config")
os.environ["COSTAR_DATA_DIR"] = str(_SANDBOX / "data")


class NetworkUsed(AssertionError):
    pass


def _refuse(*args, **kwargs):
    raise NetworkUsed(f"CoStar Desktop must not use the network (attempted with {args[1:]!r})")


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Any attempt by our code (or a library it calls) to reach a network fails the test."""
    monkeypatch.setattr(socket.socket, "connect", _refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", _refuse)
    monkeypatch.setattr(socket.socket, "bind", _refuse)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)


@pytest.fixture(autouse=True)
def own_data_folder(tmp_path_factory, monkeypatch):
    """Each test gets its own data folder, so backups of the sample never mix between tests."""
    monkeypatch.setenv("COSTAR_DATA_DIR", str(tmp_path_factory.mktemp("data")))


@pytest.fixture
def demo_data():
    from costar_desktop.core.demo import demo_workshop

    return demo_workshop()


@pytest.fixture
def demo_file(tmp_path, demo_data) -> Path:
    """A closed sample workshop file in a temporary folder."""
    from costar_desktop.storage import WorkshopFile

    path = tmp_path / "demo.costar"
    WorkshopFile.create(path, data=demo_data).close()
    return path
