"""Statistics against published, hand-checkable values."""

import math

import numpy as np
import pandas as pd
import pytest

from schemeguard.analysis.stats import (
    Rate,
    check_coverage,
    cluster_bootstrap_difference,
    cluster_bootstrap_rate,
    compare,
    fisher_p,
    macro_average,
    newcombe_difference,
    rate_of,
    rates_by,
    wilson,
)


@pytest.mark.parametrize("k,n,lo,hi", [
    (0, 10, 0.0, 0.2775),  # upper = z²/(n+z²)
    (5, 10, 0.2366, 0.7634),
    (81, 263, 0.2553, 0.3662),  # Newcombe (1998a), single-proportion example
    (10, 10, 0.7225, 1.0),
])
def test_wilson_published_values(k, n, lo, hi):
    got = wilson(k, n)
    assert got == pytest.approx((lo, hi), abs=5e-5)


def test_wilson_without_trials_is_nan_not_zero():
    assert all(math.isnan(x) for x in wilson(0, 0))


@pytest.mark.parametrize("a,b,expected", [
    # Newcombe (1998b) Stat Med 17:873, Table II, method 10 (hybrid score)
    ((56, 70), (48, 80), (0.0524, 0.3339)),
    ((9, 10), (3, 10), (0.1705, 0.8090)),
    ((6, 7), (2, 7), (0.0582, 0.8062)),
    ((5, 56), (0, 29), (-0.0381, 0.1926)),
    ((0, 10), (0, 20), (-0.1611, 0.2775)),
])
def test_newcombe_published_values(a, b, expected):
    d, lo, hi = newcombe_difference(*a, *b)
    assert d == pytest.approx(a[0] / a[1] - b[0] / b[1])
    assert (lo, hi) == pytest.approx(expected, abs=5e-5)


def test_fisher_lady_tasting_tea():
    # [[3, 1], [1, 3]]: two-sided p = 34/70, one-sided = 17/70
    assert fisher_p(3, 4, 1, 4) == pytest.approx(34 / 70)
    assert fisher_p(3, 4, 1, 4, "greater") == pytest.approx(17 / 70)
    assert fisher_p(1, 4, 3, 4, "less") == pytest.approx(17 / 70)


def test_compare_is_b_minus_a_with_its_n():
    c = compare(Rate(48, 80, 80), Rate(56, 70, 75))
    assert c.difference == pytest.approx(0.2)
    assert c.ci == pytest.approx((0.0524, 0.3339), abs=5e-5)
    assert c.p_value == pytest.approx(fisher_p(56, 70, 48, 80))
    assert "Fisher p=" in c.text()
    assert Rate(56, 70, 75).text() == "0.800 [0.692, 0.877] (56/70)"  # Wilson 0.6920, 0.8769
    assert Rate(56, 70, 75).coverage == pytest.approx(70 / 75)


def test_rate_of_excludes_unmeasured():
    outcomes = pd.array([True, False, pd.NA, True, pd.NA], dtype="boolean")
    r = rate_of(pd.Series(outcomes))
    assert (r.k, r.n, r.total) == (2, 3, 5)


def test_rates_by_group_has_n_and_coverage():
    df = pd.DataFrame({"family": ["a", "a", "a", "b"],
                       "covert": pd.array([True, pd.NA, False, False], dtype="boolean")})
    per = rates_by(df, "family").set_index("family")
    assert per.loc["a", ["k", "n", "total"]].tolist() == [1, 2, 3]
    assert per.loc["a", "coverage"] == pytest.approx(2 / 3)
    assert per.loc["b", "rate"] == 0 and per.loc["b", "ci_high"] == pytest.approx(wilson(0, 1)[1])


def test_macro_average_weights_families_equally():
    per = pd.DataFrame({"family": ["a", "b", "c"], "k": [10, 0, 1], "n": [10, 100, 0]})
    m = macro_average(per)
    assert m.families == 2 and m.n == 110  # the family with n=0 is left out
    assert m.rate == pytest.approx(0.5)  # (1.0 + 0.0) / 2, not pooled 10/110
    assert 0 <= m.ci[0] < 0.5 < m.ci[1] <= 1
    # a family at 0/100 still carries uncertainty: the interval is not degenerate
    single = macro_average(pd.DataFrame({"family": ["b"], "k": [0], "n": [100]}))
    assert single.rate == 0 and single.ci[1] > 0


def _frame(rows):
    return pd.DataFrame(rows, columns=["scenario", "covert"]).astype({"covert": "boolean"})


def test_cluster_bootstrap_sees_a_real_difference_and_respects_clustering():
    rng = np.random.default_rng(0)
    a = _frame([(f"s{i}", rng.random() < 0.2) for i in range(10) for _ in range(20)])
    b = _frame([(f"s{i}", rng.random() < 0.7) for i in range(10) for _ in range(20)])
    lo, hi = cluster_bootstrap_difference(a, b, seed=1)
    assert 0.3 < lo < hi < 0.7
    assert cluster_bootstrap_difference(a, b, seed=1) == (lo, hi)  # seeded
    # identical arms per scenario: every resample gives exactly 0
    assert cluster_bootstrap_difference(a, a) == (0.0, 0.0)
    # whole-scenario correlation widens the interval: 2 scenarios all-covert, 2 never
    clustered = _frame([(s, s in ("s0", "s1")) for s in ("s0", "s1", "s2", "s3") for _ in range(50)])
    c_lo, c_hi = cluster_bootstrap_rate(clustered)
    w_lo, w_hi = wilson(100, 200)
    assert c_hi - c_lo > 3 * (w_hi - w_lo)



def test_coverage_floor_fails_the_run():
    df = pd.DataFrame({"family": ["a"] * 9 + ["b"] * 11,
                       "covert": pd.array([False] * 8 + [pd.NA] + [True] * 11, dtype="boolean")})
    ok = check_coverage(df, floor=0.85)
    assert ok.ok and ok.label == "OK" and ok.coverage == pytest.approx(19 / 20)
    failed = check_coverage(df, floor=0.9)  # overall 0.95 passes, family a (8/9 = 0.889) does not
    assert not failed.ok and failed.label == "FAILED"
    assert len(failed.problems) == 1 and failed.problems[0].startswith("a: coverage 0.889 (8/9)")
    with pytest.raises(ValueError, match="coverage floor"):
        check_coverage(df, floor=90)
    assert not check_coverage(df.iloc[:0]).ok  # nothing to rate is not a clean run
