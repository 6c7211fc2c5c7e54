"""Deployment guard over real sockets (uvicorn on loopback): streamed chunks reach the client as
the upstream produces them, not after the stream ends."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.responses import StreamingResponse
from starlette.routing import Route

from schemeguard.guard import GuardConfig, create_app
from schemeguard.guard.store import Call

GAP = 0.4  # seconds the slow upstream waits between chunks


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A uvicorn server in a thread, started and stopped by the test."""

    def __init__(self, app) -> None:
        self.port = _free_port()
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="error",
                                                    access_log=False, lifespan="on"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "Server":
        self.thread.start()
        deadline = time.time() + 10
        while not self.server.started:
            assert time.time() < deadline, "server did not start"
            time.sleep(0.02)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(10)


def slow_upstream() -> Starlette:
    async def chat(request):
        async def gen():
            for piece in ("first", " second"):
                yield "data: " + json.dumps({"id": "s", "choices": [{"index": 0, "delta": {"content": piece}}]}) + "\n\n"
                await asyncio.sleep(GAP)
            yield "data: [DONE]\n\n"
        return StreamingResponse(gen(), media_type="text/event-stream")
    return Starlette(routes=[Route("/v1/chat/completions", chat, methods=["POST"])])


def test_stream_chunks_pass_through_as_they_arrive(tmp_path):
    with Server(slow_upstream()) as up:
        app = create_app(GuardConfig(upstream=f"http://127.0.0.1:{up.port}/v1", db=f"sqlite:///{tmp_path / 'g.db'}"))
        with Server(app) as guard:
            started = time.perf_counter()
            arrivals = []
            body = {"model": "m", "stream": True, "messages": [{"role": "user", "content": "go"}]}
            with httpx.stream("POST", f"http://127.0.0.1:{guard.port}/v1/chat/completions", json=body, timeout=10) as r:
                for line in r.iter_lines():
                    if line.startswith("data: {"):
                        arrivals.append(time.perf_counter() - started)
            total = time.perf_counter() - started
    assert len(arrivals) == 2
    assert arrivals[0] < GAP * 0.75 and total >= 2 * GAP  # first chunk long before the stream ended
    [call] = app.state.store.calls(app.state.store.session_summaries()[0]["id"])
    assert isinstance(call, Call) and call.response["choices"][0]["message"]["content"] == "first second"


def test_client_disconnecting_mid_stream_still_gets_the_call_monitored(tmp_path):
    with Server(slow_upstream()) as up:
        app = create_app(GuardConfig(upstream=f"http://127.0.0.1:{up.port}/v1", db=f"sqlite:///{tmp_path / 'g.db'}"))
        store = app.state.store
        with Server(app) as guard:
            body = {"model": "m", "stream": True, "messages": [{"role": "user", "content": "go"}]}
            with httpx.stream("POST", f"http://127.0.0.1:{guard.port}/v1/chat/completions", json=body, timeout=10) as r:
                for line in r.iter_lines():
                    if line.startswith("data: {"):
                        break  # hang up after the first chunk
            sid = store.session_summaries()[0]["id"]
            deadline = time.time() + 5
            while store.calls(sid)[0].action == "unmonitored" and time.time() < deadline:
                time.sleep(0.05)
            [call] = store.calls(sid)
    assert call.action == "log" and [f.monitor for f in store.flags([call.id])] == ["rules", "tool_writes"]
    assert call.response["choices"][0]["message"]["content"] == "first"  # what was produced before the hang-up
