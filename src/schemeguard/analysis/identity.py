"""Run identity: one rollout per (run, sample id, epoch, shard), whatever a log directory holds.

Inspect gives every evaluation a `task_id` that a resumed run keeps (`eval_set`, i.e.
`schemeguard eval --resume`, seeds its new log from the interrupted one under the same task_id),
while two separate `eval` calls of the same task get different task_ids. So, in the table:

- several logs of one run (an interrupted log and its resumed successor, a retry): for each rollout
  key the row comes from the run's *current* log, ranked: the log Inspect's eval-set listing marks
  current (`eval-set.json` + `logs.json` in its directory), then a completed log, then the newest;
  the other rows are *superseded* and counted;
- the same log read twice (a directory and a file in it, or a copy elsewhere: same `eval_id`):
  the extra rows are *duplicates*, dropped and counted;
- different task_ids are different runs (`run` column): the report shows them apart and pools them
  only when asked (`--pool-runs`);
- a run whose current log did not finish (`started`, `error`, `cancelled`) is *incomplete*: the
  rollouts it lacks are missing from every rate, and the report and gate say so.

Sharded runs (`eval --workers`): a worker's log carries `eval.metadata["shard"]` (e.g. "2/4") and the
shared `eval.metadata["run_id"]`; `run` is that id (else the task_id) and `shard` is part of the key.
`select_current_rollouts` is the one function that applies these rules; call it on any rows read
from logs (it needs the columns in `KEY` plus `log`, `eval_id` and the per-log `LogInfo`s).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:  # the table's sidecar path never imports Inspect (analysis/sidecar.py)
    from inspect_ai.log import EvalLog

KEY = ["run", "sample_id", "epoch", "shard"]
COMPLETE = "success"


@dataclass(frozen=True)
class LogInfo:
    """What run identity needs from a log's header."""

    path: str
    eval_id: str
    task_id: str
    run: str
    shard: str
    task: str
    model: str
    model_args: str
    status: str  # Inspect's: success / started / error / cancelled
    created: str
    expected: int | None  # samples × epochs the run was asked for (None if the header does not say)
    listed_current: bool  # Inspect's eval-set listing marks this log as the current one of its task


def run_and_shard(header: EvalLog) -> tuple[str, str]:
    """The run a log belongs to (a sharded run's shared id, else Inspect's task_id) and its shard."""
    metadata = header.eval.metadata or {}
    return str(metadata.get("run_id") or header.eval.task_id), str(metadata.get("shard") or "")


def log_info(header: EvalLog, path: str) -> LogInfo:
    return log_info_from_summary(header_summary(header), path)


def header_summary(header: EvalLog) -> dict[str, Any]:
    """What the table needs from a log's header, as plain JSON (stored in the log's sidecar, so a
    table read from sidecars never parses a header): LogInfo's log-given fields, the eval-set id, and
    whether it is a schemeguard log / an intervention resample log."""
    spec = header.eval
    run, shard = run_and_shard(header)
    samples = spec.dataset.samples if spec.dataset else None
    if spec.dataset and spec.dataset.sample_ids is not None:  # a shard runs the ids it was given (--workers)
        samples = len(spec.dataset.sample_ids)
    epochs = spec.config.epochs if spec.config and spec.config.epochs else 1
    if spec.config and spec.config.limit is not None and samples is not None:
        limit = spec.config.limit
        samples = min(samples, limit) if isinstance(limit, int) else min(samples, limit[1] - limit[0])
    metadata = spec.metadata or {}
    return {
        "eval_id": spec.eval_id, "task_id": spec.task_id, "run": run, "shard": shard, "task": spec.task,
        "model": spec.model, "model_args": json.dumps(spec.model_args or {}, sort_keys=True, default=str),
        "status": header.status, "created": str(spec.created),
        "expected": samples * epochs if samples is not None else None,
        "eval_set_id": spec.eval_set_id,
        "schemeguard": bool(metadata.get("schemeguard")), "intervention": bool(metadata.get("intervention")),
    }


def log_info_from_summary(summary: dict[str, Any], path: str) -> LogInfo:
    """A log's LogInfo from its header summary; where it lies now decides `path` and `listed_current`."""
    fields = {k: summary[k] for k in ("eval_id", "task_id", "run", "shard", "task", "model", "model_args",
                                      "status", "created", "expected")}
    return LogInfo(path=path, **fields,
                   listed_current=_listed_current(str(Path(path).parent), Path(path).name, summary["eval_set_id"]))


@lru_cache(maxsize=256)
def _eval_set_listing(directory: str) -> tuple[str | None, frozenset[str]]:
    """(eval_set_id, log names) from Inspect's eval-set files in a log directory; (None, {}) if absent."""
    root = Path(directory)
    try:
        set_id = json.loads((root / "eval-set.json").read_text()).get("eval_set_id")
        names = frozenset(json.loads((root / "logs.json").read_text()))
    except (OSError, ValueError, AttributeError, TypeError):
        return None, frozenset()
    return set_id, names


def _listed_current(directory: str, name: str, eval_set_id: str | None) -> bool:
    set_id, names = _eval_set_listing(directory)
    return bool(set_id) and eval_set_id == set_id and name in names


@dataclass
class RunInfo:
    run: str
    task: str
    model: str
    model_args: str
    status: str  # "complete" or "incomplete (<Inspect status>)"
    logs: list[str]
    rollouts: int  # rows kept
    expected: int | None

    @property
    def complete(self) -> bool:
        return self.status == "complete"


