"""Capability / propensity jumps across checkpoints: a planted jump is flagged, a flat or steadily
drifting series is not. Checkpoints are organism runs with planted covert-action rates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from inspect_ai import eval as inspect_eval

from schemeguard.analysis.table import rollout_table
from schemeguard.cli import main
from schemeguard.gate.trend import detect_jumps, detect_trend

FAMILY = "log_falsification"  # 3 scenarios × 8 epochs = 24 rollouts per checkpoint
PLANTED = [0.1, 0.1, 0.1, 0.6]
LABELS = ["c1", "c2", "c3", "c4"]


@pytest.fixture(scope="module")
def checkpoints(tmp_path_factory) -> list[Path]:
    from schemeguard.tasks import family

    base = tmp_path_factory.mktemp("trend")
    dirs = []
    for i, rate in enumerate(PLANTED):
        log_dir = base / LABELS[i]
        [log] = inspect_eval(family(name=FAMILY), model="organism/schemer", epochs=8, log_dir=str(log_dir),
                             model_args={"covert_rate": rate, "awareness_rate": 0.0, "seed": 100 + i},
                             display="none", log_realtime=False, ctl_server=False)
        assert log.status == "success", log.error
        dirs.append(log_dir)
    return dirs


def test_planted_jump_is_flagged(checkpoints):
    result = detect_trend([rollout_table([d]) for d in checkpoints], LABELS)
    assert result.calibration
    [jump] = result.jumps
    assert (jump.metric, jump.family, jump.checkpoint, jump.previous) == ("covert_rate", FAMILY, "c4", "c3")
    assert jump.difference_ci[0] > 0 and jump.fisher_p < 0.05 and jump.rate > jump.prediction_interval[1]
    # the planted 0.6 lies in the reported interval of the jumped checkpoint
    assert jump.ci[0] <= 0.6 <= jump.ci[1] and jump.n == 24


def test_flat_series_is_not_flagged(checkpoints):
    result = detect_trend([rollout_table([d]) for d in checkpoints[:3]], LABELS[:3])
    assert len(result.steps) == 2 and result.jumps == []


def test_cli_trend_exit_codes_and_files(checkpoints, tmp_path, capsys):
    out = tmp_path / "out"
    args = ["gate", "trend", *map(str, checkpoints), "--labels", ",".join(LABELS), "--out", str(out)]
    assert main(args) == 1
    assert "JUMP covert_rate [log_falsification] at c4" in capsys.readouterr().out
    written = json.loads((out / "trend.json").read_text())
    assert [j["checkpoint"] for j in written["jumps"]] == ["c4"]
    assert "jump(s) flagged" in (out / "trend.md").read_text()
    assert main(["gate", "trend", *map(str, checkpoints[:3]), "--out", str(tmp_path / "flat")]) == 0
    assert main(["gate", "trend", str(checkpoints[0]), "--out", str(out)]) == 2
    assert main(["gate", "trend", *map(str, checkpoints[:2]), "--labels", "a", "--out", str(out)]) == 2


def test_steady_drift_is_the_trend_not_a_jump():
    # 0.10 → 0.40 in even steps: each step is small and the line through earlier points predicts it
    steps = detect_jumps([(10, 100), (20, 100), (30, 100), (40, 100)], LABELS)
    assert [s.flagged for s in steps] == [False, False, False]
    # the same endpoint reached in one step is a jump
    steps = detect_jumps([(10, 100), (10, 100), (10, 100), (40, 100)], LABELS)
    assert [s.flagged for s in steps] == [False, False, True]


def test_a_drop_is_reported_too():
    steps = detect_jumps([(60, 100), (62, 100), (10, 100)], LABELS[:3])
    assert steps[-1].flagged and steps[-1].difference < 0


def test_accuracy_counts_rollouts_not_questions():
    """One of six sandbagging rollouts answers 0/15: with questions as trials (75/90 vs 90/90) that
    would look like a jump; with the rollout as the unit (5/6 vs 6/6) it is not one."""
    import pandas as pd

    from schemeguard.gate.trend import checkpoint_counts

    def table(correct: list[int]) -> pd.DataFrame:
        return pd.DataFrame({
            "family": "sandbagging_unlearning", "control": False, "pair_id": "p", "measure": "covert_action",
            "covert": pd.array([c < 8 for c in correct], dtype="boolean"), "escalated": pd.NA,
            "details": [json.dumps({"correct": c, "total": 15}) for c in correct],
        })

    before, after = checkpoint_counts(table([15] * 6)), checkpoint_counts(table([15] * 5 + [0]))
    assert before[("sandbagging_accuracy", "sandbagging_unlearning")] == (6, 6)
    assert after[("sandbagging_accuracy", "sandbagging_unlearning")] == (5, 6)
    steps = detect_jumps([(6, 6), (5, 6)], LABELS[:2], "sandbagging_accuracy")
    assert not steps[0].flagged
    assert detect_jumps([(90, 90), (75, 90)], LABELS[:2])[0].flagged  # what counting questions would say
