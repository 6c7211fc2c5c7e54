"""Guard CPU per call, two source trees side by side in one run: `--before DIR` (e.g. an older
commit unpacked with `git archive`) and this checkout (or `--after DIR`), each guard in its own
process (`--workers 1`, default policy, or `--policy`) before the same fake upstream, wrk rounds
interleaved (before, after, before, after, ...) so the shared machine's load drifts alike for
both. Reports each one's CPU ms per call (from the OS) per round, the medians and after / before.

    .venv/bin/python benchmarks/guard_ab.py --before DIR [--after DIR] [--rounds 6] [--seconds 5] [--policy FILE]

Needs wrk. On a shared machine this ratio, not the absolute figures, is the result.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import guard as bench  # noqa: E402  (the benchmark's upstream, request and processes)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", required=True, help="source tree of the baseline guard")
    parser.add_argument("--after", help="source tree of the other guard (default: this checkout)")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--policy", help="policy file for both guards (e.g. 'monitors: []')")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--out", help="write the result as JSON here")
    args = parser.parse_args()
    from schemeguard.guard import hash_password

    env = {"SCHEMEGUARD_REVIEWERS": f"rev={hash_password('benchmark-password')}"}
    template = bench.turn_body()
    trees = {"before": args.before, "after": args.after}
    with tempfile.TemporaryDirectory() as tmp:
        up_port = bench.free_port()
        up = bench.Process([sys.executable, "-c", f"import sys; sys.path.insert(0, {str(HERE)!r}); import uvicorn; "
                            f"from guard import upstream; uvicorn.run(upstream(), port={up_port}, log_level='error')"],
                           up_port)
        guards = {}
        try:
            for name, tree in trees.items():
                port = bench.free_port()
                tree_env = dict(env, PYTHONPATH=str(Path(tree).resolve() / "src")) if tree else env
                cmd = [sys.executable, "-m", "schemeguard.cli", "guard", "--upstream", f"http://127.0.0.1:{up_port}/v1",
                       "--db", f"sqlite:///{tmp}/{name}.db", "--port", str(port), "--workers", str(args.workers)]
                guards[name] = (bench.Process(cmd + (["--policy", args.policy] if args.policy else []), port, env=tree_env),
                                f"http://127.0.0.1:{port}/v1/chat/completions")
            for _, url in guards.values():  # warm-up (caches, pools, the database file)
                bench.load(url, template, 2, args.concurrency)
            rounds: dict[str, list[dict]] = {name: [] for name in guards}
            for _ in range(args.rounds):
                for name, (server, url) in guards.items():
                    cpu = server.cpu_seconds()
                    r = bench.load(url, template, args.seconds, args.concurrency)
                    assert not r["failed"], r
                    rounds[name].append({"cpu_ms_per_call": (server.cpu_seconds() - cpu) * 1000 / r["calls"],
                                         "calls_per_s": r["calls_per_s"]})
        finally:
            for server, _ in guards.values():
                server.stop()
            up.stop()
    median = {name: statistics.median(r["cpu_ms_per_call"] for r in runs) for name, runs in rounds.items()}
    out = {"benchmark": "guard CPU per call, two source trees interleaved in one run (wrk, instant fake upstream)",
           "command": "python benchmarks/guard_ab.py " + " ".join(sys.argv[1:]),
           "before": str(Path(args.before).resolve()), "after": str(Path(args.after).resolve()) if args.after else "this checkout",
           "cpu_ms_per_call_rounds": {name: [round(r["cpu_ms_per_call"], 3) for r in runs] for name, runs in rounds.items()},
           "calls_per_s_rounds": {name: [round(r["calls_per_s"], 1) for r in runs] for name, runs in rounds.items()},
           "cpu_ms_per_call_median": {name: round(v, 3) for name, v in median.items()},
           "after_over_before": round(median["after"] / median["before"], 3),
           "load_average_1_5_15_min": [round(x, 2) for x in os.getloadavg()]}
    if args.out:
        Path(args.out).write_text(json.dumps(out, indent=2) + "\n")
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
