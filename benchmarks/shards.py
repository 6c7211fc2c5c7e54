"""Shards 1 vs N: the same run with `--workers 1` and `--workers N`, wall time and rollouts/s, in one run.

Runs `schemeguard eval` as a user would (a fresh process each, organism/schemer), then checks the two
runs have the same verdicts (the rollout table of each), so the speed-up is for the same work.
Optionally `--end-to-end`: the README's eval command at full size (`--epochs 48 --spec none,on`,
about 5,000 rollouts; target <= 300 s) with the default workers, timed, then its rollout table.
With `--baseline-src DIR` (the `src` of another checkout, e.g. `git archive main src | tar -x -C DIR`)
the end-to-end run is made twice in one go, baseline code first, and the result gives CPU ms per rollout
of both and their ratio (a machine shared with other jobs makes wall times pessimistic; CPU per rollout
much less so). Each shard worker's CPU seconds and peak RSS come from its shard line.
Writes benchmarks/results/shards.json (and shards_end_to_end.json).

    .venv/bin/python benchmarks/shards.py [--epochs 2] [--rounds 2] [--workers 2] [--end-to-end]
        [--end-to-end-epochs 48] [--baseline-src DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RESULTS = Path(__file__).parent / "results"
SCHEMEGUARD = str(Path(sys.executable).with_name("schemeguard"))
VERDICT = ["sample_id", "epoch", "status", "covert", "details"]


def children_cpu() -> float:
    """CPU seconds of every finished child process (and theirs): the work, whatever the machine's load."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_eval(args: list[str], log_dir: str) -> tuple[float, float]:
    """Wall seconds and CPU seconds (all processes of the run) of one `schemeguard eval`."""
    start, cpu = time.perf_counter(), children_cpu()
    subprocess.run([SCHEMEGUARD, "eval", *args, "--log-dir", log_dir, "--display", "none"], check=True,
                   stdout=subprocess.DEVNULL)
    return time.perf_counter() - start, children_cpu() - cpu


def table_seconds(log_dir: str) -> tuple[float, int]:
    """The rollout table of a run, in a fresh process (as `schemeguard report` would read it)."""
    code = ("import time,sys; t=time.perf_counter(); from schemeguard.analysis.table import rollout_table; "
            "n=len(rollout_table([sys.argv[1]])); print(time.perf_counter()-t, n)")
    out = subprocess.run([sys.executable, "-c", code, log_dir], capture_output=True, text=True, check=True)
    seconds, n = out.stdout.split()
    return float(seconds), int(n)


def same_verdicts(a: str, b: str) -> bool:
    from schemeguard.analysis.table import rollout_table

    ta, tb = (rollout_table([d])[VERDICT].sort_values(["sample_id", "epoch"]).reset_index(drop=True) for d in (a, b))
    return ta.equals(tb)


def machine(load) -> dict:
    return {"load_average_at_start": [round(x, 2) for x in load],
            "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
            "machine": f"{platform.machine()}, {os.cpu_count()} cores, python {platform.python_version()}",
            "note": "cores shared with other jobs while measured: absolute times vary, ratios are from one run",
            "date": time.strftime("%Y-%m-%d %H:%M:%S")}


def one_vs_n(epochs: int, workers: int, rounds: int) -> dict:
    """Rounds alternate which goes first (1, N, N, 1, ...): a load that varies falls on both."""
    load = os.getloadavg()
    common = ["--epochs", str(epochs), "--spec", "none,on"]
    seconds = {1: 0.0, workers: 0.0}
    cpu = {1: 0.0, workers: 0.0}
    with tempfile.TemporaryDirectory() as root:
        for r in range(rounds):
            for w in ((1, workers) if r % 2 == 0 else (workers, 1)):
                wall, used = run_eval([*common, "--workers", str(w)], f"{root}/w{w}-r{r}")
                seconds[w] += wall
                cpu[w] += used
        _, n = table_seconds(f"{root}/w1-r0")
        same = same_verdicts(f"{root}/w1-r0", f"{root}/w{workers}-r0")
    t1, tn = seconds[1] / rounds, seconds[workers] / rounds
    result = {"what": f"schemeguard eval {' '.join(common)} (organism/schemer), --workers 1 vs {workers}, "
                      f"{rounds} interleaved rounds each (mean seconds per run)",
              "rollouts": n, "seconds_workers_1": round(t1, 1), f"seconds_workers_{workers}": round(tn, 1),
              "rollouts_per_s_workers_1": round(n / t1, 2), f"rollouts_per_s_workers_{workers}": round(n / tn, 2),
              "speedup": round(t1 / tn, 2),
              "cpu_ms_per_rollout_workers_1": round(1000 * cpu[1] / rounds / n, 1),
              f"cpu_ms_per_rollout_workers_{workers}": round(1000 * cpu[workers] / rounds / n, 1),
              "same_verdicts": same, **machine(load)}
    (RESULTS / "shards.json").write_text(json.dumps(result, indent=2) + "\n")
    return result


