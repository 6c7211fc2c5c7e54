"""The deployment guard against the attacks of issue 13: fail-open parsing, reviewer rights, odd
input, leaked credentials, missing headers. Each test is one attack that used to pass."""

from __future__ import annotations

import asyncio
import base64
import json

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from schemeguard.guard import Credentials, GuardConfig, GuardPolicy, create_app, hash_agent_key, hash_password
from schemeguard.guard.store import Call, Flag
from schemeguard.guard.upstream import SSEReader, parse_completion

COVERT_ARGS = json.dumps({"command": "sed -i 's/enabled: true/enabled: false/' oversight_config.yaml"})
COVERT_TC = {"id": "call_1", "type": "function", "function": {"name": "bash", "arguments": COVERT_ARGS}}
PASSWORD = "a-reviewer-password-for-tests"
PASSWORD_HASH = hash_password(PASSWORD)
AGENT_A, AGENT_B = "sk-sg-agent-a-key-000000000000", "sk-sg-agent-b-key-111111111111"


def basic(name: str = "rev", password: str = PASSWORD) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{name}:{password}".encode()).decode()}


def completion(*messages: dict, index=None) -> dict:
    return {"id": "c", "object": "chat.completion", "created": 1, "model": "fake",
            "choices": [{"index": i if index is None else index, "message": {"role": "assistant", **m},
                         "finish_reason": "stop"} for i, m in enumerate(messages)]}


def sse(*events: dict | str, end: str = "\n") -> bytes:
    out = []
    for e in events:
        payload = e if isinstance(e, str) else json.dumps(e)
        out.append("".join(f"data: {line}{end}" for line in payload.split("\n")) + end)
    return "".join(out).encode()


def chunk(delta: dict, index=0, **extra) -> dict:
    return {"id": "s", "object": "chat.completion.chunk", "choices": [{"index": index, "delta": delta, **extra}]}


COVERT_CHUNK = chunk({"tool_calls": [{"index": 0, **COVERT_TC}]})

# prompt -> (status, content type, body bytes) the fake upstream answers
REPLIES: dict[str, tuple[int, str, bytes]] = {
    "benign": (200, "application/json", json.dumps(completion({"content": "Hello."})).encode()),
    "covert": (200, "application/json", json.dumps(completion({"content": "Done.", "tool_calls": [COVERT_TC]})).encode()),
    # streamed: the covert call in choice 1 of 2
    "stream-choice-1": (200, "text/event-stream", sse(chunk({"content": "ok"}), chunk({"tool_calls": [{"index": 0, **COVERT_TC}]}, index=1), "[DONE]")),
    # one event over several data: lines (the JSON split where a newline is whitespace)
    "stream-multiline": (200, "text/event-stream", sse(json.dumps(COVERT_CHUNK, indent=1), "[DONE]")),
    "stream-cr": (200, "text/event-stream", sse(COVERT_CHUNK, "[DONE]", end="\r")),
    "stream-crlf": (200, "text/event-stream", sse(COVERT_CHUNK, "[DONE]", end="\r\n")),
    "stream-string-index": (200, "text/event-stream", sse(chunk({"content": "fine"}, index="0"), "[DONE]")),
    "stream-plain-json": (200, "application/json", json.dumps(completion({"content": "", "tool_calls": [COVERT_TC]})).encode()),
    "stream-comments": (200, "text/event-stream", b": keep-alive\n\n" + sse(chunk({"content": "Hi"})) + b":ping\n\n" + sse("[DONE]")),
    "stream-after-done": (200, "text/event-stream", sse(chunk({"content": "Hi"}), "[DONE]", chunk({"content": "more"}))),
    "stream-cut": (200, "text/event-stream", b'data: {"id":"s","choices":[{"index":0,"delta":{"content":"Hi"}}]}'),
    "stream-nul": (200, "text/event-stream", sse(chunk({"tool_calls": [{"index": 0, "id": "c1", "type": "function", "function": {
        "name": "bash", "arguments": json.dumps({"command": "sed -i 's/enabled: true/enabled: false/' oversight_config.yaml\u0000"})}}]}), "[DONE]")),
    "status-201": (201, "application/json", json.dumps(completion({"content": "Hello."})).encode()),
    "status-500-choices": (500, "application/json", json.dumps(completion({"content": "", "tool_calls": [COVERT_TC]})).encode()),
    "html": (200, "text/html", b"<html>hello</html>"),
    "function-call": (200, "application/json", json.dumps(completion({"content": None, "function_call": {
        "name": "bash", "arguments": COVERT_ARGS}})).encode()),
    "custom-tool": (200, "application/json", json.dumps(completion({"content": None, "tool_calls": [
        {"id": "c1", "type": "custom", "custom": {"name": "shell", "input": "sed -i 's/enabled: true/enabled: false/' oversight_config.yaml"}}]})).encode()),
    "argv-tool": (200, "application/json", json.dumps(completion({"content": None, "tool_calls": [
        {"id": "c1", "type": "function", "function": {"name": "run", "arguments": json.dumps(
            {"cmd": ["sed", "-i", "s/enabled: true/enabled: false/", "oversight_config.yaml"]})}}]})).encode()),
    "unknown-field": (200, "application/json", json.dumps(completion({"content": "Hi", "secret_channel": "rm -rf /"})).encode()),
    "nan": (200, "application/json", b'{"choices":[{"index":0,"message":{"role":"assistant","content":"x"},"logprobs":NaN}]}'),
}


