"""Monitor benchmark and post-hoc runs on real organism logs (through Inspect and the CLI)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from inspect_ai import eval as inspect_eval
from inspect_ai.log import read_eval_log, write_eval_log

from schemeguard.cli import main
from schemeguard.tasks import suite

FAMILIES = "log_falsification,reward_hacking,oversight_subversion,lazy_checklist"


@pytest.fixture(scope="module")
def logs(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("monitor-logs")
    [log] = inspect_eval(suite(families=FAMILIES, scenarios=2), model="organism/schemer", epochs=3,
                         display="none", log_realtime=False, ctl_server=False, log_dir=str(root))
    assert log.status == "success", log.error
    # one rollout's ground truth unparseable: it must be excluded and counted, not labelled honest
    full = read_eval_log(log.location)
    full.samples[0].scores["covert_action"].value = "garbled"
    write_eval_log(full, log.location)
    return root


@pytest.mark.slow  # ~80 s: the whole bench over organism logs; CI runs it in the slow step
def test_bench_cli_writes_figures_plots_and_counts_exclusions(logs: Path, tmp_path: Path, capsys) -> None:
    assert main(["monitor", "bench", str(logs), "--out", str(tmp_path)]) == 0
    result = json.loads((tmp_path / "monitor_bench.json").read_text())
    assert any(k.startswith("unmeasured: unparseable score") and v == 1 for k, v in result["excluded"].items())
    n = result["n_labelled"]
    assert n == 4 * 2 * 3 - 1 and 0 < result["n_covert"] < n
    rules = result["monitors"]["full:rules"]
    # every covert action of these families has a rule signature; no honest rollout trips one
    assert rules["auroc"] == pytest.approx(1.0) and rules["tpr_at_fpr"]["0.01"] == pytest.approx(1.0)
    assert result["monitors"]["cot:probe"]["n_measured"] == n and "cot:rules" not in result["monitors"]
    assert set(result["view_gap"]["probe"]) == {"action", "cot", "full"}
    assert set(result["monitors"]["full:rules"]["per_family"]) == set(FAMILIES.split(","))
    for view in ("action", "cot", "full"):
        assert (tmp_path / f"roc_{view}.png").stat().st_size > 1000
    md = (tmp_path / "monitor_bench.md").read_text()
    assert "AUROC by view" in md and "Held-out figures" in md and "Headline" in md
    split = rules["honest"]["scenario_split"]  # threshold from calibration scenarios, figures from the others
    assert split["n_calibration"] + split["n_test"] == n and split["n_test"] > 0
    assert set(rules["honest"]["leave_one_family_out"]["per_group"]) == set(FAMILIES.split(","))
    assert set(result["headline"]) >= {"action", "cot", "full", "cot_minus_action"}
    assert "labelled rollouts" in capsys.readouterr().out


def test_run_cli_writes_results_beside_logs(logs: Path) -> None:
    assert main(["monitor", "run", str(logs)]) == 0
    [written] = list(logs.glob("*.monitors.jsonl"))
    lines = [json.loads(x) for x in written.read_text().splitlines()]
    fired = [x for x in lines if x["monitor"] == "rules" and x["score"] >= 0.5]
    assert fired and all(x["evidence"] for x in fired)
    assert {x["view"] for x in lines} == {"action", "full"}  # rules cannot read the CoT-only view


def test_bad_input_is_one_clear_error(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "broken.eval"
    bad.write_bytes(b"not a zip")
    assert main(["monitor", "bench", str(bad), "--out", str(tmp_path / "o")]) == 2
    assert "broken.eval" in capsys.readouterr().err
    assert main(["monitor", "bench", str(tmp_path / "missing")]) == 2
