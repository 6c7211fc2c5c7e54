"""Rollout-table speed and memory on a big log, as ratios measured in one run.

Each measurement runs in a fresh process (cold imports; peak RSS is per process), on a private
copy of the log so its sidecar can be removed and rebuilt:
- `table_rebuild`: `rollout_table` with no sidecar: every sample validated (the full-sample path);
  it writes the sidecar as it finishes
- `table`: `rollout_table` again, a fresh process, reading the sidecar checked against the log's hash
- `inspect_summaries`: Inspect's own `read_eval_log_sample_summaries` of the same log (the baseline)
`seconds` is imports + the call; `process_seconds` the whole process (interpreter start included).
Without --log, an organism suite log of about --rollouts rollouts is produced first (takes minutes).
Writes benchmarks/results/table_speed.json. Target: `table` <= 5 s and <= 200 MB for 5,000 rollouts.

    .venv/bin/python benchmarks/table_speed.py [--log LOG.eval] [--rollouts 5000]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RESULTS = Path(__file__).parent / "results" / "table_speed.json"
MODES = ("table_rebuild", "table", "inspect_summaries")


def measure(mode: str, log: str) -> dict:
    """Runs in a child process: time and peak RSS of one way of reading the log (imports included in
    the time: each mode imports only what it uses, so the peak is what a user's process would reach)."""
    start = time.perf_counter()
    if mode == "inspect_summaries":
        from inspect_ai.log import read_eval_log_sample_summaries

        rows = len(read_eval_log_sample_summaries(log))
    else:
        from schemeguard.analysis.table import rollout_table

        rows = len(rollout_table([log]))
    seconds = time.perf_counter() - start
    return {"mode": mode, "rows": rows, "seconds": round(seconds, 2),
            "ms_per_rollout": round(1000 * seconds / rows, 3),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def make_log(rollouts: int) -> str:
    from inspect_ai import eval as inspect_eval

    from schemeguard.tasks import suite

    task = suite(spec="none,on")
    epochs = max(1, math.ceil(rollouts / len(task.dataset)))
    [log] = inspect_eval(task, model="organism/schemer", epochs=epochs, display="none", log_realtime=False,
                         ctl_server=False, log_dir=tempfile.mkdtemp(prefix="table-speed-"))
    return log.location


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--log", default=None)
    parser.add_argument("--rollouts", type=int, default=5000)
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child, args.log)))
        return
    from schemeguard.analysis.sidecar import sidecar_location

    source = args.log or make_log(args.rollouts)
    work = Path(tempfile.mkdtemp(prefix="table-speed-copy-"))
    log = str(work / Path(source).name)
    shutil.copy(source, log)  # no sidecar beside the copy: the first read rebuilds it
    load = os.getloadavg()
    results = []
    for mode in MODES:
        start = time.perf_counter()
        out = subprocess.run([sys.executable, __file__, "--child", mode, "--log", log],
                             capture_output=True, text=True, check=True)
        result = json.loads(out.stdout.strip().splitlines()[-1])
        result["process_seconds"] = round(time.perf_counter() - start, 2)
        results.append(result)
        print(result)
    by = {r["mode"]: r for r in results}
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps({
        "log": source, "log_mb": round(Path(log).stat().st_size / 1e6, 1),
        "sidecar_mb": round(Path(sidecar_location(log)).stat().st_size / 1e6, 2), "results": results,
        "time_ratio_table_vs_inspect_summaries": round(by["table"]["seconds"] / by["inspect_summaries"]["seconds"], 2),
        "time_ratio_table_vs_rebuild": round(by["table"]["seconds"] / by["table_rebuild"]["seconds"], 3),
        "target": "table <= 5 s and <= 200 MB peak for 5,000 rollouts, cold, fresh process",
        "load_average_at_start": [round(x, 2) for x in load],
        "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, python {platform.python_version()}",
        "note": "cores shared with other jobs while measured: absolute times vary, ratios are from one run",
        "date": time.strftime("%Y-%m-%d %H:%M:%S"),
    }, indent=2) + "\n")
    shutil.rmtree(work)
    print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