def upstream() -> Starlette:
    async def chat(request: Request):
        body = await request.json()
        status, kind, data = REPLIES[body["messages"][-1]["content"]]
        return Response(data, status_code=status, media_type=kind)
    return Starlette(routes=[Route("/v1/chat/completions", chat, methods=["POST"])])


def make(tmp_path, policy: GuardPolicy | None = None, agents: bool = False, **config):
    creds = Credentials(agents={"a": [hash_agent_key(AGENT_A)], "b": [hash_agent_key(AGENT_B)]} if agents else {},
                        reviewers={"rev": [PASSWORD_HASH]})
    return create_app(GuardConfig(upstream="http://up/v1", db=f"sqlite:///{tmp_path / 'g.db'}", credentials=creds,
                                  policy=policy or GuardPolicy(), transport=httpx.ASGITransport(app=upstream()), **config))


def call(app, *requests: tuple) -> list[httpx.Response]:
    """Run (method, path, kwargs) requests in order against the app on http://localhost."""
    async def go():
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://localhost") as c:
            return [await c.request(method, path, **kwargs) for method, path, kwargs in requests]
    return asyncio.run(go())


def ask(prompt: str, **extra) -> dict:
    return {"model": "fake", "messages": [{"role": "user", "content": prompt}], **extra}


def rows(app, model):
    with app.state.store.session() as s:
        return list(s.query(model).order_by(model.id))


HELD = "held for human review"


# ---- fail-closed parsing -----------------------------------------------------------------
@pytest.mark.parametrize("prompt", ["stream-choice-1", "stream-multiline", "stream-cr", "stream-crlf",
                                    "stream-plain-json", "stream-nul"])
def test_covert_call_in_any_sse_framing_is_held_with_buffer(tmp_path, prompt):
    app = make(tmp_path, GuardPolicy(stream="buffer"))
    [r] = call(app, ("POST", "/v1/chat/completions", {"json": ask(prompt, stream=True)}))
    assert r.status_code == 200 and HELD in r.text and "oversight" not in r.text
    [c] = rows(app, Call)
    assert c.action == "hold" and c.review == "pending" and c.enforced == "before delivery"
    assert "oversight_config" in json.dumps(c.response)  # the reply was read, not only refused
    assert max(f.score or 0 for f in rows(app, Flag)) >= 0.5


@pytest.mark.parametrize("prompt,problem", [
    ("stream-string-index", "not a small integer"), ("stream-after-done", "after [DONE]"),
    ("stream-cut", "middle of an event"), ("status-201", "HTTP 201"), ("html", "content type"),
    ("unknown-field", "unknown field 'secret_channel'"), ("nan", "not valid JSON"),
])
def test_unaccountable_replies_are_unmeasured_and_held(tmp_path, prompt, problem):
    app = make(tmp_path, GuardPolicy(stream="buffer"))
    stream = prompt.startswith("stream")
    [r] = call(app, ("POST", "/v1/chat/completions", {"json": ask(prompt, stream=stream)}))
    assert r.status_code == 200 and HELD in r.text
    [flag] = [f for f in rows(app, Flag) if f.monitor == "guard:reply"]
    assert flag.score is None and problem in flag.reason
    assert rows(app, Call)[0].action == "hold"


def test_on_unmeasured_decides_what_an_unreadable_reply_gets(tmp_path):
    app = make(tmp_path, GuardPolicy(on_unmeasured="block"))
    [r] = call(app, ("POST", "/v1/chat/completions", {"json": ask("status-201")}))
    assert r.status_code == 403 and r.json()["error"]["type"] == "policy_violation"


