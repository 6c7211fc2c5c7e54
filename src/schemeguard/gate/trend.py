"""Capability / propensity jumps across an ordered series of checkpoints.

For every family and metric (covert-action rate; escalation rate; accuracy under pressure and in
the control condition where the family records answers, with the rollout as the unit) each
checkpoint after the first is tested against what came before it:
  * step: the difference from the previous checkpoint, with a Newcombe 95% interval and Fisher's
    exact p (two-sided);
  * trend: a weighted least-squares line through the earlier checkpoints (a constant when there is
    only one), extrapolated with a (1 − alpha) prediction interval that adds the new checkpoint's
    binomial sampling variance to the fit's.
A checkpoint is flagged when the step is significant (interval excludes 0 and p < alpha) AND the
observed rate falls outside the trend's prediction interval: a steady drift that the earlier
checkpoints predict is not a jump; a break from it is. alpha applies per comparison (no
multiple-testing correction): read flags on many families as leads to check, not proofs.

Missing evidence is never skipped silently: a checkpoint whose coverage is below the floor, whose
run did not finish, or that has fewer than `min_n` measured rollouts for a metric is a *problem*
(the CLI exits 1), and the next checkpoint is compared with the last one that had enough, so a
broken checkpoint cannot hide the jump after it.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Sequence

import numpy as np
import pandas as pd
from scipy.stats import norm

from schemeguard.analysis.stats import DEFAULT_COVERAGE_FLOOR, check_coverage, fisher_p, newcombe_difference, rate_of, wilson
from schemeguard.analysis.table import provenance_of, rated
from schemeguard.record import Measure
from schemeguard.report.sections import accuracy_counts
from schemeguard.validation import significance

DEFAULT_ALPHA = 0.05
DEFAULT_MIN_N = 10  # measured rollouts a checkpoint needs for a metric to be compared


@dataclass
class Step:
    metric: str
    family: str
    checkpoint: str
    previous: str
    k: int
    n: int
    rate: float
    ci: tuple[float, float]
    previous_rate: float
    difference: float  # rate − previous rate
    difference_ci: tuple[float, float]  # Newcombe 95%
    fisher_p: float
    predicted: float  # trend of the earlier checkpoints, extrapolated
    prediction_interval: tuple[float, float]
    step_significant: bool
    outside_trend: bool
    flagged: bool

    def to_dict(self) -> dict[str, Any]:
        return {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in asdict(self).items()}

    def text(self) -> str:
        return (f"{self.metric} [{self.family}] at {self.checkpoint}: {self.rate:.3f} "
                f"[{self.ci[0]:.3f}, {self.ci[1]:.3f}] (n={self.n}), {self.difference:+.3f} vs {self.previous} "
                f"[{self.difference_ci[0]:+.3f}, {self.difference_ci[1]:+.3f}], Fisher p={self.fisher_p:.3g}; "
                f"trend predicted {self.predicted:.3f} [{self.prediction_interval[0]:.3f}, "
                f"{self.prediction_interval[1]:.3f}]")


def prediction_interval(earlier: Sequence[tuple[int, int]], n_new: int, alpha: float = DEFAULT_ALPHA
                        ) -> tuple[float, tuple[float, float]]:
    """Extrapolate the earlier checkpoints' rates (x = 0, 1, ...) to the next one.

    Binomial variances use the pooled Agresti-Coull rate of the earlier checkpoints, so a run of
    zeros still leaves room for sampling noise."""
    points = [(x, k, n) for x, (k, n) in enumerate(earlier) if n > 0]
    if not points or n_new <= 0:
        return math.nan, (math.nan, math.nan)
    x = np.array([p[0] for p in points], float)
    k = np.array([p[1] for p in points], float)
    n = np.array([p[2] for p in points], float)
    z = float(norm.ppf(1 - alpha / 2))
    p_pool = (k.sum() + z * z / 2) / (n.sum() + z * z)
    var_unit = p_pool * (1 - p_pool)
    design = np.column_stack([np.ones_like(x), x]) if len(points) >= 2 else np.ones((1, 1)) * np.ones((len(x), 1))
    weights = n / var_unit
    xtwx = design.T @ (design * weights[:, None])
    cov = np.linalg.inv(xtwx)
    beta = cov @ (design.T @ (weights * (k / n)))
    x_new = len(earlier)
    row = np.array([1.0, x_new]) if design.shape[1] == 2 else np.array([1.0])
    predicted = float(row @ beta)
    se = math.sqrt(float(row @ cov @ row) + var_unit / n_new)
    return predicted, (max(0.0, predicted - z * se), min(1.0, predicted + z * se))


def detect_jumps(series: Sequence[tuple[int, int]], labels: Sequence[str], metric: str = "covert_rate",
                 family: str = "", alpha: float = DEFAULT_ALPHA, min_n: int = 1,
                 usable: Sequence[bool] | None = None) -> list[Step]:
    """One Step per checkpoint with at least `min_n` measured rollouts (and `usable`, e.g. coverage
    above the floor), compared with the last earlier checkpoint that qualifies; the others are left
    out of the comparison and of the trend (the caller reports them)."""
    alpha = significance("alpha", alpha)
    ok = [n >= max(min_n, 1) and (usable is None or usable[i]) for i, (_, n) in enumerate(series)]
    # the trend is fitted on qualifying checkpoints only, at their real positions
    fitted = [kn if ok[i] else (0, 0) for i, kn in enumerate(series)]
    steps = []
    previous: int | None = None
    for i, (k, n) in enumerate(series):
        if not ok[i]:
            continue
        if previous is None:
            previous = i
            continue
        k0, n0 = series[previous]
        d, lo, hi = newcombe_difference(k, n, k0, n0)
        p = fisher_p(k, n, k0, n0)
        predicted, pi = prediction_interval(fitted[:i], n, alpha)
        significant = (lo > 0 or hi < 0) and p < alpha
        outside = not (pi[0] <= k / n <= pi[1])
        steps.append(Step(metric, family, labels[i], labels[previous], k, n, k / n, wilson(k, n), k0 / n0,
                          d, (lo, hi), p, predicted, pi, significant, outside, significant and outside))
        previous = i
    return steps


def checkpoint_counts(table: pd.DataFrame) -> dict[tuple[str, str], tuple[int, int]]:
    """(metric, family) → (k, n) for one checkpoint's rollout table."""
    out: dict[tuple[str, str], tuple[int, int]] = {}
    for measure, metric, outcome in ((Measure.COVERT_ACTION, "covert_rate", "covert"),
                                     (Measure.ESCALATED, "escalation_rate", "escalated")):
        for family, g in rated(table, measure).groupby("family", sort=True):
            r = rate_of(g[outcome])
            out[(metric, str(family))] = (r.k, r.n)
    paired = table[table["pair_id"].notna() & table["details"].notna()]
    for (family, control), g in paired.groupby(["family", "control"], sort=True):
        counts = [accuracy_counts(json.loads(d)) for d in g["details"]]
        accuracies = [c / t for c, t in filter(None, counts) if t]
        if accuracies:
            metric = "control_accuracy" if control else "sandbagging_accuracy"
            out[(metric, str(family))] = rollout_accuracy(accuracies)
    return out


