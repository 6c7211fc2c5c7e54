"""One evaluation run split into shards, each an ordinary Inspect eval writing its own log.

A run's dataset is split by *scenario*: every sample of a scenario (all its variants) and all its
epochs go to the same shard, scenarios dealt round-robin in dataset order, so the split depends
only on the dataset and the shard count (deterministic, the same on every machine). Epochs are not
split across shards because Inspect numbers epochs inside one eval: splitting them would renumber
rollouts, and an organism's draw is seeded by (sample id, epoch). Each shard runs the same task
with a `sample_id` filter, so a rollout is the same rollout whichever shard runs it.

Each shard writes to its own directory `<log_dir>/shard-KK-of-NN/` (so `--resume` is Inspect's
`eval_set` per shard) and records `run_id` (shared by the run's shards) and `shard` ("K/N") in its
eval metadata: the rollout table (analysis/identity.py) reads shard logs of one `run_id` as one run. The run's manifest
`<log_dir>/schemeguard-run.json` fixes the run id, the shard count and the arguments, so a resume
uses the same split.

Engines: `run_local` (a process pool on this machine) and `schemeguard.run.ray_engine` (a Ray
cluster) both run `run_shard`.
"""

from __future__ import annotations

import hashlib
import json
import os
import queue as queue_module
import sys
import time
import uuid
from dataclasses import asdict, dataclass, field
from typing import Any, Callable

from schemeguard import storage
from schemeguard.lifeline import exit_with_parent

RUN_ID_KEY, SHARD_KEY = "run_id", "shard"  # eval metadata: the run's id, "K/N" (K counted from 1)
MANIFEST = "schemeguard-run.json"
PROGRESS_EVERY_S = 10.0


class ShardError(ValueError):
    """A run that cannot be sharded or resumed as asked: one message naming the problem."""


# ---- the plan -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class RunSpec:
    """Everything that defines a run's rollouts (what a resume must repeat exactly)."""

    task: str  # "suite" | "train"
    task_args: dict[str, Any]
    model: str
    model_args: dict[str, Any]
    epochs: int
    limit: int | None = None

    def fingerprint(self) -> str:
        return hashlib.sha256(json.dumps(asdict(self), sort_keys=True, default=str).encode()).hexdigest()[:16]


@dataclass(frozen=True)
class ShardJob:
    """One shard: what a worker needs to run it (picklable, sent to processes and Ray workers)."""

    run: RunSpec
    run_id: str
    index: int
    count: int
    sample_ids: tuple[str, ...]
    log_dir: str  # the shard's own directory
    resume: bool = False
    eval_options: dict[str, Any] = field(default_factory=dict)  # max_connections, display, ...

    @property
    def label(self) -> str:
        return f"shard {self.index + 1}/{self.count}"


@dataclass(frozen=True)
class ShardOutcome:
    index: int
    location: str | None
    status: str
    samples: int
    error: str | None = None
    cpu_seconds: float | None = None  # the worker's CPU time for this shard
    peak_rss_mb: int | None = None  # the worker process's peak resident memory so far


def shard_metadata(run_id: str, index: int, count: int) -> dict[str, str]:
    return {RUN_ID_KEY: run_id, SHARD_KEY: f"{index + 1}/{count}"}


def build_task(run: RunSpec):
    from schemeguard.tasks import suite, train

    args = dict(run.task_args)
    if run.task == "train":
        args.pop("families", None)
        return train(**args)
    return suite(**args)


# An in-process scripted model (organism/...) has no latency to hide: more rollouts in flight only
# cost CPU (task switching) and memory. Measured: 139 vs 149 CPU ms per rollout (max_samples 3 vs
# Inspect's default of 11), 154 at 30. Real models keep Inspect's default.
IN_PROCESS_MAX_SAMPLES = 3


def concurrency_options(model: str) -> dict[str, Any]:
    return {"max_samples": IN_PROCESS_MAX_SAMPLES} if model.startswith("organism/") else {}


