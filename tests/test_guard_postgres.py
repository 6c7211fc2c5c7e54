"""The guard on a real PostgreSQL server (started by the test; skipped with the reason when the
server or the driver is not installed): first calls of new sessions, two replicas on one
database (migrations once, concurrent first calls of one session), NUL/NaN/long values."""

from __future__ import annotations

import asyncio
import json
import threading

import httpx
import pytest

from tests.pg_server import PostgresServer, missing
from tests.test_guard_attacks import PASSWORD_HASH, ask, upstream

from schemeguard.guard import Credentials, GuardConfig, GuardPolicy, create_app
from schemeguard.guard.store import Call, GuardSession, Store

pytestmark = pytest.mark.skipif(missing() is not None, reason=missing() or "")


@pytest.fixture(scope="module")
def server():
    with PostgresServer() as pg:
        yield pg


def replica(url: str, policy: GuardPolicy | None = None):
    return create_app(GuardConfig(upstream="http://up/v1", db=url, policy=policy or GuardPolicy(),
                                  credentials=Credentials(reviewers={"rev": [PASSWORD_HASH]}),
                                  transport=httpx.ASGITransport(app=upstream())))


def rows(app, model):
    with app.state.store.session() as s:
        return list(s.query(model).order_by(model.id))


async def post(app, body, headers=None):
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://localhost") as c:
        return await c.post("/v1/chat/completions", json=body, headers=headers or {})


def test_first_call_of_a_new_session_and_a_hold(server):
    app = replica(server.database("first"))
    benign, covert = asyncio.run(post(app, ask("benign"))), asyncio.run(post(app, ask("covert")))
    assert benign.status_code == 200 and "Hello." in benign.text
    assert covert.status_code == 200 and "held for human review" in covert.text
    assert [c.action for c in rows(app, Call)] == ["log", "hold"]


def test_two_replicas_migrate_once_and_share_sessions_race_free(server):
    url = server.database("replicas")
    apps: list = [None, None]
    errors: list = []

    def start(i: int) -> None:
        try:
            apps[i] = replica(url)
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append(e)
    threads = [threading.Thread(target=start, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == [] and all(apps)
    from schemeguard.guard.migrations import current

    assert current(apps[0].state.store.engine) == "0003"

    async def burst():  # 40 concurrent first calls of one new session, half on each replica
        return await asyncio.gather(*(post(apps[i % 2], ask("benign"), {"X-Session-Id": "shared"}) for i in range(40)))
    responses = asyncio.run(burst())
    assert [r.status_code for r in responses] == [200] * 40
    assert len(rows(apps[0], GuardSession)) == 1 and len(rows(apps[1], Call)) == 40


def test_nul_nan_and_long_values_are_stored(server):
    url = server.database("values")
    app = replica(url, GuardPolicy(stream="buffer"))
    body = ask("stream-nul", stream=True)
    body["model"] = "m\u0000" * 400
    body["messages"].insert(0, {"role": "system", "content": "nul \u0000 here"})
    r = asyncio.run(post(app, body))
    assert r.status_code == 200 and "held for human review" in r.text
    [call] = rows(app, Call)
    assert call.action == "hold" and call.review == "pending" and len(call.model) <= 256
    assert "oversight_config.yaml" in json.dumps(call.response)
    store = Store(url)  # a third process start: nothing to migrate, nothing lost
    assert store.call(call.id).action == "hold"


def test_concurrent_first_calls_on_one_replica(server):
    app = replica(server.database("burst"))

    async def burst():
        return await asyncio.gather(*(post(app, ask("benign"), {"X-Session-Id": f"s{i % 4}"}) for i in range(32)))
    assert [r.status_code for r in asyncio.run(burst())] == [200] * 32
    assert len(rows(app, GuardSession)) == 4



def test_batched_calls_are_stored_like_single_ones(server):
    from tests.test_guard_writer import batched_calls_are_stored_like_single_ones

    batched_calls_are_stored_like_single_ones(server.database("batched"))
