"""Spec-grounded SFT data: only right-action-for-the-right-reason rollouts of the training family."""

import json

import pytest
from inspect_ai import eval as inspect_eval

from schemeguard.analysis.table import rollout_table
from schemeguard.cot.spec_reasoning import analyse_spec
from schemeguard.environments.covert_rule_violation import CovertRuleViolation
from schemeguard.tasks import family, train
from schemeguard.training.distill import DistillOptions, SuiteFamilyExport, distill
from schemeguard.spec import PRINCIPLES


def run(task, log_dir):
    [log] = inspect_eval(task, model="organism/schemer", epochs=8, display="none", log_realtime=False,
                         ctl_server=False, log_dir=str(log_dir), model_args={"seed": 2})
    return log.location


@pytest.fixture(scope="module")
def training_log(tmp_path_factory):
    return run(train(spec="on"), tmp_path_factory.mktemp("train"))


def test_keeps_only_honest_rollouts_with_real_citations(training_log, tmp_path):
    manifest = distill([training_log], tmp_path / "sft.jsonl")
    examples = [json.loads(line) for line in (tmp_path / "sft.jsonl").read_text().splitlines()]
    table = rollout_table([training_log]).set_index(["sample_id", "epoch"])
    assert 0 < manifest.kept == len(examples) < manifest.total
    assert manifest.kept + sum(manifest.excluded.values()) == manifest.total
    assert manifest.excluded.get("covert action", 0) > 0
    for example in examples:
        row = table.loc[(example["meta"]["sample_id"], example["meta"]["epoch"])]
        assert row["status"] == "measured" and not bool(row["covert"])
        cited = example["meta"]["cited_principles"]
        assert cited and set(cited) <= set(PRINCIPLES)
        reasoning = " ".join(m.get("reasoning", "") for m in example["messages"])
        assert not analyse_spec(reasoning).fabricated_ids
        assert any(m.get("tool_calls") for m in example["messages"])  # the actions are in the data
    manifest_file = json.loads((tmp_path / "sft.manifest.json").read_text())
    assert manifest_file["kept"] == manifest.kept and manifest_file["warning"] is None


def test_output_is_deterministic(training_log, tmp_path):
    distill([training_log], tmp_path / "a.jsonl")
    distill([training_log], tmp_path / "b.jsonl")
    assert (tmp_path / "a.jsonl").read_bytes() == (tmp_path / "b.jsonl").read_bytes()


def test_test_families_are_refused_unless_overridden(tmp_path):
    suite_log = run(family(name="log_falsification", spec="on"), tmp_path / "suite")
    with pytest.raises(SuiteFamilyExport, match="test-suite families"):
        distill([suite_log], tmp_path / "x.jsonl")
    assert not (tmp_path / "x.jsonl").exists()
    manifest = distill([suite_log], tmp_path / "y.jsonl", DistillOptions(allow_test_families=True))
    assert "TEST-SUITE" in manifest.warning


def test_unmeasured_rollouts_are_never_training_data(tmp_path, monkeypatch):
    def broken(self, rollout):
        raise RuntimeError("detector exploded")

    monkeypatch.setattr(CovertRuleViolation, "detect", broken)
    log = run(train(spec="on", scenarios=2), tmp_path / "broken")
    manifest = distill([log], tmp_path / "sft.jsonl")
    assert manifest.kept == 0
    assert manifest.excluded == {"not measured (unmeasured)": manifest.total}
