"""The guard's database (SQLAlchemy): SQLite by default, PostgreSQL for many replicas
(`pip install 'schemeguard[postgres]'`, `--db postgresql://...`).

Tables: sessions (owned by the agent key that opened them), messages (each distinct message of a
session stored once), calls (the request without its messages plus the ids of its messages as
runs, the response body, reasoning, action, whether enforcement came before or after delivery:
a 200-turn conversation stores each message once, not 200 times), flags (one per monitor
result, unmeasured included), decisions (alerts, holds, blocks and reviewers' release/deny),
logins (reviewers' browser sessions: token hashes only).
Only bodies are stored, never headers: API keys cannot land here. Every value is sanitised for
both backends (no NUL characters, no NaN, strings cut to their column). The schema is made by
Alembic migrations (guard/migrations), applied once under a lock however many replicas start.
The proxy's writes (a call with its messages, flags and decisions: one row set per call) go
through one group-commit writer thread (guard/writer.py), awaited by the app until committed;
the other methods are blocking and the app calls them in worker threads.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import (JSON, Boolean, DateTime, Float, ForeignKey, Integer, String, Text, UniqueConstraint, case,
                        create_engine, event, func, select)
from sqlalchemy.engine import make_url
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from schemeguard.guard.upstream import orjson
from schemeguard.guard.writer import GroupWriter

PREFIX_CACHE_MESSAGES = 200_000
OWNER_CACHE_SESSIONS = 100_000  # session owners kept in memory (a known session's call reads nothing)  # messages of recent conversations kept to skip re-reading their prefix
MESSAGE_CHUNK = 500  # new messages written per transaction
MAX_ID = 2**31 - 1  # ids beyond an INTEGER column are not ids: 404, never a database error
MAX_TEXT = 1_000_000  # one stored string (a reply longer than this is cut, marked)
CUT = "…[cut by schemeguard]"


def _now() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    pass


class GuardSession(Base):
    __tablename__ = "sessions"
    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    owner: Mapped[str] = mapped_column(String(128), default="anonymous")  # the agent key's name
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now, index=True)


class Message(Base):
    """One distinct message of a session, stored once however many calls resend it."""

    __tablename__ = "messages"
    __table_args__ = (UniqueConstraint("session_id", "digest", name="uq_messages_session_digest"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id"))
    digest: Mapped[str] = mapped_column(String(64))
    body: Mapped[Any] = mapped_column(JSON)


class Call(Base):
    __tablename__ = "calls"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id"), index=True)
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    model: Mapped[str | None] = mapped_column(String(256))
    stream: Mapped[bool] = mapped_column(Boolean, default=False)
    request: Mapped[Any] = mapped_column(JSON)  # the request body without "messages"
    message_runs: Mapped[Any] = mapped_column(JSON, nullable=True)  # [[first message id, count], ...]
    response: Mapped[Any] = mapped_column(JSON, nullable=True)  # the upstream's response (reassembled if streamed)
    reasoning: Mapped[str | None] = mapped_column(Text, nullable=True)
    upstream_status: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # log/alert/hold/block once monitored; "unmonitored" until then (never reads as benign),
    # "upstream_error", "guard_error" (the guard failed: nothing was delivered)
    action: Mapped[str] = mapped_column(String(16), default="unmonitored")
    review: Mapped[str | None] = mapped_column(String(16), nullable=True, index=True)  # pending / released / denied
    # "before delivery" (held/blocked replies never reached the agent) or "after delivery"
    # (passthrough stream: the agent had every byte before the monitors ran)
    enforced: Mapped[str | None] = mapped_column(String(32), nullable=True)
    latency_ms: Mapped[float | None] = mapped_column(Float, nullable=True)


class Flag(Base):
    __tablename__ = "flags"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id"), index=True)
    monitor: Mapped[str] = mapped_column(String(128))
    score: Mapped[float | None] = mapped_column(Float, nullable=True)  # None: unmeasured
    status: Mapped[str] = mapped_column(String(16))
    evidence: Mapped[Any] = mapped_column(JSON)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)


class Decision(Base):
    __tablename__ = "decisions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id"), index=True)
    action: Mapped[str] = mapped_column(String(16))  # alert / hold / block / release / deny
    note: Mapped[str] = mapped_column(Text, default="")
    reviewer: Mapped[str | None] = mapped_column(String(128), nullable=True)
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)


class Login(Base):
    __tablename__ = "logins"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    reviewer: Mapped[str] = mapped_column(String(128))
    csrf: Mapped[str] = mapped_column(String(64))
    expires: Mapped[datetime] = mapped_column(DateTime(timezone=True))


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def clean(value: Any, limit: int = MAX_TEXT) -> Any:
    """A value both backends accept: NUL removed from strings (PostgreSQL refuses it in text and
    JSON), lone surrogates (valid JSON escapes that no UTF-8 column can hold) as U+FFFD, NaN/Infinity
    as None, strings cut to `limit` (marked), dict keys as strings."""
    kind = type(value)
    if kind is dict:  # the usual stored value: its short ASCII strings and plain numbers kept without a call each
        out = {}
        for k, v in value.items():
            if not (type(k) is str and len(k) <= 10_000 and k.isascii() and "\x00" not in k):
                k = clean(str(k), 10_000)
            v_kind = type(v)
            if v_kind is str:
                if not (len(v) <= limit and v.isascii() and "\x00" not in v):  # (ASCII holds no surrogate)
                    v = clean(v, limit)
            elif not (v_kind is int or v_kind is bool or v is None or (v_kind is float and math.isfinite(v))):
                v = clean(v, limit)
            out[k] = v
        return out
    if kind is list:
        return [clean(v, limit) for v in value]
    if isinstance(value, str):
        value = value.replace("\x00", "\ufffd")
        if not value.isascii() and _LONE_SURROGATE.search(value):
            value = _LONE_SURROGATE.sub("\ufffd", value)
        if len(value) <= limit:
            return value
        return value[:limit - len(CUT)] + CUT if limit > 10 * len(CUT) else value[:limit]
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {clean(str(k), 10_000): clean(v, limit) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean(v, limit) for v in value]
    return value


def column_limit(column: Any) -> int:
    length = getattr(column.type, "length", None)
    return length or MAX_TEXT


CALL_LIMITS = {c.name: column_limit(c) for c in Call.__table__.columns}  # a call column -> its longest string


def _sqlite_wal(dbapi_connection: Any, _record: Any) -> None:
    """WAL + synchronous=NORMAL: one fsync per checkpoint, not per call (safe against crashes of
    the guard; the last calls can be lost only on power loss)."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def engine_url(url: str) -> str:
    """postgresql:// means psycopg 3 (the `[postgres]` extra), not the psycopg2 SQLAlchemy assumes."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def redact_url(url: str) -> str:
    """A URL fit for a log line or an error: no user, no password, no query (tokens hide there)."""
    try:
        from urllib.parse import urlsplit, urlunsplit

        parts = urlsplit(url)
        host = parts.hostname or ""
        if parts.port:
            host = f"{host}:{parts.port}"
        return urlunsplit((parts.scheme, host, parts.path, "", ""))
    except ValueError:
        return "<unparseable URL>"


class Store:
    def __init__(self, url: str = "sqlite:///guard.db", migrate: bool = True) -> None:
        url = engine_url(url)
        kwargs: dict[str, Any] = {}
        if url.startswith("sqlite"):
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 10}
        else:  # a server that restarted leaves dead connections: test them on checkout
            kwargs.update(pool_size=10, max_overflow=20, pool_pre_ping=True)
        try:
            self.engine = create_engine(url, json_serializer=json_text, **kwargs)
        except ModuleNotFoundError as e:
            raise ValueError(f"database driver missing ({e.name}): pip install 'schemeguard[postgres]'") from None
        self.dialect = self.engine.dialect.name
        if self.dialect == "sqlite":
            event.listen(self.engine, "connect", _sqlite_wal)
        if migrate:
            from schemeguard.guard.migrations import upgrade

            upgrade(self.engine)
        self._session = sessionmaker(self.engine, expire_on_commit=False)
        # session -> (its last call's messages, their ids): a new call that extends the conversation
        # looks up only its new messages (another replica's calls just miss the cache)
        self._prefixes: OrderedDict[str, tuple[list[Any], list[int]]] = OrderedDict()
        self._prefix_lock = threading.Lock()
        self._prefix_total = 0
        self._owners: OrderedDict[str, str] = OrderedDict()  # session -> owner (owners never change)
        self._owner_lock = threading.Lock()
        self._statements()
        database = self.engine.url.database
        shared_file = self.dialect == "sqlite" and database and database != ":memory:" and not database.startswith("file:")
        # the hot path's writes, group-committed (one transaction at a time across processes on SQLite)
        self.writer = GroupWriter(self.engine, f"{database}.write-lock" if shared_file else None,
                                  keep_connection=self.dialect == "sqlite")

    def session(self) -> Session:
        return self._session()

    def _insert(self, table: Any) -> Any:
        if self.dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        return insert(table)

    # ---- the hot path: one group-committed write per call ---------------------------------
    def _statements(self) -> None:
        """Core statements built once (per call, SQLAlchemy then only looks up its compiled form)."""
        from sqlalchemy import bindparam, insert, update

        sessions, messages, calls = GuardSession.__table__, Message.__table__, Call.__table__
        self._upsert_session = self._insert(sessions).on_conflict_do_nothing(index_elements=["id"])
        self._owner_of = select(sessions.c.owner).where(sessions.c.id == bindparam("sid"))
        self._known_of = select(messages.c.digest, messages.c.id).where(
            messages.c.session_id == bindparam("sid"), messages.c.digest.in_(bindparam("digests", expanding=True)))
        self._add_messages = self._insert(messages).on_conflict_do_nothing(index_elements=["session_id", "digest"])
        # the ids of the rows it inserted, in the same statement (one round trip, not insert + select);
        # a backend without executemany RETURNING looks them up after
        self._add_messages_ids = (self._add_messages.returning(messages.c.digest, messages.c.id)
                                  if self.engine.dialect.insert_executemany_returning else None)
        self._add_session_messages_ids = (self._add_messages.returning(messages.c.session_id, messages.c.digest, messages.c.id)
                                          if self.engine.dialect.insert_executemany_returning else None)
        self._add_call = insert(calls)
        self._add_calls_ids = (insert(calls).returning(calls.c.id, sort_by_parameter_order=True)
                               if self.engine.dialect.insert_executemany_returning_sort_by_parameter_order else None)
        self._add_flags = insert(Flag.__table__)
        self._add_decisions = insert(Decision.__table__)
        self._update_call = update(calls).where(calls.c.id == bindparam("_call_id"))
        # SQLite with RETURNING: the call row sets go straight through the driver (`DriverInserts`)
        self._driver = DriverInserts(self.engine.dialect) if self.dialect == "sqlite" and self._add_calls_ids is not None else None

    def _owner_cached(self, session_id: str) -> str | None:
        with self._owner_lock:
            owner = self._owners.get(session_id)
            if owner is not None:
                self._owners.move_to_end(session_id)
            return owner

    def _cache_owner(self, session_id: str, owner: str) -> None:
        """Owners never change once stored, so a cached owner is right on every replica."""
        with self._owner_lock:
            self._owners[session_id] = owner
            while len(self._owners) > OWNER_CACHE_SESSIONS:
                self._owners.popitem(last=False)

    def _claim_job(self, session_id: str, owner: str) -> Any:
        def job(conn: Any) -> str | None:
            conn.execute(self._upsert_session, {"id": session_id, "owner": owner, "created": _now()})
            return conn.scalar(self._owner_of, {"sid": session_id})
        return job

    async def claim(self, session_id: str, owner: str) -> bool:
        """Whether `owner` may use the session, opening it for `owner` if new (race-free:
        INSERT ... ON CONFLICT DO NOTHING, then read who won). A known session costs no query."""
        session_id, owner = clean(session_id, 128), clean(owner, 128)
        stored = self._owner_cached(session_id)
        if stored is None:
            stored = await self.writer.run(self._claim_job(session_id, owner))
            self._cache_owner(session_id, stored)
        return stored == owner

    def claim_sync(self, session_id: str, owner: str) -> bool:
        session_id, owner = clean(session_id, 128), clean(owner, 128)
        stored = self._owner_cached(session_id)
        if stored is None:
            stored = self.writer.run_sync(self._claim_job(session_id, owner))
            self._cache_owner(session_id, stored)
        return stored == owner

    def prepare(self, session_id: str, request: dict[str, Any], stream: bool,
                digests: list[str] | None = None) -> "NewCall":
        """The CPU part of storing a call (cleaning, hashing only the messages not seen before):
        no database, so the app runs it on the event loop or, for a huge request, off it.
        `digests`: every message's, computed beforehand (a huge request's, in the intake process)."""
        session_id = clean(session_id, 128)
        key = conversation_key(request)
        has_list = isinstance(request.get(key), list)  # a Responses request may carry a plain string
        messages = list(request[key]) if has_list else []  # cleaned below, only those not seen before
        old_ids, tail, digests = self._unseen(session_id, messages, digests)
        rest = {k: v for k, v in request.items() if not (has_list and k == key)}
        if has_list and key != "messages":
            rest[KEY_MARK] = key
        row = {"session_id": session_id, "created": _now(), "model": clean(str(request.get("model") or ""), 256),
               "stream": stream, "request": clean(rest)}
        return NewCall(session_id, messages, old_ids, tail, digests, has_list, row)

    def _messages_job(self, call: "NewCall", at: int, end: int) -> Any:
        def job(conn: Any) -> dict[str, int]:
            return self._store_messages(conn, call.session_id, call.digests[at:end], call.tail[at:end])
        return job

    def _call_job(self, call: "NewCall", fields: dict[str, Any], flags: list[dict[str, Any]],
                  decisions: list[tuple[str, str]], known: dict[str, int]) -> "CallJob":
        now = _now()
        return CallJob(self, call, self._fields(fields), [self._flag_row(0, now=now, **f) for f in flags],
                       [{"call_id": 0, "action": a, "note": clean(n), "reviewer": None, "created": now}
                        for a, n in decisions], known)

    def _insert_calls(self, conn: Any, jobs: list["CallJob"]) -> list[tuple[int, list[int]]]:
        """The row sets of every call job waiting in one writer cycle, one statement per table (not
        three or four per call): their new messages, their call rows (ids returned in order), then
        all their flags and decisions. Returns (call id, message ids) per job."""
        if self._add_session_messages_ids is None or self._add_calls_ids is None:  # no executemany RETURNING
            return [self._insert_call(conn, job) for job in jobs]
        driver = self._driver.open(conn) if self._driver is not None else None
        found: dict[tuple[str, str], int] = {}
        new: dict[tuple[str, str], Any] = {}
        for job in jobs:
            sid = job.call.session_id
            found.update(((sid, d), i) for d, i in job.known.items())
            for d, body in zip(job.call.digests, job.call.tail):
                if (sid, d) not in found:
                    new.setdefault((sid, d), body)
        if new:
            rows_in = [{"session_id": sid, "digest": d, "body": b} for (sid, d), b in new.items()]
            found.update(((sid, d), i) for sid, d, i in (driver.messages(rows_in) if driver is not None
                                                         else conn.execute(self._add_session_messages_ids, rows_in)))
            missing: dict[str, list[str]] = {}
            for sid, d in new:
                if (sid, d) not in found:  # stored already (another replica, a call in flight beside it)
                    missing.setdefault(sid, []).append(d)
            for sid, digests in missing.items():
                found.update(((sid, d), i) for d, i in self._known(conn, sid, digests).items())
        rows, ids = [], []
        for job in jobs:
            sid = job.call.session_id
            message_ids = job.call.old_ids + [found[(sid, d)] for d in job.call.digests]
            ids.append(message_ids)
            rows.append({**CALL_DEFAULTS, **job.call.row, "message_runs": runs(message_ids) if job.call.has_list else None,
                         **job.values})
        if driver is not None and driver.takes(rows):
            call_ids = driver.calls(rows)
        else:
            call_ids = list(conn.scalars(self._add_calls_ids, rows))
        flags = [{**f, "call_id": cid} for job, cid in zip(jobs, call_ids) for f in job.flags]
        decisions = [{**d, "call_id": cid} for job, cid in zip(jobs, call_ids) for d in job.decisions]
        for table, statement, given in ((Flag.__table__, self._add_flags, flags),
                                        (Decision.__table__, self._add_decisions, decisions)):
            if given and driver is not None and driver.takes(given, table):
                driver.insert(table, given)
            elif given:
                conn.execute(statement, given)
        return list(zip(call_ids, ids))

    def _insert_call(self, conn: Any, job: "CallJob") -> tuple[int, list[int]]:
        """One call's row set alone (a backend without executemany RETURNING)."""
        call = job.call
        found = dict(job.known)
        missing = [d for d in call.digests if d not in found]
        if missing:
            at = len(call.digests) - len(missing)
            found.update(self._store_messages(conn, call.session_id, missing, call.tail[at:]))
        ids = call.old_ids + [found[d] for d in call.digests]
        row = {**call.row, "message_runs": runs(ids) if call.has_list else None, "action": "unmonitored", **job.values}
        call_id = conn.execute(self._add_call, row).inserted_primary_key[0]
        if job.flags:
            conn.execute(self._add_flags, [{**f, "call_id": call_id} for f in job.flags])
        if job.decisions:
            conn.execute(self._add_decisions, [{**d, "call_id": call_id} for d in job.decisions])
        return call_id, ids

    def _chunk_jobs(self, call: "NewCall") -> list[Any]:
        """A long new history in short transactions of its own (message rows without a call, e.g.
        the call failed to open, are harmless: the session's next call reuses them), so it never
        holds SQLite's single write lock (other clients' calls) for long."""
        if len(call.digests) <= MESSAGE_CHUNK:  # the usual turn: the messages go with the call
            return []
        return [self._messages_job(call, at, at + MESSAGE_CHUNK) for at in range(0, len(call.digests), MESSAGE_CHUNK)]

    async def add_call(self, call: "NewCall", fields: dict[str, Any] | None = None,
                       flags: list[dict[str, Any]] | None = None, decisions: list[tuple[str, str]] | None = None) -> int:
        """Store a call (its session claimed before) with its outcome, committed when this returns:
        one row, one group transaction shared with the other clients' calls."""
        known: dict[str, int] = {}
        for job in self._chunk_jobs(call):
            known.update(await self.writer.run(job))
        call_id, ids = await self.writer.run(self._call_job(call, fields or {}, flags or [], decisions or [], known))
        self._remember(call.session_id, call.messages, ids)
        return call_id

    def add_call_sync(self, call: "NewCall", fields: dict[str, Any] | None = None,
                      flags: list[dict[str, Any]] | None = None, decisions: list[tuple[str, str]] | None = None) -> int:
        known: dict[str, int] = {}
        for job in self._chunk_jobs(call):
            known.update(self.writer.run_sync(job))
        call_id, ids = self.writer.run_sync(self._call_job(call, fields or {}, flags or [], decisions or [], known))
        self._remember(call.session_id, call.messages, ids)
        return call_id

    def open_call(self, session_id: str, owner: str, request: dict[str, Any], stream: bool) -> int | None:
        """Claim the session and store the call as `unmonitored` (until `record`); None when the
        session belongs to another agent key."""
        if not self.claim_sync(session_id, owner):
            return None
        return self.add_call_sync(self.prepare(session_id, request, stream))

    def _unseen(self, session_id: str, messages: list[Any],
                digests: list[str] | None = None) -> tuple[list[int], list[Any], list[str]]:
        """(ids of the prefix this session's last call already stored, the rest cleaned, their digests)."""
        with self._prefix_lock:
            old_messages, old_ids = self._prefixes.get(session_id, ([], []))
        shared, limit = 0, min(len(old_messages), len(messages))
        while shared < limit and messages[shared] == old_messages[shared]:
            shared += 1
        tail = [clean(m) for m in messages[shared:]]
        return old_ids[:shared], tail, digests[shared:] if digests is not None else [message_digest(m) for m in tail]

    def _store_messages(self, conn: Any, session_id: str, digests: list[str], bodies: list[Any]) -> dict[str, int]:
        """digest -> id for these messages, inserting the ones this session has not stored yet.
        Usually all are new (the session's stored prefix is cached): one INSERT ... RETURNING; the
        ones already there (ON CONFLICT DO NOTHING returns nothing for them) are then looked up."""
        if self._add_messages_ids is None:  # no RETURNING: look up, insert the rest, look those up
            known = self._known(conn, session_id, digests)
            new = {d: m for d, m in zip(digests, bodies) if d not in known}
            if new:
                conn.execute(self._add_messages, [{"session_id": session_id, "digest": d, "body": m} for d, m in new.items()])
                known.update(self._known(conn, session_id, list(new)))
            return known
        rows = dict(zip(digests, bodies))
        if not rows:
            return {}
        known = dict(conn.execute(self._add_messages_ids,
                                  [{"session_id": session_id, "digest": d, "body": m} for d, m in rows.items()]).all())
        missing = [d for d in rows if d not in known]
        if missing:
            known.update(self._known(conn, session_id, missing))
        return known

    def _remember(self, session_id: str, messages: list[Any], ids: list[int]) -> None:
        """Called after the commit: ids in the cache always exist."""
        with self._prefix_lock:
            old = self._prefixes.pop(session_id, None)
            self._prefix_total -= len(old[0]) if old else 0
            self._prefixes[session_id] = (messages, ids)
            self._prefix_total += len(messages)
            while len(self._prefixes) > 1 and self._prefix_total > PREFIX_CACHE_MESSAGES:
                _, (dropped, _) = self._prefixes.popitem(last=False)
                self._prefix_total -= len(dropped)

    def _known(self, conn: Any, session_id: str, digests: list[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        unique = list(dict.fromkeys(digests))
        for i in range(0, len(unique), 500):
            found.update((d, i) for d, i in conn.execute(self._known_of, {"sid": session_id, "digests": unique[i:i + 500]}))
        return found

    def request(self, call: Call) -> dict[str, Any]:
        """A call's whole request body, its messages put back in order."""
        body = dict(call.request or {})
        if call.message_runs is None:  # no conversation list, or stored before messages were kept once
            return body
        key = body.pop(KEY_MARK, "messages")
        ids = [first + k for first, count in call.message_runs for k in range(count)]
        with self.session() as s:
            bodies = {}
            for i in range(0, len(ids), 500):
                bodies.update((k, b) for k, b in s.execute(select(Message.id, Message.body).where(Message.id.in_(ids[i:i + 500]))))
        return {**body, key: [bodies[i] for i in ids]}

    def last_messages(self, calls: list[Call]) -> dict[int, Any]:
        """The last request message of each call (what the dashboard shows), in one query."""
        last = {c.id: c.message_runs[-1][0] + c.message_runs[-1][1] - 1 for c in calls if c.message_runs}
        with self.session() as s:
            bodies = {k: b for k, b in s.execute(select(Message.id, Message.body).where(Message.id.in_(set(last.values()))))}
        out = {cid: bodies.get(mid) for cid, mid in last.items()}
        for c in calls:
            if not c.message_runs and isinstance((c.request or {}).get("messages"), list) and c.request["messages"]:
                out[c.id] = c.request["messages"][-1]
        return out

    @staticmethod
    def _fields(fields: dict[str, Any]) -> dict[str, Any]:
        return {k: clean(v, CALL_LIMITS[k]) for k, v in fields.items()}

    def _outcome(self, conn: Any, call_id: int, flags: list[dict[str, Any]], decisions: list[tuple[str, str]]) -> None:
        now = _now()
        if flags:
            conn.execute(self._add_flags, [self._flag_row(call_id, now=now, **f) for f in flags])
        if decisions:
            conn.execute(self._add_decisions, [{"call_id": call_id, "action": a, "note": clean(n), "reviewer": None,
                                                "created": now} for a, n in decisions])

    def _record_job(self, call_id: int, fields: dict[str, Any], flags: list[dict[str, Any]],
                    decisions: list[tuple[str, str]]) -> Any:
        values = self._fields(fields)

        def job(conn: Any) -> None:
            if values:
                conn.execute(self._update_call, {"_call_id": call_id, **values})
            self._outcome(conn, call_id, flags, decisions)
        return job

    def finish_call(self, call_id: int, **fields: Any) -> None:
        self.writer.run_sync(self._record_job(call_id, fields, [], []))

    def record(self, call_id: int, fields: dict[str, Any], flags: list[dict[str, Any]],
               decisions: list[tuple[str, str]]) -> None:
        """A call's outcome in one transaction: its fields, monitor flags and decisions."""
        self.writer.run_sync(self._record_job(call_id, fields, flags, decisions))

    async def arecord(self, call_id: int, fields: dict[str, Any], flags: list[dict[str, Any]] | None = None,
                      decisions: list[tuple[str, str]] | None = None) -> None:
        await self.writer.run(self._record_job(call_id, fields, flags or [], decisions or []))

    @staticmethod
    def _flag_row(call_id: int, monitor: str, score: float | None, status: str, evidence: list[Any],
                  reason: str | None, now: datetime) -> dict[str, Any]:
        return {"call_id": call_id, "monitor": clean(monitor, 128), "score": clean(score), "status": clean(status, 16),
                "evidence": [clean(str(e), 10_000) for e in evidence or []], "reason": clean(reason), "created": now}

    @staticmethod
    def _flag(call_id: int, monitor: str, score: float | None, status: str, evidence: list[Any],
              reason: str | None) -> Flag:
        return Flag(call_id=call_id, monitor=clean(monitor, 128), score=clean(score), status=clean(status, 16),
                    evidence=[clean(str(e), 10_000) for e in evidence or []], reason=clean(reason))

    def add_flag(self, call_id: int, monitor: str, score: float | None, status: str,
                 evidence: list[str], reason: str | None) -> None:
        with self.session() as s, s.begin():
            s.add(self._flag(call_id, monitor, score, status, evidence, reason))

    def add_decision(self, call_id: int, action: str, note: str = "", reviewer: str | None = None) -> None:
        with self.session() as s, s.begin():
            s.add(Decision(call_id=call_id, action=action, note=clean(note, 10_000), reviewer=clean(reviewer, 128)))

    def review(self, call_id: int, decision: str, note: str, reviewer: str) -> Call | None:
        """Release or deny a pending hold, once: the row is updated only if still pending."""
        from sqlalchemy import update

        with self.session() as s, s.begin():
            done = s.execute(update(Call).where(Call.id == call_id, Call.review == "pending")
                             .values(review="released" if decision == "release" else "denied"))
            if done.rowcount != 1:
                return None
            s.add(Decision(call_id=call_id, action=decision, note=clean(note, 10_000), reviewer=clean(reviewer, 128)))
            return s.get(Call, call_id)

    def call(self, call_id: int) -> Call | None:
        if not 0 < call_id <= MAX_ID:
            return None
        with self.session() as s:
            return s.get(Call, call_id)

    def calls(self, session_id: str, offset: int = 0, limit: int = 50) -> list[Call]:
        with self.session() as s:
            return list(s.scalars(select(Call).where(Call.session_id == session_id).order_by(Call.id)
                                  .offset(offset).limit(limit)))

    def count_calls(self, session_id: str) -> int:
        with self.session() as s:
            return s.scalar(select(func.count(Call.id)).where(Call.session_id == session_id)) or 0

    def flags(self, call_ids: list[int]) -> list[Flag]:
        with self.session() as s:
            return list(s.scalars(select(Flag).where(Flag.call_id.in_(call_ids)).order_by(Flag.id)))

    def decisions(self, call_ids: list[int]) -> list[Decision]:
        with self.session() as s:
            return list(s.scalars(select(Decision).where(Decision.call_id.in_(call_ids)).order_by(Decision.id)))

    def count_sessions(self) -> int:
        with self.session() as s:
            return s.scalar(select(func.count(GuardSession.id))) or 0

    def session_summaries(self, offset: int = 0, limit: int = 50) -> list[dict[str, Any]]:
        """One page of sessions, newest first, with aggregates computed by the database in two
        queries (call counts and pending holds; distinct actions; flag scores) whatever the page size."""
        with self.session() as s:
            page = s.execute(select(GuardSession.id, GuardSession.created, GuardSession.owner)
                             .order_by(GuardSession.created.desc(), GuardSession.id).offset(offset).limit(limit)).all()
            ids = [r.id for r in page]
            if not ids:
                return []
            calls = {r.session_id: r for r in s.execute(
                select(Call.session_id, func.count(Call.id).label("n"),
                       func.sum(case((Call.review == "pending", 1), else_=0)).label("pending"))
                .where(Call.session_id.in_(ids)).group_by(Call.session_id))}
            actions: dict[str, list[str]] = {}
            for sid, action in s.execute(select(Call.session_id, Call.action).where(Call.session_id.in_(ids))
                                         .distinct().order_by(Call.action)):
                actions.setdefault(sid, []).append(action)
            flags = {r.session_id: r for r in s.execute(
                select(Call.session_id, func.max(Flag.score).label("max_score"),
                       func.sum(case((Flag.score.is_(None), 1), else_=0)).label("unmeasured"))
                .join(Flag, Flag.call_id == Call.id).where(Call.session_id.in_(ids)).group_by(Call.session_id))}
            out = []
            for r in page:
                c, f = calls.get(r.id), flags.get(r.id)
                out.append({"id": r.id, "created": r.created, "owner": r.owner, "calls": c.n if c else 0,
                            "unmeasured": int(f.unmeasured or 0) if f else 0,
                            "max_score": f.max_score if f else None, "pending": int(c.pending or 0) if c else 0,
                            "actions": actions.get(r.id, [])})
            return out

    # ---- reviewers' browser logins -------------------------------------------------------
    def add_login(self, token_hash: str, reviewer: str, csrf: str, seconds: int) -> None:
        with self.session() as s, s.begin():
            s.add(Login(token_hash=token_hash, reviewer=reviewer, csrf=csrf,
                        expires=_now() + timedelta(seconds=seconds)))

    def login(self, token_hash: str) -> Login | None:
        with self.session() as s:
            login = s.get(Login, token_hash)
        if login is None:
            return None
        expires = login.expires if login.expires.tzinfo else login.expires.replace(tzinfo=timezone.utc)
        return login if expires > _now() else None

    def drop_login(self, token_hash: str) -> None:
        with self.session() as s, s.begin():
            login = s.get(Login, token_hash)
            if login is not None:
                s.delete(login)


class DriverInserts:
    """The hot path's inserts on SQLite through the driver's own cursor, in the writer's transaction.

    SQLAlchemy Core spent ~0.4 ms of CPU per writer transaction on these statements (cache lookup,
    result set-up, insertmanyvalues rendering) against ~0.05 ms in sqlite3 itself: a single
    client's call paid it all. Each value still goes through its column type's own SQLAlchemy
    bind processor (JSON serialiser, DateTime format, Boolean) and rows are inserted in the same
    order, so the stored rows and ids are those Core stores (tests/test_guard_store_driver.py
    compares them byte for byte). A row without every column (Core would fill defaults) is left
    to Core (`takes`)."""

    def __init__(self, dialect: Any) -> None:
        self._sql: dict[str, str] = {}
        self._columns: dict[str, list[tuple[str, Any]]] = {}
        for table in (Message.__table__, Call.__table__, Flag.__table__, Decision.__table__):
            columns = [c for c in table.columns if c.name != "id"]
            self._columns[table.name] = [(c.name, c.type._cached_bind_processor(dialect)) for c in columns]
            self._sql[table.name] = (f"INSERT INTO {table.name} ({', '.join(c.name for c in columns)}) "
                                     f"VALUES ({', '.join('?' for _ in columns)})")
        # as Core's on_conflict_do_nothing(index_elements=["session_id", "digest"]) + RETURNING
        self._sql["messages"] += " ON CONFLICT (session_id, digest) DO NOTHING RETURNING id"
        self._cursor: Any = None

    def open(self, conn: Any) -> "DriverInserts":
        self._cursor = conn.connection.cursor()  # the DBAPI cursor of the writer's connection
        return self

    def takes(self, rows: list[dict[str, Any]], table: Any = Call.__table__) -> bool:
        names = {name for name, _ in self._columns[table.name]}
        return all(row.keys() == names for row in rows)

    def _values(self, table: str, row: dict[str, Any]) -> tuple[Any, ...]:
        return tuple(process(row[name]) if process else row[name] for name, process in self._columns[table])

    def messages(self, rows: list[dict[str, Any]]) -> list[tuple[str, str, int]]:
        """(session id, digest, id) of each row inserted (none for one already stored)."""
        out = []
        for row in rows:
            got = self._cursor.execute(self._sql["messages"], self._values("messages", row)).fetchone()
            if got is not None:
                out.append((row["session_id"], row["digest"], got[0]))
        return out

    def calls(self, rows: list[dict[str, Any]]) -> list[int]:
        return [self._cursor.execute(self._sql["calls"], self._values("calls", row)).lastrowid for row in rows]

    def insert(self, table: Any, rows: list[dict[str, Any]]) -> None:
        self._cursor.executemany(self._sql[table.name], [self._values(table.name, row) for row in rows])


class CallJob:
    """A writer job storing one call's row set; the writer runs the jobs waiting together through
    `many` (`Store._insert_calls`), alone through a call."""

    def __init__(self, store: Store, call: "NewCall", values: dict[str, Any], flags: list[dict[str, Any]],
                 decisions: list[dict[str, Any]], known: dict[str, int]) -> None:
        self.store, self.call, self.values, self.flags, self.decisions, self.known = store, call, values, flags, decisions, known
        self.many = store._insert_calls

    def __call__(self, conn: Any) -> tuple[int, list[int]]:
        return self.store._insert_calls(conn, [self])[0]


# every column of a call row (an executemany needs the same keys in every row): absent = these
CALL_DEFAULTS = {"response": None, "reasoning": None, "upstream_status": None, "action": "unmonitored", "review": None,
                 "enforced": None, "latency_ms": None}


@dataclass
class NewCall:
    """A call ready to store: its row and its messages, those not seen before cleaned and hashed."""

    session_id: str
    messages: list[Any]  # as sent (the prefix cache compares the next call's against them)
    old_ids: list[int]  # ids of the prefix already stored
    tail: list[Any]  # the rest, cleaned
    digests: list[str]  # of the tail
    has_list: bool
    row: dict[str, Any]  # the call's columns without its messages


KEY_MARK = "_schemeguard_conversation_in"  # where a stored request's conversation goes back


def conversation_key(request: dict[str, Any]) -> str:
    """The field holding the conversation: `messages` (chat, Anthropic) or a Responses `input` list."""
    return "input" if isinstance(request.get("input"), list) and "messages" not in request else "messages"


def message_digest(message: Any) -> str:
    """A cleaned message's key within its session."""
    return hashlib.sha256(json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode()).hexdigest()


def runs(ids: list[int]) -> list[list[int]]:
    """[3, 4, 5, 9] -> [[3, 3], [9, 1]]: an append-only conversation is one run whatever its length."""
    out: list[list[int]] = []
    for i in ids:
        if out and out[-1][0] + out[-1][1] == i:
            out[-1][1] += 1
        else:
            out.append([i, 1])
    return out


def json_text(value: Any) -> str:
    """JSON columns as text: orjson where it can (values are `clean`ed: no NaN, string keys), else json."""
    if orjson is not None:
        try:
            return orjson.dumps(value).decode()
        except TypeError:  # an integer beyond 64 bits, a lone surrogate
            pass
    return json.dumps(value)


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)