@dataclass
class Provenance:
    """What was dropped and why, and every run the logs hold."""

    superseded: int = 0  # rows replaced by the same rollout in a later attempt of the run
    duplicates: int = 0  # rows of a log read twice (same eval_id)
    repeated_paths: int = 0  # log files named more than once (a directory and a file in it): read once
    runs: list[RunInfo] = field(default_factory=list)

    @property
    def incomplete(self) -> list[RunInfo]:
        return [r for r in self.runs if not r.complete]

    def dropped_notes(self) -> list[str]:
        """Rows dropped so that each rollout counts once."""
        out = []
        if self.superseded:
            out.append(f"{self.superseded} rollouts superseded by a resumed log (each counted once, from the run's current log)")
        if self.duplicates:
            out.append(f"{self.duplicates} duplicate rollouts dropped (the same log given twice or copied)")
        if self.repeated_paths:
            out.append(f"{self.repeated_paths} log file(s) given more than once (e.g. a directory and a file in it): read once")
        return out

    def incomplete_notes(self) -> list[str]:
        """Runs whose current log did not finish: their missing rollouts are in no rate."""
        out = []
        for r in self.incomplete:
            have = f"{r.rollouts} of {r.expected}" if r.expected is not None else f"{r.rollouts}"
            out.append(f"incomplete run {r.run} ({r.task}, {r.model}): {r.status}, {have} rollouts present "
                       "(`schemeguard eval --resume` completes it)")
        return out

    def notes(self) -> list[str]:
        return self.dropped_notes() + self.incomplete_notes()

    def to_dict(self) -> dict[str, Any]:
        return {"superseded": self.superseded, "duplicates": self.duplicates, "repeated_paths": self.repeated_paths,
                "runs": [asdict(r) for r in self.runs]}


def _rank(info: LogInfo) -> tuple:
    """Higher is more current: listed current by Inspect, then completed, then newest."""
    return (info.listed_current, info.status == COMPLETE, info.created, info.path)


def current_logs(logs: Iterable[LogInfo]) -> list[str]:
    """The current log of each run (and shard), one path per eval_id: for tools that read whole logs
    rather than the rollout table (interventions)."""
    best: dict[tuple[str, str], LogInfo] = {}
    for info in logs:
        key = (info.run, info.shard)
        if key not in best or _rank(info) > _rank(best[key]):
            best[key] = info
    return [i.path for i in best.values()]


def select_current_rollouts(table: pd.DataFrame, logs: Iterable[LogInfo]) -> tuple[pd.DataFrame, Provenance]:
    """One row per rollout key (`KEY`): rows of a log read twice are dropped as duplicates, rows of
    an earlier attempt of a run are superseded by the run's current log. Returns the kept rows (in
    their original order) and the provenance (counts dropped, every run and whether it finished)."""
    infos = list(logs)
    by_path = {i.path: i for i in infos}
    # one log per eval_id: a copy or a second path to the same log adds nothing
    first_of_eval: dict[str, LogInfo] = {}
    for info in sorted(infos, key=lambda i: i.path):
        first_of_eval.setdefault(info.eval_id, info)
    kept_logs = {i.path for i in first_of_eval.values()}
    is_copy = ~table["log"].isin(kept_logs)
    duplicates = int(is_copy.sum())
    rows = table[~is_copy]

    rank = {path: _rank(by_path[path]) for path in kept_logs}
    order = sorted(kept_logs, key=lambda p: rank[p], reverse=True)
    position = {path: i for i, path in enumerate(order)}
    best_first = rows.assign(_pos=rows["log"].map(position)).sort_values("_pos", kind="stable")
    keep = ~best_first.duplicated(KEY, keep="first")
    superseded = int((~keep).sum())
    kept = best_first[keep].drop(columns="_pos").sort_index()

    runs: list[RunInfo] = []
    for run in dict.fromkeys(i.run for i in sorted(first_of_eval.values(), key=lambda i: i.created)):
        attempts = sorted((i for i in first_of_eval.values() if i.run == run), key=_rank, reverse=True)
        current = attempts[0]
        # a sharded run is complete when every shard's current log is
        shards = {}
        for info in attempts:
            shards.setdefault(info.shard, info)
        unfinished = sorted({i.status for i in shards.values() if i.status != COMPLETE})
        expected = [i.expected for i in shards.values()]
        runs.append(RunInfo(
            run=run, task=current.task, model=current.model, model_args=current.model_args,
            status="complete" if not unfinished else f"incomplete ({', '.join(unfinished)})",
            logs=[i.path for i in attempts], rollouts=int((kept["run"] == run).sum()),
            expected=sum(expected) if None not in expected else None,  # type: ignore[arg-type]
        ))
    return kept, Provenance(superseded=superseded, duplicates=duplicates, runs=runs)


def separate_runs(table: pd.DataFrame) -> list[str]:
    """Model configurations whose rows come from more than one run, described for an error message:
    pooling them is the caller's explicit choice (`--pool-runs`), never silent."""
    out = []
    for (model, args), g in table.groupby(["model", "model_args"], sort=True):
        runs = list(dict.fromkeys(g["run"]))
        if len(runs) > 1:
            out.append(f"{len(runs)} separate runs of {model}{'' if args == '{}' else ' ' + args} ({', '.join(runs)})")
    return out
