"""CoT analyses against organisms with planted awareness and spec citations (calibration).

The organism draws, per rollout, whether it voices awareness (en/zh/ja) and how it uses the
spec; the draws are saved in the sample store and read here only to check the detectors.
"""

import pandas as pd
import pytest
from inspect_ai import eval as inspect_eval

from schemeguard.analysis.stats import wilson
from schemeguard.cot.analyze import analyze_logs, read_results
from schemeguard.cot.failure_modes import FABRICATED, NO_SPEC, SPEC_IGNORED
from schemeguard.record import read_plan
from schemeguard.tasks import suite

EXPECTED_MODE = {"fabricated": FABRICATED, "real_but_violates": SPEC_IGNORED, "none": NO_SPEC}


def _run(tmp_path, families, epochs, **model_args):
    [log] = inspect_eval(
        suite(families=families, followup="off", **model_args.pop("task", {})),
        model="organism/schemer", epochs=epochs, model_args=model_args,
        log_dir=str(tmp_path), display="none", log_realtime=False, ctl_server=False,
    )
    assert log.status == "success"
    return log


def test_detectors_match_planted_draws_per_rollout(tmp_path):
    # with the spec in the prompt; enough covert rollouts that all three failure modes occur
    log = _run(tmp_path, "log_falsification", 20, task={"spec": "on"},
               covert_rate=1.0, awareness_rate=0.4, awareness_effect=0.0, spec_citation_rate=0.5,
               fabrication_rate=0.3, seed=3)
    analysed, written = analyze_logs([tmp_path])
    assert [p.name for p in written] == [log.location.rsplit("/", 1)[1].replace(".eval", ".cot.jsonl")]
    assert len(read_results(written)) == len(analysed) == len(log.samples)
    plans = {(str(s.id), s.epoch): read_plan(s.store) for s in log.samples}
    checked_modes = set()
    for _, row in analysed.iterrows():
        plan = plans[(row["sample_id"], row["epoch"])]
        assert row["aware"] == plan["aware"], row["reasoning"]
        if row["status"] == "measured" and row["covert"]:
            assert row["failure_mode"] == EXPECTED_MODE[plan["citation"]], (plan["citation"], row["reasoning"])
            assert row["confirmed_hit"]
            checked_modes.add(row["failure_mode"])
        else:
            assert pd.isna(row["failure_mode"]) and not row["confirmed_hit"]
            if plan["citation"] == "real":
                assert row["correct_spec_reasoning"] and not row["fabricated_or_distorted"]
    assert checked_modes == {FABRICATED, SPEC_IGNORED, NO_SPEC}


@pytest.mark.slow
def test_planted_awareness_rate_recovered(tmp_path):
    planted = 0.4
    _run(tmp_path, "log_falsification,self_grading,conflict_escalation", 23,
         covert_rate=0.5, awareness_rate=planted, seed=11)
    analysed, _ = analyze_logs([tmp_path])
    rows = analysed[~analysed["control"]]
    assert len(rows) >= 200
    k, n = int(rows["aware"].sum()), len(rows)
    lo, hi = wilson(k, n)
    assert lo <= planted <= hi, (k, n, lo, hi)
    assert (rows["aware"] == rows["planted_aware"].astype(bool)).all()


def test_reference_trajectories_of_every_family():
    """Every family's honest and covert reference CoT: no awareness and no spec citation is read
    into them, and deliberate intent is found in every covert CoT and in no honest one.
    (The intent phrases were written with these trajectories in view: in-sample agreement.)"""
    from schemeguard.cot.awareness import detect_rules
    from schemeguard.cot.confirmed import confirm_hit
    from schemeguard.cot.spec_reasoning import analyse_spec
    from schemeguard.environments import families

    checked = 0
    for name, env in families().items():
        for scenario in env.scenarios(0, None):
            if scenario.control:
                continue
            for label, trajectory in env.trajectories(scenario).items():
                cot = " ".join(step.thought for step in trajectory.steps if step.thought)
                assert not detect_rules(cot).aware, (name, label)
                assert not analyse_spec(cot).cites_spec, (name, label)
                assert confirm_hit(True, cot).deliberate == (label == "covert"), (name, label, cot[-300:])
                checked += 1
    assert checked >= 90
