"""The guard's database (SQLAlchemy; SQLite by default, any SQLAlchemy URL such as PostgreSQL works).

Tables: sessions, calls (request and response bodies, reasoning, action), flags (one per monitor
result, unmeasured included), decisions (alerts, holds, blocks and reviewers' release/deny).
Only bodies are stored, never headers: API keys cannot land here.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import JSON, event, Boolean, DateTime, Float, ForeignKey, Integer, String, Text, create_engine, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker


def _now() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    pass


class GuardSession(Base):
    __tablename__ = "sessions"
    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)


class Call(Base):
    __tablename__ = "calls"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id"), index=True)
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    model: Mapped[str | None] = mapped_column(String(256))
    stream: Mapped[bool] = mapped_column(Boolean, default=False)
    request: Mapped[Any] = mapped_column(JSON)
    response: Mapped[Any] = mapped_column(JSON, nullable=True)  # the upstream's response (reassembled if streamed)
    reasoning: Mapped[str | None] = mapped_column(Text, nullable=True)
    upstream_status: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # log/alert/hold/block once monitored; "unmonitored" until then (never reads as benign), "upstream_error"
    action: Mapped[str] = mapped_column(String(16), default="unmonitored")
    review: Mapped[str | None] = mapped_column(String(16), nullable=True)  # pending / released / denied
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
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)


def _sqlite_wal(dbapi_connection: Any, _record: Any) -> None:
    """WAL + synchronous=NORMAL: one fsync per checkpoint, not per call (safe against crashes of
    the guard; the last calls can be lost only on power loss)."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class Store:
    def __init__(self, url: str = "sqlite:///guard.db") -> None:
        kwargs: dict[str, Any] = {}
        if url.startswith("sqlite"):
            kwargs["connect_args"] = {"check_same_thread": False}
        self.engine = create_engine(url, **kwargs)
        if url.startswith("sqlite"):
            event.listen(self.engine, "connect", _sqlite_wal)
        Base.metadata.create_all(self.engine)
        self._session = sessionmaker(self.engine, expire_on_commit=False)

    def session(self) -> Session:
        return self._session()

    def add_call(self, session_id: str, request: dict[str, Any], stream: bool) -> int:
        with self.session() as s, s.begin():
            if s.get(GuardSession, session_id) is None:
                s.add(GuardSession(id=session_id))
            call = Call(session_id=session_id, request=request, stream=stream, model=str(request.get("model") or ""))
            s.add(call)
            s.flush()
            return call.id

    def finish_call(self, call_id: int, **fields: Any) -> None:
        with self.session() as s, s.begin():
            call = s.get(Call, call_id)
            for key, value in fields.items():
                setattr(call, key, value)

    def record(self, call_id: int, fields: dict[str, Any], flags: list[dict[str, Any]],
               decisions: list[tuple[str, str]]) -> None:
        """A call's outcome in one transaction: its fields, monitor flags and decisions."""
        with self.session() as s, s.begin():
            call = s.get(Call, call_id)
            for key, value in fields.items():
                setattr(call, key, value)
            s.add_all(Flag(call_id=call_id, **{**f, "evidence": [str(e) for e in f["evidence"]]}) for f in flags)
            s.add_all(Decision(call_id=call_id, action=a, note=n) for a, n in decisions)

    def add_flag(self, call_id: int, monitor: str, score: float | None, status: str,
                 evidence: list[str], reason: str | None) -> None:
        with self.session() as s, s.begin():
            s.add(Flag(call_id=call_id, monitor=monitor, score=score, status=status,
                       evidence=[str(e) for e in evidence], reason=reason))

    def add_decision(self, call_id: int, action: str, note: str = "") -> None:
        with self.session() as s, s.begin():
            s.add(Decision(call_id=call_id, action=action, note=note))

    def call(self, call_id: int) -> Call | None:
        with self.session() as s:
            return s.get(Call, call_id)

    def calls(self, session_id: str) -> list[Call]:
        with self.session() as s:
            return list(s.scalars(select(Call).where(Call.session_id == session_id).order_by(Call.id)))

    def flags(self, call_ids: list[int]) -> list[Flag]:
        with self.session() as s:
            return list(s.scalars(select(Flag).where(Flag.call_id.in_(call_ids)).order_by(Flag.id)))

    def decisions(self, call_ids: list[int]) -> list[Decision]:
        with self.session() as s:
            return list(s.scalars(select(Decision).where(Decision.call_id.in_(call_ids)).order_by(Decision.id)))

    def session_summaries(self) -> list[dict[str, Any]]:
        """One row per session: calls, flagged calls (score or unmeasured), max score, pending holds."""
        with self.session() as s:
            rows = s.execute(select(GuardSession.id, GuardSession.created, func.count(Call.id))
                             .join(Call, Call.session_id == GuardSession.id, isouter=True)
                             .group_by(GuardSession.id, GuardSession.created)
                             .order_by(GuardSession.created.desc())).all()
            out = []
            for sid, created, n in rows:
                ids = list(s.scalars(select(Call.id).where(Call.session_id == sid)))
                flags = list(s.scalars(select(Flag).where(Flag.call_id.in_(ids)))) if ids else []
                scores = [f.score for f in flags if f.score is not None]
                pending = s.scalar(select(func.count(Call.id)).where(Call.session_id == sid, Call.review == "pending"))
                out.append({"id": sid, "created": created, "calls": n,
                            "unmeasured": sum(f.score is None for f in flags),
                            "max_score": max(scores) if scores else None, "pending": pending or 0,
                            "actions": sorted({c for c in s.scalars(select(Call.action).where(Call.session_id == sid))})})
            return out


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)
