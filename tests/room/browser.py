"""A headless Chromium driven over its DevTools protocol, for the phone page's tests.

No selenium: Chromium prints its DevTools WebSocket address on stderr, and aiohttp's client
(already a dependency) speaks WebSocket. Chromium is told to use no proxy, to resolve no
name but 127.0.0.1 and to skip its background traffic, so it talks to the test's room and
nothing else.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
import json
import re
import shutil
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

#: How long a test waits at most for the page to get somewhere.
WAIT = 20.0
PHONE = {"width": 390, "height": 844}

INSTALL = (
    "Chromium is needed for the phone page's browser test and was not found. Install it "
    "with: sudo apt-get install -y chromium   (then: make test-browser)"
)


def chromium_path() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.fail(INSTALL, pytrace=False)


class Page:
    """One tab, reached through the browser's DevTools WebSocket (flat sessions)."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self._ws = ws
        self._ids = itertools.count(1)
        self._answers: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self._reader = asyncio.ensure_future(self._read())
        self.session: str | None = None
        self.console: list[str] = []

    async def _read(self) -> None:
        async for message in self._ws:
            if message.type != aiohttp.WSMsgType.TEXT:
                continue
            body = json.loads(message.data)
            if "id" in body and body["id"] in self._answers:
                self._answers.pop(body["id"]).set_result(body)
            elif body.get("method") == "Runtime.exceptionThrown":
                details = body["params"]["exceptionDetails"]
                self.console.append(json.dumps(details.get("exception", details))[:500])
            elif body.get("method") == "Runtime.consoleAPICalled":
                args = body["params"].get("args", [])
                self.console.append(" ".join(str(a.get("value", "")) for a in args)[:500])

    async def send(self, method: str, params: dict[str, Any] | None = None, *, browser=False):
        ident = next(self._ids)
        answer: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._answers[ident] = answer
        message: dict[str, Any] = {"id": ident, "method": method, "params": params or {}}
        if self.session and not browser:
            message["sessionId"] = self.session
        await self._ws.send_str(json.dumps(message))
        body = await asyncio.wait_for(answer, WAIT)
        if "error" in body:
            raise RuntimeError(f"{method}: {body['error']}")
        return body.get("result", {})

    async def open_tab(self) -> None:
        target = await self.send("Target.createTarget", {"url": "about:blank"}, browser=True)
        attached = await self.send(
            "Target.attachToTarget", {"targetId": target["targetId"], "flatten": True}, browser=True
        )
        self.session = attached["sessionId"]
        await self.send("Page.enable")
        await self.send("Runtime.enable")
        await self.send(
            "Emulation.setDeviceMetricsOverride",
            {**PHONE, "deviceScaleFactor": 1, "mobile": True},
        )

    async def goto(self, url: str) -> None:
        await self.send("Page.navigate", {"url": url})

    async def js(self, expression: str) -> Any:
        result = await self.send(
            "Runtime.evaluate", {"expression": expression, "returnByValue": True}
        )
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    async def wait_for(self, expression: str, what: str) -> Any:
        """Wait until ``expression`` is truthy in the page (at most :data:`WAIT` seconds)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + WAIT
        while True:
            with contextlib.suppress(RuntimeError):
                value = await self.js(expression)
                if value:
                    return value
            if loop.time() > deadline:
                raise AssertionError(f"The page never got to: {what} ({expression})")
            await asyncio.sleep(0.05)

    async def click(self, selector: str) -> None:
        """A real tap: the mouse pressed and released at the middle of the element."""
        box = await self.js(
            f"(function () {{ var e = document.querySelector({json.dumps(selector)});"
            " e.scrollIntoView({block: 'center'}); var r = e.getBoundingClientRect();"
            " return [r.left + r.width / 2, r.top + r.height / 2]; })()"
        )
        x, y = box
        for kind in ("mousePressed", "mouseReleased"):
            await self.send(
                "Input.dispatchMouseEvent",
                {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1},
            )

    async def type(self, selector: str, text: str) -> None:
        """Focus a field and type into it as a keyboard would (Input.insertText)."""
        await self.js(f"document.querySelector({json.dumps(selector)}).focus()")
        await self.send("Input.insertText", {"text": text})

    async def screenshot(self, path: Path) -> Path:
        shot = await self.send("Page.captureScreenshot", {"format": "png"})
        path.write_bytes(base64.b64decode(shot["data"]))
        return path


@contextlib.asynccontextmanager
async def chromium(profile: Path) -> AsyncIterator[Page]:
    """A headless Chromium with a fresh profile, and one tab in it; closed afterwards."""
    process = await asyncio.create_subprocess_exec(
        chromium_path(),
        "--headless",
        "--no-sandbox",  # CI runs as root
        "--disable-gpu",
        "--remote-debugging-address=127.0.0.1",
        "--remote-debugging-port=0",
        f"--user-data-dir={profile}",
        "--no-first-run",
        "--no-default-browser-check",
        "--no-proxy-server",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--disable-extensions",
        "--disable-domain-reliability",
        "--metrics-recording-only",
        "--mute-audio",
        "about:blank",
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        assert process.stderr is not None
        address = None
        while address is None:
            line = await asyncio.wait_for(process.stderr.readline(), WAIT)
            if not line:
                raise AssertionError("Chromium ended before it opened its DevTools port.")
            match = re.search(rb"DevTools listening on (ws://127\.0\.0\.1:\d+/\S+)", line)
            if match:
                address = match.group(1).decode()
        drain = asyncio.ensure_future(_drain(process.stderr))
        async with aiohttp.ClientSession(trust_env=False) as session:
            ws = await session.ws_connect(address, max_msg_size=64 << 20)
            page = Page(ws)
            try:
                await page.open_tab()
                yield page
            finally:
                page._reader.cancel()
                await ws.close()
        drain.cancel()
    finally:
        if process.returncode is None:
            process.terminate()
            try:
                await asyncio.wait_for(process.wait(), 10)
            except asyncio.TimeoutError:
                process.kill()
                await process.wait()


async def _drain(stream: asyncio.StreamReader) -> None:
    while await stream.readline():
        pass
