"""Group commit: one writer thread runs the guard's hot-path writes, many calls per transaction.

Each request hands the writer a job (a function of a SQLAlchemy connection) and awaits its
result; the writer takes every job waiting, runs them in ONE transaction and commits, then
answers each request. So a reply never leaves before its row is committed (an acknowledged call
survives kill -9), while 16 concurrent clients cost one commit, not 16, and the event loop never
waits on the database. No timer: while one batch commits, the next accumulates by itself, so a
lone client waits for its own commit only.
Jobs of one kind that offer a `many` (storing a call's row set) run together: one statement per
table for every call waiting, not a few per call.
If a batch fails, each of its jobs is retried in a transaction of its own, so one bad row fails
only its own request.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import logging
import queue
import threading
from typing import Any, Callable, Iterator, TypeVar

from sqlalchemy import Connection, Engine

log = logging.getLogger("schemeguard.guard")
T = TypeVar("T")
Job = Callable[[Connection], Any]
MAX_BATCH = 256  # jobs per transaction: bounds how long one commit holds SQLite's write lock


class GroupWriter:
    def __init__(self, engine: Engine, lock_path: str | None = None, keep_connection: bool = False) -> None:
        self.engine = engine
        # SQLite: the writer keeps its one connection (a pool check-out and its reset per transaction
        # cost more than a small batch's inserts); a server database is checked out per batch, so a
        # connection the server dropped is replaced (pool_pre_ping)
        self._keep = keep_connection
        self._conn: Connection | None = None
        # SQLite with several guard processes (--workers N): each transaction holds this file lock, so
        # a writer waits in the kernel and wakes the instant the other commits, instead of SQLite's
        # busy handler sleeping 1, 2, 5, 10 ... ms between retries while its clients wait
        self._file_lock = open(lock_path, "a") if lock_path else None  # noqa: SIM115  (held for the writer's life)
        self._jobs: queue.SimpleQueue[tuple[Job, Callable[[Any, BaseException | None], None]] | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def _start(self) -> None:
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="schemeguard-writer", daemon=True)
                self._thread.start()

    def submit(self, job: Job) -> "asyncio.Future[Any]":
        """Run `job` in the next group transaction; the future resolves once it is committed."""
        loop = asyncio.get_running_loop()
        future = loop.create_future()

        def done(result: Any, error: BaseException | None) -> None:
            def settle() -> None:
                if future.cancelled():
                    return
                if error is not None:
                    future.set_exception(error)
                else:
                    future.set_result(result)
            loop.call_soon_threadsafe(settle)

        self._put(job, done)
        return future

    async def run(self, job: Callable[[Connection], T]) -> T:
        # shielded: a request cancelled meanwhile (client gone) still gets its row written
        return await asyncio.shield(self.submit(job))

    def run_sync(self, job: Callable[[Connection], T]) -> T:
        """The same, from a thread that is not the event loop (tests, scripts)."""
        box: dict[str, Any] = {}
        ready = threading.Event()

        def done(result: Any, error: BaseException | None) -> None:
            box["result"], box["error"] = result, error
            ready.set()

        self._put(job, done)
        ready.wait()
        if box["error"] is not None:
            raise box["error"]
        return box["result"]

    def _put(self, job: Job, done: Callable[[Any, BaseException | None], None]) -> None:
        self._start()
        self._jobs.put((job, done))

    def close(self) -> None:
        """Finish every job already submitted, then stop the thread."""
        with self._lock:
            thread = self._thread
        if thread is not None and thread.is_alive():
            self._jobs.put(None)
            thread.join(30)

    def _run(self) -> None:
        while True:
            first = self._jobs.get()
            if first is None:
                self._drop_connection()
                return
            batch = [first]
            stop = False
            while len(batch) < MAX_BATCH:
                try:
                    item = self._jobs.get_nowait()
                except queue.Empty:
                    break
                if item is None:
                    stop = True
                    break
                batch.append(item)
            self._commit(batch)
            if stop:
                self._drop_connection()
                return

    def _commit(self, batch: list[tuple[Job, Callable[[Any, BaseException | None], None]]]) -> None:
        try:
            with self._exclusive(), self._transaction() as conn:
                results = self._run_jobs(conn, [job for job, _ in batch])
        except Exception as e:
            self._drop_connection()  # whatever state it was left in, the next batch starts afresh
            if len(batch) == 1:
                batch[0][1](None, e)
            else:  # one bad job must not fail the others: each alone
                for item in batch:
                    self._commit([item])
            return
        for (_, done), result in zip(batch, results):
            done(result, None)

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[Connection]:
        if not self._keep:
            with self.engine.begin() as conn:
                yield conn
            return
        if self._conn is None:
            self._conn = self.engine.connect()
        with self._conn.begin():
            yield self._conn

    def _drop_connection(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()

    @contextlib.contextmanager
    def _exclusive(self) -> Iterator[None]:
        if self._file_lock is None:
            yield
            return
        fcntl.flock(self._file_lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(self._file_lock, fcntl.LOCK_UN)

    @staticmethod
    def _run_jobs(conn: Connection, jobs: list[Job]) -> list[Any]:
        """Each job's result. Jobs with a `many` (a function running a list of such jobs at once:
        one statement per table for all of them) run together, after the others; the jobs of one
        batch never depend on each other (each request awaits its job before submitting the next)."""
        results: list[Any] = [None] * len(jobs)
        groups: dict[Any, list[int]] = {}
        for i, job in enumerate(jobs):
            many = getattr(job, "many", None)
            if many is None:
                results[i] = job(conn)
            else:
                groups.setdefault(many, []).append(i)
        for many, at in groups.items():
            for i, result in zip(at, many(conn, [jobs[i] for i in at]), strict=True):
                results[i] = result
        return results
