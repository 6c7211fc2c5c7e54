"""Guard CPU per call, two source trees side by side in one run: `--before DIR` (e.g. an older
commit unpacked with `git archive`) and this checkout (or `--after DIR`), each guard in its own
process (`--workers 1`, default policy, or `--policy`) before the same fake upstream, wrk rounds
interleaved (before, after, before, after, ...) so the shared machine's load drifts alike for
both. Reports each one's CPU ms per call (from the OS) per round, the medians and after / before.

`--gc` also logs every cycle collection in both guards during the wrk rounds (a `sitecustomize`
hook on their PYTHONPATH, `gc.callbacks`): collections per 1,000 calls, objects they found
unreachable per call (cyclic garbage: what reference counting could not free), the longest pause.

`--latency N` adds one client's added latency: N sequential calls to each guard and to the
upstream directly, in rotating order (so drift affects all alike), each numbered anew; added =
the guard's percentile minus the direct one's.

    .venv/bin/python benchmarks/guard_ab.py --before DIR [--after DIR] [--rounds 6] [--seconds 5] [--policy FILE] [--latency 300] [--gc]

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
    parser.add_argument("--latency", type=int, default=0, help="also N sequential calls per target (one client)")
    parser.add_argument("--gc", action="store_true", help="also log the guards' cycle collections during the rounds")
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
                tree_env = dict(env, PYTHONPATH=str(Path(tree).resolve() / "src")) if tree else dict(env)
                if args.gc:
                    tree_env.update(GC_LOG=f"{tmp}/gc_{name}", PYTHONPATH=os.pathsep.join(
                        [gc_hook(tmp)] + ([tree_env["PYTHONPATH"]] if "PYTHONPATH" in tree_env else [])))
                cmd = [sys.executable, "-m", "schemeguard.cli", "guard", "--upstream", f"http://127.0.0.1:{up_port}/v1",
                       "--db", f"sqlite:///{tmp}/{name}.db", "--port", str(port), "--workers", str(args.workers)]
                guards[name] = (bench.Process(cmd + (["--policy", args.policy] if args.policy else []), port, env=tree_env),
                                f"http://127.0.0.1:{port}/v1/chat/completions")
            for _, url in guards.values():  # warm-up (caches, pools, the database file)
                bench.load(url, template, 2, args.concurrency)
            latency = one_client(guards, f"http://127.0.0.1:{up_port}/v1/chat/completions", template, args.latency)
            for name in guards:  # the collections of the wrk rounds only
                Path(f"{tmp}/gc_{name}").unlink(missing_ok=True)
            rounds: dict[str, list[dict]] = {name: [] for name in guards}
            for _ in range(args.rounds):
                for name, (server, url) in guards.items():
                    cpu = server.cpu_seconds()
                    r = bench.load(url, template, args.seconds, args.concurrency)
                    assert not r["failed"], r
                    rounds[name].append({"cpu_ms_per_call": (server.cpu_seconds() - cpu) * 1000 / r["calls"],
                                         "calls_per_s": r["calls_per_s"], "calls": r["calls"]})
            collections = {name: gc_summary(Path(f"{tmp}/gc_{name}"), sum(r["calls"] for r in rounds[name]))
                           for name in guards} if args.gc else {}
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
           **({"one_client_ms": latency} if latency else {}),
           **({"cycle_collections_during_rounds": collections} if collections else {}),
           "load_average_1_5_15_min": [round(x, 2) for x in os.getloadavg()]}
    if args.out:
        Path(args.out).write_text(json.dumps(out, indent=2) + "\n")
    print(json.dumps(out, indent=2))


GC_HOOK = """import gc, os, time
_log = os.environ.get("GC_LOG")
if _log:
    _start = [0.0]
    def _timed(phase, info):
        if phase == "start":
            _start[0] = time.perf_counter()
            return
        with open(_log, "a") as f:
            f.write(f"{info['generation']} {(time.perf_counter() - _start[0]) * 1000:.3f} {info['collected']}\\n")
    gc.callbacks.append(_timed)
"""


def gc_hook(tmp: str) -> str:
    """A directory holding a sitecustomize.py that logs each collection (generation, ms, objects found)."""
    Path(tmp, "gc_hook").mkdir(exist_ok=True)
    Path(tmp, "gc_hook", "sitecustomize.py").write_text(GC_HOOK)
    return str(Path(tmp, "gc_hook"))


def gc_summary(log: Path, calls: int) -> dict:
    rows = [line.split() for line in log.read_text().splitlines()] if log.exists() else []
    ms = [float(r[1]) for r in rows]
    return {"calls": calls, "collections": len(rows),
            "collections_per_1000_calls": round(1000 * len(rows) / calls, 2),
            "by_generation": {g: sum(r[0] == g for r in rows) for g in ("0", "1", "2")},
            "unreachable_objects_per_call": round(sum(int(r[2]) for r in rows) / calls, 2),
            "pause_ms_per_call": round(sum(ms) / calls, 4), "longest_pause_ms": round(max(ms, default=0.0), 2)}


def one_client(guards: dict, direct: str, template: str, calls: int) -> dict:
    """p50/p99 of `calls` sequential calls per target, rotating direct, before, after; added = guard - direct."""
    import httpx

    targets = {"direct": direct, **{name: url for name, (_, url) in guards.items()}}
    times: dict[str, list[float]] = {name: [] for name in targets}
    if not calls:
        return {}
    with httpx.Client(timeout=60) as client:
        for i in range(calls + 20):  # the first 20: warm-up
            names = list(targets)
            for name in names[i % len(names):] + names[:i % len(names)]:
                t = bench.timed(client, targets[name], bench.numbered(template, 90_000_000 + i))
                if i >= 20:
                    times[name].append(t)
    out: dict = {"calls": calls}
    for q, label in ((0.5, "p50"), (0.99, "p99")):
        base = bench.pct(times["direct"], q)
        out[f"direct_{label}"] = round(base, 2)
        for name in guards:
            out[f"{name}_added_{label}"] = round(bench.pct(times[name], q) - base, 2)
    return out


if __name__ == "__main__":
    main()
