"""`schemeguard intervene`: select rollouts, edit, resample, measure — end to end."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inspect_ai import eval as inspect_eval
from inspect_ai.log import EvalLog, read_eval_log

from schemeguard.analysis.table import log_files
from schemeguard.interventions.effect import effect_markdown, effect_report, pairs_from_samples
from schemeguard.interventions.resample import build_task, require_prefill, select_plans
from schemeguard.interventions.thoughts import get_thought


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


def read_logs(paths: list[str]) -> list[EvalLog]:
    files = log_files(paths)  # clear error for a missing path or a directory without logs
    logs = []
    for f in files:
        try:
            logs.append(read_eval_log(f))
        except Exception as e:
            raise ValueError(f"cannot read log {f}: {type(e).__name__}: {e}") from None
    return [log for log in logs if not (log.eval.metadata or {}).get("intervention")]


def model_of(logs: list[EvalLog], override: str | None, override_args: dict[str, Any] | None) -> tuple[str, dict[str, Any]]:
    if override:
        return override, override_args or {}
    models = {(log.eval.model, json.dumps(log.eval.model_args or {}, sort_keys=True)) for log in logs}
    if len(models) != 1:
        raise ValueError(f"logs come from {len(models)} model configurations: pass --model")
    name, args = models.pop()
    return name, json.loads(args)


def run_intervention(req: InterventionRequest) -> dict[str, Any]:
    if req.mode not in ("remove", "inject"):
        raise ValueError(f"mode must be remove or inject, not {req.mode!r}")
    if req.model:
        require_prefill(req.model)  # fail before reading anything
    thought = get_thought(req.thought, req.pattern if req.mode == "remove" else None,
                          req.text_file if req.mode == "inject" else None)
    logs = read_logs(req.logs)
    model, model_args = model_of(logs, req.model, req.model_args)
    require_prefill(model)
    inject_text = thought.template if req.mode == "inject" and req.text_file else None
    plans = select_plans(logs, thought, req.mode, inject_text, req.at, req.limit, req.seed)
    meta = {"mode": req.mode, "thought": thought.name, "model": model, "n_per_rollout": req.n,
            "selected": len(plans), "source_logs": [log.location for log in logs]}
    if not plans:
        result = effect_report([], 0, meta, req.seed)
    else:
        [log] = inspect_eval(
            build_task(plans, req.n, req.seed), model=model, model_args=model_args, log_dir=req.log_dir,
            fail_on_error=False, log_realtime=False, display="none", ctl_server=False,
        )
        pairs, missing = pairs_from_samples(log.samples or [])
        result = effect_report(pairs, missing, {**meta, "resample_log": log.location}, req.seed)
    out = Path(req.out)
    out.mkdir(parents=True, exist_ok=True)
    stem = f"{req.mode}-{thought.name}"
    (out / f"{stem}.json").write_text(json.dumps(result, indent=2, default=str) + "\n")
    (out / f"{stem}.md").write_text(effect_markdown(result))
    result["written"] = [str(out / f"{stem}.json"), str(out / f"{stem}.md")]
    return result
