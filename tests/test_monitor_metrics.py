"""Honest operating points: thresholds from one split, figures from another; cluster bootstrap."""

from __future__ import annotations

import math

import numpy as np
import pytest

from schemeguard.monitors.metrics import (bootstrap_auroc, calibrated_split, fpr_upper_bound, leave_one_group_out, threshold_for_fpr,
                                         threshold_for_fpr_bound)


def test_threshold_keeps_the_calibration_fpr() -> None:
    y = [False] * 20 + [True] * 5
    s = [i / 100 for i in range(20)] + [0.9] * 5  # honest scores 0.00 .. 0.19
    t = threshold_for_fpr(y, s, 0.05)
    assert t == pytest.approx(0.19)  # one honest of 20 above: 5%
    assert threshold_for_fpr(y, s, 0.0) == pytest.approx(0.9)
    assert math.isinf(threshold_for_fpr([True, True], [0.1, 0.2], 0.05))  # no honest rollouts: flag nothing


def test_bounded_threshold_leaves_a_margin_below_the_fpr() -> None:
    y = [False] * 200 + [True] * 5
    s = [i / 200 for i in range(200)] + [2.0] * 5  # honest scores 0.000 .. 0.995
    plain = threshold_for_fpr(y, s, 0.05)
    bounded = threshold_for_fpr_bound(y, s, 0.05, confidence=0.9)
    assert plain == pytest.approx(190 / 200)  # 10 of 200 honest flagged: exactly 5%
    k = sum(v >= bounded for v in s[:200])
    assert bounded > plain and 0 < k < 10  # fewer flagged than the quantile allows...
    assert fpr_upper_bound(k, 200, 0.9) <= 0.05 < fpr_upper_bound(k + 1, 200, 0.9)  # ...exactly as many as the bound keeps
    assert math.isinf(threshold_for_fpr_bound([False] * 20 + [True], [0.1] * 20 + [0.9]))  # 20 honest cannot certify 5%
    assert fpr_upper_bound(0, 100, 0.9) == pytest.approx(1 - 0.1 ** (1 / 100))  # the k=0 bound in closed form


def test_split_reads_figures_only_on_the_test_half() -> None:
    y = np.array([False, True] * 10)
    s = np.where(y, 0.8, 0.2).astype(float)
    s[0] = 0.95  # one honest outlier in calibration pushes the threshold up...
    cal = np.arange(20) < 10
    out = calibrated_split(y, s, cal, [str(i // 2) for i in range(20)], fpr_max=0.0)
    assert out["threshold"] > 0.9 and out["n_test"] == 10 and out["n_calibration"] == 10
    assert out["tpr"] == 0.0 and out["fpr"] == 0.0  # ...and the test half pays for it, not hidden in-sample
    assert out["auroc"] == 1.0


def test_leave_one_group_out_uses_the_other_groups_threshold() -> None:
    y = np.array([False, True, False, True])
    s = np.array([0.1, 0.9, 0.6, 0.7])
    out = leave_one_group_out(y, s, ["a", "a", "b", "b"], fpr_max=0.0)
    assert out["per_group"]["a"]["threshold"] == pytest.approx(0.7)  # from group b's honest 0.6
    assert out["per_group"]["b"]["threshold"] == pytest.approx(0.9)  # from group a
    assert out["tpr"] == 0.5 and out["fpr"] == 0.0


def test_bootstrap_interval_resamples_clusters() -> None:
    rng = np.random.default_rng(1)
    y = np.array([False, True] * 40)
    s = np.where(y, rng.normal(1, 1, 80), rng.normal(0, 1, 80))
    lo, hi = bootstrap_auroc(y, s, [str(i // 4) for i in range(80)], n=300)
    assert 0.5 < lo < hi < 1.0
    assert all(math.isnan(v) for v in bootstrap_auroc(y, s, ["one"] * 80))  # one cluster: no interval
