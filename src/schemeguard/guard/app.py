"""The guard server (Starlette): OpenAI-compatible proxy + dashboard.

Keys: the upstream key comes from $SCHEMEGUARD_UPSTREAM_API_KEY; a client must present
$SCHEMEGUARD_GUARD_API_KEY (when set) as `Authorization: Bearer ...`. Neither is stored or logged:
only bodies are stored, and the client's header is dropped before forwarding.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import json
import logging
import os
import time
from dataclasses import dataclass, field
from typing import Any, AsyncIterator
from urllib.parse import parse_qs

import httpx
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from schemeguard.guard import dashboard
from schemeguard.guard.monitoring import AsyncMonitor, Scored, inline_monitors, max_score, score_async, score_call
from schemeguard.guard.policy import SEVERITY, GuardPolicy
from schemeguard.guard.store import Store
from schemeguard.monitors.base import MonitorResult
from schemeguard.guard.transcript import StreamAccumulator, response_message, split_reasoning, transcript_of

log = logging.getLogger("schemeguard.guard")
UPSTREAM_KEY_ENV = "SCHEMEGUARD_UPSTREAM_API_KEY"
GUARD_KEY_ENV = "SCHEMEGUARD_GUARD_API_KEY"


@dataclass
class GuardConfig:
    upstream: str  # e.g. http://host:8000/v1
    db: str = "sqlite:///guard.db"
    policy: GuardPolicy = field(default_factory=GuardPolicy)
    timeout: float = 600.0
    transport: httpx.AsyncBaseTransport | None = None  # tests: an in-process upstream
    async_monitors: list[AsyncMonitor] = field(default_factory=list)  # besides the policy's judge


def error(status: int, message: str, kind: str) -> JSONResponse:
    """An OpenAI-shaped error body."""
    return JSONResponse({"error": {"message": message, "type": kind, "code": status}}, status_code=status)


def session_id_of(request: Request, body: dict[str, Any]) -> str:
    """X-Session-Id, else a hash of the conversation's opening (system + first user message)."""
    sid = request.headers.get("x-session-id")
    if sid:
        return sid[:128]
    opening = [m for m in body.get("messages", []) if isinstance(m, dict) and m.get("role") in ("system", "user")][:2]
    return "conv-" + hashlib.sha256(json.dumps(opening, sort_keys=True, default=str).encode()).hexdigest()[:16]


