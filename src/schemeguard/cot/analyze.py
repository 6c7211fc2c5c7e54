"""Run every CoT analysis post hoc over existing logs; write the results beside each log.

`analyze_table` adds columns to a rollout table (from `analysis.table.rollout_table`);
`analyze_logs` writes one `<log>.cot.jsonl` per log (one line per rollout, keyed by sample id
and epoch). Nothing is re-generated: the CoT is the `reasoning` the log already holds.

Awareness from the optional LLM judge goes in its own columns (`judge_*`); a judge failure
leaves that rollout's judge columns unmeasured with the reason, and the rule columns intact.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any, Iterable

import pandas as pd

from schemeguard import storage
from schemeguard.cot.awareness import detect_rules, judge_awareness
from schemeguard.cot.confirmed import confirm_hit
from schemeguard.cot.failure_modes import failure_mode
from schemeguard.cot.legibility import DEFAULT_DIALECT, flag_outliers, legibility
from schemeguard.cot.spec_reasoning import analyse_spec
from schemeguard.record import COT_SUFFIX, MEASURED

SUFFIX = COT_SUFFIX
KEY = ["sample_id", "epoch"]


def _covert(value: Any) -> bool | None:
    return None if value is None or pd.isna(value) else bool(value)


def analyse_cot(cot: str, covert: bool | None, dialect: Iterable[str] = DEFAULT_DIALECT) -> dict[str, Any]:
    """Every rule-based analysis of one CoT (a flat dict; spans as lists of dicts)."""
    aware = detect_rules(cot)
    spec = analyse_spec(cot)
    hit = confirm_hit(covert, cot)
    legible = legibility(cot, dialect)
    second = classifier_opinions(cot)
    return {
        "has_cot": bool((cot or "").strip()),
        # which instrument produced each label (see cot.validation for its measured figures on real CoT)
        "aware_instrument": aware.detector, "deliberate_instrument": hit.instrument, "spec_instrument": "rules",
        "aware": aware.aware, "aware_spans": [s.to_dict() for s in aware.spans],
        "cites_spec": spec.cites_spec, "cites_rules": spec.cites_rules, "policy_citations": spec.policy_citations,
        "cited_ids": spec.cited_ids, "fabricated_ids": spec.fabricated_ids,
        "distorted_principle": spec.distorted, "correct_spec_reasoning": spec.correct_spec_reasoning,
        "fabricated_or_distorted": spec.fabricated_or_distorted, "spec_spans": [s.to_dict() for s in spec.spans],
        "failure_mode": failure_mode(covert, cot, spec),
        "deliberate": hit.deliberate, "confirmed_hit": hit.confirmed, "hit_spans": [s.to_dict() for s in hit.spans],
        **{f"leg_{k}" if k not in ("n_words",) else k: v for k, v in legible.to_dict().items()},
        **second,
    }


def classifier_opinions(cot: str) -> dict[str, float | None]:
    """The shipped classifiers' probabilities (highest three-sentence window), recorded beside the
    labels. For deliberate intent the classifier is part of the default (classifier or rules, see
    `confirm_hit`); for awareness and spec citations it is a second opinion, because out of source
    its precision on awareness is below the rules' (`schemeguard corpus validate`)."""
    from schemeguard.cot.classifier import shipped

    if not (cot or "").strip():
        return {"aware_classifier_p": None, "deliberate_classifier_p": None, "spec_classifier_p": None}
    models = shipped()
    return {f"{name}_classifier_p": round(models[label].best_window(cot)[0], 4)
            for name, label in (("aware", "eval_aware"), ("deliberate", "covert_intent"), ("spec", "spec_citation"))}


def analyze_table(table: pd.DataFrame, dialect: Iterable[str] = DEFAULT_DIALECT,
                  judge_model: Any = None, max_concurrency: int = 8) -> pd.DataFrame:
    """The rollout table with the CoT analysis columns added (rule detectors always; the LLM
    judge when `judge_model` is given). Unmeasured rollouts get `covert` None: no failure mode,
    never a confirmed hit."""
    dialect = tuple(dialect)
    rows = [analyse_cot(r.reasoning or "", _covert(r.covert) if r.status == MEASURED else None, dialect)
            for r in table.itertuples()]
    out = pd.concat([table.reset_index(drop=True), pd.DataFrame(rows)], axis=1)
    legible = out.rename(columns={c: c[4:] for c in out.columns if c.startswith("leg_")})
    out["legibility_outlier"] = flag_outliers(legible, by="model") if len(out) else pd.Series(dtype=object)
    if judge_model is not None:
        judged = asyncio.run(_judge_all(list(out["reasoning"].fillna("")), judge_model, max_concurrency))
        out["judge_status"] = [j.status for j in judged]
        out["judge_aware"] = pd.array([j.aware for j in judged], dtype="boolean")
        out["judge_reason"] = [j.reason for j in judged]
        out["judge_spans"] = [[s.to_dict() for s in j.spans] for j in judged]
    return out


async def _judge_all(cots: list[str], model: Any, max_concurrency: int):
    from inspect_ai.model import get_model

    judge = get_model(model) if isinstance(model, str) else model
    gate = asyncio.Semaphore(max_concurrency)

    async def one(cot: str):
        async with gate:
            return await judge_awareness(cot, judge)

    return await asyncio.gather(*(one(c) for c in cots))


RESULT_COLUMNS_DROP = ["reasoning", "details"]  # the log keeps these; results stay small


def output_path(log: str) -> Path | str:
    """Beside the log: a Path, or a URL string for a log on object storage (s3://…)."""
    location = storage.beside(log, SUFFIX, replace_extension=True)
    return location if storage.is_remote(location) else Path(location)


def write_results(analysed: pd.DataFrame) -> list[Path | str]:
    """One JSONL per log, beside it. Written to a temporary file first, then renamed, so a
    failure never leaves a half-written result over an earlier good one."""
    written = []
    for log, g in analysed.groupby("log", sort=True):
        records = g.drop(columns=[c for c in RESULT_COLUMNS_DROP if c in g]).to_dict(orient="records")
        text = "".join(json.dumps({k: _plain(v) for k, v in rec.items()}, ensure_ascii=False, default=str) + "\n"
                       for rec in records)
        written.append(storage.write_text(str(output_path(str(log))), text))
    return written


def _plain(value: Any) -> Any:
    if isinstance(value, (list, dict, str, bool, int, float)) or value is None:
        return value
    try:
        return None if pd.isna(value) else value
    except (TypeError, ValueError):
        return value


def analyze_logs(paths: Iterable[str | Path], dialect: Iterable[str] = DEFAULT_DIALECT,
                 judge_model: Any = None) -> tuple[pd.DataFrame, list[Path | str]]:
    from schemeguard.analysis.table import rollout_table

    analysed = analyze_table(rollout_table(paths), dialect, judge_model)
    return analysed, write_results(analysed)


def read_results(paths: Iterable[str | Path]) -> pd.DataFrame:
    """Read `.cot.jsonl` result files (or the ones beside given logs)."""
    frames = []
    for p in paths:
        path = str(p) if str(p).endswith(SUFFIX) else str(output_path(str(p)))
        with storage.open_file(path, "r") as f:
            frames.append(pd.read_json(f, lines=True, dtype=False))
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