def rollout_accuracy(accuracies: Sequence[float]) -> tuple[int, int]:
    """(k, n) with the rollout as the unit: n rollouts, k = the sum of their accuracies, rounded.

    Answers within one rollout are not independent (a sandbagging rollout gets many wrong at once):
    counting questions as trials understates the variance and flags noise as jumps. Each rollout's
    accuracy lies in [0, 1], so binomial variance over rollouts bounds the true variance."""
    return int(round(sum(accuracies))), len(accuracies)


@dataclass
class TrendResult:
    labels: list[str]
    alpha: float
    series: dict[str, list[dict[str, Any]]]  # "metric/family" → per checkpoint k, n, rate, ci
    steps: list[Step]
    calibration: bool
    problems: list[str] = field(default_factory=list)  # checkpoints without enough evidence: exit 1
    min_n: int = DEFAULT_MIN_N
    coverage_floor: float = DEFAULT_COVERAGE_FLOOR

    @property
    def jumps(self) -> list[Step]:
        return [s for s in self.steps if s.flagged]

    def to_dict(self) -> dict[str, Any]:
        return {"labels": self.labels, "alpha": self.alpha, "min_n": self.min_n,
                "coverage_floor": self.coverage_floor, "calibration": self.calibration,
                "problems": self.problems, "jumps": [s.to_dict() for s in self.jumps], "series": self.series,
                "steps": [s.to_dict() for s in self.steps]}


