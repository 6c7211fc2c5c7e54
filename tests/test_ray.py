"""Shards on a Ray cluster (`eval --ray`): a local cluster started here (a head that runs nothing and
two worker nodes on loopback); the worker nodes are killed mid-run, the shards are retried on
replacement nodes and resume from the partial logs, and the run's table equals a one-process run's:
nothing lost, nothing counted twice."""

from __future__ import annotations

import threading
import time

import pandas as pd
import pytest
from inspect_ai.log import read_eval_log

from schemeguard.analysis.table import rollout_table
from schemeguard.cli import main
from schemeguard.run import shards

ray = pytest.importorskip("ray")
cluster_utils = pytest.importorskip("ray.cluster_utils")

pytestmark = pytest.mark.slow

FAMILIES = "log_falsification,sandbagging_unlearning,lazy_checklist"  # lazy_checklist: long enough to kill mid-way
EPOCHS = 2
VERDICT = ["sample_id", "epoch", "status", "covert", "kind", "disclosed", "followup", "details", "reasoning"]


def _verdicts(log_dir) -> pd.DataFrame:
    return rollout_table([log_dir])[VERDICT].sort_values(["sample_id", "epoch"]).reset_index(drop=True)


def _logged(log) -> int:
    """Rollouts a running shard has written to its log so far (0 while it cannot be read)."""
    from inspect_ai.log import read_eval_log_sample_summaries

    try:
        return len(read_eval_log_sample_summaries(str(log)))
    except Exception:
        return 0


@pytest.fixture()
def cluster():
    c = cluster_utils.Cluster(initialize_head=True, head_node_args={"num_cpus": 0})  # the head runs no shard
    workers = [c.add_node(num_cpus=1) for _ in range(2)]
    ray.init(address=c.address, log_to_driver=False, include_dashboard=False)
    yield c, workers
    ray.shutdown()
    c.shutdown()


def test_shards_on_ray_survive_a_killed_worker_node(cluster, tmp_path):
    from schemeguard.run.ray_engine import run_on_ray

    c, workers = cluster
    run = shards.RunSpec(task="suite", task_args={"families": FAMILIES, "seed": 0}, model="organism/schemer",
                         model_args={"seed": "4"}, epochs=EPOCHS)
    jobs = shards.plan_run(run, 2, str(tmp_path / "ray"), resume=False, eval_options={})
    result: dict = {}
    thread = threading.Thread(target=lambda: result.update(outcomes=run_on_ray(jobs, address=c.address)))
    thread.start()

    # wait until a shard has logged some rollouts, then kill a worker node (its raylet and workers)
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline and not any(_logged(p) for p in (tmp_path / "ray").rglob("*.eval")):
        time.sleep(0.5)
    partial = {p: _logged(p) for p in (tmp_path / "ray").rglob("*.eval")}
    for node in workers:  # both: whichever runs the shard that has logged rollouts dies mid-shard
        c.remove_node(node, allow_graceful=False)
    for _ in workers:
        c.add_node(num_cpus=1)  # replacements, as an autoscaler would bring
    thread.join(timeout=1200)
    assert not thread.is_alive()

    outcomes = result["outcomes"]
    assert [o.status for o in outcomes] == ["success", "success"], outcomes
    # the killed attempt left a partial log, and the retry wrote the shard's complete log beside it
    assert any(n > 0 for n in partial.values()), partial
    for path, n in partial.items():
        if n:
            assert read_eval_log(str(path), header_only=True).status == "started"
            retried = [p for p in path.parent.glob("*.eval") if p != path]
            assert len(retried) == 1 and read_eval_log(str(retried[0]), header_only=True).status == "success"
    assert main(["eval", "--families", FAMILIES, "--epochs", str(EPOCHS), "-M", "seed=4", "--workers", "1",
                 "--display", "none", "--log-dir", str(tmp_path / "single")]) == 0
    single, on_ray = _verdicts(tmp_path / "single"), _verdicts(tmp_path / "ray")
    assert not on_ray.duplicated(["sample_id", "epoch"]).any()
    pd.testing.assert_frame_equal(single, on_ray)
