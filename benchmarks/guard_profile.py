"""Where the guard's CPU goes per call: guard CPU ms per call at 16 clients, and a py-spy profile split
by part (monitors, number parser, database writer, upstream client, Starlette/uvicorn ...).

The fake upstream and the guard (`--workers 1`, default policy) run in their own processes as in
`benchmarks/guard.py`, with the same numbered request (a new last turn on every call); wrk sends
the load. Each run measures the guard's CPU per call from the OS, in rounds without the profiler
(`--rounds`), and one round with py-spy attached (200 Hz, `--gil`-free sampling, idle samples
dropped): the split is of that round's CPU per call. `--src` runs another source tree's guard
(e.g. an older commit unpacked with `git archive`), so before/after pairs run back to back:

    .venv/bin/python benchmarks/guard_profile.py [--src DIR] [--seconds 8] [--rounds 3] [--out FILE]

Needs wrk (`apt-get install wrk`) and py-spy (`pip install py-spy`) on this machine; both are
measurement tools only. On a shared machine compare CPU per call, not wall-clock rates.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import guard as bench  # noqa: E402  (the benchmark's upstream, request and processes)

# the last frame of a sample that is waiting, not working (the writer's queue, the event loop's poll)
IDLE = [r"GroupWriter\._run \(guard/writer\.py:\d+\)$", r"Runner\.run \(asyncio/runners\.py:\d+\)$", r"Condition\.wait",
        r"_PollLikeSelector\.select", r"EpollSelector\.select", r"_shutdown", r"_wait_for_tstate_lock",
        r"_worker \(concurrent/futures/thread\.py:\d+\)$", r"SimpleQueue\.get", r"Queue\.get", r"time\.sleep|sleep \("]
# a sample counts for the first part whose pattern its stack matches
PARTS = [
    ("startup", r"_find_and_load|create_app \(|guard_app|Store\.__init__|migrat"),
    ("number parser (numbers.py)", r"numbers\.py"),
    ("monitors, rest (rules over the transcript)", r"score_reply|score_call"),
    ("database writer thread", r"GroupWriter\._commit"),
    ("upstream client (aiohttp)", r"aiohttp|outbound\.py"),
    ("request parsing and transcript", r"parse_request|chat_request|read_body|TranscriptMemo"),
    ("storing a call (prepare, hand-over to the writer)", r"Store\.prepare|add_call|settle"),
    ("reply parsing", r"\.read \(guard/apis|read_chat"),
    ("the guard's request handling, rest", r"guard/(app|web|auth|policy|inbound|store)\.py"),
    ("Starlette/uvicorn", r"starlette|uvicorn|httptools"),
]


def split(raw: Path, cpu_ms: float) -> dict[str, float]:
    """ms per call by part: each part's share of the busy samples times the round's CPU per call."""
    counts: collections.Counter[str] = collections.Counter()
    for line in raw.read_text().splitlines():
        if not line.strip():
            continue
        stack, _, n = line.rpartition(" ")
        if not n.isdigit():  # a frame name py-spy printed across lines (e.g. source text): not a sample line
            continue
        last = stack.split(";")[-1]
        if any(re.search(p, last) for p in IDLE):
            continue
        part = next((name for name, p in PARTS if re.search(p, stack)), "other")
        counts[part] += int(n)
    counts.pop("startup", None)
    busy = sum(counts.values()) or 1
    return {part: round(cpu_ms * n / busy, 3) for part, n in counts.most_common()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--src", help="source tree whose guard to run (its src/ goes first on PYTHONPATH)")
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=3, help="rounds without the profiler")
    parser.add_argument("--out", default=str(HERE / "results" / "guard_profile.json"))
    parser.add_argument("--raw", help="also keep py-spy's raw samples here")
    args = parser.parse_args()
    spy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    assert shutil.which("wrk") and Path(spy).exists(), "needs wrk and py-spy"
    from schemeguard.guard import hash_password

    env = {"SCHEMEGUARD_REVIEWERS": f"rev={hash_password('benchmark-password')}"}
    if args.src:
        env["PYTHONPATH"] = str(Path(args.src).resolve() / "src")
    template = bench.turn_body()
    with tempfile.TemporaryDirectory() as tmp:
        up_port, port = bench.free_port(), bench.free_port()
        up = bench.Process([sys.executable, "-c", f"import sys; sys.path.insert(0, {str(HERE)!r}); import uvicorn; "
                            f"from guard import upstream; uvicorn.run(upstream(), port={up_port}, log_level='error')"],
                           up_port)
        guard = bench.Process([sys.executable, "-m", "schemeguard.cli", "guard", "--upstream",
                               f"http://127.0.0.1:{up_port}/v1", "--db", f"sqlite:///{tmp}/guard.db", "--port", str(port),
                               "--workers", "1"], port, env=env)
        try:
            url = f"http://127.0.0.1:{port}/v1/chat/completions"
            bench.load(url, template, args.seconds, 16)  # warm-up (caches, pools, the database file)
            rounds = []
            for _ in range(args.rounds):
                cpu = guard.cpu_seconds()
                r = bench.load(url, template, args.seconds, 16)
                assert not r["failed"], r
                rounds.append((guard.cpu_seconds() - cpu) * 1000 / r["calls"])
            raw = Path(tmp, "profile.txt")
            cpu = guard.cpu_seconds()
            profiler = subprocess.Popen([spy, "record", "-r", "200", "-f", "raw", "-o", str(raw), "--nonblocking",
                                         "-p", str(guard.proc.pid), "-d", str(args.seconds)],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            r = bench.load(url, template, args.seconds, 16)
            profiler.wait()
            profiled_cpu = (guard.cpu_seconds() - cpu) * 1000 / r["calls"]
            parts = split(raw, profiled_cpu)
            if args.raw:
                shutil.copy(raw, args.raw)
        finally:
            guard.stop()
            up.stop()
    out = {"benchmark": "guard CPU per call at 16 clients (wrk, instant fake upstream) and where it goes (py-spy)",
           "command": "python benchmarks/guard_profile.py" + (f" --src {args.src}" if args.src else "")
                      + f" --seconds {args.seconds} --rounds {args.rounds}",
           "source": str(Path(args.src).resolve()) if args.src else "this checkout",
           "guard_cpu_ms_per_call_rounds": [round(x, 3) for x in rounds],
           "guard_cpu_ms_per_call_median": round(statistics.median(rounds), 3),
           "profiled_round_cpu_ms_per_call": round(profiled_cpu, 3),
           "ms_per_call_by_part": parts,
           "load_average_1_5_15_min": [round(x, 2) for x in os.getloadavg()]}
    Path(args.out).write_text(json.dumps(out, indent=2) + "\n")
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