def end_to_end(epochs: int, timeout: float, baseline_src: str | None = None) -> dict:
    """The README's eval at full size with the default workers (and the same with the baseline's
    code first, if given). Past `timeout` a run is stopped and the result says how far it got (from
    the shards' progress lines), never a made-up total."""
    load = os.getloadavg()
    args = ["--epochs", str(epochs), "--spec", "none,on"]
    result = {"what": f"schemeguard eval --model organism/schemer {' '.join(args)} (default --workers = cores)",
              "target": "~5,000 rollouts in <= 300 s"}
    if baseline_src:
        result["baseline"] = {"src": baseline_src, **one_end_to_end(args, timeout, baseline_src)}
    result.update(one_end_to_end(args, timeout))
    if baseline_src:  # the children's peak covers both runs: per-worker peaks are in the shard lines
        result.pop("peak_rss_mb_largest_process", None)
    if baseline_src and "cpu_ms_per_rollout" in result and "cpu_ms_per_rollout" in result["baseline"]:
        result["cpu_per_rollout_ratio_vs_baseline"] = round(
            result["cpu_ms_per_rollout"] / result["baseline"]["cpu_ms_per_rollout"], 3)
    result.update(machine(load))
    name = "shards_end_to_end.json" if epochs == 48 else f"shards_end_to_end_epochs{epochs}.json"
    (RESULTS / name).write_text(json.dumps(result, indent=2) + "\n")
    return result


def one_end_to_end(args: list[str], timeout: float, src: str | None = None) -> dict:
    env = {**os.environ, "PYTHONPATH": src} if src else None
    with tempfile.TemporaryDirectory() as root:
        progress = Path(root) / "progress.txt"
        start, cpu = time.perf_counter(), children_cpu()
        with progress.open("w") as err:
            proc = subprocess.Popen([SCHEMEGUARD, "eval", *args, "--log-dir", f"{root}/logs", "--display", "plain"],
                                    stdout=subprocess.DEVNULL, stderr=err, start_new_session=True, env=env)
            try:
                proc.wait(timeout=timeout)
                finished = proc.returncode == 0
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, 9)  # the eval and its shard workers
                proc.wait()
                finished = False
        seconds = time.perf_counter() - start
        text = progress.read_text().splitlines()
        lines = [x for x in text if x.startswith("progress ")]
        used = children_cpu() - cpu
        result = dict(finished=finished, eval_seconds=round(seconds, 1), last_progress=lines[-1] if lines else None,
                      shards=[x.split(" -> ")[0] for x in text if x.startswith("shard ")],
                      cpu_seconds_all_processes=round(used, 1),
                      peak_rss_mb_largest_process=round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024))
        if finished:
            table_s, n = table_seconds(f"{root}/logs")
            result.update(rollouts=n, ms_per_rollout=round(1000 * seconds / n, 1),
                          cpu_ms_per_rollout=round(1000 * used / n, 1),
                          seconds_if_both_cores_were_ours=round(used / (os.cpu_count() or 1), 1),
                          table_seconds_fresh_process=round(table_s, 2))
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--end-to-end", action="store_true")
    parser.add_argument("--end-to-end-epochs", type=int, default=48)
    parser.add_argument("--timeout", type=float, default=1800, help="end-to-end: stop the run after this many seconds")
    parser.add_argument("--baseline-src", help="end-to-end: also run this src directory's code first, for a CPU ratio")
    args = parser.parse_args()
    RESULTS.mkdir(exist_ok=True)
    if args.end_to_end:
        print(json.dumps(end_to_end(args.end_to_end_epochs, args.timeout, args.baseline_src), indent=2))
    else:
        print(json.dumps(one_vs_n(args.epochs, args.workers, args.rounds), indent=2))


if __name__ == "__main__":
    main()
