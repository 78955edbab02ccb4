"""Promise: a damaged or foreign file never crashes or hangs the app: opening it either works
or ends in our own plain message (a StorageError), and a refused file is left byte for byte
as it was.

Hypothesis mutates valid workshop files (flipped and overwritten bytes, zeroed or copied
pages, cut or lengthened files, header fields set to odd values) and a child process opens
each one exactly as the window does (open, then read everything). The child is a
watchdog: if it dies, or takes over 2 s on one file, the example fails.
"""

from __future__ import annotations

import functools
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from costar_desktop.storage import errors
from tests.reliability.harness import V1_FILE, Child, ChildServer

HANG_SECONDS = 2.0
OUR_ERRORS = {
    name
    for name in dir(errors)
    if isinstance(getattr(errors, name), type)
    and issubclass(getattr(errors, name), errors.StorageError)
}

#: Header fields worth lying about: (offset, size).
HEADER_FIELDS = [
    (16, 2),
    (18, 1),
    (19, 1),
    (20, 1),
    (21, 1),
    (24, 4),
    (28, 4),
    (32, 4),
    (36, 4),
    (40, 4),
    (44, 4),
    (48, 4),
    (52, 4),
    (56, 4),
    (60, 4),
    (64, 4),
    (68, 4),
    (92, 4),
    (96, 4),
]

flip = st.tuples(st.just("flip"), st.integers(0, 200_000), st.integers(1, 255))
overwrite = st.tuples(
    st.just("overwrite"), st.integers(0, 200_000), st.binary(min_size=1, max_size=64)
)
zero = st.tuples(st.just("zero"), st.integers(0, 200_000), st.integers(1, 3 * 4096))
cut = st.tuples(st.just("cut"), st.integers(0, 200_000), st.just(0))
grow = st.tuples(st.just("grow"), st.binary(min_size=1, max_size=5000), st.just(0))
copy_page = st.tuples(st.just("copy_page"), st.integers(0, 40), st.integers(0, 40))
header = st.tuples(st.just("header"), st.sampled_from(HEADER_FIELDS), st.integers(0, 2**32 - 1))
mutation = st.one_of(flip, overwrite, zero, cut, grow, copy_page, header)


def mutate(data: bytes, steps) -> bytes:
    out = bytearray(data)
    for kind, a, b in steps:
        if not out and kind not in ("grow",):
            continue
        if kind == "flip":
            out[a % len(out)] ^= b
        elif kind == "overwrite":
            at = a % len(out)
            out[at : at + len(b)] = b
        elif kind == "zero":
            at = a % len(out)
            out[at : at + b] = bytes(min(b, len(out) - at))
        elif kind == "cut":
            del out[a % (len(out) + 1) :]
        elif kind == "grow":
            out += a
        elif kind == "copy_page":
            pages = max(1, len(out) // 4096)
            src, dst = (a % pages) * 4096, (b % pages) * 4096
            out[dst : dst + 4096] = out[src : src + 4096]
        elif kind == "header":
            (offset, size), value = a, b
            out[offset : offset + size] = (value % (1 << (8 * size))).to_bytes(size, "big")
    return bytes(out)


@pytest.fixture(scope="module")
def server():
    s = ChildServer("fuzz-server", HANG_SECONDS)
    yield s
    s.close()


@functools.cache
def valid_file(base: str) -> bytes:
    """The bytes of a valid workshop: the current format, or a real version 1 file."""
    if base == "version 1":
        return V1_FILE.read_bytes()
    from costar_desktop.core.demo import demo_workshop
    from costar_desktop.storage import WorkshopFile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "current.costar"
        WorkshopFile.create(path, data=demo_workshop()).close()
        return path.read_bytes()


@settings(
    max_examples=int(os.environ.get("COSTAR_FUZZ_EXAMPLES", "200")),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    base=st.sampled_from(["current", "version 1"]), steps=st.lists(mutation, min_size=1, max_size=4)
)
def test_any_mutated_file_opens_or_is_refused_plainly(server, tmp_path_factory, base, steps):
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / "mutated.costar"
    data = mutate(valid_file(base), steps)
    path.write_bytes(data)
    answer = server.ask(path)
    assert answer["outcome"] in ("opened", "refused"), answer
    if answer["outcome"] == "refused":
        assert answer["error"] in OUR_ERRORS, answer
        assert answer["message"] and "mutated.costar" in answer["message"], answer
        assert path.read_bytes() == data, "a refused file was changed"
        assert sorted(p.name for p in folder.iterdir()) == ["mutated.costar"]
    elif base == "current":  # opened, no upgrade: at most SQLite mends its own header
        assert path.read_bytes()[100:] == data[100:], "opening changed the workshop's pages"
    shutil.rmtree(folder)


def test_the_watchdog_catches_a_hang(server, tmp_path, monkeypatch):
    """The fuzzer's guard works: a child that stops answering is reported, not waited for."""
    path = tmp_path / "x.costar"
    path.write_bytes(b"")
    monkeypatch.setattr(server, "hang_seconds", 0.0)
    server.close()
    server.child = Child("fuzz-server")
    server.child.expect("WARM")  # no GO: the child never reads the path, so never answers
    assert server.ask(path) == {"outcome": "hung"}
    assert server.child is None
