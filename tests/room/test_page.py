"""The phone page's three files are served from a fixed list read at start, with a charset
and the policy; nothing else of the disk is reachable."""

from __future__ import annotations

import pytest

from costar_desktop.room import RoomServer
from costar_desktop.room.server import CONTENT_SECURITY_POLICY, PAGE_FILES, page_dir
from tests.room.conftest import LOOPBACK, App, Client


@pytest.mark.parametrize(
    ("path", "name", "kind"),
    [
        ("/", "index.html", "text/html; charset=utf-8"),
        ("/app.js", "app.js", "text/javascript; charset=utf-8"),
        ("/style.css", "style.css", "text/css; charset=utf-8"),
    ],
)
def test_the_pages_files_are_served_with_a_charset_and_the_policy(server, client, path, name, kind):
    status, body, headers = client.get(path, raw=True)
    assert status == 200
    assert body == (page_dir() / name).read_bytes() and body
    assert headers["Content-Type"] == kind
    assert headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Server"] == "CoStar"  # not aiohttp's name and version


def test_the_files_are_read_once_at_start(tmp_path, app: App):
    for name, _kind in PAGE_FILES.values():
        (tmp_path / name).write_text(f"first {name}", encoding="utf-8")
    room = RoomServer(app.on_note, host=LOOPBACK, port=0, page=tmp_path)
    room.start()
    try:
        (tmp_path / "index.html").write_text("changed", encoding="utf-8")
        (tmp_path / "secret.txt").write_text("secret", encoding="utf-8")
        client = Client(room.port)
        assert client.get("/", raw=True)[1] == b"first index.html"
        assert client.get("/secret.txt")[0] == 404
    finally:
        assert room.stop()


def test_a_missing_page_file_is_reported_by_start(tmp_path, app: App):
    room = RoomServer(app.on_note, host=LOOPBACK, port=0, page=tmp_path)
    with pytest.raises(FileNotFoundError):
        room.start()
    assert not room.running


@pytest.mark.parametrize(
    "path",
    ["/index.html", "/room/app.js", "/%2e%2e/pyproject.toml", "/app.js%00", "//style.css", "/.."],
)
def test_no_other_path_reaches_the_disk(server, client, path):
    status, body, _ = client.get(path)
    assert status == 404 and set(body) == {"error"}


def test_the_page_is_only_read(server, client):
    assert client.post("/", {})[0] == 405
    assert client.post("/app.js", {})[0] == 405


def test_the_page_keeps_to_what_old_phones_and_the_policy_allow():
    """No inline script or style (the CSP refuses them), nothing from elsewhere, nothing
    newer than ES5 in the script, and no HTML made from strings."""
    import re

    html = (page_dir() / "index.html").read_text(encoding="utf-8")
    script = (page_dir() / "app.js").read_text(encoding="utf-8")
    style = (page_dir() / "style.css").read_text(encoding="utf-8")
    assert re.findall(r"<script\b[^>]*>", html) == ['<script src="app.js">']
    assert not re.search(r"\son[a-z]+\s*=|\sstyle\s*=|<style\b", html, re.IGNORECASE)
    assert not re.search(r"(https?:)?//[a-z0-9]", html + style, re.IGNORECASE)
    code = re.sub(r"/\*.*?\*/|//[^\n]*", "", script, flags=re.DOTALL)
    for newer in (r"=>", r"\blet\s", r"\bconst\s", r"`", r"\bclass\s", r"\bfetch\(", r"\.\.\."):
        assert not re.search(newer, code), newer
    for unsafe in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert unsafe not in code, unsafe
