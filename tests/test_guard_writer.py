"""The guard's group-commit writer: many jobs per transaction, each answered after its commit; a
failing job fails alone."""

from __future__ import annotations

import asyncio
import threading

from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, event, insert, select

from schemeguard.guard.writer import GroupWriter


def _table(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'w.db'}")
    meta = MetaData()
    rows = Table("rows", meta, Column("id", Integer, primary_key=True), Column("name", String(8), unique=True))
    meta.create_all(engine)
    return engine, rows


def test_jobs_waiting_together_share_one_transaction_and_a_bad_one_fails_alone(tmp_path):
    engine, rows = _table(tmp_path)
    writer = GroupWriter(engine)
    gate, transactions = threading.Event(), []
    event.listen(engine, "begin", lambda conn: transactions.append(1))

    def hold(conn):  # keeps the writer busy while the next jobs queue up behind it
        gate.wait(10)
        return "first"

    def add(name):
        def job(conn):
            return conn.execute(insert(rows).values(name=name)).inserted_primary_key[0]
        return job

    async def go():
        first = writer.submit(hold)
        await asyncio.sleep(0.05)
        later = [writer.submit(add(n)) for n in ("a", "b", "a", "c")]  # the second "a" breaks the unique name
        gate.set()
        return await first, await asyncio.gather(*later, return_exceptions=True)
    first, results = asyncio.run(go())
    writer.close()
    assert first == "first"
    assert isinstance(results[2], Exception) and all(isinstance(r, int) for r in results[:2] + results[3:])
    # the first job's transaction, the four queued behind it as one (rolled back), then each alone
    assert len(transactions) == 1 + 1 + 4
    with engine.connect() as conn:
        assert sorted(conn.scalars(select(rows.c.name))) == ["a", "b", "c"]  # committed; the bad row alone is gone


def test_a_reply_waits_for_the_commit(tmp_path):
    """`run` returns only after the transaction holding the job's row committed (a new connection sees it)."""
    engine, rows = _table(tmp_path)
    writer = GroupWriter(engine)

    async def go():
        row_id = await writer.run(lambda conn: conn.execute(insert(rows).values(name="x")).inserted_primary_key[0])
        with engine.connect() as conn:
            return row_id, conn.scalar(select(rows.c.name).where(rows.c.id == row_id))
    assert asyncio.run(go())[1] == "x"
    assert writer.run_sync(lambda conn: conn.scalar(select(rows.c.name))) == "x"
    writer.close()


def test_messages_stored_once_across_replicas_and_read_back_in_order(tmp_path):
    """A replica that has not seen a session's earlier call (its prefix cache is empty) inserts the
    messages another replica stored already: those come back by lookup, the new ones by RETURNING,
    and no message is stored twice."""
    from sqlalchemy import func

    from schemeguard.guard.store import Message, Store

    db = f"sqlite:///{tmp_path / 'g.db'}"
    first, second = Store(db), Store(db)
    turns = [{"role": "user", "content": f"turn {i}"} for i in range(4)]
    a = first.open_call("s", "agent", {"model": "m", "messages": turns[:2]}, False)
    b = second.open_call("s", "agent", {"model": "m", "messages": turns}, False)
    c = second.open_call("s", "agent", {"model": "m", "messages": turns + turns[:1]}, False)  # a repeat in one request
    with first.session() as s:
        assert s.scalar(select(func.count()).select_from(Message)) == 4
    for store, call_id, messages in ((first, a, turns[:2]), (first, b, turns), (second, c, turns + turns[:1])):
        assert store.request(store.call(call_id))["messages"] == messages
