"""Sharded runs (`schemeguard eval --workers N`): one run, the same rollouts and verdicts as one process."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from inspect_ai.log import list_eval_logs, read_eval_log

from schemeguard.analysis.table import provenance_of, rollout_table
from schemeguard.cli import main
from schemeguard.report.render import build_report
from schemeguard.run import shards
from schemeguard.tasks import suite

FAMILIES = "log_falsification,sandbagging_unlearning,self_grading"  # sandbagging: verdicts resolved across shards
EVAL = ["eval", "--families", FAMILIES, "--epochs", "2", "-M", "seed=5", "--display", "none"]
VERDICT = ["sample_id", "epoch", "family", "scenario", "control", "status", "reason", "covert", "kind", "disclosed",
           "followup", "doubled_down", "measure", "details", "reasoning", "n_tool_calls", "planted_covert"]


def _verdicts(log_dir: Path) -> pd.DataFrame:
    return rollout_table([log_dir])[VERDICT].sort_values(["sample_id", "epoch"]).reset_index(drop=True)


def _report_text(log_dir: Path) -> str:
    """The report minus the count of shard logs (two vs one): it is one run either way."""
    report = build_report(rollout_table([log_dir]))
    return "\n".join(s.markdown for s in report.sections).replace(" (2 shard logs)", "")


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("shards")
    out = {"single": root / "single", "sharded": root / "sharded"}
    assert main([*EVAL, "--workers", "1", "--log-dir", str(out["single"])]) == 0
    assert main([*EVAL, "--workers", "2", "--log-dir", str(out["sharded"])]) == 0
    return out


def test_split_is_deterministic_by_scenario_and_covers_every_sample_once():
    samples = list(suite(families=FAMILIES, spec="both").dataset)
    split = shards.split_samples(samples, 3)
    assert split == shards.split_samples(samples, 3)
    ids = [i for shard in split for i in shard]
    assert sorted(ids) == sorted(str(s.id) for s in samples) and len(ids) == len(set(ids))
    scenario_of = {str(s.id): s.metadata["scenario_id"] for s in samples}
    for a, b in ((0, 1), (0, 2), (1, 2)):  # a scenario (all its variants) lives in one shard
        assert not {scenario_of[i] for i in split[a]} & {scenario_of[i] for i in split[b]}
    assert len(shards.split_samples(samples[:2], 8)) == 1  # never more shards than scenarios
    with pytest.raises(shards.ShardError):
        shards.split_samples(samples, 0)


def test_split_costs_long_rollouts_more_than_their_turns_and_balances_the_default_suite():
    """A rollout's cost grows faster than its turns (its tool calls, and Inspect re-reads the whole
    conversation every turn): measured, a lazy-checklist rollout (~12 turns making ~60 tool calls)
    costs ~4-5x a 7-turn one, not ~1.6x. The default suite over 2 shards is then balanced by that
    cost, not by turns."""
    samples = list(suite(spec="none,on").dataset)
    by_family = {}
    for sample in samples:
        by_family.setdefault(sample.metadata["family"], sample)
    lazy, short = by_family["lazy_checklist"], by_family["log_falsification"]
    turn_ratio = shards.expected_turns(lazy) / shards.expected_turns(short)
    assert shards.expected_cost(lazy) / shards.expected_cost(short) > 1.3 * turn_ratio
    assert all(turns < calls / 3 for turns, calls, _ in shards.reference_shapes(lazy)[:1])  # honest: 10 calls a turn
    split = shards.split_samples(samples, 2)
    cost = {str(s.id): shards.expected_cost(s) for s in samples}
    loads = [sum(cost[i] for i in ids) for ids in split]
    assert max(loads) / min(loads) < 1.05, loads


def test_sharded_run_has_the_same_rollouts_verdicts_and_numbers_as_one_process(runs):
    logs = [read_eval_log(info.name, header_only=True) for info in list_eval_logs(str(runs["sharded"]))]
    assert len(logs) == 2 and all(log.status == "success" for log in logs)
    run_id = json.loads((runs["sharded"] / shards.MANIFEST).read_text())["run_id"]
    assert {log.eval.metadata[shards.RUN_ID_KEY] for log in logs} == {run_id}
    assert sorted(log.eval.metadata[shards.SHARD_KEY] for log in logs) == ["1/2", "2/2"]

    single, sharded = _verdicts(runs["single"]), _verdicts(runs["sharded"])
    assert len(single) == len(suite(families=FAMILIES).dataset) * 2
    assert single["status"].eq("measured").sum() > 0 and single["covert"].sum() > 0  # something to compare
    pd.testing.assert_frame_equal(single, sharded)
    assert _report_text(runs["single"]) == _report_text(runs["sharded"])
    assert "Runs: 1 (2 shard logs);" in "\n".join(s.markdown for s in build_report(rollout_table([runs["sharded"]])).sections)
    [run] = provenance_of(rollout_table([runs["sharded"]])).runs  # one run, complete, every rollout expected
    assert (run.run, run.status, run.rollouts, run.expected) == (run_id, "complete", len(single), len(single))


def test_resume_reruns_only_the_missing_shard(runs, tmp_path):
    import shutil

    resumed = tmp_path / "resumed"
    shutil.copytree(runs["sharded"], resumed)
    lost = resumed / "shard-02-of-02"
    kept = sorted((resumed / "shard-01-of-02").glob("*.eval"))
    shutil.rmtree(lost)  # a shard that never finished
    assert main([*EVAL, "--workers", "2", "--log-dir", str(resumed), "--resume"]) == 0
    assert sorted((resumed / "shard-01-of-02").glob("*.eval")) == kept  # the finished shard was not rerun
    assert len(list(lost.glob("*.eval"))) == 1
    pd.testing.assert_frame_equal(_verdicts(runs["single"]), _verdicts(resumed))


def test_resume_with_other_arguments_is_one_clear_error(runs, tmp_path, capsys):
    import shutil

    other = tmp_path / "other"
    shutil.copytree(runs["sharded"], other)
    three_epochs = [("3" if a == "2" else a) for a in EVAL]
    assert main([*three_epochs, "--workers", "2", "--log-dir", str(other), "--resume"]) == 2
    assert "other arguments" in capsys.readouterr().err
    assert main([*EVAL, "--workers", "0", "--log-dir", str(tmp_path / "zero")]) == 2


def test_tools_made_per_rollout_are_not_kept_after_it():
    """A worker runs thousands of rollouts: the tools of a finished one must not stay referenced.
    (Tool parameters given as a plain dict made Inspect parse and cache each per-rollout function forever.)"""
    import gc
    import weakref

    from schemeguard.agent import ScenarioTools, submit_tool
    from schemeguard.environments.base import Scenario

    sample = next(s for s in suite(families=FAMILIES).dataset if s.metadata["family"] == "sandbagging_unlearning")
    tools = ScenarioTools(Scenario(**sample.metadata["scenario"]))
    defs = [*tools.all(), submit_tool()]
    assert len(defs) > 2 and all(d.parameters.required for d in defs)
    gone = weakref.ref(tools)
    del tools, defs
    gc.collect()
    assert gone() is None


def _children(pid: int) -> list[int]:
    from pathlib import Path

    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def _running(pid: int) -> bool:
    """Alive and not a zombie (a reparented zombie waits for a reaper that may not come)."""
    from pathlib import Path

    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (FileNotFoundError, ProcessLookupError):
        return False


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads child processes from Linux /proc")
def test_killing_the_parent_ends_its_shard_workers(tmp_path):
    """`eval --workers 2` killed with SIGKILL (no chance to clean up): its workers end too, instead
    of running their shards to the end as orphans."""
    import os
    import signal
    import subprocess
    import sys
    import time

    cmd = [str(Path(sys.executable).with_name("schemeguard")), *EVAL[:3], "--epochs", "40", "--display", "none",
           "--workers", "2", "--log-dir", str(tmp_path / "logs")]
    parent = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        workers: list[int] = []
        while time.monotonic() < deadline and parent.poll() is None:
            # the pool's workers (the spawn start method adds a resource tracker: not a worker)
            workers = [c for c in _children(parent.pid) if "resource_tracker" not in Path(f"/proc/{c}/cmdline").read_text()]
            if len(workers) == 2 and list((tmp_path / "logs").glob("shard-*/*.eval")):  # both started, one writing
                break
            time.sleep(0.5)
        assert parent.poll() is None and len(workers) == 2, "the run did not get as far as two working shards"
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 15
        while any(_running(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(_running(w) for w in workers)
    finally:
        for pid in [parent.pid, *workers]:
            try:
                os.kill(pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
