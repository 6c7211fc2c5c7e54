"""The guard server (Starlette): OpenAI-compatible proxy + reviewers' dashboard.

Rights: agents present an agent key (`Authorization: Bearer`, or `x-api-key`) on the proxy
routes; sessions belong to the key that opened them. Reviewers (HTTP Basic for scripts, a login
form and cookie for browsers, CSRF token + Origin check on every browser POST) alone see the
dashboard, release or deny holds and read held outputs. A held reply tells the agent only that it
is held. The upstream key comes from $SCHEMEGUARD_UPSTREAM_API_KEY; no key is stored or logged.

Replies are read by one strict parser (`upstream.py`) that fails closed; every choice is
monitored. Streams are buffered (judged before delivery) for tool-call turns by default and can
be passed through live, in which case each call records that enforcement came after delivery.
A call's row is written once, with its outcome, by the store's group-commit writer before the
reply leaves (a passthrough stream's row is written before its first byte and completed at the
end); dashboard reads run in worker threads. A client that leaves cancels its upstream request.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import re
import secrets
import time
from dataclasses import dataclass, field
from typing import Any, AsyncIterator, Awaitable, Callable, TypeVar
from urllib.parse import parse_qs

import httpx
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import Route

from schemeguard.guard import dashboard
from schemeguard.guard.auth import COOKIE, LOGIN_SECONDS, Credentials, bearer, same_origin, token_hash
from schemeguard.guard.apis import CHAT, MESSAGES, RESPONSES, Dialect
from schemeguard.guard.inbound import BadRequest, offers_tools, read_body, turn_chars
from schemeguard.guard.intake import Intake, IntakePool, conversation_id, upstream_json
from schemeguard.guard.outbound import NoCookies, UpstreamError, UpstreamReply, upstream_client
from schemeguard.guard.monitoring import AsyncMonitor, Scored, inline_monitors, max_score, score_async, score_call
from schemeguard.guard.policy import SEVERITY, GuardPolicy
from schemeguard.guard.store import MAX_ID, NewCall, Store, redact_url
from schemeguard.guard.upstream import Reply, media_type, monitor_message, strict_loads
from schemeguard.guard.web import GuardHTTP, LOOPBACK_HOSTS, error
from schemeguard.monitors.base import MonitorResult
from schemeguard.record import split_reasoning, transcript_of

log = logging.getLogger("schemeguard.guard")
UPSTREAM_KEY_ENV = "SCHEMEGUARD_UPSTREAM_API_KEY"
GUARD_KEY_ENV = "SCHEMEGUARD_GUARD_API_KEY"  # older releases: a plain agent key (still accepted as `default`)
SESSION_ID = re.compile(r"^[\x21-\x7e]{1,128}$")  # printable ASCII, no spaces
BIG_BODY = 256 * 1024  # request bytes above which reading moves to the intake process
# a call whose new content (messages not in the conversation's previous request, and the reply) is
# up to this size is scored on the event loop: a worker-thread round trip costs more than that work.
# More new text is scored in a thread: the rules read new text at ~2-5 ms per KB (the number parser),
# which inline would stop every other client for (a 30 KB file read: 70-170 ms on the loaded machine)
INLINE_SCORING_MESSAGES = 64
INLINE_SCORING_CHARS = 8_000
T = TypeVar("T")


@dataclass
class GuardConfig:
    upstream: str  # e.g. http://host:8000/v1
    db: str = "sqlite:///guard.db"
    policy: GuardPolicy = field(default_factory=GuardPolicy)
    credentials: Credentials | None = None  # None: from the environment only
    allowed_hosts: list[str] = field(default_factory=lambda: list(LOOPBACK_HOSTS))
    connect_timeout: float = 10.0
    read_timeout: float = 600.0  # between two bytes of the upstream's reply
    max_connections: int = 256  # the upstream's pool (webhooks have their own)
    max_body: int = 16 * 2**20  # request bytes (413 beyond)
    max_reply: int = 64 * 2**20  # upstream reply bytes read before judging (refused beyond)
    transport: httpx.AsyncBaseTransport | None = None  # tests: an in-process upstream (else aiohttp)
    async_monitors: list[AsyncMonitor] = field(default_factory=list)  # besides the policy's judge


@dataclass
class PendingCall:
    """A call in flight: stored once its outcome is known (or before a passthrough stream starts)."""

    new: NewCall
    id: int | None = None


class ClientGone(Exception):
    """The agent disconnected before its reply was ready."""


async def until_disconnect(request: Request) -> None:
    while (await request.receive())["type"] != "http.disconnect":
        pass


async def unless_client_leaves(request: Request, work: Awaitable[T]) -> T:
    """`work`, cancelled (freeing its upstream connection) if the client disconnects first."""
    task = asyncio.ensure_future(work)
    watcher = asyncio.ensure_future(until_disconnect(request))
    try:
        done, _ = await asyncio.wait({task, watcher}, return_when=asyncio.FIRST_COMPLETED)
    except asyncio.CancelledError:
        task.cancel()
        raise
    finally:
        watcher.cancel()
    if task in done:
        return task.result()
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError, Exception):
        await task
    raise ClientGone


def create_app(config: GuardConfig) -> Starlette:
    store = Store(config.db)
    policy = config.policy
    creds = config.credentials or Credentials.from_sources()
    monitors = inline_monitors(policy.monitors)
    async_monitors: list[tuple[AsyncMonitor, str, float]] = [(m, "full", policy.alert or 0.0) for m in config.async_monitors]
    if policy.judge:
        from schemeguard.monitors.judge import LLMJudge

        async_monitors.append((LLMJudge(policy.judge.model, view=policy.judge.view), policy.judge.view, policy.judge.alert_at))
    upstream = config.upstream.rstrip("/")
    # one pool per destination: a hung upstream cannot starve webhooks, nor the reverse
    # no cookie jar: a cookie the upstream set on one agent's call must not ride along on every other's
    client = upstream_client(config.transport, config.connect_timeout, config.read_timeout, config.max_connections)
    hooks = httpx.AsyncClient(transport=config.transport, timeout=10, limits=httpx.Limits(max_connections=8),
                              cookies=NoCookies())
    background: set[asyncio.Task] = set()
    intakes = IntakePool()  # huge requests are read in a process of its own

    def db(fn: Callable[..., T], *args: Any, **kwargs: Any) -> Awaitable[T]:
        return run_in_threadpool(fn, *args, **kwargs)  # never block the event loop on the database

    def upstream_headers(dialect: Dialect = CHAT, request: Request | None = None) -> dict[str, str]:
        # identity: the reply is read and delivered raw, so a compressed one would be unreadable
        headers = {"content-type": "application/json", "accept-encoding": "identity"}
        key = os.environ.get(UPSTREAM_KEY_ENV)
        if dialect is MESSAGES:  # Anthropic's own headers; the agent's x-api-key is never forwarded
            given = request.headers if request is not None else {}
            headers["anthropic-version"] = given.get("anthropic-version", "2023-06-01")
            if given.get("anthropic-beta"):
                headers["anthropic-beta"] = given["anthropic-beta"]
            if key:
                headers["x-api-key"] = key
        elif key:
            headers["authorization"] = f"Bearer {key}"
        return headers

    def agent_of(request: Request) -> str | None:
        """The agent key's name; 'anonymous' when no agent keys are configured (loopback only)."""
        if not creds.has_agent_keys:
            return "anonymous"
        key = bearer(request.headers)
        return creds.agent_for_key(key) if key else None

    async def reviewer_of(request: Request) -> tuple[str | None, str | None]:
        """(reviewer, csrf token): HTTP Basic (no CSRF: browsers do not send it unasked) or a login cookie."""
        auth = request.headers.get("authorization", "")
        if auth[:6].lower() == "basic ":
            # scrypt (~50-200 ms, on purpose) in a thread: any client sending a wrong password
            # would otherwise stop the event loop, i.e. every other client, that long
            return await run_in_threadpool(creds.reviewer_for_basic, auth[6:].strip()), None
        token = request.cookies.get(COOKIE)
        if token:
            login = await db(store.login, token_hash(token))
            if login is not None:
                return login.reviewer, login.csrf
        return None, None

    def unauthorized_reviewer(request: Request) -> Response:
        if request.method == "GET" and "text/html" in request.headers.get("accept", ""):
            return RedirectResponse("/guard/login", status_code=303)
        return error(401, "reviewer credentials required (HTTP Basic, or log in at /guard/login)", "authentication_error",
                     headers={"www-authenticate": 'Basic realm="schemeguard reviewers"'})

    def csrf_ok(request: Request, csrf: str | None, form: dict[str, str]) -> bool:
        """Browser (cookie) requests: the session's CSRF token and the guard's own origin. HTTP Basic:
        browsers resend cached Basic credentials cross-site, so a request that shows browser
        headers (Origin, Sec-Fetch-Site) must come from the guard's own origin; scripts send neither."""
        own = same_origin(request.headers, request.url.scheme, request.headers.get("host", ""))
        if csrf is None:
            browser = "origin" in request.headers or "sec-fetch-site" in request.headers
            return own or not browser
        given = form.get("csrf", "") or request.headers.get("x-csrf-token", "")
        return secrets.compare_digest(given, csrf) and own

    async def form_of(request: Request) -> dict[str, str]:
        data = await read_body(request, 64 * 1024)
        if media_type(request.headers.get("content-type")) == "application/json":
            obj = strict_loads(data)
            return {str(k): str(v) for k, v in obj.items()} if isinstance(obj, dict) else {}
        return {k: v[0] for k, v in parse_qs(data.decode("utf-8", "replace")).items()}

    async def alert(call_id: int, session_id: str, action: str, score: float | None, note: str,
                    recorded: bool = False) -> None:
        if not recorded:
            await db(store.add_decision, call_id, "alert" if action in ("log", "alert") else action, note)
        log.warning("guard: call %s session %s -> %s (suspicion %s)", call_id, session_id, action, score)
        if policy.webhook:
            try:  # the webhook gets ids and scores only, no model content
                await hooks.post(policy.webhook, json={"call_id": call_id, "session_id": session_id,
                                                       "action": action, "score": score, "note": note})
            except httpx.HTTPError as e:
                await db(store.add_decision, call_id, "alert", f"webhook failed: {type(e).__name__}")

    async def judge_later(call_id: int, session_id: str, transcript: list[dict[str, Any]]) -> None:
        for monitor, view, alert_at in async_monitors:
            result = await score_async(monitor, transcript, view)
            await db(store.add_flag, call_id, monitor.name, result.score, result.status, result.evidence, result.reason)
            if result.score is None or result.score >= alert_at:
                await alert(call_id, session_id, "alert", result.score,
                            f"{monitor.name}: " + (result.reason or "; ".join(result.evidence)[:300] or "suspicious"))

    def score_reply(history: list[dict[str, Any]], reply: Reply,
                    session: str | None = None) -> tuple[list[Scored], list[dict[str, Any]]]:
        """Every choice scored in context; whatever the parser could not account for is unmeasured."""
        scored: list[Scored] = []
        turns = []
        try:
            turns = transcript_of([monitor_message(m) for m in reply.messages])
            for i, turn in enumerate(turns):
                for s in score_call(monitors, history, turn, session):
                    scored.append(Scored(s.monitor if len(turns) == 1 else f"{s.monitor}[choice {i}]", s.result))
        except Exception as e:  # a monitor that crashed measured nothing
            scored.append(Scored("guard:monitors", MonitorResult.error(f"monitors raised {type(e).__name__}")))
        if reply.problems:
            scored.append(Scored("guard:reply", MonitorResult.error(
                "reply not fully readable: " + "; ".join(reply.problems)[:2000])))
        return scored, turns

    async def settle(call: PendingCall, fields: dict[str, Any], flags: list[dict[str, Any]] | None = None,
                     decisions: list[tuple[str, str]] | None = None) -> int:
        """Store the call's outcome (the whole row if not opened yet), committed on return."""
        if call.id is None:
            call.id = await store.add_call(call.new, fields, flags, decisions)
        else:
            await store.arecord(call.id, fields, flags, decisions)
        return call.id

    async def apply_monitors(call: PendingCall, session_id: str, history: list[dict[str, Any]], reply: Reply,
                             delivered: bool, inline: bool = False, **fields: Any) -> str:
        """Score the reply, pick the action, store it all in one transaction, then alert;
        returns the action to enforce."""
        # CPU-bound: a long history in a worker thread, so the event loop keeps serving others meanwhile
        small = inline and len(history) <= INLINE_SCORING_MESSAGES
        if small:  # (a long history is not even measured here: that alone would hold the loop)
            fresh = getattr(history, "fresh_chars", None)  # known for chat requests (inbound.TranscriptMemo)
            fresh = turn_chars(history) if fresh is None else fresh
            small = fresh + turn_chars(reply.messages) <= INLINE_SCORING_CHARS
        scored, turns = (score_reply(history, reply, session_id) if small
                         else await run_in_threadpool(score_reply, history, reply, session_id))
        score = max_score(scored)
        action = policy.action_for(score)
        reasoning = "\n\n".join(filter(None, (split_reasoning(m)[1] for m in reply.messages)))
        note, decisions = "", []
        if SEVERITY[action] >= SEVERITY["alert"]:
            note = "; ".join(e for s in scored for e in (s.result.evidence or [s.result.reason or ""]) if e)[:500]
            if delivered and SEVERITY[action] >= SEVERITY["hold"]:
                note = f"stream already delivered (stream: passthrough), {action} not enforced; " + note
            decisions = [("alert" if action == "alert" else action, note)]
        call_id = await settle(call, {**fields, "response": reply.completion, "reasoning": reasoning or None,
                                      "action": action, "review": "pending" if action == "hold" and not delivered else None,
                                      "enforced": "after delivery" if delivered else "before delivery"},
                               [{"monitor": s.monitor, "score": s.result.score, "status": s.result.status,
                                 "evidence": s.result.evidence, "reason": s.result.reason} for s in scored], decisions)
        if decisions:
            await alert(call_id, session_id, action, score, note, recorded=True)
        if async_monitors and turns:
            task = asyncio.create_task(judge_later(call_id, session_id, history + turns[:1]))
            background.add(task)
            task.add_done_callback(background.discard)
        return action

    def session_id_of(request: Request, owner: str, history: list[dict[str, Any]], known: str | None = None) -> str:
        """X-Session-Id, else a hash of the agent key and the conversation's opening (system + first
        user; `known`: that hash, computed already)."""
        sid = request.headers.get("x-session-id")
        if sid is not None:
            if not SESSION_ID.match(sid):
                raise BadRequest(400, "X-Session-Id must be 1-128 printable ASCII characters without spaces")
            return sid
        return known or conversation_id(owner, history)

    async def read_upstream(response: UpstreamReply) -> bytes:
        chunks, size = [], 0
        try:
            async for chunk in response.chunks():
                size += len(chunk)
                if size > config.max_reply:
                    raise BadRequest(502, f"upstream reply is over {config.max_reply} bytes; not delivered")
                chunks.append(chunk)
        finally:
            await response.close()
        return b"".join(chunks)

    async def chat_completions(request: Request) -> Response:
        return await guarded(request, CHAT)

    async def responses(request: Request) -> Response:
        return await guarded(request, RESPONSES)

    async def messages(request: Request) -> Response:
        return await guarded(request, MESSAGES)

    async def guarded(request: Request, dialect: Dialect) -> Response:
        agent = agent_of(request)
        if agent is None:
            return error(401, "missing or wrong agent key (Authorization: Bearer ..., or x-api-key)", "authentication_error")
        intake: Intake | None = None
        try:
            data = await read_body(request, config.max_body)
            if len(data) > BIG_BODY:  # parsed, encoded and hashed in the intake process: nobody waits on it
                intake = await intakes.read(dialect.name, data, agent)
                body, stream, history = intake.body, intake.stream, intake.history
            else:  # a small one is faster inline
                body, stream, history = dialect.parse_request(data)
            session_id = session_id_of(request, agent, history, intake.conversation if intake else None)
        except BadRequest as e:
            return error(e.status, e.message, "invalid_request_error")
        if not await store.claim(session_id, agent):  # a known session's owner is cached: no query
            return error(403, "this session belongs to another agent key", "permission_error")
        # the call's row is written once, with its outcome, before any byte reaches the agent
        call = PendingCall(await run_in_threadpool(store.prepare, session_id, body, stream, intake.digests) if intake
                           else store.prepare(session_id, body, stream))
        try:
            return await proxy(request, dialect, call, session_id, body, stream, history,
                               encoded=intake.encoded if intake else None)
        except ClientGone:
            await settle(call, {"action": "cancelled"})
            return Response(status_code=499)
        except BaseException as e:  # never leave a call unrecorded: record that the guard failed
            with contextlib.suppress(Exception):
                await settle(call, {"action": "guard_error"})
            if isinstance(e, Exception):
                log.error("guard: call %s failed: %s", call.id, type(e).__name__)
                return error(500, f"the guard failed on this call ({type(e).__name__}); nothing was delivered",
                             "server_error")
            raise

    async def proxy(request: Request, dialect: Dialect, call: PendingCall, session_id: str, body: dict[str, Any],
                    stream: bool, history: list[dict[str, Any]], encoded: bytes | None = None) -> Response:
        live = stream and (policy.stream == "passthrough" or (policy.stream == "auto" and not offers_tools(body)))
        started = time.perf_counter()
        big = encoded is not None  # a huge request: encoded by the intake process, scored in a thread
        encoded = encoded or upstream_json(body)
        try:
            response = await unless_client_leaves(request, client.post(f"{upstream}{dialect.path}", encoded,
                                                                       upstream_headers(dialect, request)))
        except UpstreamError as e:
            await settle(call, {"action": "upstream_error", "upstream_status": 502})
            return error(502, f"upstream unreachable ({e.kind})", "upstream_error")
        kind = media_type(response.content_type)
        if live and response.status == 200 and kind == "text/event-stream":
            # delivered before judged: its row (unmonitored until the end) exists before the first byte
            call.id = await store.add_call(call.new)
            return passthrough(dialect, call, session_id, history, response, started)
        try:
            data = await unless_client_leaves(request, read_upstream(response))
        except BadRequest as e:
            await settle(call, {"action": "upstream_error", "upstream_status": response.status})
            return error(502, e.message, "upstream_error")
        except UpstreamError as e:
            await settle(call, {"action": "upstream_error", "upstream_status": response.status})
            return error(502, f"upstream reply broke off ({e.kind})", "upstream_error")
        latency = (time.perf_counter() - started) * 1000
        if response.status >= 400:
            return await upstream_failure(call, response.status, kind, data, latency)
        reply = dialect.read(response.status, response.content_type, data)
        action = await apply_monitors(call, session_id, history, reply, delivered=False, inline=not big,
                                      upstream_status=response.status, latency_ms=latency)
        model = str((reply.completion or {}).get("model") or body.get("model") or "")
        if action == "block":
            return error(403, "blocked by schemeguard policy", "policy_violation")
        if action == "hold":
            if kind == "text/event-stream":
                return Response(dialect.held_sse(model), media_type="text/event-stream")
            return JSONResponse(dialect.held_json(model))
        return Response(data, status_code=response.status, media_type=kind or "application/json",
                        headers={"x-schemeguard-call": str(call.id), "x-schemeguard-enforcement": "before-delivery"})

    async def upstream_failure(call: PendingCall, status: int, kind: str, data: bytes, latency: float) -> Response:
        """An upstream error passes through only when it is an error body with no model output."""
        try:
            obj = strict_loads(data) if kind == "application/json" else None
        except ValueError:
            obj = None
        ok = isinstance(obj, dict) and "error" in obj and not {"choices", "output", "content"} & set(obj)
        await settle(call, {"upstream_status": status, "latency_ms": latency, "action": "upstream_error",
                            "response": obj if ok else {"raw": data[:10000].decode("utf-8", "replace")}})
        if ok:
            return JSONResponse(obj, status_code=status)
        return error(502, f"upstream answered HTTP {status} with a body that is not an error; not delivered",
                     "upstream_error")

    def passthrough(dialect: Dialect, call: PendingCall, session_id: str, history: list[dict[str, Any]],
                    response: UpstreamReply, started: float) -> Response:
        reader = dialect.stream_reader()

        async def relay() -> AsyncIterator[bytes]:
            ended = False
            try:
                async for data in response.chunks():
                    reader.feed(data)
                    yield data
                ended = True
            finally:
                await response.close()
                # shielded: a client that disconnects mid-stream must not leave the call unmonitored
                task = asyncio.create_task(apply_monitors(
                    call, session_id, history, reader.reply(client_left=not ended), delivered=True, upstream_status=200,
                    latency_ms=(time.perf_counter() - started) * 1000))
                background.add(task)
                task.add_done_callback(background.discard)
                await asyncio.shield(task)

        return StreamingResponse(relay(), media_type="text/event-stream",
                                 headers={"x-schemeguard-call": str(call.id),
                                          "x-schemeguard-enforcement": "after-delivery"})

    async def models(request: Request) -> Response:
        if agent_of(request) is None:
            return error(401, "missing or wrong agent key (Authorization: Bearer ...)", "authentication_error")
        try:
            status, content_type, content = await unless_client_leaves(
                request, client.get(f"{upstream}/models", upstream_headers()))
        except UpstreamError as e:
            return error(502, f"upstream unreachable ({e.kind})", "upstream_error")
        except ClientGone:
            return Response(status_code=499)
        return Response(content, status_code=status, media_type=content_type or "application/json")

    def call_id_of(request: Request) -> int | None:
        raw = request.path_params["call_id"]
        return int(raw) if raw.isdigit() and len(raw) <= 12 and 0 < int(raw) <= MAX_ID else None

    async def held(request: Request) -> Response:
        reviewer, _ = await reviewer_of(request)
        if reviewer is None:
            return unauthorized_reviewer(request)
        call_id = call_id_of(request)
        call = await db(store.call, call_id) if call_id else None
        if call is None or call.review is None:
            return error(404, "no held output with this id", "not_found")
        if call.review == "pending":
            return error(409, "this output is still waiting for review", "pending_review")
        if call.review == "denied":
            return error(403, "a reviewer denied this output", "policy_violation")
        return JSONResponse(call.response)

    async def review(request: Request) -> Response:
        reviewer, csrf = await reviewer_of(request)
        if reviewer is None:
            return unauthorized_reviewer(request)
        try:
            form = await form_of(request)
        except (BadRequest, ValueError) as e:
            return error(getattr(e, "status", 400), getattr(e, "message", "form is not readable"), "invalid_request_error")
        if not csrf_ok(request, csrf, form):
            return error(403, "cross-site request refused (CSRF token or Origin missing or wrong)", "permission_error")
        call_id = call_id_of(request)
        decision = str(form.get("decision", ""))
        if decision not in ("release", "deny"):
            return error(400, "decision must be 'release' or 'deny'", "invalid_request_error")
        call = await db(store.review, call_id, decision, str(form.get("note", ""))[:1000], reviewer) if call_id else None
        if call is None:
            return error(404, "no output pending review with this id", "not_found")
        if csrf is None:
            return JSONResponse({"call": call_id, "review": call.review, "reviewer": reviewer})
        return RedirectResponse(f"/guard/session/{call.session_id}", status_code=303)

    def page_of(request: Request) -> int:
        raw = request.query_params.get("page", "1")
        return int(raw) if raw.isdigit() and 0 < len(raw) <= 6 and int(raw) > 0 else 1

    async def home(request: Request) -> Response:
        reviewer, csrf = await reviewer_of(request)
        if reviewer is None:
            return unauthorized_reviewer(request)
        page_no = page_of(request)
        rows = await db(store.session_summaries, (page_no - 1) * dashboard.PAGE_SIZE, dashboard.PAGE_SIZE)
        total = await db(store.count_sessions)
        return HTMLResponse(dashboard.sessions_page(rows, page_no, total, reviewer, csrf))

    async def session_page(request: Request) -> Response:
        reviewer, csrf = await reviewer_of(request)
        if reviewer is None:
            return unauthorized_reviewer(request)
        sid, page_no = request.path_params["session_id"], page_of(request)
        calls = await db(store.calls, sid, (page_no - 1) * dashboard.PAGE_SIZE, dashboard.PAGE_SIZE)
        if not calls:
            return HTMLResponse(dashboard.page("Not found", "<p>No such session (or page).</p>", reviewer, csrf),
                                status_code=404)
        ids = [c.id for c in calls]
        flags, decisions = await db(store.flags, ids), await db(store.decisions, ids)
        total, last_in = await db(store.count_calls, sid), await db(store.last_messages, calls)
        return HTMLResponse(dashboard.session_page(sid, calls, last_in, flags, decisions, page_no, total, reviewer, csrf))

    async def login(request: Request) -> Response:
        if request.method == "GET":
            return HTMLResponse(dashboard.login_page())
        # login CSRF: only the guard's own login page may post here
        if not same_origin(request.headers, request.url.scheme, request.headers.get("host", "")):
            return error(403, "cross-site login refused (Origin missing or wrong)", "permission_error")
        try:
            form = await form_of(request)
        except (BadRequest, ValueError):
            return error(400, "login form is not readable", "invalid_request_error")
        name, password = form.get("username", ""), form.get("password", "")
        if not await run_in_threadpool(creds.check_reviewer, name, password):
            return HTMLResponse(dashboard.login_page("wrong reviewer name or password"), status_code=401)
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
        await db(store.add_login, token_hash(token), name, csrf, LOGIN_SECONDS)
        response = RedirectResponse("/guard/", status_code=303)
        response.set_cookie(COOKIE, token, max_age=LOGIN_SECONDS, path="/guard", httponly=True, samesite="strict",
                            secure=request.url.scheme == "https")
        return response

    async def logout(request: Request) -> Response:
        reviewer, csrf = await reviewer_of(request)
        if reviewer is None or csrf is None:
            return unauthorized_reviewer(request)
        form = await form_of(request)
        if not csrf_ok(request, csrf, form):
            return error(403, "cross-site request refused (CSRF token or Origin missing or wrong)", "permission_error")
        await db(store.drop_login, token_hash(request.cookies[COOKIE]))
        response = RedirectResponse("/guard/login", status_code=303)
        response.delete_cookie(COOKIE, path="/guard")
        return response

    async def http_error(request: Request, exc: Exception) -> Response:
        status = getattr(exc, "status_code", 500)
        kinds = {404: "not_found", 405: "invalid_request_error"}
        message = {404: "no such route", 405: "method not allowed on this route"}.get(status, "request failed")
        return error(status, message, kinds.get(status, "invalid_request_error"))

    async def server_error(request: Request, exc: Exception) -> Response:
        log.error("guard: %s on %s", type(exc).__name__, request.url.path)
        return error(500, f"internal error ({type(exc).__name__})", "server_error")

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        intakes.start()
        yield
        if background:  # let background judges finish writing their flags
            await asyncio.gather(*background, return_exceptions=True)
        await client.aclose()
        await hooks.aclose()
        await asyncio.to_thread(store.writer.close)
        intakes.close()

    app = Starlette(routes=[
        Route("/v1/chat/completions", chat_completions, methods=["POST"]),
        Route("/v1/responses", responses, methods=["POST"]),
        Route("/v1/messages", messages, methods=["POST"]),
        Route("/v1/models", models, methods=["GET"]),
        Route("/guard/", home, methods=["GET"]),
        Route("/guard/login", login, methods=["GET", "POST"]),
        Route("/guard/logout", logout, methods=["POST"]),
        Route("/guard/session/{session_id:path}", session_page, methods=["GET"]),
        Route("/guard/review/{call_id}", review, methods=["POST"]),
        Route("/guard/held/{call_id}", held, methods=["GET"]),
    ], lifespan=lifespan, exception_handlers={HTTPException: http_error, Exception: server_error})
    app.state.store = store
    app.state.background = background
    app.state.async_monitors = async_monitors
    app.state.credentials = creds
    app.add_middleware(GuardHTTP, allowed_hosts=config.allowed_hosts)
    return app


__all__ = ["GuardConfig", "create_app", "redact_url"]
