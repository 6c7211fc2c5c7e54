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

GAP = 0.4  # seconds the slow upstream waits between chunks (the disconnect test)


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


def gated_upstream(first_seen: threading.Event, released: list) -> Starlette:
    """Streams one chunk, then waits until the test has received it (up to 30 s) before the rest:
    a guard that held chunks back would make it wait the whole 30 s."""
    async def chat(request):
        async def gen():
            yield "data: " + json.dumps({"id": "s", "choices": [{"index": 0, "delta": {"content": "first"}}]}) + "\n\n"
            released.append(await asyncio.to_thread(first_seen.wait, 30))
            yield "data: " + json.dumps({"id": "s", "choices": [{"index": 0, "delta": {"content": " second"}}]}) + "\n\n"
            yield "data: [DONE]\n\n"
        return StreamingResponse(gen(), media_type="text/event-stream")
    return Starlette(routes=[Route("/v1/chat/completions", chat, methods=["POST"])])


def test_stream_chunks_pass_through_as_they_arrive(tmp_path):
    """Causal, not timed (so a loaded machine cannot fail it): the upstream produces its second
    chunk only after the client has the first, so the stream completes promptly only if the
    guard relays each chunk as it arrives."""
    first_seen, released = threading.Event(), []
    with Server(gated_upstream(first_seen, released)) as up:
        app = create_app(GuardConfig(upstream=f"http://127.0.0.1:{up.port}/v1", db=f"sqlite:///{tmp_path / 'g.db'}"))
        with Server(app) as guard:
            pieces = []
            body = {"model": "m", "stream": True, "messages": [{"role": "user", "content": "go"}]}
            with httpx.stream("POST", f"http://127.0.0.1:{guard.port}/v1/chat/completions", json=body, timeout=60) as r:
                for line in r.iter_lines():
                    if line.startswith("data: {"):
                        pieces.append(json.loads(line[6:])["choices"][0]["delta"]["content"])
                        first_seen.set()
    assert pieces == ["first", " second"]
    assert released == [True]  # the upstream was released by the client's first chunk, not by its 30 s timeout
    [call] = app.state.store.calls(app.state.store.session_summaries()[0]["id"])
    assert isinstance(call, Call) and call.response["choices"][0]["message"]["content"] == "first second"
    assert call.enforced == "after delivery"


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
    assert call.action == "log" and [f.monitor for f in store.flags([call.id])] == ["rules"]  # the default set, each monitor once
    assert call.response["choices"][0]["message"]["content"] == "first"  # what was produced before the hang-up


def test_the_real_upstream_client_keeps_no_cookie_follows_no_redirect_and_reads_raw(tmp_path):
    """The production upstream client (aiohttp, used when no test transport is given): a cookie
    the upstream sets never rides along on a later call, a redirect is not followed (it is an
    upstream error, not a reply), and the guard asks for an uncompressed reply."""
    from starlette.requests import Request
    from starlette.responses import JSONResponse, RedirectResponse

    seen: list = []

    async def chat(request: Request):
        seen.append((request.headers.get("cookie"), request.headers.get("accept-encoding")))
        if (await request.json())["messages"][-1]["content"] == "redirect":
            return RedirectResponse("/v1/elsewhere", status_code=307)
        response = JSONResponse({"id": "c", "object": "chat.completion", "created": 1, "model": "m", "choices": [
            {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "ok"}}]})
        response.set_cookie("upstream_session", "agent-a-secret")
        return response
    upstream = Starlette(routes=[Route("/v1/chat/completions", chat, methods=["POST"])])
    with Server(upstream) as up:
        app = create_app(GuardConfig(upstream=f"http://127.0.0.1:{up.port}/v1", db=f"sqlite:///{tmp_path / 'g.db'}"))
        with Server(app) as guard:
            statuses = [httpx.post(f"http://127.0.0.1:{guard.port}/v1/chat/completions", timeout=30,
                                   headers={"X-Session-Id": f"s-{text}"},
                                   json={"model": "m", "messages": [{"role": "user", "content": text}]}).status_code
                        for text in ("a", "b", "redirect")]
    assert seen == [(None, "identity")] * 3  # one request each: the redirect was not followed
    actions = [app.state.store.calls(f"s-{text}")[0].action for text in ("a", "b", "redirect")]
    assert statuses == [200, 200, 200] and actions == ["log", "log", "hold"]  # a 307 is unmeasured: held