def held_response(call_id: int, model: str) -> dict[str, Any]:
    text = (f"[schemeguard] This output is held for human review (call {call_id}). "
            f"Once reviewed, GET /guard/held/{call_id} returns it if released.")
    return {"id": f"held-{call_id}", "object": "chat.completion", "created": int(time.time()), "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "content_filter"}]}


def create_app(config: GuardConfig) -> Starlette:
    store = Store(config.db)
    policy = config.policy
    monitors = inline_monitors(policy.monitors)
    async_monitors: list[tuple[AsyncMonitor, str, float]] = [(m, "full", policy.alert or 0.0) for m in config.async_monitors]
    if policy.judge:
        from schemeguard.monitors.judge import LLMJudge

        async_monitors.append((LLMJudge(policy.judge.model, view=policy.judge.view), policy.judge.view, policy.judge.alert_at))
    upstream = config.upstream.rstrip("/")
    client = httpx.AsyncClient(transport=config.transport, timeout=config.timeout)
    background: set[asyncio.Task] = set()

    def upstream_headers() -> dict[str, str]:
        headers = {"content-type": "application/json"}
        key = os.environ.get(UPSTREAM_KEY_ENV)
        if key:
            headers["authorization"] = f"Bearer {key}"
        return headers

    def authorized(request: Request) -> bool:
        key = os.environ.get(GUARD_KEY_ENV)
        if not key:
            return True
        given = request.headers.get("authorization", "")
        return hmac.compare_digest(given.encode(), f"Bearer {key}".encode())

    async def alert(call_id: int, session_id: str, action: str, score: float | None, note: str,
                    recorded: bool = False) -> None:
        if not recorded:
            store.add_decision(call_id, "alert" if action in ("log", "alert") else action, note)
        log.warning("guard: call %s session %s -> %s (suspicion %s)", call_id, session_id, action, score)
        if policy.webhook:
            try:  # the webhook gets ids and scores only, no model content
                await client.post(policy.webhook, json={"call_id": call_id, "session_id": session_id,
                                                        "action": action, "score": score, "note": note}, timeout=10)
            except httpx.HTTPError as e:
                store.add_decision(call_id, "alert", f"webhook failed: {type(e).__name__}")

    async def judge_later(call_id: int, session_id: str, transcript: list[dict[str, Any]]) -> None:
        for monitor, view, alert_at in async_monitors:
            result = await score_async(monitor, transcript, view)
            store.add_flag(call_id, monitor.name, result.score, result.status, result.evidence, result.reason)
            if result.score is None or result.score >= alert_at:
                await alert(call_id, session_id, "alert", result.score,
                            f"{monitor.name}: " + (result.reason or "; ".join(result.evidence)[:300] or "suspicious"))

    async def apply_monitors(call_id: int, session_id: str, history: list[dict[str, Any]],
                             completion: dict[str, Any] | None, delivered: bool, **fields: Any) -> str:
        """Score the reply, pick the action, store it all in one transaction, then alert;
        returns the action to enforce."""
        message = response_message(completion or {})
        reply = transcript_of([message])[0] if message else None
        scored = score_call(monitors, history, reply)
        choices = (completion or {}).get("choices") or []
        if len(choices) > 1:  # only choice 0 is read: the others are unmeasured, never waved through
            scored.append(Scored("guard:choices", MonitorResult.error(
                f"{len(choices)} choices returned; only choice 0 is monitored")))
        score = max_score(scored)
        action = policy.action_for(score)
        reasoning = split_reasoning(message)[1] if message else ""
        note, decisions = "", []
        if SEVERITY[action] >= SEVERITY["alert"]:
            note = "; ".join(e for s in scored for e in (s.result.evidence or [s.result.reason or ""]) if e)[:500]
            if delivered and SEVERITY[action] >= SEVERITY["hold"]:
                note = f"stream already delivered (stream: passthrough), {action} not enforced; " + note
            decisions = [("alert" if action == "alert" else action, note)]
        await run_in_threadpool(
            store.record, call_id,
            {**fields, "response": completion, "reasoning": reasoning or None, "action": action,
             "review": "pending" if action == "hold" and not delivered else None},
            [{"monitor": s.monitor, "score": s.result.score, "status": s.result.status,
              "evidence": s.result.evidence, "reason": s.result.reason} for s in scored], decisions)
        if decisions:
            await alert(call_id, session_id, action, score, note, recorded=True)
        if async_monitors and reply:
            task = asyncio.create_task(judge_later(call_id, session_id, history + [reply]))
            background.add(task)
            task.add_done_callback(background.discard)
        return action

    async def chat_completions(request: Request) -> Response:
        if not authorized(request):
            return error(401, "missing or wrong guard API key (Authorization: Bearer ...)", "authentication_error")
        try:
            body = json.loads(await request.body())
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            return error(400, f"request body is not valid JSON: {e}", "invalid_request_error")
        if not isinstance(body, dict) or not isinstance(body.get("messages"), list):
            return error(400, "request body must be a JSON object with a 'messages' list", "invalid_request_error")
        session_id = session_id_of(request, body)
        stream = bool(body.get("stream"))
        call_id = await run_in_threadpool(store.add_call, session_id, body, stream)  # DB I/O off the event loop
        history = transcript_of(body["messages"])
        started = time.perf_counter()
        upstream_request = client.build_request("POST", f"{upstream}/chat/completions", json=body,
                                                headers=upstream_headers())
        try:
            response = await client.send(upstream_request, stream=stream)
        except httpx.HTTPError as e:
            store.finish_call(call_id, action="upstream_error", upstream_status=502)
            return error(502, f"upstream {upstream} unreachable: {type(e).__name__}", "upstream_error")
        if stream and response.status_code == 200:
            return await _stream(call_id, session_id, history, response, started)
        if stream:
            await response.aread()
            await response.aclose()
        latency = (time.perf_counter() - started) * 1000
        try:
            completion = response.json()
        except ValueError:
            store.finish_call(call_id, upstream_status=response.status_code, latency_ms=latency,
                              response={"raw": response.text[:10000]}, action="upstream_error")
            return error(502, f"upstream returned non-JSON (HTTP {response.status_code})", "upstream_error")
        if response.status_code != 200:
            store.finish_call(call_id, upstream_status=response.status_code, latency_ms=latency, response=completion,
                              action="upstream_error")
            return JSONResponse(completion, status_code=response.status_code)
        action = await apply_monitors(call_id, session_id, history, completion, delivered=False,
                                      upstream_status=200, latency_ms=latency)
        if action == "block":
            return error(403, f"blocked by schemeguard policy (call {call_id})", "policy_violation")
        if action == "hold":
            return JSONResponse(held_response(call_id, str(completion.get("model") or body.get("model") or "")))
        return JSONResponse(completion, headers={"x-schemeguard-call": str(call_id)})

    async def _stream(call_id: int, session_id: str, history: list[dict[str, Any]],
                      response: httpx.Response, started: float) -> Response:
        acc = StreamAccumulator()
        if policy.stream == "buffer":  # hold/block can still apply: nothing is sent until judged
            chunks = []
            try:
                async for data in response.aiter_bytes():
                    acc.feed(data)
                    chunks.append(data)
            finally:
                await response.aclose()
            completion = acc.completion()
            action = await apply_monitors(call_id, session_id, history, completion, delivered=False, upstream_status=200,
                                          latency_ms=(time.perf_counter() - started) * 1000)
            if action == "block":
                return error(403, f"blocked by schemeguard policy (call {call_id})", "policy_violation")
            if action == "hold":
                held = held_response(call_id, str(completion.get("model") or ""))
                chunk = {**held, "object": "chat.completion.chunk",
                         "choices": [{"index": 0, "delta": held["choices"][0]["message"], "finish_reason": "content_filter"}]}
                chunks = [f"data: {json.dumps(chunk)}\n\ndata: [DONE]\n\n".encode()]

            async def replay() -> AsyncIterator[bytes]:
                for c in chunks:
                    yield c

            return StreamingResponse(replay(), media_type="text/event-stream")

        async def passthrough() -> AsyncIterator[bytes]:
            try:
                async for data in response.aiter_bytes():
                    acc.feed(data)
                    yield data
            finally:
                await response.aclose()
                # shielded: a client that disconnects mid-stream must not leave the call unmonitored
                task = asyncio.create_task(apply_monitors(
                    call_id, session_id, history, acc.completion(), delivered=True, upstream_status=200,
                    latency_ms=(time.perf_counter() - started) * 1000))
                background.add(task)
                task.add_done_callback(background.discard)
                await asyncio.shield(task)

        return StreamingResponse(passthrough(), media_type="text/event-stream",
                                 headers={"x-schemeguard-call": str(call_id)})

    async def models(request: Request) -> Response:
        if not authorized(request):
            return error(401, "missing or wrong guard API key (Authorization: Bearer ...)", "authentication_error")
        try:
            response = await client.get(f"{upstream}/models", headers=upstream_headers())
        except httpx.HTTPError as e:
            return error(502, f"upstream {upstream} unreachable: {type(e).__name__}", "upstream_error")
        return Response(response.content, status_code=response.status_code,
                        media_type=response.headers.get("content-type", "application/json"))

    async def held(request: Request) -> Response:
        if not authorized(request):
            return error(401, "missing or wrong guard API key", "authentication_error")
        call = store.call(int(request.path_params["call_id"]))
        if call is None or call.review is None:
            return error(404, "no held output with this id", "not_found")
        if call.review == "pending":
            return error(409, "this output is still waiting for review", "pending_review")
        if call.review == "denied":
            return error(403, "a reviewer denied this output", "policy_violation")
        return JSONResponse(call.response)

    async def review(request: Request) -> Response:
        if not authorized(request):
            return error(401, "missing or wrong guard API key", "authentication_error")
        call_id = int(request.path_params["call_id"])
        # the dashboard's form posts urlencoded fields; parsed here to avoid a multipart dependency
        form = {k: v[0] for k, v in parse_qs((await request.body()).decode("utf-8", "replace")).items()}
        decision = str(form.get("decision", ""))
        if decision not in ("release", "deny"):
            return error(400, "decision must be 'release' or 'deny'", "invalid_request_error")
        call = store.call(call_id)
        if call is None or call.review != "pending":
            return error(404, "no output pending review with this id", "not_found")
        store.finish_call(call_id, review="released" if decision == "release" else "denied")
        store.add_decision(call_id, decision, str(form.get("note", ""))[:1000])
        return HTMLResponse(dashboard.page("Reviewed", f"<p>Call {call_id}: {decision}d.</p>"
                                           f"<p><a href='../session/{dashboard.esc(call.session_id)}'>back</a></p>"))

    async def home(request: Request) -> Response:
        if not authorized(request):
            return error(401, "missing or wrong guard API key", "authentication_error")
        return HTMLResponse(dashboard.sessions_page(store.session_summaries()))

    async def session_page(request: Request) -> Response:
        if not authorized(request):
            return error(401, "missing or wrong guard API key", "authentication_error")
        sid = request.path_params["session_id"]
        calls = store.calls(sid)
        if not calls:
            return HTMLResponse(dashboard.page("Not found", "<p>No such session.</p>"), status_code=404)
        ids = [c.id for c in calls]
        return HTMLResponse(dashboard.session_page(sid, calls, store.flags(ids), store.decisions(ids)))

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        if background:  # let background judges finish writing their flags
            await asyncio.gather(*background, return_exceptions=True)
        await client.aclose()

    app = Starlette(routes=[
        Route("/v1/chat/completions", chat_completions, methods=["POST"]),
        Route("/v1/models", models, methods=["GET"]),
        Route("/guard/", home, methods=["GET"]),
        Route("/guard/session/{session_id:path}", session_page, methods=["GET"]),
        Route("/guard/review/{call_id:int}", review, methods=["POST"]),
        Route("/guard/held/{call_id:int}", held, methods=["GET"]),
    ], lifespan=lifespan)
    app.state.store = store
    app.state.background = background
    app.state.async_monitors = async_monitors
    return app
