"""The same shards on a Ray cluster (`schemeguard eval --ray auto|ADDRESS`; `pip install 'schemeguard[ray]'`).

Each shard is one Ray task running `shards.run_shard`, so a shard is an ordinary Inspect eval
wherever it lands. The log directory must be reachable from every node: object storage
(`--log-dir s3://…`) or a shared filesystem.

A worker or node that dies mid-shard: Ray retries the task (`max_retries`), and the retry *resumes*
the shard from its own directory (Inspect's eval_set reuses the rollouts the dead attempt logged
and runs the rest), so the shard's current log holds each rollout once; the dead attempt's
`started` log stays beside it and the rollout table keeps one rollout per (run, sample, epoch,
shard) (analysis/identity.py). A shard that still fails after its retries is reported failed.
"""

from __future__ import annotations

import dataclasses
from typing import Callable

from schemeguard import storage
from schemeguard.run.shards import ShardJob, ShardOutcome, run_shard

MAX_RETRIES = 3  # per shard, for workers/nodes that die (Ray's system-failure retries)


def _has_logs(directory: str) -> bool:
    from inspect_ai.log import list_eval_logs

    return storage.is_dir(directory) and bool(list_eval_logs(directory))


def run_shard_resumable(job: ShardJob) -> ShardOutcome:
    """A first attempt runs the shard; an attempt finding the shard's logs (a retry) resumes it."""
    if not job.resume and _has_logs(job.log_dir):
        job = dataclasses.replace(job, resume=True)
    return run_shard(job)


def run_on_ray(jobs: list[ShardJob], address: str = "auto", report: Callable[[str], None] | None = None,
               max_retries: int = MAX_RETRIES) -> list[ShardOutcome]:
    try:
        import ray
    except ImportError:
        raise ValueError("--ray needs Ray: pip install 'schemeguard[ray]'") from None

    if not ray.is_initialized():
        # "auto": the cluster this machine belongs to (RAY_ADDRESS or a running `ray start`)
        ray.init(address=address, log_to_driver=False, include_dashboard=False)
    remote = ray.remote(num_cpus=1, max_retries=max_retries)(run_shard_resumable)
    pending = {remote.remote(job): job for job in jobs}
    outcomes: dict[int, ShardOutcome] = {}
    while pending:
        done, _ = ray.wait(list(pending), num_returns=1)
        job = pending.pop(done[0])
        try:
            outcomes[job.index] = ray.get(done[0])
        except Exception as e:  # out of retries, or the shard raised: reported, --resume redoes it
            outcomes[job.index] = ShardOutcome(job.index, None, "error", 0, f"{type(e).__name__}: {e}")
        if report:
            o = outcomes[job.index]
            report(f"{job.label} {o.status}: {o.samples} rollouts -> {o.location or o.error}")
    return [outcomes[i] for i in sorted(outcomes)]