def split_samples(samples: list, count: int, limit: int | None = None) -> list[tuple[str, ...]]:
    """Sample ids per shard, balanced by expected cost: scenarios (all their variants together; a
    scenario pair together) taken
    longest first and each given to the shard with the least expected work so far (ties: dataset
    order, lowest shard). Deterministic: depends only on the dataset and the shard count.

    Dealing scenarios round-robin left one shard with twice the other's lazy-checklist rollouts
    (~100 tool calls each against ~6 elsewhere): the run lasted as long as its slowest shard.
    The cost of a rollout grows faster than its turns (`expected_cost`)."""
    if count < 1:
        raise ShardError(f"--workers must be at least 1, got {count}")
    chosen = samples[:limit] if limit is not None else samples
    by_scenario: dict[str, list[str]] = {}
    cost: dict[str, float] = {}
    for sample in chosen:
        meta = sample.metadata or {}
        # a scenario pair (sandbagging pressure + its control) stays together: a shard's log alone
        # can then resolve its deferred verdicts
        scenario = meta.get("pair_id") or meta.get("scenario_id") or str(sample.id)
        by_scenario.setdefault(scenario, []).append(str(sample.id))
        cost[scenario] = cost.get(scenario, 0.0) + expected_cost(sample)
    shards: list[list[str]] = [[] for _ in range(min(count, len(by_scenario)) or 1)]
    load = [0.0] * len(shards)
    order = list(by_scenario)
    for scenario in sorted(order, key=lambda sc: -cost[sc]):  # stable: ties keep dataset order
        target = min(range(len(shards)), key=lambda i: (load[i], i))
        shards[target].extend(by_scenario[scenario])
        load[target] += cost[scenario]
    position = {str(s.id): i for i, s in enumerate(chosen)}
    return [tuple(sorted(ids, key=position.__getitem__)) for ids in shards]


def reference_shapes(sample) -> list[tuple[int, int, int]]:
    """(model turns, tool calls, messages read) of each reference trajectory of the sample's
    scenario, played as the organisms play it: its turns (several calls in one turn where the
    trajectory groups them), the submit call and the follow-up reply. "Messages read" sums the
    conversation's length at every model call: Inspect copies and records the whole conversation
    on each. Empty for a sample without a scenario (or trajectories)."""
    from schemeguard.environments import get_family
    from schemeguard.environments.base import Scenario

    meta = sample.metadata or {}
    try:
        scenario = Scenario(**meta["scenario"])
        trajectories = list(get_family(scenario.family).trajectories(scenario).values())
    except Exception:  # not a schemeguard scenario
        return []
    shapes = []
    for t in trajectories:
        starts = t.turn_starts()
        sizes = [b - a for a, b in zip(starts, [*starts[1:], len(t.steps)])] + [1, 0]  # + submit, follow-up
        read, length = 0, 2  # system + task
        for calls in sizes:
            read += length
            length += 1 + calls + (1 if calls == 0 else 0)  # the reply and its tool results (or the question)
        shapes.append((len(sizes), len(t.steps) + 1, read))
    return shapes


def expected_turns(sample) -> float:
    """A rollout's expected model turns: the mean over its scenario's reference trajectories (with
    submit and the follow-up reply); 1 for a sample without a scenario. A proxy for any model (an
    agent doing the task takes about the steps the task needs)."""
    shapes = reference_shapes(sample)
    return sum(s[0] for s in shapes) / len(shapes) if shapes else 1.0


# CPU ms per rollout ~ FIXED + PER_CALL * tool calls + PER_MESSAGE_READ * messages read (above): a fixed
# part (setup, scoring, logging), the tool calls, and the conversation Inspect copies and records at
# every model call (quadratic in turns when each turn makes one call). Fitted (non-negative least
# squares) on organism/schemer, each family alone, (5 - 1 epochs) x its samples (2026-11-28, load 2-6;
# lazy checklist 261 predicted / 259 measured, sandbagging 150-153 / 124-164, the ~7-turn families
# 56-61 / 31-67: their spread is noise and file sizes, not shape). Costing turns linearly put 2 of the
# 3 lazy-checklist scenarios on one shard, and the run waits for the slowest shard.
FIXED_MS, PER_CALL_MS, PER_MESSAGE_READ_MS = 30.7, 2.58, 0.153


