"""Comparisons of covert-action rates: two log sets (`schemeguard compare A B`) or two values of a
variant within one run (spec none vs on, monitored vs unmonitored).

Each row: both rates with n, the difference b − a with a Newcombe interval and Fisher's exact p,
and (pooled row) a bootstrap interval clustered by scenario. Only measured rollouts enter rates.
"""

from __future__ import annotations

import math
from typing import Any

import pandas as pd

from schemeguard.analysis.stats import Comparison, cluster_bootstrap_difference, compare, rate_of
from schemeguard.analysis.table import rated
from schemeguard.record import Measure

POOLED = "all (pooled)"


def compare_frames(a: pd.DataFrame, b: pd.DataFrame, by: str = "family", outcome: str = "covert",
                   seed: int = 0) -> list[tuple[str, Comparison]]:
    """Per-group comparisons (groups present on either side), then the pooled one."""
    out: list[tuple[str, Comparison]] = []
    for group in sorted(set(a[by].dropna()) | set(b[by].dropna())):
        out.append((str(group), compare(rate_of(a.loc[a[by] == group, outcome]), rate_of(b.loc[b[by] == group, outcome]))))
    pooled = compare(rate_of(a[outcome]), rate_of(b[outcome]))
    pooled = Comparison(pooled.a, pooled.b, pooled.difference, pooled.ci, pooled.p_value,
                        cluster_bootstrap_difference(a, b, outcome, seed=seed))
    out.append((POOLED, pooled))
    return out


def compare_runs(a: pd.DataFrame, b: pd.DataFrame, measure: str = Measure.COVERT_ACTION,
                 seed: int = 0) -> list[tuple[str, Comparison]]:
    """Two rollout tables (e.g. before / after training), per family: b − a."""
    return compare_frames(rated(a, measure), rated(b, measure), seed=seed)


def compare_variant(table: pd.DataFrame, column: str, a_value: str, b_value: str,
                    measure: str = Measure.COVERT_ACTION, seed: int = 0) -> list[tuple[str, Comparison]] | None:
    """Within one run: rollouts with column == b_value vs == a_value; None unless both occur."""
    rows = rated(table, measure)
    a, b = rows[rows[column] == a_value], rows[rows[column] == b_value]
    if a.empty or b.empty:
        return None
    return compare_frames(a, b, seed=seed)


def comparison_rows(comparisons: list[tuple[str, Comparison]]) -> list[dict[str, Any]]:
    """Flat records (for JSON / DataFrames)."""
    rows = []
    for name, c in comparisons:
        boot = c.cluster_ci or (math.nan, math.nan)
        rows.append({
            "group": name, "a_k": c.a.k, "a_n": c.a.n, "a_total": c.a.total, "a_rate": c.a.rate,
            "b_k": c.b.k, "b_n": c.b.n, "b_total": c.b.total, "b_rate": c.b.rate,
            "difference": c.difference, "ci_low": c.ci[0], "ci_high": c.ci[1], "fisher_p": c.p_value,
            "bootstrap_low": boot[0], "bootstrap_high": boot[1],
        })
    return rows
