"""The SQLite hot path writes call row sets through the driver (`store.DriverInserts`), not
SQLAlchemy Core: differential test. The same row sets, written both ways into two databases,
leave byte-identical tables (every column's value and SQLite storage class, every id)."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone

import pytest

import schemeguard.guard.store as store_module
from schemeguard.guard.store import Store

TABLES = ("sessions", "messages", "calls", "flags", "decisions")
OPENING = [{"role": "system", "content": "sys \u0000 nul"}, {"role": "user", "content": "tâche 任务 😀"}]


def _batches():
    """Row sets covering each column's values: None, NaN, NUL, non-ASCII, nested JSON, booleans,
    an integer beyond 64 bits (the json fallback), missing fields (a cancelled call), a Responses
    `input` list, a request without a list, and messages shared between calls of a batch."""
    tool = {"role": "assistant", "content": None, "tool_calls": [{"id": "t", "type": "function",
                                                                  "function": {"name": "bash", "arguments": "{\"command\": \"ls\"}"}}]}
    flag = {"monitor": "rules", "score": 0.25, "status": "ok", "evidence": ["e \u0000", "ü"], "reason": None}
    unmeasured = {"monitor": "guard:reply", "score": None, "status": "error", "evidence": [], "reason": "not readable"}
    full = {"upstream_status": 200, "latency_ms": 1.5, "response": {"choices": [{"message": tool}], "n": float("nan")},
            "reasoning": "think", "action": "log", "review": None, "enforced": "before delivery"}
    return [
        [("a", {"model": "m", "messages": OPENING}, True, full, [flag], [])],
        [("a", {"model": "m", "messages": OPENING + [tool]}, False, full, [flag, unmeasured], [("alert", "n \u0000")]),
         ("a", {"model": "m", "messages": OPENING + [tool, {"role": "tool", "content": "x"}]}, False,
          {**full, "action": "hold", "review": "pending", "latency_ms": float("inf")}, [flag], [("hold", "held")]),
         ("b", {"model": 5, "messages": OPENING, "big": 2**70, "temperature": 0.1}, False, {"action": "cancelled"}, [], [])],
        [("c", {"model": "r", "input": [{"role": "user", "content": "hi"}], "stream": True}, True,
          {"action": "upstream_error", "upstream_status": 502, "response": {"raw": "x" * 50}}, [], []),
         ("c", {"model": "r", "input": "plain string"}, False, {**full, "response": None, "reasoning": None}, [unmeasured], []),
         ("a", {"model": "m", "messages": OPENING + [tool, {"role": "tool", "content": "y"}]}, False, full, [flag],
          [("alert", "a"), ("block", "b")])],
    ]


def _write(db: str, driver: bool, monkeypatch) -> Store:
    store = Store(db)
    if not driver:
        store._driver = None
    assert (store._driver is not None) == driver
    for sid in ("a", "b", "c"):
        store.claim_sync(sid, "agent")
    for batch in _batches():
        jobs = [store._call_job(store.prepare(sid, request, stream), fields, flags, decisions, {})
                for sid, request, stream, fields, flags, decisions in batch]
        with store.engine.begin() as conn:  # one writer cycle: the whole batch in one transaction
            results = store._insert_calls(conn, jobs)
        for job, (_, ids) in zip(jobs, results):
            store._remember(job.call.session_id, job.call.messages, ids)
    # a replica whose prefix cache is empty: every message of "a" is a conflict, looked up
    other = Store(db, migrate=False)
    if not driver:
        other._driver = None
    other.add_call_sync(other.prepare("a", {"model": "m", "messages": OPENING + [tool_reply()]}, False),
                        {"action": "log"}, [{"monitor": "rules", "score": 0.0, "status": "ok", "evidence": [], "reason": None}])
    store.writer.close()
    other.writer.close()
    return store


def tool_reply() -> dict:
    return {"role": "tool", "content": "z"}


def _dump(path: str) -> dict[str, list[tuple]]:
    con = sqlite3.connect(path)
    out = {}
    for table in TABLES:
        columns = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
        select = ", ".join(f"{c}, typeof({c})" for c in columns)
        out[table] = con.execute(f"SELECT {select} FROM {table} ORDER BY rowid").fetchall()
    con.close()
    return out


def test_driver_inserts_store_exactly_what_core_stores(tmp_path, monkeypatch):
    moment = datetime(2026, 11, 28, 10, 0, 0, 123456, tzinfo=timezone.utc)
    monkeypatch.setattr(store_module, "_now", lambda: moment)  # both databases' timestamps alike
    core = _write(f"sqlite:///{tmp_path / 'core.db'}", False, monkeypatch)
    driver = _write(f"sqlite:///{tmp_path / 'driver.db'}", True, monkeypatch)
    a, b = _dump(str(tmp_path / "core.db")), _dump(str(tmp_path / "driver.db"))
    assert [len(a[t]) for t in TABLES] == [3, 9, 8, 7, 4]  # every kind of row was written
    for table in TABLES:
        assert a[table] == b[table], table
    # and read back through the ORM alike (a None response is stored as JSON null by both)
    for call_id in range(1, 9):
        x, y = core.call(call_id), driver.call(call_id)
        assert (x.created, x.stream, x.response, core.request(x)) == (y.created, y.stream, y.response, driver.request(y))
        assert [(f.monitor, f.score, f.evidence, f.created) for f in core.flags([call_id])] == \
               [(f.monitor, f.score, f.evidence, f.created) for f in driver.flags([call_id])]


def test_a_row_missing_a_column_is_left_to_core(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'g.db'}")
    assert store._driver is not None
    assert store._driver.takes([{**store_module.CALL_DEFAULTS, "session_id": "a", "created": None, "model": "",
                                 "stream": False, "request": {}, "message_runs": None}])
    assert not store._driver.takes([{"session_id": "a"}])
    store.writer.close()


if __name__ == "__main__":
    pytest.main([__file__, "-q"])
