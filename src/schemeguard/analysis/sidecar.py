"""The fast rollout-table path: a log's table rows stored beside it, `<log>.rollouts.jsonl.gz`.

Building rows from a log means validating every sample's messages (~10 ms a rollout); the
sidecar holds the same rows (`table.sample_row`, before deferred verdicts are resolved) so a
5,000-rollout log reads in about a second. It is written by each shard at the end of its eval
(from the samples already in memory) or by the first table read of a log without one.

Never stale: the first line stamps the log's sha256 and size and the row code's version (a hash
of the modules that make rows); a sidecar whose stamp does not match the log as it is now, or
that cannot be parsed, is ignored and the rows are rebuilt from the log itself. The `log` column
is always the location the log is read from now (a copied log keeps a valid sidecar).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
from pathlib import Path
from typing import Any

import pandas as pd

from schemeguard import record, storage

SUFFIX = record.ROLLOUTS_SUFFIX
WRITABLE_STATUSES = {"success", "error", "cancelled"}  # a `started` log may still be growing
_CHUNK = 1 << 20


def sidecar_location(log: str) -> str:
    return log + SUFFIX


def _code_version() -> str:
    """Changes whenever the code that turns a sample into a row changes (the table, the log
    contract it decodes, this module)."""
    from schemeguard.analysis import identity, table

    digest = hashlib.sha256()
    # record: CoT text, statuses; identity: the run and shard columns
    for module_file in (table.__file__, record.__file__, identity.__file__, __file__):
        digest.update(Path(module_file).read_bytes())
    return digest.hexdigest()[:16]


def log_stamp(log: str) -> dict[str, Any]:
    digest, size = hashlib.sha256(), 0
    with storage.open_file(log, "rb") as f:
        while chunk := f.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return {"sha256": digest.hexdigest(), "size": size, "version": _code_version()}


def _jsonable(value: Any) -> Any:
    if value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    return value


def write_rows(log: str, rows: list[dict[str, Any]], summary: dict[str, Any]) -> bool:
    """Write the sidecar (the log's header summary, identity.header_summary, and its rows); False
    (and nothing left behind) when the location is not writable."""
    target = sidecar_location(log)
    try:
        header = json.dumps({"stamp": log_stamp(log), "rows": len(rows), "log": summary})
        with storage.open_file(target, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=3) as f:
            f.write((header + "\n").encode())
            for row in rows:
                f.write((json.dumps({k: _jsonable(v) for k, v in row.items()}, default=str) + "\n").encode())
        return True
    except OSError:
        try:
            if storage.exists(target):
                storage.remove(target)
        except OSError:
            pass
        return False


def read(log: str) -> tuple[dict[str, Any], list[dict[str, Any]]] | None:
    """(header summary, rows) stored beside `log`, or None when there is no sidecar or it does not
    match the log. Rows are parsed line by line (the file is never held whole beside them)."""
    target = sidecar_location(log)
    try:
        if not storage.exists(target):
            return None
        with storage.open_file(target, "rb") as raw, gzip.GzipFile(fileobj=raw, mode="rb") as f:
            header = json.loads(f.readline())
            if header["stamp"] != log_stamp(log):
                return None
            rows = [json.loads(line) for line in f]
        if header["rows"] != len(rows) or not isinstance(header["log"], dict):
            return None
    except (OSError, EOFError, ValueError, KeyError, IndexError, TypeError):
        return None  # unreadable or truncated: rebuild from the log
    for row in rows:
        row["log"] = log
        for key in ("planted_p_covert",):
            if row.get(key) is None:
                row[key] = math.nan
    return header["log"], rows


def read_rows(log: str) -> list[dict[str, Any]] | None:
    """The rows stored beside `log` (None: no usable sidecar)."""
    found = read(log)
    return found[1] if found else None


def ensure(location: str) -> None:
    """Write a finished log's sidecar now (a shard or run that just ended), through the table's own
    streaming read: the rows are the table's rows by construction. (An EvalLog returned by eval()
    loads its samples lazily, whole: never read them from there.)"""
    from schemeguard.analysis.table import rollout_table

    rollout_table([storage.local_path(location)], resolve=False)  # writes the sidecar as it reads