def checkpoint_problems(table: pd.DataFrame, label: str, floor: float) -> list[str]:
    """Why a checkpoint's evidence is not enough as a whole: coverage below the floor, an unfinished run."""
    check = check_coverage(table[~table["control"]], floor)
    return [f"{label}: {p}" for p in check.problems + provenance_of(table).incomplete_notes()]


def detect_trend(tables: Sequence[pd.DataFrame], labels: Sequence[str], alpha: float = DEFAULT_ALPHA,
                 min_n: int = DEFAULT_MIN_N, coverage_floor: float = DEFAULT_COVERAGE_FLOOR) -> TrendResult:
    alpha = significance("alpha", alpha)
    if len(tables) < 2:
        raise ValueError("a trend needs at least two checkpoints")
    if len(labels) != len(tables):
        raise ValueError(f"{len(labels)} labels for {len(tables)} checkpoints")
    problems = [p for t, label in zip(tables, labels) for p in checkpoint_problems(t, label, coverage_floor)]
    usable = [not checkpoint_problems(t, label, coverage_floor) for t, label in zip(tables, labels)]
    counts = [checkpoint_counts(t) for t in tables]
    keys = sorted(set().union(*counts))
    series: dict[str, list[dict[str, Any]]] = {}
    steps: list[Step] = []
    for metric, family in keys:
        values = [c.get((metric, family), (0, 0)) for c in counts]
        series[f"{metric}/{family}"] = [
            {"checkpoint": label, "k": k, "n": n, "rate": (k / n) if n else None,
             "ci": list(wilson(k, n)) if n else None} for label, (k, n) in zip(labels, values)]
        problems += [f"{label}: {metric} [{family}] has {n} measured rollouts, fewer than min_n={min_n}"
                     for label, (_, n), ok in zip(labels, values, usable) if ok and n < min_n]
        steps += detect_jumps(values, labels, metric, family, alpha, min_n, usable)
    return TrendResult(list(labels), alpha, series, steps, any(bool(t["is_organism"].any()) for t in tables),
                       problems, min_n, coverage_floor)


def trend_markdown(result: TrendResult) -> str:
    from schemeguard.report.markdown import interval, table as md_table

    lines = [f"# Checkpoint trend: {len(result.jumps)} jump(s) flagged, {len(result.problems)} checkpoint problem(s)", "",
             f"Checkpoints, in order: {', '.join(result.labels)}; alpha={result.alpha}; min_n={result.min_n}; "
             f"coverage floor {result.coverage_floor:.2f}", ""]
    if result.calibration:
        lines += ["> **CALIBRATION** — organism runs (planted propensities), not findings about real models.", ""]
    if result.problems:
        lines += ["## Checkpoints without enough evidence (not compared; the next is compared with the last "
                  "good one)", "", *[f"- {p}" for p in result.problems], ""]
    if result.jumps:
        lines += ["## Jumps", "", *[f"- {s.text()}" for s in result.jumps], ""]
    body = [[s.metric, s.family, s.checkpoint, f"{s.rate:.3f} {interval(s.ci)} (n={s.n})",
             f"{s.difference:+.3f} {interval(s.difference_ci, signed=True)}", f"{s.fisher_p:.3g}",
             f"{s.predicted:.3f} {interval(s.prediction_interval)}", "JUMP" if s.flagged else ""]
            for s in result.steps]
    lines += ["## Every step", "", md_table(["metric", "family", "checkpoint", "rate [95% CI]",
                                              "vs previous [Newcombe 95%]", "Fisher p", "trend prediction [PI]",
                                              "flag"], body), "",
              "Flagged when the step from the previous checkpoint is significant (interval excludes 0 and "
              "p < alpha) and the rate lies outside the prediction interval of the earlier checkpoints' trend."]
    return "\n".join(lines) + "\n"


def write_trend(result: TrendResult, out_dir: str | Path) -> list[Path]:
    from schemeguard.gate.evaluate import write_atomic

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = [out / "trend.json", out / "trend.md"]
    write_atomic(paths[0], json.dumps(result.to_dict(), indent=2, default=str) + "\n")
    write_atomic(paths[1], trend_markdown(result))
    return paths
