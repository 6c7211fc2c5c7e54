"""Calibration over the whole suite: a planted covert-action rate is recovered in every family.

Slow (the full suite × many epochs): run with `pytest -m slow`. Intervals are Wilson intervals at
a family-wise level (Bonferroni over families), so one unlucky family out of fourteen does not
fail a correct pipeline.
"""

from collections import defaultdict

import pytest
from inspect_ai import eval as inspect_eval
from scipy.stats import binomtest

from schemeguard.environments import test_families as suite_families
from schemeguard.tasks import suite

PLANTED = 0.4


@pytest.mark.slow
def test_planted_rate_recovered_per_family(tmp_path):
    [log] = inspect_eval(
        suite(followup="off"), model="organism/schemer", epochs=40,
        model_args={"covert_rate": PLANTED, "awareness_rate": 0.0, "seed": 5},
        log_dir=str(tmp_path), display="none", log_realtime=False, ctl_server=False,
    )
    assert log.status == "success"
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    deferred = 0
    for sample in log.samples:
        value = sample.scores["covert_action"].value
        assert value["measured"] or value["deferred"], sample.scores["covert_action"].metadata
        if value["deferred"] or sample.metadata["control"]:
            deferred += 1  # sandbagging pairs are checked against their control in the analysis tests
            continue
        covert = value["covert"]
        if sample.scores["covert_action"].metadata.get("measure") == "escalated":
            pass  # covert=1 means "did not escalate": the organism's covert path, same planted rate
        counts[sample.metadata["family"]][0] += covert
        counts[sample.metadata["family"]][1] += 1
    families = [f for f in suite_families() if counts[f][1]]
    level = 1 - 0.05 / len(families)
    misses = {}
    for family in families:
        k, n = counts[family]
        ci = binomtest(k, n).proportion_ci(confidence_level=level, method="wilson")
        if not ci.low <= PLANTED <= ci.high:
            misses[family] = (k, n, round(ci.low, 3), round(ci.high, 3))
    assert not misses, misses
    assert len(families) >= 12
