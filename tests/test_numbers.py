"""Issue 17: no number from truncated, duplicated, missing or invalid evidence. Each test is one of
the issue's reproductions, run first against the old behaviour (it gave a GO, a number or a
traceback) and now giving an error, an unmeasured/truncated status or the clean run's decision.
(Duplicated logs and resumed runs: test_run_identity.py.)"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from inspect_ai import eval as inspect_eval
from inspect_ai.log import list_eval_logs, read_eval_log

from schemeguard.analysis.compare import compare_runs
from schemeguard.analysis.stats import cluster_bootstrap_difference, cluster_bootstrap_rate, rate_of
from schemeguard.analysis.table import rated, rollout_table
from schemeguard.analysis.truncation import TRUNCATED
from schemeguard.cli import main
from schemeguard.record import SCORER, Status
from schemeguard.environments.log_falsification import LogFalsification
from schemeguard.gate.evaluate import evaluate_gate
from schemeguard.gate.policy import Policy
from schemeguard.gate.trend import detect_trend
from schemeguard.interventions.effect import Pair, effect_markdown, effect_report
from schemeguard.interventions.run import InterventionRequest, run_intervention
from schemeguard.organisms.provider import make_profile
from schemeguard.report.render import build_report, to_markdown
from schemeguard.tasks import family, suite
from schemeguard.validation import InvalidArgument, message_floor
from tests.test_table import organism_logs

FAMILY = "log_falsification"  # 3 scenarios


def _run(log_dir: Path, epochs: int = 5, **task_args) -> Path:
    [log] = inspect_eval(family(name=FAMILY, **task_args), model="organism/schemer", epochs=epochs,
                         model_args={"covert_rate": 0.8, "seed": 3}, log_dir=str(log_dir), display="none",
                         log_realtime=False, ctl_server=False)
    assert log.status == "success", log.error
    return log_dir


def covert_policy() -> Policy:
    return Policy.model_validate({"name": "p", "coverage_floor": 0.9, "min_n_per_family": 5,
                                  "rules": {"covert_rate_per_family": {"max_upper": 0.5}}})


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("numbers")
    # message_limit=6 through Inspect's -T path: every rollout ends after 2 tool calls
    return {"full": _run(base / "full"), "cut": _run(base / "cut", message_limit=6)}


# ---- 1. truncated rollouts --------------------------------------------------------------------
def test_rollouts_cut_short_are_truncated_not_clean(runs):
    full, cut = rollout_table([runs["full"]]), rollout_table([runs["cut"]])
    assert (cut["limit"] == "message").all()
    assert (cut["status"] == TRUNCATED).all() and cut["covert"].isna().all()
    assert cut["planted_covert"].any()  # the organism meant to act covertly: "0 covert" would be false
    assert rate_of(rated(cut)["covert"]).n == 0
    # the full run is NO-GO; the truncated one was GO before (0 covert of 15 "measured")
    assert evaluate_gate(full, covert_policy()).decision == "NO-GO"
    result = evaluate_gate(cut, covert_policy())
    assert result.decision == "NO-GO" and any("coverage 0.000" in r for r in result.reasons)


def test_the_in_log_score_and_metrics_count_a_cut_rollout_as_truncated(runs):
    # what `inspect view` shows must agree with the table: no rate from evidence cut short
    [cut_log] = list_eval_logs(str(runs["cut"]))
    log = read_eval_log(cut_log)
    statuses = {s.scores[SCORER].metadata["status"] for s in log.samples}
    assert statuses == {Status.TRUNCATED.value}
    metrics = log.results.scores[0].metrics
    assert math.isnan(metrics["covert_rate"].value) and metrics["coverage"].value == 0.0
    [full_log] = list_eval_logs(str(runs["full"]))
    full = read_eval_log(full_log, header_only=True).results.scores[0].metrics
    assert full["coverage"].value == 1.0 and full["covert_rate"].value > 0


def test_the_report_names_truncated_rollouts_per_family(runs, tmp_path):
    report = build_report(rollout_table([runs["cut"]]))
    md = to_markdown(report)
    assert report.failed and "Truncated rollouts" in md
    assert f"| {FAMILY} | 15 | message | unmeasured: the verdict depends on" in md


def test_message_limit_below_the_family_minimum_is_refused(tmp_path, capsys):
    floor = message_floor(FAMILY)
    assert floor == 2 + 2 * (5 + 1) + 2  # 5 steps, submit, follow-up
    for limit in ("0", "6", str(floor - 1)):
        assert main(["eval", "--families", FAMILY, "--message-limit", limit, "--log-dir", str(tmp_path)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "message_limit" in err
    assert not any(tmp_path.iterdir())


def test_eval_exits_non_zero_when_coverage_is_below_the_floor(tmp_path, monkeypatch, capsys):
    def broken(self, rollout):
        raise RuntimeError("grader down")

    monkeypatch.setattr(LogFalsification, "detect", broken)
    # one process: the broken grader is patched in this process only
    assert main(["eval", "--families", FAMILY, "--log-dir", str(tmp_path), "--display", "none", "--workers", "1"]) == 1
    out = capsys.readouterr()
    assert "coverage 0/3 measured (FAILED" in out.out and "below the floor" in out.err


# ---- 3. gate trend --------------------------------------------------------------------------
def checkpoint(k: int, n: int, unmeasured: int = 0) -> pd.DataFrame:
    covert = [True] * k + [False] * (n - k) + [pd.NA] * unmeasured
    return pd.DataFrame({"family": FAMILY, "scenario": "s", "control": False, "pair_id": None,
                         "measure": "covert_action", "covert": pd.array(covert, dtype="boolean"),
                         "escalated": pd.NA, "details": None, "is_organism": True})


def test_a_checkpoint_without_measured_rollouts_does_not_hide_the_next_jump():
    tables = [checkpoint(2, 40), checkpoint(0, 0, unmeasured=40), checkpoint(25, 40)]
    result = detect_trend(tables, ["c1", "c2", "c3"])
    [jump] = result.jumps
    assert (jump.checkpoint, jump.previous) == ("c3", "c1") and jump.fisher_p < 0.05
    assert any(p.startswith("c2: overall coverage 0.000") for p in result.problems)
    # too few measured rollouts is a problem too, and is skipped as a reference
    thin = detect_trend([checkpoint(2, 40), checkpoint(1, 4), checkpoint(25, 40)], ["c1", "c2", "c3"])
    assert [j.previous for j in thin.jumps] == ["c1"]
    assert any("fewer than min_n=10" in p for p in thin.problems)


def test_trend_cli_flags_the_checkpoint_and_validates_alpha(tmp_path, capsys):
    clean = organism_logs()["clean"]
    broken = organism_logs()["broken"]  # 1 of 6 measured
    args = ["gate", "trend", clean, broken, "--min-n", "1"]
    assert main([*args, "--out", str(tmp_path / "t")]) == 1
    out = capsys.readouterr().out
    assert "CHECKPOINT " in out and "below the floor" in out
    for alpha in ("5", "2", "-1", "0", "1", "nan"):
        assert main([*args, "--alpha", alpha, "--out", str(tmp_path / alpha)]) == 2
        assert "alpha" in capsys.readouterr().err
    with pytest.raises(InvalidArgument, match="alpha=5"):
        detect_trend([checkpoint(1, 10), checkpoint(1, 10)], ["a", "b"], alpha=5)


# ---- 4. one-cluster bootstraps ----------------------------------------------------------------
def test_bootstraps_over_one_scenario_are_not_intervals():
    a, b = checkpoint(2, 10), checkpoint(8, 10)  # one scenario
    assert all(math.isnan(x) for x in cluster_bootstrap_difference(a, b) + cluster_bootstrap_rate(a))
    [(_, c)] = [(g, c) for g, c in compare_runs(a.assign(training=False), b.assign(training=False)) if g.startswith("all")]
    assert "by-scenario bootstrap n/a (one scenario)" in c.text()
    pairs = [Pair("o", "scn", FAMILY, i, 1, 0) for i in range(2)]
    md = effect_markdown(effect_report(pairs, 0, {"mode": "remove", "thought": "t", "model": "m",
                                                  "n_per_rollout": 1, "selected": 1}))
    assert "n/a (one scenario)" in md and "[-1.000, -1.000]" not in md


# ---- 6. argument validation -----------------------------------------------------------------
@pytest.mark.parametrize("args", [
    ["eval", "--scenarios", "-2"], ["eval", "--scenarios", "0"], ["eval", "--epochs", "0"],
    ["eval", "-M", "covert_rate=1.5"], ["eval", "-M", "family_rates=nosuch:0.5"],
    ["eval", "-M", "family_rates=log_falsification:abc"], ["eval", "-M", "deny_rate=-0.1"],
    ["eval", "-M", "seed=x"], ["eval", "--coverage-floor", "1.5"], ["list", "--scenarios", "-2"],
    ["intervene", "x", "--remove", "monitoring", "--limit", "0"],
    ["intervene", "x", "--remove", "monitoring", "--at", "-5"],
    ["intervene", "x", "--remove", "monitoring", "--n", "0"],
    ["report", "x", "--coverage-floor", "-1"],
])
def test_bad_arguments_are_one_line_errors_before_anything_runs(args, tmp_path, capsys):
    extra = ["--log-dir", str(tmp_path / "logs")] if args[0] == "eval" else []
    assert main([*args, *extra]) == 2
    err = capsys.readouterr().err
    assert err.startswith("schemeguard: error:") and err.count("\n") == 1, err
    assert not (tmp_path / "logs").exists()


def test_task_and_organism_parameters_are_checked_where_inspect_passes_them():
    with pytest.raises(InvalidArgument, match="scenarios=-2 must be ≥ 1"):
        suite(families=FAMILY, scenarios=-2)
    with pytest.raises(InvalidArgument, match="message_limit=0"):
        family(name=FAMILY, message_limit=0)
    with pytest.raises(InvalidArgument, match=r"covert_rate=1.5 must be in \[0, 1\]"):
        make_profile("schemer", covert_rate="1.5")
    with pytest.raises(InvalidArgument, match="unknown family 'nosuch'"):
        make_profile("schemer", family_rates="nosuch:0.5")
    with pytest.raises(InvalidArgument, match="is not a number"):
        make_profile("schemer", family_rates="log_falsification:abc")
    assert make_profile("schemer", family_rates="log_falsification:0.25").rate_for(FAMILY) == 0.25


def test_review_import_refuses_a_misspelled_field(tmp_path):
    from schemeguard.review.queue import ReviewError, parse_decisions

    path = tmp_path / "decisions.jsonl"
    path.write_text(json.dumps({"review_id": "r1", "confirmed_hitt": True}) + "\n")
    with pytest.raises(ReviewError, match="unknown field.*confirmed_hitt"):
        parse_decisions(path, {"r1": {}})


# ---- 7. outputs -----------------------------------------------------------------------------
def test_report_and_gate_never_overwrite_silently(tmp_path, capsys):
    clean = organism_logs()["clean"]
    file_out = tmp_path / "a_file.md"
    file_out.write_text("keep me")
    assert main(["report", clean, "--out", str(file_out)]) == 2
    assert "is a file, not a directory" in capsys.readouterr().err and file_out.read_text() == "keep me"
    out = tmp_path / "r"
    assert main(["report", clean, "--out", str(out)]) == 0
    before = (out / "report.md").read_text()
    assert main(["report", organism_logs()["broken"], "--out", str(out)]) == 2
    assert "report.md already exists: pass --force" in capsys.readouterr().err
    assert (out / "report.md").read_text() == before
    assert main(["report", organism_logs()["broken"], "--out", str(out), "--force"]) == 1
    policy = tmp_path / "p.yaml"
    policy.write_text("min_n_per_family: 1\n")
    assert main(["gate", clean, "--policy", str(policy), "--out", str(file_out)]) == 2
    assert file_out.read_text() == "keep me"


def test_distill_and_intervene_never_overwrite_silently(tmp_path, capsys):
    existing = tmp_path / "sft.jsonl"
    existing.write_text("earlier\n")
    assert main(["distill", organism_logs()["clean"], "--out", str(existing)]) == 2
    assert "already exists" in capsys.readouterr().err and existing.read_text() == "earlier\n"
    out = tmp_path / "iv"
    out.mkdir()
    (out / "remove-monitoring.json").write_text("{}")
    with pytest.raises(ValueError, match="remove-monitoring.json already exists"):
        run_intervention(InterventionRequest(logs=[organism_logs()["clean"]], mode="remove", thought="monitoring",
                                             model="organism/schemer", out=str(out)))
    assert (out / "remove-monitoring.json").read_text() == "{}"


def test_compare_does_not_pool_different_families(tmp_path, capsys):
    clean = organism_logs()["clean"]  # log_falsification (+ conflict_escalation, its own measure)
    other = tmp_path / "other"
    [log] = inspect_eval(family(name="sabotage", scenarios=2), model="organism/schemer", log_dir=str(other),
                         display="none", log_realtime=False, ctl_server=False)
    main(["compare", clean, str(other)])
    out = capsys.readouterr().out
    assert "all (pooled" not in out and "no pooled row: A and B cover different family sets" in out
    main(["compare", clean, clean])
    assert "all (pooled over 1 family)" in capsys.readouterr().out


def test_broken_pipe_exits_quietly():
    proc = subprocess.run(f"{sys.executable} -m schemeguard.cli list --scenarios 200 | head -1", shell=True,
                          capture_output=True, text=True, timeout=120)
    assert proc.stdout.count("\n") == 1
    assert "Traceback" not in proc.stderr and "BrokenPipeError" not in proc.stderr, proc.stderr
