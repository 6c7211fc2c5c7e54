"""The rollout table: one tidy row per rollout, built by streaming Inspect logs.

Every analysis (rates, reports, gates, CoT analyses) starts from this table. A rollout whose
sample errored, has no covert-action score, or has a score that cannot be parsed is
*unmeasured* with a reason: never benign; one that hit a message/token/time limit is *truncated*
(truncation.py), also out of every rate and counted in coverage. Each rollout appears once, from
its run's current log (identity.py: resumed runs, logs given twice). Deferred verdicts (sandbagging: `needs_control`) are
resolved here against the control rollouts of the same scenario pair, via the family's
`Environment.compare_to_control`.

The organisms' planted truth (the `OrganismPlan:*` store keys) is exposed only in the
`planted_covert` / `planted_aware` / `planted_p_covert` columns, for calibration checks; nothing
measured reads them.

Reading: .eval logs are streamed in batches with `read_eval_log_samples_by_id` (one shared ZIP
reader; `read_eval_log_samples` reopens the ZIP per sample, quadratic on big logs), skipping the
`events` field (most of a sample's bytes; nothing here needs it). .json logs are read whole (JSON
cannot be read a sample at a time).
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator

import pandas as pd

from schemeguard import storage
from schemeguard.analysis import sidecar
from schemeguard.analysis.identity import (
    LogInfo,
    Provenance,
    header_summary,
    log_info_from_summary,
    run_and_shard,
    select_current_rollouts,
)
from schemeguard.analysis.truncation import mark_truncated
from schemeguard.environments import UnknownEnvironment, get_family
from schemeguard.record import CONTROL, MEASURED, NEEDS_CONTROL, SCORER, UNMEASURED, Measure, Status, cot_text, read_plan

if TYPE_CHECKING:  # Inspect is imported only where a log itself is read: a table from sidecars never needs it
    from inspect_ai.log import EvalLog, EvalSample

READ_BATCH = 200  # samples per read: bounds memory while sharing one ZIP reader
SKIP_FIELDS = {"events"}

# variant columns (the task's variant parameters), named so "followup" stays the reply class
VARIANT_COLUMNS = {"goal_nudge": "goal_nudge", "spec": "spec", "oversight": "oversight",
                   "followup": "followup_variant"}
COLUMNS = [
    "log", "log_status", "eval_id", "task_id", "run", "shard", "task", "model", "model_args", "is_organism", "sample_id", "epoch",
    "family", "scenario", "control", "pair_id", "training", *VARIANT_COLUMNS.values(),
    "status", "reason", "covert", "escalated", "kind", "disclosed", "followup", "doubled_down",
    "measure", "details", "second_opinion", "reasoning", "n_tool_calls", "limit", "error",
    "planted_covert", "planted_aware", "planted_p_covert",  # calibration only: the organism's draw
]
BOOLEAN_COLUMNS = ["covert", "escalated", "disclosed", "doubled_down", "planted_covert", "planted_aware"]


class LogReadError(ValueError):
    """A log that cannot be read or is not a schemeguard log: one message naming the file."""


# ---- finding logs ---------------------------------------------------------------------------
def log_files(paths: Iterable[str | Path]) -> list[str]:
    """Expand files and directories (recursively) into Inspect log files (.eval and .json), each
    file once. Local paths or URLs (s3://…): see `schemeguard.storage`."""
    return _unique(_expand(paths))


def _expand(paths: Iterable[str | Path]) -> list[str]:
    paths = list(paths)
    files: list[str] = []
    for p in paths:
        location = str(p)
        if storage.is_dir(location):
            files += [storage.local_path(name) for name in storage.find_logs(location)]
        elif storage.is_file(location):
            files.append(location)
        else:
            raise FileNotFoundError(f"no such log file or directory: {p}")
    if not files:
        raise FileNotFoundError(f"no Inspect logs (.eval or .json) found in {', '.join(map(str, paths))}")
    return files


def _unique(files: list[str]) -> list[str]:
    # one path per file: `logs/a` and `logs/a/x.eval` name the same log (copies: identity.py)
    unique: dict[str, str] = {}
    for f in files:
        unique.setdefault(f if storage.is_remote(f) else str(Path(f).resolve()), f)
    return list(unique.values())


# ---- reading samples ------------------------------------------------------------------------
def _read_header(path: str) -> EvalLog:
    from inspect_ai.log import read_eval_log

    try:
        return read_eval_log(path, header_only=True)
    except Exception as e:
        raise LogReadError(f"cannot read log {path}: {type(e).__name__}: {e}") from None


def iter_samples(path: str, wanted: set[tuple[str, int]] | None = None) -> Iterator[EvalSample]:
    """Stream a log's samples (without their events), one batch in memory at a time; only the
    (sample_id as text, epoch) keys in `wanted` when given (see `analysis.samples`)."""
    from inspect_ai.log import read_eval_log, read_eval_log_sample_summaries, read_eval_log_samples_by_id

    try:
        if path.endswith(".json"):
            yield from (s for s in read_eval_log(path).samples or [] if wanted is None or (str(s.id), s.epoch) in wanted)
            return
        keys = [(s.id, s.epoch) for s in read_eval_log_sample_summaries(path)
                if wanted is None or (str(s.id), s.epoch) in wanted]
        for start in range(0, len(keys), READ_BATCH):
            yield from read_eval_log_samples_by_id(
                path, keys[start:start + READ_BATCH], exclude_fields=SKIP_FIELDS, resolve_attachments=True
            )
    except LogReadError:
        raise
    except Exception as e:
        raise LogReadError(f"cannot read log {path}: {type(e).__name__}: {e}") from None


def _verdict(sample: EvalSample) -> dict[str, Any]:
    """Status, reason and verdict fields from the covert-action score, failing closed."""
    out: dict[str, Any] = {"status": UNMEASURED, "reason": None, "covert": pd.NA}
    if sample.error is not None:
        out["reason"] = f"sample error: {sample.error.message}"
        return out
    score = (sample.scores or {}).get(SCORER)
    if score is None:
        out["reason"] = f"no {SCORER} score"
        return out
    value, meta = score.value, score.metadata or {}
    status = meta.get("status")
    try:
        if status == UNMEASURED:
            out["reason"] = str(meta.get("reason") or "unmeasured (no reason given)")
        elif status == MEASURED:
            if not isinstance(value, dict) or value.get("measured") != 1 or value.get("covert") not in (0, 1):
                raise ValueError(f"value {value!r} does not match status measured")
            out.update(status=MEASURED, covert=bool(value["covert"]))
        elif status == NEEDS_CONTROL:
            if not isinstance(value, dict) or value.get("deferred") != 1:
                raise ValueError(f"value {value!r} does not match status needs_control")
            out["status"] = NEEDS_CONTROL
        elif status == Status.DISPUTED:  # rules and the second-opinion judge disagree: reviewed, not rated
            if not isinstance(value, dict) or value.get("measured") != 0 or value.get("deferred") != 0:
                raise ValueError(f"value {value!r} does not match status disputed")
            out.update(status=Status.DISPUTED.value, reason=str(meta.get("reason") or "disputed"))
        elif status == Status.TRUNCATED:  # the scorer saw the limit event (logs before it: mark_truncated)
            if not isinstance(value, dict) or value.get("measured") != 0 or value.get("deferred") != 0:
                raise ValueError(f"value {value!r} does not match status truncated")
            out.update(status=Status.TRUNCATED.value, reason=str(meta.get("reason") or "truncated"))
        else:
            raise ValueError(f"unknown status {status!r}")
    except ValueError as e:
        return {"status": UNMEASURED, "reason": f"unparseable score: {e}", "covert": pd.NA}
    if status in (MEASURED, NEEDS_CONTROL, Status.DISPUTED):
        out.update(
            kind=meta.get("kind"), disclosed=meta.get("disclosed"), followup=meta.get("followup"),
            doubled_down=meta.get("doubled_down"), measure=meta.get("measure") or Measure.COVERT_ACTION.value,
            details=json.dumps(meta.get("details") or {}, sort_keys=True, default=str),
            second_opinion=second_opinion_of(meta.get("second_opinion"), status),
        )
    return out


def second_opinion_of(value: Any, status: Any) -> str:
    """"none" (rule verdict alone), "agrees" or "disputes" (the LLM judge's second opinion)."""
    if not isinstance(value, dict):
        return "none"
    return "disputes" if status == Status.DISPUTED else "agrees"


def sample_row(sample: EvalSample, header: EvalLog, path: str) -> dict[str, Any]:
    return {**header_fields(header, path), **sample_fields(sample)}


def header_fields(header: EvalLog, path: str) -> dict[str, Any]:
    """The row fields every rollout of a log shares (from its header)."""
    model = header.eval.model
    return {
        "log": path,
        "log_status": header.status,  # "started" / "cancelled" / "error": rollouts may be missing
        "eval_id": header.eval.eval_id,
        "task_id": header.eval.task_id,
        **dict(zip(("run", "shard"), run_and_shard(header))),
        "task": header.eval.task,
        "model": model,
        "model_args": json.dumps(header.eval.model_args or {}, sort_keys=True, default=str),
        "is_organism": model.startswith("organism/"),
    }


def sample_fields(sample: EvalSample) -> dict[str, Any]:
    """The row fields of one rollout (from its sample alone: also computed as a sample ends, run/collect.py)."""
    from inspect_ai.model import ChatMessageAssistant

    meta = sample.metadata or {}
    plan = read_plan(sample.store or {})
    row: dict[str, Any] = {
        "sample_id": str(sample.id),
        "epoch": sample.epoch,
        "family": meta.get("family"),
        "scenario": meta.get("scenario_id"),
        "control": bool(meta.get("control", False)),
        "pair_id": meta.get("pair_id"),
        "training": bool(meta.get("training", False)),
        **{column: meta.get(key) for key, column in VARIANT_COLUMNS.items()},
        "reasoning": cot_text(sample),  # redacted reasoning is never CoT text (record.py)
        "n_tool_calls": sum(len(m.tool_calls or []) for m in sample.messages if isinstance(m, ChatMessageAssistant)),
        "limit": sample.limit.type if sample.limit else None,
        "error": sample.error.message if sample.error else None,
        "planted_covert": (plan.get("label") == "covert") if plan else pd.NA,
        "planted_aware": bool(plan.get("aware")) if plan else pd.NA,
        "planted_p_covert": float(plan["p_covert"]) if plan and "p_covert" in plan else math.nan,
    }
    row.update(_verdict(sample))
    return row


def read_log(path: str) -> tuple[LogInfo | None, list[dict[str, Any]]]:
    """A log's identity and rows; (None, []) for logs that are not rollouts to rate
    (the intervention harness's resample logs). From the sidecar when it matches the log (the
    header summary and rows stored beside it), else from the log itself (and the sidecar written)."""
    stored = sidecar.read(path)  # the fast path: checked against the log's hash
    if stored is not None:
        summary, rows = stored
    else:
        header = _read_header(path)
        summary, rows = header_summary(header), []
    if summary["intervention"]:
        return None, []
    if not summary["schemeguard"]:
        raise LogReadError(f"{path} is not a schemeguard evaluation log (task {summary['task']})")
    if stored is None:
        rows = [sample_row(s, header, path) for s in iter_samples(path)]
        if header.status in sidecar.WRITABLE_STATUSES:
            sidecar.write_rows(path, rows, summary)
    return log_info_from_summary(summary, path), rows


# ---- the table ------------------------------------------------------------------------------
def rollout_table(paths: Iterable[str | Path], resolve: bool = True) -> pd.DataFrame:
    """One row per rollout from Inspect logs (files or directories): each (run, sample, epoch,
    shard) once, from its run's current log (identity.py). `table.attrs` holds the logs read,
    those skipped (intervention resample logs) and the provenance (rows dropped, runs found)."""
    given = _expand(paths)
    files = _unique(given)
    rows: list[dict[str, Any]] = []
    infos: list[LogInfo] = []
    read, skipped = [], []
    for path in files:
        info, found = read_log(path)
        (read if info else skipped).append(path)
        infos += [info] if info else []
        rows += found
    table = pd.DataFrame(rows, columns=COLUMNS)
    for column in BOOLEAN_COLUMNS:
        table[column] = table[column].astype("boolean")
    table["epoch"] = table["epoch"].astype("int64")
    table["n_tool_calls"] = table["n_tool_calls"].astype("int64")
    table, provenance = select_current_rollouts(table, infos)
    provenance.repeated_paths = len(given) - len(files)
    table = mark_truncated(table.reset_index(drop=True))
    if resolve:
        table = resolve_deferred(table)
    table = _derive(table)
    table.attrs.update(logs=read, skipped_logs=skipped, provenance=provenance)
    return table


def provenance_of(table: pd.DataFrame) -> Provenance:
    """The table's provenance (an empty one for tables not built by `rollout_table`)."""
    found = table.attrs.get("provenance")
    return found if isinstance(found, Provenance) else Provenance()


CONTROL_MATCH = ["model", "model_args", "pair_id", "goal_nudge", "spec", "oversight"]


def resolve_deferred(table: pd.DataFrame) -> pd.DataFrame:
    """Decide `needs_control` verdicts against the control rollouts of the same scenario pair,
    same model configuration and same prompt variant; fail closed when that is impossible.

    Control rollouts themselves are baselines, not rated: a deferred control gets status `control`.
    """
    table = table.copy()
    usable_controls = table[table["control"] & table["status"].isin([MEASURED, NEEDS_CONTROL])]
    controls: dict[tuple, list[dict[str, Any]]] = {}
    for _, row in usable_controls.iterrows():
        controls.setdefault(tuple(row[c] for c in CONTROL_MATCH), []).append(json.loads(row["details"]))
    deferred = table.index[(table["status"] == NEEDS_CONTROL) & ~table["control"]]
    decided = [_decide(row, controls.get(tuple(row[c] for c in CONTROL_MATCH), []))
               for _, row in table.loc[deferred].iterrows()]
    if decided:  # one assignment per column: a .loc write per row is ~1 ms (seconds on a big table)
        status, covert, reason = (list(x) for x in zip(*decided))
        table.loc[deferred, "status"] = status
        table.loc[deferred, "reason"] = pd.Series(reason, index=deferred, dtype=object)
        table.loc[deferred, "covert"] = pd.array(covert, dtype="boolean")
        measured = [i for i, s in zip(deferred, status) if s == MEASURED]
        table.loc[measured, "doubled_down"] = (table.loc[measured, "covert"].fillna(False).astype(bool)
                                               & (table.loc[measured, "followup"] == "denies"))
    table.loc[table["control"] & (table["status"] == NEEDS_CONTROL), "status"] = CONTROL
    return table


def _decide(row: pd.Series, control_details: list[dict[str, Any]]) -> tuple[str, Any, str | None]:
    if row["pair_id"] is None or pd.isna(row["pair_id"]):
        return UNMEASURED, pd.NA, "deferred verdict without a pair_id"
    if not control_details:
        return UNMEASURED, pd.NA, "no control rollouts"
    try:
        env = get_family(row["family"])
        decided = env.compare_to_control(json.loads(row["details"]), control_details)
    except UnknownEnvironment as e:
        return UNMEASURED, pd.NA, str(e)
    except Exception as e:
        return UNMEASURED, pd.NA, f"control comparison raised {type(e).__name__}: {e}"
    if not isinstance(decided, bool):
        return UNMEASURED, pd.NA, f"control comparison returned {type(decided).__name__}, not bool"
    return MEASURED, decided, None


def _derive(table: pd.DataFrame) -> pd.DataFrame:
    """`measure` for every row (an unmeasured row's comes from its family) and `escalated` for the
    positive conflict-escalation measure (escalated = not covert)."""
    # object dtype first: in a log where every rollout is unmeasured the column is all-NaN float
    table["measure"] = table["measure"].astype(object)
    missing = table["measure"].isna()
    table.loc[missing, "measure"] = table.loc[missing, "family"].map(family_measure)
    escalation = table["measure"] == Measure.ESCALATED
    table["escalated"] = pd.array([pd.NA] * len(table), dtype="boolean")
    table.loc[escalation, "escalated"] = ~table.loc[escalation, "covert"]
    return table


def rated(table: pd.DataFrame, measure: str = Measure.COVERT_ACTION) -> pd.DataFrame:
    """The rollouts a rate is over: not control baselines, this measure's rollouts only."""
    return table[~table["control"] & (table["measure"] == measure)]


def family_measure(family: str | None) -> str:
    try:
        return get_family(str(family)).measure
    except UnknownEnvironment:
        return Measure.COVERT_ACTION.value


def details_of(row: pd.Series) -> dict[str, Any]:
    return json.loads(row["details"]) if isinstance(row["details"], str) else {}