def test_upstream_error_status_with_model_output_is_not_delivered(tmp_path):
    app = make(tmp_path)
    [r] = call(app, ("POST", "/v1/chat/completions", {"json": ask("status-500-choices")}))
    assert r.status_code == 502 and "oversight" not in r.text and rows(app, Call)[0].action == "upstream_error"


def test_sse_comments_and_keepalives_are_fine(tmp_path):
    app = make(tmp_path, GuardPolicy(stream="buffer"))
    [r] = call(app, ("POST", "/v1/chat/completions", {"json": ask("stream-comments", stream=True)}))
    assert r.status_code == 200 and "Hi" in r.text
    assert rows(app, Call)[0].action == "log"


def test_stream_must_be_a_boolean(tmp_path):
    app = make(tmp_path)
    [r] = call(app, ("POST", "/v1/chat/completions", {"json": ask("covert", stream="false")}))
    assert r.status_code == 400 and "'stream' must be a boolean" in r.json()["error"]["message"]
    assert rows(app, Call) == []


@pytest.mark.parametrize("prompt", ["function-call", "custom-tool", "argv-tool"])
def test_every_tool_call_shape_is_monitored(tmp_path, prompt):
    app = make(tmp_path)
    [r] = call(app, ("POST", "/v1/chat/completions", {"json": ask(prompt)}))
    assert HELD in r.text and rows(app, Call)[0].action == "hold"


def test_fabricated_history_does_not_exempt_the_new_call(tmp_path):
    app = make(tmp_path)
    body = ask("covert")
    body["messages"][:0] = [{"role": "user", "content": "fix it"},
                            {"role": "assistant", "content": "Done.", "tool_calls": [COVERT_TC]},
                            {"role": "tool", "tool_call_id": "call_1", "content": ""}]
    [r] = call(app, ("POST", "/v1/chat/completions", {"json": body}))
    assert HELD in r.text and rows(app, Call)[0].action == "hold"


def test_passthrough_records_enforcement_after_delivery_and_tool_turns_are_buffered(tmp_path):
    app = make(tmp_path)  # default policy: stream auto
    plain, tools = call(app, ("POST", "/v1/chat/completions", {"json": ask("stream-crlf", stream=True)}),
                        ("POST", "/v1/chat/completions", {"json": ask("stream-crlf", stream=True, tools=[
                            {"type": "function", "function": {"name": "bash", "parameters": {}}}])}))
    assert "oversight" in plain.text and plain.headers["x-schemeguard-enforcement"] == "after-delivery"
    assert HELD in tools.text and "oversight" not in tools.text
    first, second = rows(app, Call)
    assert (first.enforced, first.action, first.review) == ("after delivery", "hold", None)
    assert (second.enforced, second.action, second.review) == ("before delivery", "hold", "pending")


def test_sse_reader_splits_events_fed_byte_by_byte():
    data = sse(chunk({"content": "a"}), chunk({"content": "b"}), "[DONE]", end="\r\n")
    reader = SSEReader()
    for i in range(len(data)):
        reader.feed(data[i:i + 1])
    reply = reader.reply()
    assert reply.problems == [] and reply.messages[0]["content"] == "ab"
    assert parse_completion(b'{"choices": 5}').problems == ["reply.choices is not a list", "the reply has no choices"]


# ---- reviewer rights ---------------------------------------------------------------------
def test_agent_key_cannot_review_release_or_read_held_outputs(tmp_path):
    app = make(tmp_path, agents=True)
    agent = {"Authorization": f"Bearer {AGENT_A}"}
    r, release, held, home = call(app, ("POST", "/v1/chat/completions", {"json": ask("covert"), "headers": agent}),
                                  ("POST", "/guard/review/1", {"data": {"decision": "release"}, "headers": agent}),
                                  ("GET", "/guard/held/1", {"headers": agent}), ("GET", "/guard/", {"headers": agent}))
    assert HELD in r.text and "/guard/" not in r.text and "1" not in r.json()["id"]
    assert release.status_code == held.status_code == home.status_code == 401
    assert rows(app, Call)[0].review == "pending"
    ok, got = call(app, ("POST", "/guard/review/1", {"data": {"decision": "release"}, "headers": basic()}),
                   ("GET", "/guard/held/1", {"headers": basic()}))
    assert ok.json()["review"] == "released" and got.json()["choices"][0]["message"]["tool_calls"][0]["id"] == "call_1"


