"""Statistics for rollout rates: Wilson intervals, coverage, macro averages, two-run comparisons
(Newcombe interval + Fisher exact test), a bootstrap clustered by scenario, and the coverage floor.

Every rate here carries its n (measured rollouts) and its coverage (measured / total): a rate
is never reported without them. Unmeasured rollouts are excluded from rates, never counted benign.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd
from scipy.stats import fisher_exact, norm

Z95 = float(norm.ppf(0.975))
DEFAULT_COVERAGE_FLOOR = 0.9
BOOTSTRAP_REPS = 2000
# Fewer scenarios than this and a by-scenario bootstrap has (almost) nothing to resample: one
# scenario gives a zero-width interval, two give the two scenarios' own rates. It is then "n/a".
MIN_CLUSTERS = 3


# ---- single rates ---------------------------------------------------------------------------
def wilson(k: int, n: int, confidence: float = 0.95) -> tuple[float, float]:
    """Wilson score interval for k successes in n trials; (nan, nan) when n == 0."""
    if n <= 0:
        return (math.nan, math.nan)
    z = float(norm.ppf(0.5 + confidence / 2))
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return (max(0.0, centre - half), min(1.0, centre + half))


@dataclass(frozen=True)
class Rate:
    """k of n measured rollouts, out of `total` rollouts (the rest unmeasured)."""

    k: int
    n: int
    total: int

    @property
    def rate(self) -> float:
        return self.k / self.n if self.n else math.nan

    @property
    def ci(self) -> tuple[float, float]:
        return wilson(self.k, self.n)

    @property
    def coverage(self) -> float:
        return self.n / self.total if self.total else math.nan

    def text(self) -> str:
        """'0.400 [0.168, 0.687] (4/10)': the rate never without its n."""
        if not self.n:
            return f"– (0 measured of {self.total})"
        lo, hi = self.ci
        return f"{self.rate:.3f} [{lo:.3f}, {hi:.3f}] ({self.k}/{self.n})"


def rate_of(outcomes: pd.Series) -> Rate:
    """A Rate from a nullable boolean series: NA = unmeasured (excluded from k and n)."""
    measured = outcomes.dropna()
    return Rate(k=int(measured.astype(bool).sum()), n=int(len(measured)), total=int(len(outcomes)))


def rates_by(df: pd.DataFrame, by: str | list[str], outcome: str = "covert") -> pd.DataFrame:
    """One row per group: k, n (measured), total, coverage, rate and its 95% Wilson interval."""
    keys = [by] if isinstance(by, str) else list(by)
    rows = []
    for key, group in df.groupby(keys, dropna=False, sort=True):
        r = rate_of(group[outcome])
        lo, hi = r.ci
        key_values = key if isinstance(key, tuple) else (key,)
        rows.append({**dict(zip(keys, key_values)), "k": r.k, "n": r.n, "total": r.total,
                     "coverage": r.coverage, "rate": r.rate, "ci_low": lo, "ci_high": hi})
    columns = [*keys, "k", "n", "total", "coverage", "rate", "ci_low", "ci_high"]
    return pd.DataFrame(rows, columns=columns)


@dataclass(frozen=True)
class MacroAverage:
    rate: float
    ci: tuple[float, float]
    families: int
    n: int  # measured rollouts behind it

    def text(self) -> str:
        if not self.families:
            return "– (no measured family)"
        return (f"{self.rate:.3f} [{self.ci[0]:.3f}, {self.ci[1]:.3f}] "
                f"(mean of {self.families} families, n={self.n})")


def macro_average(per_group: pd.DataFrame) -> MacroAverage:
    """Unweighted mean of group rates (groups with n > 0), each family counting once.

    Interval: normal approximation with each family's variance taken from its Agresti-Coull
    estimate (k + z²/2) / (n + z²), so a family at 0/n still contributes uncertainty.
    """
    measured = per_group[per_group["n"] > 0]
    f = len(measured)
    if not f:
        return MacroAverage(math.nan, (math.nan, math.nan), 0, 0)
    k, n = measured["k"].to_numpy(float), measured["n"].to_numpy(float)
    mean = float(np.mean(k / n))
    n_tilde = n + Z95**2
    p_tilde = (k + Z95**2 / 2) / n_tilde
    se = math.sqrt(float(np.sum(p_tilde * (1 - p_tilde) / n_tilde))) / f
    return MacroAverage(mean, (max(0.0, mean - Z95 * se), min(1.0, mean + Z95 * se)), f, int(n.sum()))


# ---- two rates ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Comparison:
    """b − a: difference of two independent rates with a Newcombe interval and Fisher's exact p."""

    a: Rate
    b: Rate
    difference: float
    ci: tuple[float, float]
    p_value: float
    cluster_ci: tuple[float, float] | None = None  # bootstrap over scenarios, when computed
    clusters: int = 0  # scenarios behind cluster_ci

    def text(self) -> str:
        if not (self.a.n and self.b.n):
            return "– (a side has no measured rollouts)"
        out = f"{self.difference:+.3f} [{self.ci[0]:+.3f}, {self.ci[1]:+.3f}], Fisher p={self.p_value:.3g}"
        if self.cluster_ci is not None:
            out += f"; by-scenario bootstrap {bootstrap_text(self.cluster_ci, self.clusters, signed=True)}"
        return out


def newcombe_difference(k1: int, n1: int, k2: int, n2: int) -> tuple[float, float, float]:
    """p1 − p2 with Newcombe's hybrid score interval (his method 10, from two Wilson intervals)."""
    if not (n1 and n2):
        return (math.nan, math.nan, math.nan)
    p1, p2 = k1 / n1, k2 / n2
    l1, u1 = wilson(k1, n1)
    l2, u2 = wilson(k2, n2)
    d = p1 - p2
    return (d, d - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), d + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2))


