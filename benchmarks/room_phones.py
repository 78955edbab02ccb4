"""200 simulated phones in one process, for bench_room.py (issue 31's load test).

``python benchmarks/room_phones.py PORT CODE SECONDS [PHONES]`` talks to 127.0.0.1 only.
Each phone joins, keeps a live WebSocket, writes notes and (while voting is open) gives and
takes back dots at random intervals, locks its screen now and then (its WebSocket closes,
it sends nothing, then reconnects), and has 5 % of its requests cut off after they were
sent, then sends them again with the same key until it hears an answer. At the end one JSON
line says what each phone was told: the notes received (by key and text), its dots as the
server last reported them, every send → "Received" time, and what failed.
"""

from __future__ import annotations

import asyncio
import json
import random
import sys
import time

import aiohttp

HOST = "127.0.0.1"
NOTES_PER_SECOND = 47.0
VOTES_PER_SECOND = 23.0
CUT_OFF = 0.05
LOCK_EVERY = 20.0  # seconds between a phone's screen locks, on average
LOCKED_FOR = (2.0, 5.0)


#: Requests waiting for an answer now, by route (printed to stderr while the run lasts).
IN_FLIGHT: dict[str, int] = {}
STATUSES: dict[str, int] = {}
DONE: list[int] = []


class Phone:
    def __init__(self, number: int, base: str, code: str, session: aiohttp.ClientSession):
        self.number = number
        self.base = base
        self.code = code
        self.session = session
        self.token = ""
        self.received: dict[str, str] = {}
        self.mine: dict[str, int] = {}
        self.left: int | None = None
        self.notes: list[str] = []
        self.voting = False
        self.locked = False
        self.latencies: list[float] = []
        self.refusals: dict[str, int] = {}
        self.resends = 0
        self.sent = 0

    async def join(self) -> None:
        body = {"code": self.code, "name": f"P{self.number}" if self.number % 2 else ""}
        async with self.session.post(f"{self.base}/join", json=body) as response:
            self.token = (await response.json())["token"]

    async def post_until_answered(self, path: str, body: dict) -> tuple[int, dict]:
        """Send, cut off 5 % of the sends, and send again with the same key until the
        server answers; the time counts from the first send."""
        started = time.perf_counter()
        IN_FLIGHT[path] = IN_FLIGHT.get(path, 0) + 1
        try:
            return await self._until_answered(path, body, started)
        finally:
            IN_FLIGHT[path] -= 1

    async def _until_answered(self, path: str, body: dict, started: float) -> tuple[int, dict]:
        while True:
            if random.random() < CUT_OFF:
                try:
                    request = self.session.post(f"{self.base}{path}", json=body)
                    cut = await asyncio.wait_for(request, timeout=random.uniform(0.0005, 0.003))
                    cut.release()  # answered too fast to cut: the phone never read it
                except (asyncio.TimeoutError, aiohttp.ClientError):
                    pass
                self.resends += 1
                continue
            try:
                async with self.session.post(f"{self.base}{path}", json=body) as response:
                    answer = await response.json()
                    status = response.status
            except aiohttp.ClientError:
                self.resends += 1
                await asyncio.sleep(0.2)
                continue
            STATUSES[str(status)] = STATUSES.get(str(status), 0) + 1
            if status == 503:  # not saved yet: the phone keeps it and sends again
                self.resends += 1
                await asyncio.sleep(0.2)
                continue
            if status == 429:
                self.refusals["429"] = self.refusals.get("429", 0) + 1
                await asyncio.sleep(float(response.headers.get("Retry-After", "1")))
                continue
            self.latencies.append(time.perf_counter() - started)
            return status, answer

    async def write(self, count: int) -> None:
        key = f"n{self.number}x{count}"
        text = f"Phone {self.number} note {count} ({key})"
        self.sent += 1
        status, answer = await self.post_until_answered(
            "/notes", {"token": self.token, "key": key, "text": text}
        )
        if status == 200 and answer.get("status") in ("received", "already received"):
            self.received[key] = text
        else:
            self.refusals[str(status)] = self.refusals.get(str(status), 0) + 1

    async def vote(self, count: int) -> None:
        if not self.voting or not self.notes:
            return
        give = (self.left is None or self.left > 0) and (not self.mine or random.random() < 0.6)
        note = random.choice(self.notes) if give else random.choice(list(self.mine))
        status, answer = await self.post_until_answered(
            "/votes",
            {"token": self.token, "key": f"v{self.number}x{count}", "note": note, "give": give},
        )
        if status == 200:
            if "left" in answer:
                self.left, self.mine = answer["left"], dict(answer.get("mine", {}))
        else:
            self.refusals[str(status)] = self.refusals.get(str(status), 0) + 1

    async def live(self, until: float) -> None:
        """Keep the live connection while the screen is on; read the room's state."""
        while time.monotonic() < until:
            if self.locked:
                await asyncio.sleep(0.2)
                continue
            try:
                async with self.session.ws_connect(f"{self.base.replace('http', 'ws')}/live") as ws:
                    await ws.send_json({"token": self.token})
                    async for message in ws:
                        if message.type != aiohttp.WSMsgType.TEXT:
                            break
                        data = json.loads(message.data)
                        if data.get("type") == "state":
                            self.voting = bool(data.get("voting"))
                            self.notes = [n["id"] for n in data.get("notes", [])]
                        if self.locked or time.monotonic() >= until:
                            break
            except aiohttp.ClientError:
                await asyncio.sleep(0.5)

    async def run(self, until: float, phones: int) -> None:
        notes_each = NOTES_PER_SECOND / phones
        votes_each = VOTES_PER_SECOND / phones
        live = asyncio.ensure_future(self.live(until))
        next_lock = time.monotonic() + random.expovariate(1 / LOCK_EVERY)
        count = 0
        while time.monotonic() < until:
            rate = notes_each + votes_each
            await asyncio.sleep(random.expovariate(rate))
            if time.monotonic() >= next_lock:
                self.locked = True
                await asyncio.sleep(random.uniform(*LOCKED_FOR))
                self.locked = False
                next_lock = time.monotonic() + random.expovariate(1 / LOCK_EVERY)
            count += 1
            if random.random() < notes_each / rate:
                await self.write(count)
            else:
                await self.vote(count)
        live.cancel()
        DONE.append(self.number)

    def report(self) -> dict:
        return {
            "token": self.token,
            "received": self.received,
            "mine": self.mine,
            "left": self.left,
            "latencies": self.latencies,
            "refusals": self.refusals,
            "resends": self.resends,
            "sent": self.sent,
        }


async def main(port: int, code: str, seconds: float, count: int) -> dict:
    base = f"http://{HOST}:{port}"
    connector = aiohttp.TCPConnector(limit=0, force_close=False)
    async with aiohttp.ClientSession(connector=connector, trust_env=False) as session:
        phones = [Phone(i + 1, base, code, session) for i in range(count)]
        await asyncio.gather(*(p.join() for p in phones))
        until = time.monotonic() + seconds

        async def tell() -> None:
            while True:
                await asyncio.sleep(5)
                print(
                    f"{time.monotonic() - until:+.0f} s",
                    "in flight",
                    IN_FLIGHT,
                    "answers",
                    STATUSES,
                    "done",
                    len(DONE),
                    file=sys.stderr,
                    flush=True,
                )

        telling = asyncio.ensure_future(tell())
        await asyncio.gather(*(p.run(until, count) for p in phones))
        telling.cancel()
    return {"phones": [p.report() for p in phones]}


if __name__ == "__main__":
    random.seed(31)
    port, code, seconds = int(sys.argv[1]), sys.argv[2], float(sys.argv[3])
    count = int(sys.argv[4]) if len(sys.argv) > 4 else 200
    print(json.dumps(asyncio.run(main(port, code, seconds, count))))