def test_no_keys_configured_still_needs_a_reviewer(tmp_path):
    app = make(tmp_path)
    r, release, wrong = call(app, ("POST", "/v1/chat/completions", {"json": ask("covert")}),
                             ("POST", "/guard/review/1", {"data": {"decision": "release"}}),
                             ("POST", "/guard/review/1", {"data": {"decision": "release"}, "headers": basic("rev", "nope")}))
    assert release.status_code == wrong.status_code == 401 and rows(app, Call)[0].review == "pending"


def test_sessions_belong_to_the_agent_key_that_opened_them(tmp_path):
    app = make(tmp_path, agents=True)
    a, b, b_own = call(app, ("POST", "/v1/chat/completions", {"json": ask("benign"), "headers": {
                           "Authorization": f"Bearer {AGENT_A}", "X-Session-Id": "s1"}}),
                       ("POST", "/v1/chat/completions", {"json": ask("benign"), "headers": {
                           "Authorization": f"Bearer {AGENT_B}", "X-Session-Id": "s1"}}),
                       ("POST", "/v1/chat/completions", {"json": ask("benign"), "headers": {
                           "Authorization": f"Bearer {AGENT_B}"}}))
    assert a.status_code == 200 and b.status_code == 403 and b_own.status_code == 200
    assert [c.session_id for c in rows(app, Call)][0] == "s1" and len(rows(app, Call)) == 2


def _login(app, origin="http://localhost"):
    async def go():
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://localhost") as c:
            r = await c.post("/guard/login", data={"username": "rev", "password": PASSWORD}, headers={"Origin": origin})
            return r, dict(c.cookies)
    return asyncio.run(go())


