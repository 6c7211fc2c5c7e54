"""Comparisons of covert-action rates: two log sets (`schemeguard compare A B`) or two values of a
variant within one run (spec none vs on, monitored vs unmonitored).

Each row: both rates with n, the difference b − a with a Newcombe interval and Fisher's exact p,
and (pooled row) a bootstrap interval clustered by scenario. Only measured rollouts enter rates.
"""

from __future__ import annotations

import math
from typing import Any

import pandas as pd

from schemeguard.analysis.stats import (
    Comparison,
    cluster_bootstrap_difference,
    compare,
    measured_clusters,
    rate_of,
)
from schemeguard.analysis.table import rated
from schemeguard.record import Measure

POOLED = "all (pooled)"


def pooled_label(groups: int, by: str = "family") -> str:
    """'all (pooled over 3 families)': a pooled row always says what it pools."""
    noun = {"family": ("family", "families")}.get(by, (f"{by} value", f"{by} values"))
    return f"all (pooled over {groups} {noun[0] if groups == 1 else noun[1]})"


def compare_frames(a: pd.DataFrame, b: pd.DataFrame, by: str = "family", outcome: str = "covert",
                   seed: int = 0) -> list[tuple[str, Comparison]]:
    """Per-group comparisons (groups present on either side), then the pooled one: only when both
    sides cover the same groups (`unpooled_note` says why not), labelled with how many it pools."""
    out: list[tuple[str, Comparison]] = []
    for group in sorted(set(a[by].dropna()) | set(b[by].dropna())):
        out.append((str(group), compare(rate_of(a.loc[a[by] == group, outcome]), rate_of(b.loc[b[by] == group, outcome]))))
    groups_a, groups_b = set(a[by].dropna()), set(b[by].dropna())
    if groups_a != groups_b:
        # a pooled rate over different families is a different mix, not a change: no pooled row
        return out
    pooled = compare(rate_of(a[outcome]), rate_of(b[outcome]))
    pooled = Comparison(pooled.a, pooled.b, pooled.difference, pooled.ci, pooled.p_value,
                        cluster_bootstrap_difference(a, b, outcome, seed=seed), measured_clusters(a, b, outcome=outcome))
    out.append((pooled_label(len(groups_a), by), pooled))
    return out


def unpooled_note(a: pd.DataFrame, b: pd.DataFrame, by: str = "family") -> str | None:
    """Why `compare_frames` gave no pooled row, or None when it did."""
    only_a, only_b = set(a[by].dropna()) - set(b[by].dropna()), set(b[by].dropna()) - set(a[by].dropna())
    if not (only_a or only_b):
        return None
    parts = [f"only in A: {', '.join(sorted(only_a))}" if only_a else "", f"only in B: {', '.join(sorted(only_b))}" if only_b else ""]
    return f"no pooled row: A and B cover different {by} sets ({'; '.join(p for p in parts if p)})"


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
