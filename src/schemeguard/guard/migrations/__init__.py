"""The guard's schema as Alembic migrations, applied once however many replicas start together.

`upgrade(engine)` takes a lock first (PostgreSQL: an advisory lock; SQLite: a lock file beside the
database), so the first replica migrates and the others find the schema at head. A database made
by an older guard (tables, no `alembic_version`) is stamped at the first revision and upgraded.
"""

from __future__ import annotations

import contextlib
import fcntl
from pathlib import Path
from typing import Iterator

from alembic import command
from alembic.config import Config
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine

HERE = Path(__file__).parent
LOCK_ID = 0x5C4E3E  # the advisory lock the guard's migrations hold on PostgreSQL


def _config(connection: Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(HERE))
    config.attributes["connection"] = connection
    return config


@contextlib.contextmanager
def _locked(engine: Engine) -> Iterator[Connection]:
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:id)"), {"id": LOCK_ID})
            conn.commit()
            try:
                yield conn
            finally:
                conn.rollback()
                conn.execute(text("SELECT pg_advisory_unlock(:id)"), {"id": LOCK_ID})
                conn.commit()
        return
    database = engine.url.database
    lock_path = Path(f"{database}.migrate-lock") if engine.dialect.name == "sqlite" and database and database != ":memory:" else None
    with contextlib.ExitStack() as stack:
        if lock_path is not None:
            handle = stack.enter_context(open(lock_path, "a"))
            fcntl.flock(handle, fcntl.LOCK_EX)
        with engine.connect() as conn:
            yield conn


def upgrade(engine: Engine) -> None:
    with _locked(engine) as conn:
        tables = set(inspect(conn).get_table_names())
        config = _config(conn)
        if "calls" in tables and "alembic_version" not in tables:
            command.stamp(config, "0001")  # made by create_all in an older release
        command.upgrade(config, "head")
        conn.commit()


def current(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
