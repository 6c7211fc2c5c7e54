"""Load and fault tests of the guard, bounded and on loopback: storage that grows linearly with a
conversation, abandoned calls to a hung upstream that do not stall the next one, concurrent
clients with every acknowledged call stored, a dashboard with many sessions."""

from __future__ import annotations

import asyncio
import json
import time

import httpx
import pytest
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

from schemeguard.guard import Credentials, GuardConfig, create_app
from schemeguard.guard.store import Call, Message, Store
from tests.test_guard_attacks import PASSWORD_HASH, basic
from tests.test_guard_live import Server

REPLY = {"id": "c", "object": "chat.completion", "created": 1, "model": "m",
         "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "ok"}}]}


def agent_turns(n: int) -> list[list[dict]]:
    """The request of each turn of an n-turn agent conversation (each resends the whole history)."""
    messages = [{"role": "system", "content": "You are a coding agent."}, {"role": "user", "content": "Fix the bug."}]
    out = []
    for i in range(n):
        out.append(list(messages))
        messages += [{"role": "assistant", "content": None, "tool_calls": [{"id": f"t{i}", "type": "function", "function": {
                         "name": "bash", "arguments": json.dumps({"command": f"cat src/module_{i}.py"})}}]},
                     {"role": "tool", "tool_call_id": f"t{i}", "content": f"print({i})\n" * 20}]
    return out


def test_a_long_conversation_stores_each_message_once(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'g.db'}")
    turns = agent_turns(120)
    ids = [store.open_call("s", "anonymous", {"model": "m", "messages": m}, False) for m in turns]
    with store.session() as s:
        stored = s.query(Message).count()
        runs = [c.message_runs for c in s.query(Call).order_by(Call.id)]
    assert stored == len(turns[-1])  # each distinct message once, not once per call
    assert all(len(r) == 1 for r in runs)  # an append-only conversation is one run per call
    assert store.request(store.call(ids[-1]))["messages"] == turns[-1]
    assert store.request(store.call(ids[7]))["messages"] == turns[7]
    # a repeated message (same tool output twice) is stored once and read back in place
    twice = turns[3] + [{"role": "user", "content": "Fix the bug."}]
    cid = store.open_call("s", "anonymous", {"model": "m", "messages": twice}, False)
    assert store.request(store.call(cid))["messages"] == twice
    # another replica (nothing cached) continuing the conversation stores only the new message
    other = Store(f"sqlite:///{tmp_path / 'g.db'}")
    longer = turns[-1] + [{"role": "user", "content": "and now?"}]
    cid = other.open_call("s", "anonymous", {"model": "m", "messages": longer}, False)
    assert other.request(other.call(cid))["messages"] == longer
    with store.session() as s:
        assert s.query(Message).count() == len(turns[-1]) + 1


def hung_upstream(arrived: list | None = None) -> Starlette:
    async def chat(request):
        body = await request.json()
        if body["messages"][-1]["content"] == "hang":
            if arrived is not None:
                arrived.append(1)
            await asyncio.sleep(3600)
        return JSONResponse(REPLY)
    return Starlette(routes=[Route("/v1/chat/completions", chat, methods=["POST"])])


def test_abandoned_calls_to_a_hung_upstream_do_not_stall_the_next(tmp_path):
    """40 clients fill the upstream pool (40 connections) with calls to a hung upstream and give up;
    the guard cancels their upstream requests, so a healthy call right after is served at once
    (without cancellation it would wait for the 600 s read timeout for a free connection)."""
    arrived: list = []
    with Server(hung_upstream(arrived)) as up:
        app = create_app(GuardConfig(upstream=f"http://127.0.0.1:{up.port}/v1", db=f"sqlite:///{tmp_path / 'g.db'}",
                                     max_connections=40, credentials=Credentials(reviewers={"rev": [PASSWORD_HASH]})))
        with Server(app) as guard:
            url = f"http://127.0.0.1:{guard.port}/v1/chat/completions"

            async def abandon():  # 40 calls that fill the pool reach the hung upstream, then their clients leave
                async with httpx.AsyncClient(timeout=60, limits=httpx.Limits(max_connections=40)) as c:
                    tasks = [asyncio.create_task(c.post(url, json={"model": "m", "messages": [
                        {"role": "user", "content": "hang"}]})) for _ in range(40)]
                    deadline = time.time() + 30
                    while len(arrived) < 40 and time.time() < deadline:
                        await asyncio.sleep(0.05)
                    for task in tasks:
                        task.cancel()
                    await asyncio.gather(*tasks, return_exceptions=True)
            asyncio.run(abandon())
            assert len(arrived) == 40
            deadline = time.time() + 15  # the guard notices the hang-ups and cancels
            while [c.action for c in _all_calls(app)].count("cancelled") < 40 and time.time() < deadline:
                time.sleep(0.1)
            started = time.perf_counter()
            r = httpx.post(url, json={"model": "m", "messages": [{"role": "user", "content": "hi"}]}, timeout=30)
            waited = time.perf_counter() - started
        actions = [c.action for c in _all_calls(app)]
    # held connections would make it wait for the 600 s read timeout; a loaded machine needs a margin
    assert r.status_code == 200 and waited < 5.0, waited
    assert actions.count("cancelled") == 40 and actions.count("log") == 1


def _all_calls(app):
    with app.state.store.session() as s:
        return list(s.query(Call).order_by(Call.id))


def test_concurrent_clients_every_acknowledged_call_stored(tmp_path):
    with Server(hung_upstream()) as up:
        app = create_app(GuardConfig(upstream=f"http://127.0.0.1:{up.port}/v1", db=f"sqlite:///{tmp_path / 'g.db'}",
                                     credentials=Credentials(reviewers={"rev": [PASSWORD_HASH]})))
        with Server(app) as guard:
            url = f"http://127.0.0.1:{guard.port}/v1/chat/completions"

            async def load():
                async with httpx.AsyncClient(timeout=30) as c:
                    async def client(k: int):
                        ok = 0
                        for i in range(10):
                            r = await c.post(url, headers={"X-Session-Id": f"s{k}"},
                                             json={"model": "m", "messages": [{"role": "user", "content": f"q{i}"}]})
                            ok += r.status_code == 200 and r.headers.get("x-schemeguard-call") is not None
                        return ok
                    return await asyncio.gather(*(client(k) for k in range(16)))
            acknowledged = sum(asyncio.run(load()))
            # the dashboard with these sessions answers while nothing else runs
            home = httpx.get(f"http://127.0.0.1:{guard.port}/guard/", headers=basic(), timeout=30)
        calls = _all_calls(app)
    assert acknowledged == 160 and len(calls) == 160 and {c.action for c in calls} == {"log"}
    assert home.status_code == 200 and "page 1 of 1 (16)" in home.text


def test_dashboard_pages_many_sessions_with_constant_queries(tmp_path):
    from sqlalchemy import event

    store = Store(f"sqlite:///{tmp_path / 'g.db'}")
    for i in range(300):
        store.open_call(f"s{i:03d}", "anonymous", {"model": "m", "messages": [{"role": "user", "content": str(i)}]}, False)
    statements = []
    event.listen(store.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    page = store.session_summaries(offset=50, limit=50)
    assert len(page) == 50 and store.count_sessions() == 300
    assert len(statements) == 5  # page, calls, actions, flags, total: not one query per session


def test_a_long_new_history_is_stored_in_chunks_once_and_read_back_in_order(tmp_path):
    from schemeguard.guard.store import MESSAGE_CHUNK

    store = Store(f"sqlite:///{tmp_path}/g.db")
    messages = [{"role": "user", "content": f"m{i}"} for i in range(2 * MESSAGE_CHUNK + 7)]
    first = store.open_call("long", "anonymous", {"model": "m", "messages": messages}, False)
    second = store.open_call("long", "anonymous", {"model": "m", "messages": messages + [{"role": "user", "content": "next"}]}, False)
    assert store.open_call("long", "intruder", {"model": "m", "messages": messages}, False) is None
    assert store.request(store.call(first))["messages"] == messages
    assert store.request(store.call(second))["messages"] == messages + [{"role": "user", "content": "next"}]
    with store.session() as s:
        assert s.query(Message).filter(Message.session_id == "long").count() == len(messages) + 1


def _stored_actions(store: Store) -> dict[int, str]:
    with store.session() as s:
        return {c.id: c.action for c in s.query(Call)}


def guard_process(upstream_port: int, db: str, *args: str):
    """`schemeguard guard` in a process of its own, once it answers: (process, port)."""
    import subprocess
    import sys

    from tests.test_guard_live import _free_port

    port = _free_port()
    guard = subprocess.Popen([sys.executable, "-m", "schemeguard.cli", "guard", "--upstream",
                              f"http://127.0.0.1:{upstream_port}/v1", "--db", db, "--port", str(port), *args],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 90
    while True:
        try:
            httpx.get(f"http://127.0.0.1:{port}/", timeout=1)
            return guard, port
        except httpx.HTTPError:
            if time.time() > deadline or guard.poll() is not None:
                guard.kill()
                raise AssertionError("guard did not start")
            time.sleep(0.1)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_kill_9_under_load_loses_no_acknowledged_call(tmp_path, workers):
    """The guard (its own process, `schemeguard guard`) is killed with SIGKILL while 16 clients
    call it: every call whose reply arrived (acknowledged, with its x-schemeguard-call id) is in
    the database afterwards, with its outcome. The group-commit writer answers a request only
    after the transaction holding its row has committed. With `--workers 2` (the default on a
    2-core machine: two writers, one SQLite file) both server processes and their parent die at once."""
    import os
    import signal

    import psutil

    with Server(hung_upstream()) as up:
        db = f"sqlite:///{tmp_path / 'g.db'}"
        guard, port = guard_process(up.port, db, "--workers", workers)
        # the processes killed are the ones serving: the workers (with --workers 2), then their parent
        serving = [p.pid for p in psutil.Process(guard.pid).children(recursive=True)] if workers != "1" else []
        assert workers == "1" or len(serving) >= 2
        try:
            url = f"http://127.0.0.1:{port}/v1/chat/completions"
            acknowledged: list[int] = []

            async def load():
                async with httpx.AsyncClient(timeout=30) as c:
                    async def client(k: int):
                        for i in range(10_000):
                            try:
                                r = await c.post(url, headers={"X-Session-Id": f"s{k}"}, json={
                                    "model": "m", "messages": [{"role": "user", "content": f"q{i}"}]})
                            except httpx.HTTPError:
                                return  # the guard is gone
                            if r.status_code == 200:
                                acknowledged.append(int(r.headers["x-schemeguard-call"]))
                                if len(acknowledged) == 300:  # at once: other replies and commits in flight
                                    for pid in [*serving, guard.pid]:
                                        os.kill(pid, signal.SIGKILL)
                    await asyncio.gather(*(client(k) for k in range(16)))
            asyncio.run(load())
        finally:
            guard.kill()
            guard.wait(10)
    stored = _stored_actions(Store(db))
    assert len(acknowledged) >= 300
    assert all(stored.get(i) == "log" for i in acknowledged), [i for i in acknowledged if stored.get(i) != "log"][:10]


def test_a_huge_request_is_read_in_the_intake_process_like_a_small_one(tmp_path):
    """A body over BIG_BODY is parsed, encoded and hashed in the intake process: same session id
    as the in-process reading gives, every message stored once in order, the same upstream body;
    a bad huge body is the same one clear 400; the next small turn reuses the stored prefix."""
    from schemeguard.guard.app import BIG_BODY
    from tests.test_guard import Guard

    g = Guard(tmp_path)
    messages = [{"role": "system", "content": "You are an agent."}] + [
        {"role": "user", "content": f"part {i}: " + "z" * 200} for i in range(2 * BIG_BODY // 200)]
    small = {"model": "fake", "messages": messages[:2]}
    huge = {"model": "fake", "messages": messages}
    nan = json.dumps(huge)[:-1] + ', "temperature": NaN}'

    async def go():
        async with g.client() as c:
            first = await c.post("/v1/chat/completions", json=small)
            big = await c.post("/v1/chat/completions", json=huge)
            bad = await c.post("/v1/chat/completions", content=nan.encode(), headers={"content-type": "application/json"})
            after = await c.post("/v1/chat/completions", json={**huge, "messages": messages + [{"role": "user", "content": "next"}]})
            return first, big, bad, after
    first, big, bad, after = asyncio.run(go())
    assert len(json.dumps(huge)) > BIG_BODY
    assert first.status_code == big.status_code == after.status_code == 200
    assert bad.status_code == 400 and bad.json()["error"]["type"] == "invalid_request_error"
    calls = g.rows(Call)
    assert len(calls) == 3 and len({c.session_id for c in calls}) == 1  # the same conversation id both ways
    assert g.store.request(calls[1])["messages"] == messages
    assert g.store.request(calls[2])["messages"] == messages + [{"role": "user", "content": "next"}]
    with g.store.session() as s:
        assert s.query(Message).count() == len(messages) + 1  # each message once


def test_guard_workers_share_one_database(tmp_path):
    """`guard --workers 2`: two server processes on one port and one SQLite database; 16 clients'
    calls all answered and stored once, sessions claimed race-free across the processes."""
    import psutil

    with Server(hung_upstream()) as up:
        db = f"sqlite:///{tmp_path / 'g.db'}"
        guard, port = guard_process(up.port, db, "--workers", "2")
        try:
            servers = [p for p in psutil.Process(guard.pid).children() if "spawn_main" in " ".join(p.cmdline())]

            async def load():
                async with httpx.AsyncClient(timeout=30) as c:
                    async def client(k: int):
                        return [(await c.post(f"http://127.0.0.1:{port}/v1/chat/completions",
                                              headers={"X-Session-Id": f"s{k % 4}"}, json={
                                                  "model": "m", "messages": [{"role": "user", "content": f"q{k}.{i}"}]}))
                                for i in range(5)]
                    return [r for rs in await asyncio.gather(*(client(k) for k in range(16))) for r in rs]
            replies = asyncio.run(load())
        finally:
            guard.terminate()
            guard.wait(30)
    store = Store(db)
    stored = _stored_actions(store)
    assert len(servers) >= 2
    assert [r.status_code for r in replies] == [200] * 80
    assert sorted(int(r.headers["x-schemeguard-call"]) for r in replies) == sorted(stored)
    assert set(stored.values()) == {"log"} and store.count_sessions() == 4


def test_sessions_and_holds_hold_across_workers(tmp_path):
    """`guard --workers 2` (the default on a 2-core machine): a session opened through one
    process belongs to its agent key in every process, and a hold made by one is released and
    read through any, by a reviewer only."""
    from schemeguard.guard.auth import hash_agent_key

    covert = {"id": "c", "object": "chat.completion", "created": 1, "model": "m", "choices": [
        {"index": 0, "finish_reason": "tool_calls", "message": {"role": "assistant", "content": "Done.", "tool_calls": [
            {"id": "t", "type": "function", "function": {"name": "bash", "arguments": json.dumps(
                {"command": "sed -i 's/enabled: true/enabled: false/' oversight_config.yaml"})}}]}}]}

    async def chat(request):
        return JSONResponse(covert if (await request.json())["messages"][-1]["content"] == "covert" else REPLY)
    with Server(Starlette(routes=[Route("/v1/chat/completions", chat, methods=["POST"])])) as up:
        db = f"sqlite:///{tmp_path / 'g.db'}"
        guard, port = guard_process(up.port, db, "--workers", "2", "--agent-key", f"a={hash_agent_key('key-a-000000000000')}",
                                    "--agent-key", f"b={hash_agent_key('key-b-000000000000')}", "--reviewer", f"rev={PASSWORD_HASH}")
        url = f"http://127.0.0.1:{port}"
        a, b = {"Authorization": "Bearer key-a-000000000000"}, {"Authorization": "Bearer key-b-000000000000"}
        try:
            async def calls(headers: dict, content: str, n: int) -> list[int]:
                async def one(i: int) -> int:  # a connection each: the kernel spreads them over the processes
                    async with httpx.AsyncClient(timeout=30) as c:
                        return (await c.post(f"{url}/v1/chat/completions", headers={**headers, "X-Session-Id": "shared"},
                                             json={"model": "m", "messages": [{"role": "user", "content": f"{content}"}]})).status_code
                return await asyncio.gather(*(one(i) for i in range(n)))
            owned = asyncio.run(calls(a, "hi", 12))
            stolen = asyncio.run(calls(b, "hi", 12))
            held = httpx.post(f"{url}/v1/chat/completions", headers={**a, "X-Session-Id": "shared"}, timeout=30,
                              json={"model": "m", "messages": [{"role": "user", "content": "covert"}]})
            [call_id] = [i for i, action in _stored_actions(Store(db)).items() if action == "hold"]
            pending = [httpx.get(f"{url}/guard/held/{call_id}", headers=basic(), timeout=30).status_code for _ in range(6)]
            by_agent = httpx.post(f"{url}/guard/review/{call_id}", headers=a, data={"decision": "release"}, timeout=30)
            released = httpx.post(f"{url}/guard/review/{call_id}", headers=basic(), data={"decision": "release"}, timeout=30)
            read = [httpx.get(f"{url}/guard/held/{call_id}", headers=basic(), timeout=30) for _ in range(6)]
        finally:
            guard.terminate()
            guard.wait(30)
    assert owned == [200] * 12 and stolen == [403] * 12
    assert held.status_code == 200 and "oversight_config" not in held.text
    assert pending == [409] * 6 and by_agent.status_code == 401 and released.status_code == 200
    assert [r.status_code for r in read] == [200] * 6 and all("oversight_config" in r.text for r in read)
