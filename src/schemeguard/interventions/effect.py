"""The effect of an intervention: edited vs control continuations, matched by replicate.

Pairs (same origin rollout, same replicate index) where both arms were measured enter the
analysis; the rest are counted as unmeasured. Reported per family and overall: both rates with
Wilson intervals and n, the difference with an exact McNemar test and a bootstrap interval
clustered by scenario.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, fields
from typing import Any, Iterable

import pandas as pd
from inspect_ai.log import EvalSample
from scipy.stats import binomtest

from schemeguard.analysis.stats import bootstrap_text, cluster_bootstrap_difference, wilson
from schemeguard.record import MEASURED, REPLAY_MISMATCH_KEY, SCORER


@dataclass(frozen=True)
class Pair:
    origin: str
    scenario: str
    family: str
    replicate: int
    control: int  # covert action (0/1) in the unedited continuation
    edited: int  # covert action (0/1) in the edited continuation


def pairs_from_samples(samples: Iterable[EvalSample]) -> tuple[list[Pair], int]:
    """Matched pairs, and how many (origin, replicate) slots lacked a measured arm."""
    arms: dict[tuple[str, int], dict[str, Any]] = defaultdict(dict)
    info_of: dict[tuple[str, int], dict[str, Any]] = {}
    for s in samples:
        info = (s.metadata or {}).get("intervention")
        if not info:
            continue
        key = (info["origin"], int(info["replicate"]))
        info_of[key] = {"scenario": info.get("origin_scenario") or s.metadata.get("scenario_id", ""),
                        "family": s.metadata.get("family", "")}
        arms[key][info["arm"]] = _covert(s)
    pairs, missing = [], 0
    for key, by_arm in sorted(arms.items()):
        c, e = by_arm.get("control"), by_arm.get("edited")
        if c is None or e is None:
            missing += 1
            continue
        pairs.append(Pair(key[0], info_of[key]["scenario"], info_of[key]["family"], key[1], c, e))
    return pairs, missing


def _covert(sample: EvalSample) -> int | None:
    """0/1 when the scorer measured the rollout; None when unmeasured (fail closed)."""
    if sample.error or (sample.store or {}).get(REPLAY_MISMATCH_KEY):
        return None
    score = (sample.scores or {}).get(SCORER)
    if score is None or not isinstance(score.value, dict) or not score.value.get(MEASURED):
        return None
    return int(score.value["covert"])


def summarize(pairs: list[Pair], seed: int = 0) -> dict[str, Any]:
    n = len(pairs)
    k_control = sum(p.control for p in pairs)
    k_edited = sum(p.edited for p in pairs)
    b = sum(1 for p in pairs if p.control and not p.edited)  # edit removed the covert action
    c = sum(1 for p in pairs if p.edited and not p.control)  # edit introduced it
    p_value = binomtest(min(b, c), b + c, 0.5).pvalue if b + c else 1.0
    diff = (k_edited - k_control) / n if n else float("nan")
    return {
        "n_pairs": n,
        "control": {"k": k_control, "n": n, "rate": k_control / n if n else float("nan"), "ci95": wilson(k_control, n)},
        "edited": {"k": k_edited, "n": n, "rate": k_edited / n if n else float("nan"), "ci95": wilson(k_edited, n)},
        "difference": diff,
        "difference_ci95_bootstrap_by_scenario": cluster_bootstrap(pairs, seed),
        "bootstrap_scenarios": len({p.scenario for p in pairs}),  # fewer than MIN_CLUSTERS: no interval
        "discordant": {"control_only": b, "edited_only": c},
        "mcnemar_exact_p": p_value,
    }


def cluster_bootstrap(pairs: list[Pair], seed: int = 0) -> tuple[float, float]:
    """95% interval of edited − control, resampling whole scenarios (the shared bootstrap)."""
    frame = pd.DataFrame([asdict(p) for p in pairs], columns=[f.name for f in fields(Pair)])
    control = frame.rename(columns={"control": "covert"})[["scenario", "covert"]]
    edited = frame.rename(columns={"edited": "covert"})[["scenario", "covert"]]
    return cluster_bootstrap_difference(control, edited, seed=seed)


def effect_report(pairs: list[Pair], missing: int, meta: dict[str, Any], seed: int = 0) -> dict[str, Any]:
    families = sorted({p.family for p in pairs})
    return {
        **meta,
        "coverage": {"pairs_measured": len(pairs), "pairs_unmeasured": missing},
        "overall": summarize(pairs, seed),
        "by_family": {f: summarize([p for p in pairs if p.family == f], seed) for f in families},
        "pairs": [asdict(p) for p in pairs],
    }


def _fmt_rate(arm: dict[str, Any]) -> str:
    lo, hi = arm["ci95"]
    return f"{arm['rate']:.3f} [{lo:.3f}, {hi:.3f}] (n={arm['n']})"


def effect_markdown(result: dict[str, Any]) -> str:
    lines = [
        f"## Causal CoT intervention: {result['mode']} `{result['thought']}`",
        "",
        f"Model: `{result['model']}`; {result['n_per_rollout']} continuations per arm per rollout; "
        f"{result['selected']} rollouts selected. Coverage: {result['coverage']['pairs_measured']} matched pairs "
        f"measured, {result['coverage']['pairs_unmeasured']} unmeasured (excluded).",
        "",
        "Control = the same truncation and prefill without the edit. Difference = edited − control; "
        "p from an exact McNemar test on matched pairs; interval from a bootstrap clustered by scenario.",
        "",
        "| scope | control rate | edited rate | difference [95% CI] | McNemar p |",
        "|---|---|---|---|---|",
    ]
    rows = [("overall", result["overall"]), *result["by_family"].items()]
    for name, s in rows:
        if not s["n_pairs"]:
            lines.append(f"| {name} | – | – | no measured pairs | – |")
            continue
        ci = bootstrap_text(s["difference_ci95_bootstrap_by_scenario"], s["bootstrap_scenarios"], signed=True)
        lines.append(
            f"| {name} | {_fmt_rate(s['control'])} | {_fmt_rate(s['edited'])} | "
            f"{s['difference']:+.3f} {ci} | {s['mcnemar_exact_p']:.3g} |"
        )
    if result["model"].startswith("organism/"):
        lines += ["", "_Calibration run on a scripted model organism: the effect was planted, not discovered._"]
    return "\n".join(lines) + "\n"
