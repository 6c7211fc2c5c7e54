"""Reading a huge request in a process of its own, so no other client waits on it.

`json.loads`/`json.dumps` of a multi-megabyte body are single C calls that hold the GIL for tens
of milliseconds (65 ms each way for a 10 MB body on the loaded 2-core machine): in a worker
thread they still stop the event loop, i.e. every other client. In another process they do not.
What comes back (the parsed request and history, the bytes to send upstream, the conversation id
and each message's digest) unpickles in ~2 ms for a 10 MB body. One process: huge requests queue
behind each other instead of filling the machine.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from schemeguard.guard.inbound import BadRequest
from schemeguard.guard.upstream import orjson


def upstream_json(body: dict[str, Any]) -> bytes:
    """The request as httpx's `json=` would send it (the same JSON values; orjson, ~5x faster, where
    it can: a body `strict_loads` read holds no NaN or Infinity, which orjson would write as null)."""
    if orjson is not None:
        try:
            return orjson.dumps(body)
        except TypeError:  # an integer beyond 64 bits, a lone surrogate: the json module decides
            pass
    text = json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    try:
        return text.encode()
    except UnicodeEncodeError:  # a lone surrogate (a valid JSON escape): forwarded as the same escape
        return json.dumps(body, separators=(",", ":"), allow_nan=False).encode()


def conversation_id(owner: str, history: list[dict[str, Any]]) -> str:
    """A session id from the agent key and the conversation's opening (system + first user)."""
    opening = []
    for m in history:  # the first two, without walking a 20,000-message history
        if m.get("role") in ("system", "user"):
            opening.append(m)
            if len(opening) == 2:
                break
    digest = hashlib.sha256(json.dumps([owner, opening], sort_keys=True, default=str).encode()).hexdigest()
    return "conv-" + digest[:16]


@dataclass
class Intake:
    body: dict[str, Any]
    stream: bool
    history: list[dict[str, Any]]
    encoded: bytes  # the body as sent upstream
    conversation: str  # the session id when the client names none
    digests: list[str]  # of each message of the conversation, cleaned (as the store keys them)


def read(dialect: str, data: bytes, owner: str) -> Intake | tuple[int, str]:
    """In the intake process: the whole CPU-bound reading of a request; a bad request comes back
    as (status, message)."""
    from schemeguard.guard.apis import CHAT, MESSAGES, RESPONSES
    from schemeguard.guard.store import clean, conversation_key, message_digest

    try:
        body, stream, history = {d.name: d for d in (CHAT, RESPONSES, MESSAGES)}[dialect].parse_request(data)
    except BadRequest as e:
        return e.status, e.message
    messages = body.get(conversation_key(body))
    digests = [message_digest(clean(m)) for m in messages] if isinstance(messages, list) else []
    return Intake(body, stream, history, upstream_json(body), conversation_id(owner, history), digests)


def _start(parent: int) -> None:
    """The intake process's start: it ends with the guard process that started it (`lifeline`)."""
    from schemeguard.guard.lifeline import exit_with_parent

    exit_with_parent(parent)
    _warm()


def _warm() -> None:
    import schemeguard.guard.apis  # noqa: F401  (imports paid once, when the process starts)
    import schemeguard.guard.store  # noqa: F401


class IntakePool:
    """One process, started on first use (or by `start`), reused for every huge request."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def start(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                # spawn, not fork: the guard has threads (the writer, the thread pool) a fork would copy mid-work
                self._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"),
                                                 initializer=_start, initargs=(os.getpid(),))
                self._pool.submit(_warm)  # start the process now, not on the first huge request
            return self._pool

    async def read(self, dialect: str, data: bytes, owner: str) -> Intake:
        try:
            result = await asyncio.get_running_loop().run_in_executor(self.start(), read, dialect, data, owner)
        except BrokenProcessPool:  # the process died (e.g. killed): a fresh one for the next request
            self.close()
            raise
        if isinstance(result, tuple):
            raise BadRequest(*result)
        return result

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
