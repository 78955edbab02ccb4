"""Promise (issue 31): no socket at all while the room is closed; while it is open, one
listening socket on the chosen address and the connections phones make to it; never an
outbound connection.

The real app runs in a child (tests/reliability/netwatch.py ``--room``) with a kernel
filter that stops any connect() and any UDP socket from any code in it, opens its room on
127.0.0.1 and waits for a note; this test is the phone. Every internet socket the child
holds is listed before the room opens, while the phone is connected, and after it closes.
"""

from __future__ import annotations

import json
import platform
import socket
import subprocess
import sys
import urllib.request

from tests.reliability.harness import ROOT, child_env
from tests.room.conftest import no_network  # noqa: F401 - this module may use 127.0.0.1 only

LOOPBACK_HEX = "0100007F"  # 127.0.0.1 as /proc/net/tcp writes it
LISTEN, ESTABLISHED = "0A", "01"


def _post(port: int, path: str, body: dict) -> dict:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
    )
    with opener.open(request, timeout=20) as response:
        return json.loads(response.read())


def test_the_room_listens_on_its_address_alone_and_never_connects_out(demo_file, tmp_path):
    env = child_env(data_dir=tmp_path / "data", config_dir=tmp_path / "config")
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.reliability.netwatch",
            "--room",
            str(demo_file),
            str(tmp_path),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = child.stdout.readline()
        assert line.startswith("ROOM "), line + child.stderr.read()
        _, port, code = line.split()
        port = int(port)
        idle = socket.create_connection(("127.0.0.1", port))  # a phone that stays connected
        try:
            token = _post(port, "/join", {"code": code})["token"]
            answer = _post(port, "/notes", {"token": token, "key": "k", "text": "Seen by netwatch"})
            assert answer == {"status": "received"}
            out, err = child.communicate(timeout=60)
        finally:
            idle.close()
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == 0, err
    report = json.loads(out.splitlines()[-1])
    room = report["room"]
    linux = platform.system() == "Linux" and platform.machine() in ("x86_64", "aarch64")
    assert report["seccomp"] == linux
    assert "Current thread" not in err, err  # nothing stopped by the kernel
    assert room["inbox"] == ["Seen by netwatch"]
    # Closed: nothing at all.
    assert room["before"] == [] and room["closed"] == [] and room["after"] == []
    # Open: one listening socket, on 127.0.0.1 and the room's port; every other socket is
    # a connection a phone made to that port.
    here = f"{LOOPBACK_HEX}:{port:04X}"
    listening = [s for s in room["open"] if s["state"] == LISTEN]
    assert [(s["kind"], s["local"]) for s in listening] == [("tcp", here)]
    others = [s for s in room["open"] if s["state"] != LISTEN]
    assert others and all(s["local"] == here and s["kind"] == "tcp" for s in others), room["open"]
    # Python code never connected, sent or looked anything up but the chosen address.
    events = report["python_events"]
    assert not [
        e
        for e in events
        if e.startswith(("socket.connect", "socket.sendto", "urllib", "http.client"))
    ], events
    looked_up = [e for e in events if e.startswith(("socket.getaddrinfo", "socket.gethostby"))]
    assert all("'127.0.0.1'" in e for e in looked_up), looked_up
    binds = [e for e in events if e.startswith("socket.bind")]
    assert binds and all("'127.0.0.1'" in e for e in binds), binds