def expected_cost(sample) -> float:
    """A rollout's expected CPU cost (ms on the fitting machine; only ratios matter)."""
    shapes = reference_shapes(sample)
    if not shapes:
        return FIXED_MS + PER_CALL_MS
    return sum(FIXED_MS + PER_CALL_MS * calls + PER_MESSAGE_READ_MS * read for _, calls, read in shapes) / len(shapes)


def shard_dir(log_dir: str, index: int, count: int) -> str:
    return storage.join(log_dir, f"shard-{index + 1:02d}-of-{count:02d}")


def plan_run(run: RunSpec, workers: int, log_dir: str, resume: bool, eval_options: dict[str, Any]) -> list[ShardJob]:
    """The shard jobs of a run; on --resume the manifest in log_dir fixes the run id and split."""
    manifest_path = storage.join(log_dir, MANIFEST)
    run_id, count = uuid.uuid4().hex[:12], workers
    if resume and storage.exists(manifest_path):
        with storage.open_file(manifest_path, "r") as f:
            manifest = json.load(f)
        if manifest.get("fingerprint") != run.fingerprint():
            raise ShardError(f"--resume: {log_dir} holds a run with other arguments "
                             f"({manifest.get('run')}); resume it with those, or use another --log-dir")
        run_id, count = manifest["run_id"], int(manifest["shards"])
        split = [tuple(ids) for ids in manifest.get("split") or []]  # the split the run was started with
    else:
        split = []
    if not split:
        split = split_samples(list(build_task(run).dataset), count, run.limit)
    count = len(split)
    with storage.open_file(manifest_path, "w") as f:
        json.dump({"run_id": run_id, "shards": count, "fingerprint": run.fingerprint(), "run": asdict(run),
                   "split": [list(ids) for ids in split]}, f, indent=2)
    return [ShardJob(run, run_id, i, count, ids, shard_dir(log_dir, i, count), resume, eval_options)
            for i, ids in enumerate(split)]


# ---- running one shard (in a worker process, local or Ray) --------------------------------------
_progress: Any = None  # a queue the worker's sample-end hook reports to (None: not in a worker)
_shard_index = -1


def _install_progress_hook(progress_queue: Any, index: int) -> None:
    global _progress, _shard_index
    _progress, _shard_index = progress_queue, index
    if getattr(_install_progress_hook, "done", False):
        return
    from inspect_ai.hooks import Hooks, SampleEnd, hooks

    @hooks(name="schemeguard_shard_progress", description="reports finished rollouts to the shard runner")
    class ShardProgress(Hooks):
        def enabled(self) -> bool:
            return _progress is not None

        async def on_sample_end(self, data: SampleEnd) -> None:
            _progress.put(_shard_index)

    _install_progress_hook.done = True  # type: ignore[attr-defined]


def run_shard(job: ShardJob, progress_queue: Any = None) -> ShardOutcome:
    """Run one shard as an ordinary Inspect eval (or eval_set when resuming) into its directory."""
    from inspect_ai import eval as inspect_eval
    from inspect_ai import eval_set

    from schemeguard.analysis import sidecar
    from schemeguard.run import collect

    if progress_queue is not None:
        _install_progress_hook(progress_queue, job.index)
    cpu_start = time.process_time()
    collect.start()
    task = build_task(job.run)
    options = dict(
        model=job.run.model, model_args=job.run.model_args, epochs=job.run.epochs, log_dir=job.log_dir,
        sample_id=list(job.sample_ids), metadata=shard_metadata(job.run_id, job.index, job.count),
        fail_on_error=False,  # a crashed sample is recorded (unmeasured), not the end of the shard
        log_realtime=False, display="none", **concurrency_options(job.run.model), **job.eval_options,
    )
    if job.resume:
        _, logs = eval_set(task, log_dir_allow_dirty=True, **options)
    else:
        logs = inspect_eval(task, ctl_server=False, **options)
    [log] = logs  # header only: never touch log.samples (a lazy load of the whole log)
    if log.location and log.status in sidecar.WRITABLE_STATUSES:
        collect.write_sidecar(log.location)  # the fast table path, from the rows collected as rollouts ended
    rollouts = log.results.completed_samples if log.results else 0
    import resource

    return ShardOutcome(job.index, log.location, log.status, rollouts,
                        str(log.error.message) if log.error else None,
                        cpu_seconds=round(time.process_time() - cpu_start, 1),
                        peak_rss_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))


