"""Run identity (issues 16, 17): each (run, sample, epoch) counts once, whatever the log directory
holds — a killed and resumed run, the same log given twice or copied, two separate runs of one
task, a run that never finished.

The kill/resume test interrupts a real `schemeguard eval` subprocess with SIGKILL mid-run,
resumes it with `--resume`, and checks the report and the gate against an uninterrupted run with
the same seed.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from inspect_ai.log import list_eval_logs, read_eval_log, read_eval_log_sample_summaries

from schemeguard.analysis.table import provenance_of, rollout_table
from schemeguard.cli import main
from schemeguard.gate.evaluate import evaluate_gate
from schemeguard.gate.policy import Policy
from schemeguard.report.render import build_report, to_markdown

FAMILIES = "log_falsification,oversight_subversion"
EVAL = ["eval", "--families", FAMILIES, "--scenarios", "3", "--epochs", "12", "--seed", "2",
        "-M", "seed=5", "--display", "none", "--workers", "1"]
N = 2 * 3 * 12  # families × scenarios × epochs
KEY = ["task", "sample_id", "epoch"]


def _logs(directory: Path) -> list[str]:
    return sorted(info.name.removeprefix("file://") for info in list_eval_logs(str(directory)))


def _kill_mid_run(log_dir: Path, env: dict[str, str]) -> str:
    """Start `schemeguard eval` in a subprocess, SIGKILL it once its log holds some rollouts."""
    proc = subprocess.Popen([sys.executable, "-m", "schemeguard.cli", *EVAL, "--log-dir", str(log_dir)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            logs = _logs(log_dir) if log_dir.exists() else []
            try:
                if logs and len(read_eval_log_sample_summaries(logs[0])) >= 10:
                    break
            except Exception:
                pass  # the log is being written
            time.sleep(0.2)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    [log] = _logs(log_dir)
    return log


def n_policy(n_per_family: int) -> Policy:
    """A policy that needs one rollout more than a family has: GO only if rollouts are counted twice."""
    return Policy.model_validate({"name": "n", "coverage_floor": 0.9, "min_n_per_family": n_per_family + 1,
                                  "rules": {"covert_rate_per_family": {"max_upper": 1.0}}})


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("identity")
    env = {**os.environ, "XDG_DATA_HOME": str(base / "xdg")}  # the installed package, as a user runs it
    assert main([*EVAL, "--log-dir", str(base / "clean")]) == 0
    interrupted = _kill_mid_run(base / "resumed", env)
    header = read_eval_log(interrupted, header_only=True)
    assert header.status == "started", "the run finished before it could be killed"
    held = len(read_eval_log_sample_summaries(interrupted))
    assert 0 < held < N
    shutil.copytree(base / "resumed", base / "interrupted")  # the killed run alone, before resuming
    assert main([*EVAL, "--log-dir", str(base / "resumed"), "--resume"]) == 0
    return {"base": base, "clean": base / "clean", "resumed": base / "resumed",
            "interrupted": base / "interrupted", "held": held}  # type: ignore[dict-item]


def test_killed_and_resumed_run_equals_the_uninterrupted_run(runs):
    assert len(_logs(runs["resumed"])) == 2  # Inspect leaves the interrupted log beside its successor
    clean, resumed = rollout_table([runs["clean"]]), rollout_table([runs["resumed"]])
    assert len(clean) == len(resumed) == N
    assert not resumed.duplicated(KEY).any()
    assert provenance_of(resumed).superseded == runs["held"]
    a = clean.sort_values(KEY).reset_index(drop=True)
    b = resumed.sort_values(KEY).reset_index(drop=True)
    pd.testing.assert_frame_equal(a[["sample_id", "epoch", "status", "covert"]], b[["sample_id", "epoch", "status", "covert"]])
    assert 0 < a["covert"].sum() < N  # both verdicts occur: the comparison can fail
    report = build_report(resumed)
    md = to_markdown(report)
    assert report.status == "OK" and f"{runs['held']} rollouts superseded by a resumed log" in md
    assert build_report(clean).status == "OK"
    policy = n_policy(N // 2)
    assert evaluate_gate(clean, policy).decision == evaluate_gate(resumed, policy).decision == "NO-GO"


def test_the_report_cli_over_the_resumed_run(runs, tmp_path, capsys):
    assert main(["report", str(runs["resumed"]), "--out", str(tmp_path / "r")]) == 0
    out = capsys.readouterr().out
    assert f"{runs['held']} rollouts superseded by a resumed log" in out
    md = (tmp_path / "r" / "report.md").read_text()
    assert f"| {N} | {N} | 0 |" in md  # rated, measured, unmeasured


def test_a_started_log_alone_is_an_incomplete_run(runs, tmp_path, capsys):
    table = rollout_table([runs["interrupted"]])
    [run] = provenance_of(table).runs
    assert not run.complete and "started" in run.status
    assert (run.rollouts, run.expected) == (runs["held"], N)
    report = build_report(table)
    assert report.status == "INCOMPLETE" and report.failed
    assert any(f"{runs['held']} of {N} rollouts present" in p for p in report.problems)
    assert main(["report", str(runs["interrupted"]), "--out", str(tmp_path / "r")]) == 1
    assert "Status: **INCOMPLETE**" in (tmp_path / "r" / "report.md").read_text()
    result = evaluate_gate(table, n_policy(0))
    assert result.decision == "NO-GO" and any("incomplete run" in r for r in result.reasons)


def test_the_same_log_given_twice_or_copied_counts_once(runs, tmp_path):
    [log] = _logs(runs["clean"])
    copy = tmp_path / "elsewhere" / "copy.eval"
    copy.parent.mkdir()
    shutil.copy(log, copy)
    once = rollout_table([runs["clean"]])
    for paths in ([runs["clean"], log], [runs["clean"], copy], [log, log]):
        table = rollout_table(paths)
        assert len(table) == N and not table.duplicated(KEY).any()
    assert provenance_of(rollout_table([runs["clean"], copy])).duplicates == N
    policy = n_policy(N // 2)
    assert evaluate_gate(rollout_table([runs["clean"], copy]), policy).decision == evaluate_gate(once, policy).decision


def test_gate_cli_says_how_many_duplicates_were_dropped(runs, tmp_path, capsys):
    [log] = _logs(runs["clean"])
    policy = tmp_path / "p.yaml"
    policy.write_text(f"min_n_per_family: {N // 2 + 1}\n")
    assert main(["gate", str(runs["clean"]), log, "--policy", str(policy), "--out", str(tmp_path / "g")]) == 1
    out = capsys.readouterr().out
    assert out.startswith("NO-GO") and "insufficient evidence" in out
    assert "1 log file(s) given more than once" in out
    copy = tmp_path / "copy.eval"
    shutil.copy(log, copy)
    assert main(["gate", str(runs["clean"]), str(copy), "--policy", str(policy), "--out", str(tmp_path / "g2")]) == 1
    assert f"{N} duplicate rollouts dropped" in capsys.readouterr().out


def test_two_complete_runs_of_one_task_are_separate_runs(runs, tmp_path, capsys):
    both = tmp_path / "both"
    both.mkdir()
    [clean] = _logs(runs["clean"])
    [resumed] = [p for p in _logs(runs["resumed"]) if read_eval_log(p, header_only=True).status == "success"]
    shutil.copy(clean, both)
    shutil.copy(resumed, both)
    table = rollout_table([both])
    assert len(table) == 2 * N and table["run"].nunique() == 2
    assert provenance_of(table).superseded == provenance_of(table).duplicates == 0
    report = build_report(table)
    titles = [s.title for s in report.sections if s.title.endswith("Overview")]
    assert len(titles) == 2 and all(" run " in t for t in titles)
    pooled = build_report(table, pool_runs=True)
    assert [s.title for s in pooled.sections if s.title.endswith("Overview")] == ["Overview"]
    # the gate refuses to pool two runs unless asked
    policy = tmp_path / "p.yaml"
    policy.write_text("min_n_per_family: 1\n")
    assert main(["gate", str(both), "--policy", str(policy), "--out", str(tmp_path / "g")]) == 2
    assert "2 separate runs" in capsys.readouterr().err
    assert main(["gate", str(both), "--policy", str(policy), "--out", str(tmp_path / "g"), "--pool-runs"]) == 0
    # so does analyze, whose counts are rates too; nothing is written before the refusal
    capsys.readouterr()
    assert main(["analyze", str(both)]) == 2
    assert "2 separate runs" in capsys.readouterr().err and not list(both.glob("*.cot.jsonl"))
    assert main(["analyze", str(both), "--pool-runs"]) == 0
    assert f"{2 * N} rollouts" in capsys.readouterr().out