def fisher_p(k1: int, n1: int, k2: int, n2: int,
             alternative: Literal["two-sided", "less", "greater"] = "two-sided") -> float:
    """Fisher's exact test on [[k1, n1-k1], [k2, n2-k2]] ('less': rate 1 below rate 2)."""
    if not (n1 and n2):
        return math.nan
    return float(fisher_exact([[k1, n1 - k1], [k2, n2 - k2]], alternative=alternative).pvalue)


def compare(a: Rate, b: Rate) -> Comparison:
    d, lo, hi = newcombe_difference(b.k, b.n, a.k, a.n)
    return Comparison(a, b, d, (lo, hi), fisher_p(b.k, b.n, a.k, a.n))


def measured_clusters(*frames: pd.DataFrame, outcome: str = "covert", cluster: str = "scenario") -> int:
    """Distinct clusters (scenarios) with a measured rollout in any of the frames."""
    found: set = set()
    for frame in frames:
        found |= set(frame.loc[frame[outcome].notna(), cluster])
    return len(found)


def bootstrap_text(ci: tuple[float, float], clusters: int, signed: bool = False) -> str:
    """A by-scenario bootstrap interval, or why there is none."""
    if clusters < MIN_CLUSTERS:
        words = {0: "no measured scenario", 1: "one scenario", 2: "two scenarios"}
        return f"n/a ({words.get(clusters, f'{clusters} scenarios')})"
    if math.isnan(ci[0]):
        return "n/a"
    f = "{:+.3f}" if signed else "{:.3f}"
    return f"[{f.format(ci[0])}, {f.format(ci[1])}]"


def cluster_bootstrap_difference(
    a: pd.DataFrame, b: pd.DataFrame, outcome: str = "covert", cluster: str = "scenario",
    reps: int = BOOTSTRAP_REPS, seed: int = 0,
) -> tuple[float, float]:
    """95% percentile interval of rate(b) − rate(a), resampling whole clusters (scenarios).

    Rollouts of one scenario are correlated (same files, same pressure): resampling scenarios
    rather than rollouts keeps that correlation in the interval. Only measured rows count; with
    fewer than MIN_CLUSTERS scenarios there is no interval (nan, nan).
    """
    a, b = a[a[outcome].notna()], b[b[outcome].notna()]
    clusters = sorted(set(a[cluster]) | set(b[cluster]))
    if len(clusters) < MIN_CLUSTERS or a.empty or b.empty:
        return (math.nan, math.nan)
    counts = np.zeros((len(clusters), 4))
    index = {c: i for i, c in enumerate(clusters)}
    for col, frame in ((0, a), (2, b)):
        grouped = frame.groupby(cluster)[outcome].agg(["sum", "count"])
        for name, row in grouped.iterrows():
            counts[index[name], col] = row["sum"]
            counts[index[name], col + 1] = row["count"]
    rng = np.random.default_rng(seed)
    draws = counts[rng.integers(0, len(clusters), size=(reps, len(clusters)))].sum(axis=1)
    ok = (draws[:, 1] > 0) & (draws[:, 3] > 0)
    if not ok.any():
        return (math.nan, math.nan)
    diffs = draws[ok, 2] / draws[ok, 3] - draws[ok, 0] / draws[ok, 1]
    return (float(np.percentile(diffs, 2.5)), float(np.percentile(diffs, 97.5)))


def cluster_bootstrap_rate(
    df: pd.DataFrame, outcome: str = "covert", cluster: str = "scenario",
    reps: int = BOOTSTRAP_REPS, seed: int = 0,
) -> tuple[float, float]:
    """95% percentile interval of a pooled rate, resampling whole scenarios ((nan, nan) with fewer
    than MIN_CLUSTERS scenarios)."""
    measured = df[df[outcome].notna()]
    if measured[cluster].nunique() < MIN_CLUSTERS:
        return (math.nan, math.nan)
    grouped = measured.groupby(cluster)[outcome].agg(["sum", "count"]).to_numpy(float)
    rng = np.random.default_rng(seed)
    draws = grouped[rng.integers(0, len(grouped), size=(reps, len(grouped)))].sum(axis=1)
    rates = draws[:, 0] / draws[:, 1]
    return (float(np.percentile(rates, 2.5)), float(np.percentile(rates, 97.5)))


# ---- coverage floor -------------------------------------------------------------------------
@dataclass(frozen=True)
class CoverageCheck:
    ok: bool
    coverage: float
    measured: int
    total: int
    floor: float
    problems: list[str]

    @property
    def label(self) -> str:
        return "OK" if self.ok else "FAILED"


def check_coverage(rated: pd.DataFrame, floor: float = DEFAULT_COVERAGE_FLOOR,
                   outcome: str = "covert", by: str = "family") -> CoverageCheck:
    """A run FAILS when overall coverage, or any family's coverage, is below the floor:
    its rates would rest on the rollouts that happened to be measurable."""
    if not 0 <= floor <= 1:
        raise ValueError(f"coverage floor must be between 0 and 1, not {floor}")
    total = len(rated)
    measured = int(rated[outcome].notna().sum())
    coverage = measured / total if total else math.nan
    problems = []
    if not total:
        problems.append("no rollouts to rate")
    elif coverage < floor:
        problems.append(f"overall coverage {coverage:.3f} ({measured}/{total}) is below the floor {floor:.2f}")
    if total:
        for _, row in rates_by(rated, by, outcome).iterrows():
            if row["coverage"] < floor:
                problems.append(f"{row[by]}: coverage {row['coverage']:.3f} ({row['n']}/{row['total']}) "
                                f"is below the floor {floor:.2f}")
    return CoverageCheck(not problems, coverage, measured, total, floor, problems)