# ---- the local engine: a process pool -----------------------------------------------------------
def _init_worker(progress_queue: Any, parent: int) -> None:
    global _worker_queue
    _worker_queue = progress_queue
    sys.stdout = open(os.devnull, "w")  # Inspect's per-process banner; results come back as ShardOutcome
    # killed with the eval (even SIGKILL): its log stays as far as it got, and `--resume` redoes the shard
    exit_with_parent(parent, grace_s=0)


_worker_queue: Any = None


def _run_in_pool(job: ShardJob) -> ShardOutcome:
    return run_shard(job, _worker_queue)


def run_local(jobs: list[ShardJob], workers: int, report: Callable[[str], None] | None = None) -> list[ShardOutcome]:
    """Run shard jobs on `workers` processes; progress across shards goes to `report`."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    ctx = multiprocessing.get_context("spawn")  # a fresh interpreter per worker: no forked event loops
    progress_queue = ctx.Queue()
    tracker = Progress(jobs, report)
    with ProcessPoolExecutor(max_workers=min(workers, len(jobs)), mp_context=ctx,
                             initializer=_init_worker, initargs=(progress_queue, os.getpid())) as pool:
        futures = {pool.submit(_run_in_pool, job): job for job in jobs}
        outcomes: dict[int, ShardOutcome] = {}
        while len(outcomes) < len(jobs):
            tracker.drain(progress_queue)
            for future, job in futures.items():
                if job.index in outcomes or not future.done():
                    continue
                try:
                    outcomes[job.index] = future.result()
                except Exception as e:  # a worker that died: the shard is reported failed, --resume redoes it
                    outcomes[job.index] = ShardOutcome(job.index, None, "error", 0, f"{type(e).__name__}: {e}")
                tracker.finished(outcomes[job.index])
    return [outcomes[i] for i in sorted(outcomes)]


class Progress:
    """Finished rollouts per shard, printed every few seconds."""

    def __init__(self, jobs: list[ShardJob], report: Callable[[str], None] | None):
        self.report = report
        self.total = {j.index: len(j.sample_ids) * j.run.epochs for j in jobs}
        self.done = {j.index: 0 for j in jobs}
        self.last = time.monotonic()

    def drain(self, progress_queue: Any, wait: float = 0.5) -> None:
        try:
            while True:
                index = progress_queue.get(timeout=wait)
                self.done[index] = self.done.get(index, 0) + 1
                wait = 0
        except queue_module.Empty:
            pass
        if self.report and time.monotonic() - self.last >= PROGRESS_EVERY_S:
            self.last = time.monotonic()
            self.report(self.line())

    def finished(self, outcome: ShardOutcome) -> None:
        if self.report:
            where = outcome.location or outcome.error
            cost = (f" ({outcome.cpu_seconds} CPU s, peak {outcome.peak_rss_mb} MB)"
                    if outcome.cpu_seconds is not None else "")
            self.report(f"shard {outcome.index + 1}/{len(self.total)} {outcome.status}: "
                        f"{outcome.samples} rollouts{cost} -> {where}")

    def line(self) -> str:
        shards = ", ".join(f"{i + 1}: {self.done[i]}/{self.total[i]}" for i in sorted(self.total))
        return f"progress {sum(self.done.values())}/{sum(self.total.values())} rollouts (shards {shards})"


def default_workers() -> int:
    return os.cpu_count() or 1


def stderr_report(line: str) -> None:
    print(line, file=sys.stderr, flush=True)
