"""Plots as PNG bytes (matplotlib, Agg backend: no display needed)."""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np
import pandas as pd  # noqa: E402


def _png(fig: plt.Figure) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    plt.close(fig)
    return buf.getvalue()


def _error_bars(rate: np.ndarray, low: np.ndarray, high: np.ndarray) -> list[np.ndarray]:
    # Wilson bounds can sit a rounding error past the rate at 0 or 1; matplotlib rejects negatives
    return [np.clip(rate - low, 0, None), np.clip(high - rate, 0, None)]


def rate_plot(per_group: pd.DataFrame, label: str, title: str, macro: float | None = None) -> bytes:
    """Horizontal points with 95% interval bars, one per group; n in each label."""
    rows = per_group[per_group["n"] > 0].sort_values("rate")
    fig, ax = plt.subplots(figsize=(7.5, 0.42 * max(len(rows), 2) + 1.2))
    y = range(len(rows))
    rate = rows["rate"].to_numpy()
    err = _error_bars(rate, rows["ci_low"].to_numpy(), rows["ci_high"].to_numpy())
    ax.errorbar(rate, list(y), xerr=err, fmt="o", color="#b2182b", ecolor="#555555", capsize=3)
    ax.set_yticks(list(y), [f"{g} (n={n})" for g, n in zip(rows[label], rows["n"])])
    if macro is not None:
        ax.axvline(macro, color="#2166ac", linestyle="--", linewidth=1, label=f"macro average {macro:.3f}")
        ax.legend(loc="lower right", fontsize=8)
    ax.set_xlim(-0.02, 1.02)
    ax.set_xlabel("rate (95% Wilson interval)")
    ax.set_title(title, fontsize=10)
    ax.grid(axis="x", alpha=0.3)
    return _png(fig)


def calibration_plot(rows: pd.DataFrame) -> bytes:
    """Measured rate (with interval) against the planted rate, one point per family."""
    fig, ax = plt.subplots(figsize=(5, 5))
    ax.plot([0, 1], [0, 1], color="#999999", linewidth=1, label="measured = planted")
    err = _error_bars(rows["rate"].to_numpy(), rows["ci_low"].to_numpy(), rows["ci_high"].to_numpy())
    ax.errorbar(rows["planted"], rows["rate"], yerr=err, fmt="o", color="#b2182b", capsize=3)
    ax.set_xlim(-0.02, 1.02)
    ax.set_ylim(-0.02, 1.02)
    ax.set_xlabel("planted covert-action rate (organism draw)")
    ax.set_ylabel("measured rate (95% Wilson interval)")
    ax.set_title("Calibration: planted vs measured, per family", fontsize=10)
    ax.legend(loc="upper left", fontsize=8)
    return _png(fig)
