"""Rollout-table build speed and memory on a big log: streamed table vs a full `read_eval_log`.

Each measurement runs in its own process (peak RSS is per process). Without --log, an organism
suite log of about --rollouts rollouts is produced first (spec=both; takes minutes).
Writes benchmarks/results/table_speed.json.

    .venv/bin/python benchmarks/table_speed.py [--log LOG.eval] [--rollouts 2000]
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RESULTS = Path(__file__).parent / "results" / "table_speed.json"


def measure(mode: str, log: str) -> dict:
    """Runs in a child process: time and peak RSS of one way of reading the log."""
    from inspect_ai.log import read_eval_log

    from schemeguard.analysis.table import rollout_table

    start = time.perf_counter()
    if mode == "table":
        rows = len(rollout_table([log]))
    else:
        rows = len(read_eval_log(log).samples or [])
    seconds = time.perf_counter() - start
    return {"mode": mode, "rows": rows, "seconds": round(seconds, 2),
            "ms_per_rollout": round(1000 * seconds / rows, 2),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def make_log(rollouts: int) -> str:
    from inspect_ai import eval as inspect_eval

    from schemeguard.tasks import suite

    task = suite(spec="both")
    epochs = max(1, math.ceil(rollouts / len(task.dataset)))
    [log] = inspect_eval(task, model="organism/schemer", epochs=epochs, display="none", log_realtime=False,
                         ctl_server=False, log_dir=tempfile.mkdtemp(prefix="table-speed-"))
    return log.location


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--log", default=None)
    parser.add_argument("--rollouts", type=int, default=2000)
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child, args.log)))
        return
    log = args.log or make_log(args.rollouts)
    results = []
    for mode in ("table", "full_read_eval_log"):
        out = subprocess.run([sys.executable, __file__, "--child", mode, "--log", log],
                             capture_output=True, text=True, check=True)
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
        print(results[-1])
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps({
        "log": log, "log_mb": round(Path(log).stat().st_size / 1e6, 1), "results": results,
        "time_ratio_table_vs_full_read": round(results[0]["seconds"] / results[1]["seconds"], 2),
        "machine": f"{platform.processor() or platform.machine()}, python {platform.python_version()}",
    }, indent=2) + "\n")
    print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
