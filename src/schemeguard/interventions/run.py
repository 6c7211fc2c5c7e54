"""`schemeguard intervene`: select rollouts, edit, resample, measure — end to end."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
from inspect_ai import eval as inspect_eval
from inspect_ai.log import EvalSample

from schemeguard.analysis.samples import samples_for
from schemeguard.analysis.table import rollout_table
from schemeguard.interventions.effect import effect_markdown, effect_report, pairs_from_samples
from schemeguard.interventions.resample import build_task, require_prefill, select_plans
from schemeguard.interventions.thoughts import get_thought
from schemeguard.validation import InvalidArgument, as_int


@dataclass
class InterventionRequest:
    logs: list[str]
    mode: str  # "remove" | "inject"
    thought: str | None = None
    pattern: str | None = None
    text_file: str | None = None
    n: int = 5
    model: str | None = None
    model_args: dict[str, Any] | None = None
    at: int = 0
    limit: int | None = None
    seed: int = 0
    log_dir: str = "logs/interventions"
    out: str = "reports/interventions"
    force: bool = False  # overwrite earlier results of the same intervention in `out`


def read_rollouts(paths: list[str]) -> tuple[pd.DataFrame, list[EvalSample]]:
    """The rollout table of the logs (clear errors for missing paths and foreign logs; earlier
    intervention logs are skipped) and the samples of its rollouts that did not error."""
    table = rollout_table(paths, resolve=False)
    return table, [sample for _, sample in samples_for(table[table["error"].isna()])]


def model_of(table: pd.DataFrame, override: str | None, override_args: dict[str, Any] | None) -> tuple[str, dict[str, Any]]:
    if override:
        return override, override_args or {}
    models = set(zip(table["model"], table["model_args"]))
    if len(models) != 1:
        raise ValueError(f"logs come from {len(models)} model configurations: pass --model")
    name, args = models.pop()
    return name, json.loads(args)


def check_request(req: InterventionRequest) -> None:
    """Argument checks before anything runs (`--n 0`, `--at -5`, `--limit 0` are errors, not defaults)."""
    if req.mode not in ("remove", "inject"):
        raise InvalidArgument(f"mode must be remove or inject, not {req.mode!r}")
    as_int("n", req.n, minimum=1)
    as_int("at", req.at, minimum=0)
    if req.limit is not None:
        as_int("limit", req.limit, minimum=1)


def output_paths(req: InterventionRequest, thought_name: str) -> list[Path]:
    stem = f"{req.mode}-{thought_name}"
    return [Path(req.out) / f"{stem}.json", Path(req.out) / f"{stem}.md"]


def run_intervention(req: InterventionRequest) -> dict[str, Any]:
    check_request(req)
    if req.model:
        require_prefill(req.model)  # fail before reading anything
    thought = get_thought(req.thought, req.pattern if req.mode == "remove" else None,
                          req.text_file if req.mode == "inject" else None)
    paths = output_paths(req, thought.name)
    existing = [str(p) for p in paths if p.exists()]
    if existing and not req.force:  # an earlier result is never replaced silently
        raise ValueError(f"{existing[0]} already exists: pass --force to overwrite it, or choose another --out")
    table, samples = read_rollouts(req.logs)
    model, model_args = model_of(table, req.model, req.model_args)
    require_prefill(model)
    inject_text = thought.template if req.mode == "inject" and req.text_file else None
    plans = select_plans(samples, thought, req.mode, inject_text, req.at, req.limit, req.seed)
    meta = {"mode": req.mode, "thought": thought.name, "model": model, "n_per_rollout": req.n,
            "selected": len(plans), "source_logs": list(table.attrs["logs"])}
    if not plans:
        result = effect_report([], 0, meta, req.seed)
    else:
        [log] = inspect_eval(
            build_task(plans, req.n, req.seed), model=model, model_args=model_args, log_dir=req.log_dir,
            fail_on_error=False, log_realtime=False, display="none", ctl_server=False,
        )
        pairs, missing = pairs_from_samples(log.samples or [])
        result = effect_report(pairs, missing, {**meta, "resample_log": log.location}, req.seed)
    paths[0].parent.mkdir(parents=True, exist_ok=True)
    paths[0].write_text(json.dumps(result, indent=2, default=str) + "\n")
    paths[1].write_text(effect_markdown(result))
    result["written"] = [str(p) for p in paths]
    return result