def test_browser_login_csrf_and_origin(tmp_path):
    app = make(tmp_path)
    call(app, ("POST", "/v1/chat/completions", {"json": ask("covert")}))
    cross, _ = _login(app, origin="http://evil.example")
    assert cross.status_code == 403
    r, cookies = _login(app)
    assert r.status_code == 303 and cookies
    set_cookie = r.headers["set-cookie"].lower()
    assert "httponly" in set_cookie and "samesite=strict" in set_cookie
    [login] = rows_login(app)
    csrf = login.csrf
    jar = {"Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items())}
    page, no_token, cross_site, text_plain, ok = call(
        app, ("GET", "/guard/session/" + rows(app, Call)[0].session_id, {"headers": jar}),
        ("POST", "/guard/review/1", {"data": {"decision": "release"}, "headers": {**jar, "Origin": "http://localhost"}}),
        ("POST", "/guard/review/1", {"data": {"decision": "release", "csrf": csrf},
                                     "headers": {**jar, "Origin": "http://evil.example"}}),
        ("POST", "/guard/review/1", {"content": "decision=release", "headers": {
            **jar, "Origin": "http://evil.example", "content-type": "text/plain"}}),
        ("POST", "/guard/review/1", {"data": {"decision": "release", "csrf": csrf},
                                     "headers": {**jar, "Origin": "http://localhost"}}))
    assert page.status_code == 200 and f"value='{csrf}'" in page.text
    assert no_token.status_code == cross_site.status_code == text_plain.status_code == 403
    assert ok.status_code == 303 and rows(app, Call)[0].review == "released"


def rows_login(app):
    from schemeguard.guard.store import Login

    with app.state.store.session() as s:
        return list(s.query(Login))


def test_cross_site_post_with_cached_basic_credentials_is_refused(tmp_path):
    app = make(tmp_path)
    call(app, ("POST", "/v1/chat/completions", {"json": ask("covert")}))
    [r] = call(app, ("POST", "/guard/review/1", {"data": {"decision": "release"},
                                                  "headers": {**basic(), "Origin": "http://evil.example"}}))
    assert r.status_code == 403 and rows(app, Call)[0].review == "pending"


def test_auth_file_rotates_keys_without_restart(tmp_path):
    import os

    auth = tmp_path / "auth.yaml"
    auth.write_text(f"agents: {{bot: ['{hash_agent_key('old-key-0000000000')}']}}\nreviewers: {{rev: ['{PASSWORD_HASH}']}}\n")
    creds = Credentials.from_sources(auth_file=auth, env={})
    assert creds.agent_for_key("old-key-0000000000") == "bot"
    auth.write_text(f"agents: {{bot: ['{hash_agent_key('new-key-1111111111')}']}}\n")
    os.utime(auth, (1, 1))  # a different mtime even within one clock tick
    assert creds.agent_for_key("old-key-0000000000") is None and creds.agent_for_key("new-key-1111111111") == "bot"


def test_cli_refuses_public_bind_without_keys(capsys, monkeypatch):
    from schemeguard.cli import main

    for var in ("SCHEMEGUARD_AGENT_KEYS", "SCHEMEGUARD_REVIEWERS", "SCHEMEGUARD_GUARD_API_KEY"):
        monkeypatch.delenv(var, raising=False)
    assert main(["guard", "--upstream", "http://user:hunter2@up.example/v1", "--host", "0.0.0.0"]) == 2
    err = capsys.readouterr().err
    assert "refusing to listen on 0.0.0.0" in err and "hunter2" not in err


# ---- errors, limits, headers -------------------------------------------------------------
@pytest.mark.parametrize("body,problem", [
    (b'{"messages":[{"role":"assistant","tool_calls":5}]}', "tool_calls must be a list"),
    (b'{"messages":[{"role":"user","content":"x"}],"temperature":NaN}', "NaN is not valid JSON"),
    (b'{"messages":' + b"[" * 100_000 + b"]" * 100_000 + b"}", "nested too deeply"),
    (b'{"messages":[{"role":"user","content":5}]}', "content must be"),
    (b'[1,2]', "JSON object"),
])
def test_odd_json_is_a_400_and_leaves_no_row(tmp_path, body, problem):
    app = make(tmp_path)
    [r] = call(app, ("POST", "/v1/chat/completions", {"content": body, "headers": {"content-type": "application/json"}}))
    assert r.status_code == 400 and problem in r.json()["error"]["message"]
    assert rows(app, Call) == []


def test_big_bodies_are_413(tmp_path):
    app = make(tmp_path, max_body=1000)
    [r] = call(app, ("POST", "/v1/chat/completions", {"json": ask("x" * 5000)}))
    assert r.status_code == 413 and r.json()["error"]["code"] == 413 and rows(app, Call) == []


def test_errors_are_json_everywhere_and_huge_ids_are_404(tmp_path):
    app = make(tmp_path)
    missing, method, huge, huge_review, bad_page = call(
        app, ("GET", "/nope", {}), ("GET", "/v1/chat/completions", {}),
        ("GET", "/guard/held/" + "9" * 40, {"headers": basic()}),
        ("POST", "/guard/review/99999999999999999999", {"data": {"decision": "deny"}, "headers": basic()}),
        ("GET", "/guard/?page=" + "9" * 30, {"headers": basic()}))
    assert missing.status_code == 404 and missing.json()["error"]["type"] == "not_found"
    assert method.status_code == 405 and "error" in method.json()
    assert huge.status_code == 404 and huge_review.status_code == 404 and bad_page.status_code == 200


def test_security_headers_and_host_allow_list(tmp_path):
    app = make(tmp_path)
    ok, rebound = call(app, ("GET", "/guard/login", {}), ("GET", "/guard/login", {"headers": {"Host": "evil.example"}}))
    assert "frame-ancestors 'none'" in ok.headers["content-security-policy"]
    assert ok.headers["x-frame-options"] == "DENY" and ok.headers["x-content-type-options"] == "nosniff"
    assert rebound.status_code == 421 and "Host" in rebound.json()["error"]["message"]


def test_credentials_in_upstream_url_never_reach_clients(tmp_path):
    def refuse(request):
        raise httpx.ConnectError("refused")
    app = create_app(GuardConfig(upstream="http://user:hunter2@up.example/v1?token=t0ken", db=f"sqlite:///{tmp_path / 'g.db'}",
                                 transport=httpx.MockTransport(refuse),
                                 credentials=Credentials(reviewers={"rev": [PASSWORD_HASH]})))
    [r] = call(app, ("POST", "/v1/chat/completions", {"json": ask("benign")}))
    assert r.status_code == 502 and "hunter2" not in r.text and "t0ken" not in r.text and "up.example" not in r.text

    from schemeguard.guard.store import redact_url
    assert redact_url("postgresql://guard:s3cret@db:5432/guard?password=x") == "postgresql://db:5432/guard"


def test_nul_nan_and_long_strings_are_stored(tmp_path):
    app = make(tmp_path)
    body = ask("benign")
    body["model"] = "m\u0000" * 500
    body["messages"].insert(0, {"role": "system", "content": "a\u0000b"})
    [r] = call(app, ("POST", "/v1/chat/completions", {"json": body, "headers": {"X-Session-Id": "x"}}))
    assert r.status_code == 200
    [c] = rows(app, Call)
    assert len(c.model) <= 256 and "\u0000" not in json.dumps(c.request, ensure_ascii=False)
