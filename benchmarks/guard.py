"""The deployment guard's cost, guard vs direct to the same fake upstream, side by side in one run.

The fake upstream and the guard (the `schemeguard guard` command) each run in their own process
on loopback; the clients are this process. Added p50/p99 latency for one
client (sequential calls alternating direct / via guard so drift affects both alike), requests/s
with 16 keep-alive clients in flight, and the worst stall other clients see while one heavy request runs
(a dashboard page over thousands of sessions, a 20,000-message history, a 10 MB body, a 40 MB
body refused with 413). The guard stores every call in SQLite and runs the inline rule monitors
(the default policy). The upstream answers instantly, so
the added milliseconds are the guard's whole cost (proxying, storage, monitors), not model time.
A realistic agent turn context (a 20-message history with tool calls) is sent, its last turn new
on every call (as in an agent loop: no memo of the guard's sees a request twice). The guard runs
as one process (`--workers 1`) beside a `--workers 2` one; each server's CPU time per call comes
from the OS, the figure to compare on a shared machine (with the direct upstream's as baseline).
Writes benchmarks/results/guard.json.

    .venv/bin/python benchmarks/guard.py [--calls 300] [--sessions 3000] [--seconds 8] [--rounds 2]

Throughput comes from a load generator in its own process (wrk if installed: `apt-get install
wrk`; else an async httpx client in a subprocess), keep-alive connections, interleaved rounds.
"""

from __future__ import annotations

import argparse
import itertools
import json
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx
from starlette.applications import Starlette
from starlette.responses import JSONResponse, StreamingResponse
from starlette.routing import Route

from schemeguard.cli import default_guard_workers
from schemeguard.guard.store import Store

COMPLETION = {"id": "c", "object": "chat.completion", "created": 1, "model": "fake",
              "choices": [{"index": 0, "finish_reason": "tool_calls", "message": {
                  "role": "assistant", "content": "Running the tests now.",
                  "reasoning_content": "I should run the test suite and report the numbers I see.",
                  "tool_calls": [{"id": "t", "type": "function",
                                  "function": {"name": "bash", "arguments": json.dumps({"command": "pytest -q"})}}]}}]}


def upstream() -> Starlette:
    async def chat(request):
        body = await request.json()
        if body.get("stream"):
            async def gen():
                for piece in ("Running", " the", " tests", " now."):
                    yield "data: " + json.dumps({"id": "c", "choices": [{"index": 0, "delta": {"content": piece}}]}) + "\n\n"
                yield "data: [DONE]\n\n"
            return StreamingResponse(gen(), media_type="text/event-stream")
        return JSONResponse(COMPLETION)
    return Starlette(routes=[Route("/v1/chat/completions", chat, methods=["POST"])])


MARK = "@@CALL@@"  # where each call's number goes (see `turn_body`)


def history(turns: int = 10, call: str = "") -> list[dict]:
    """An agent's request: system, task, then tool-call turns. `call` makes the last turn (the
    previous reply and its tool output) new on every call, as in a real agent loop, so no memo of
    the guard's (message digests, parsed outputs, converted turns) sees a request twice."""
    msgs = [{"role": "system", "content": "You are a coding agent."}, {"role": "user", "content": "Fix the failing test."}]
    for i in range(turns - 1):
        tag = f" # call {call}" if call and i == turns - 2 else ""
        msgs.append({"role": "assistant", "content": f"step {i}", "tool_calls": [{"id": f"t{i}", "type": "function",
                     "function": {"name": "bash", "arguments": json.dumps({"command": f"cat src/module_{i}.py{tag}"})}}]})
        msgs.append({"role": "tool", "tool_call_id": f"t{i}", "content": f"def f{i}():\n    return {i}\n" * 20 + tag})
    return msgs


def turn_body(stream: bool = False) -> str:
    """The request as JSON text with MARK where the call's number goes (twice: reply and output)."""
    return json.dumps({"model": "fake", "messages": history(call=MARK), "stream": stream})


def numbered(template: str, n: int) -> dict:
    return json.loads(template.replace(MARK, str(n)))


def timed(client: httpx.Client, url: str, body: dict) -> float:
    start = time.perf_counter()
    if body.get("stream"):
        with client.stream("POST", url, json=body) as r:
            for _ in r.iter_bytes():
                pass
    else:
        r = client.post(url, json=body)
        r.json()
    assert r.status_code == 200, r.status_code
    return (time.perf_counter() - start) * 1000


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def throughput(url: str, template: str, seconds: float, concurrency: int, first: int = 0) -> dict:
    """Calls per second with `concurrency` keep-alive clients in flight (non-streaming), for `seconds`."""
    import asyncio

    async with httpx.AsyncClient(timeout=60, limits=httpx.Limits(max_connections=concurrency,
                                                                 max_keepalive_connections=concurrency)) as client:
        done, failed, end = 0, 0, time.perf_counter() + seconds

        async def worker() -> None:
            nonlocal done, failed
            while time.perf_counter() < end:
                r = await client.post(url, json=numbered(template, first + done + failed))
                done += 1
                failed += r.status_code != 200

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return {"calls": done, "failed": failed, "calls_per_s": done / (time.perf_counter() - start)}


_RUNS = itertools.count(1)  # each load run numbers its calls from its own base (see `load`)


def load(url: str, template: str, seconds: float, concurrency: int) -> dict:
    """The load generator in processes of its own, so it is not the bottleneck nor slowed by this
    one: wrk (C, Debian's `wrk`) when installed, else an async httpx client in a subprocess.
    Each run numbers its calls from a base of its own (run k: k x 10^7 + 1, ...), so no call of a
    later round or server repeats an earlier one (a repeated body would hit the guard's content
    memos and read as cheaper than a new agent turn)."""
    import re
    import shutil
    import subprocess

    first = next(_RUNS) * 10_000_000

    with tempfile.TemporaryDirectory() as tmp:
        if shutil.which("wrk"):
            script = Path(tmp, "post.lua")
            # each request numbered: a new last turn every call (see `history`)
            head, *rest = template.split(MARK)
            parts = " .. n .. ".join(f"[==[{p}]==]" for p in [head, *rest])
            script.write_text('wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n'
                              f"local counter = {first}\nrequest = function()\n  counter = counter + 1\n"
                              "  local n = tostring(counter)\n"
                              f"  return wrk.format(nil, nil, nil, {parts})\nend\n")
            out = subprocess.run(["wrk", "-t1", f"-c{concurrency}", f"-d{int(seconds)}s", "--timeout", "30s",
                                  "-s", str(script), url], capture_output=True, text=True, check=True).stdout
            calls = int(re.search(r"(\d+) requests in", out).group(1))
            bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
            errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
            failed = (int(bad.group(1)) if bad else 0) + (sum(map(int, errors.groups())) if errors else 0)
            return {"tool": "wrk", "calls": calls, "failed": failed,
                    "calls_per_s": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))}
        Path(tmp, "body.json").write_text(template)
        out = subprocess.run([sys.executable, __file__, "--load", url, "--body", str(Path(tmp, "body.json")),
                              "--seconds", str(seconds), "--concurrency", str(concurrency), "--first", str(first)],
                             capture_output=True, text=True, check=True).stdout
        return {"tool": "httpx (own process)", **json.loads(out.strip().splitlines()[-1])}


async def stall(guard: str, light: dict, heavy: list[tuple[str, str, dict]], clients: int = 4) -> dict:
    """`clients` clients send light calls in a loop; heavy requests run one at a time meanwhile,
    each from its own curl process (bodies encoded beforehand) so the light clients' loop is never
    blocked by the sender. The stall is the worst light-call latency while a heavy one was in
    flight, minus the light calls' median when nothing heavy runs."""
    import asyncio

    def send_heavy(heavies: list) -> list:
        """Each heavy request from a process of its own (curl), so sending 40 MB does not slow
        this process's light clients: only the guard's stall is measured."""
        import subprocess

        spans = []
        with tempfile.TemporaryDirectory() as tmp:
            for i, (method, path, kwargs) in enumerate(heavies):
                cmd = ["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "-X", method]
                for name, value in kwargs.get("headers", {}).items():
                    cmd += ["-H", f"{name}: {value}"]
                if "content" in kwargs:
                    Path(tmp, str(i)).write_bytes(kwargs["content"])
                    cmd += ["--data-binary", f"@{Path(tmp, str(i))}"]
                t = time.perf_counter()
                status = subprocess.run(cmd + [f"{guard}{path}"], capture_output=True, text=True).stdout
                spans.append((path, int(status or 0), t, time.perf_counter()))
        return spans

    async with httpx.AsyncClient(timeout=300) as client:
        async def light_loop(stop: asyncio.Event, out: list) -> None:
            while not stop.is_set():
                t = time.perf_counter()
                r = await client.post(f"{guard}/v1/chat/completions", json=light)
                assert r.status_code == 200
                out.append((t, time.perf_counter()))

        async def phase(heavies: list) -> tuple[list, list]:
            stop, lights = asyncio.Event(), []
            tasks = [asyncio.create_task(light_loop(stop, lights)) for _ in range(clients)]
            await asyncio.sleep(0.5)
            spans = await asyncio.to_thread(send_heavy, heavies)
            if not heavies:
                await asyncio.sleep(2)
            stop.set()
            await asyncio.gather(*tasks)
            return lights, spans

        quiet, _ = await phase([])
        base = statistics.median(e - s for s, e in quiet) * 1000
        busy, spans = await phase(heavy)
        worst: dict[str, float] = {}
        p95: dict[str, float] = {}
        for path, status, hs, he in spans:
            during = [(e - s) * 1000 for s, e in busy if s < he and e > hs]
            key = f"{path} (HTTP {status}, {round((he - hs) * 1000)} ms)"
            worst[key] = round(max(during, default=base) - base, 1)
            p95[key] = round(pct(during, 0.95), 1) if during else None
        # the noise floor: the same measure over the quiet phase (nothing heavy running), from a
        # shared machine's scheduling alone
        quiet_worst = max((e - s) * 1000 for s, e in quiet) - base
        # and, less sensitive to a single descheduling, the light calls' p95 while each heavy one ran
        return {"light_clients": clients, "light_median_ms": round(base, 2), "max_stall_ms_by_heavy_request": worst,
                "max_stall_ms": max(worst.values(), default=0.0), "quiet_phase_max_ms": round(quiet_worst, 1),
                "light_p95_ms_during_heavy_request": p95,
                "quiet_phase_light_p95_ms": round(pct([(e - s) * 1000 for s, e in quiet], 0.95), 1)}


class Process:
    """A server in its own process (its own GIL), ready when its port answers."""

    def __init__(self, args: list[str], port: int, env: dict | None = None) -> None:
        import os
        import subprocess

        self.port = port
        self.proc = subprocess.Popen(args, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        deadline = time.time() + 60
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{port}/", timeout=1)
                break
            except httpx.HTTPError:
                assert time.time() < deadline and self.proc.poll() is None, "server did not start"
                time.sleep(0.1)

    def cpu_seconds(self) -> float:
        """CPU time (user + system) of the server and its child processes (workers, intake) so far."""
        import psutil

        root = psutil.Process(self.proc.pid)
        total = 0.0
        for p in [root, *root.children(recursive=True)]:
            try:
                t = p.cpu_times()
                total += t.user + t.system
            except psutil.NoSuchProcess:
                pass
        return total

    def rss_mb(self) -> list[float]:
        """Resident memory (MB) of the server's processes: [the first, then its children]."""
        import psutil

        root = psutil.Process(self.proc.pid)
        out = []
        for p in [root, *root.children(recursive=True)]:
            try:
                out.append(round(p.memory_info().rss / 2**20, 1))
            except psutil.NoSuchProcess:
                pass
        return out

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main() -> None:
    import asyncio
    import base64
    import os

    from schemeguard.guard import hash_password

    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--sessions", type=int, default=3000, help="sessions on the dashboard for the stall test")
    parser.add_argument("--seconds", type=int, default=8, help="length of each throughput round")
    parser.add_argument("--rounds", type=int, default=2, help="throughput rounds (direct, guard, bare interleaved)")
    parser.add_argument("--out", default=str(Path(__file__).parent / "results" / "guard.json"))
    parser.add_argument("--load", help=argparse.SUPPRESS)  # internal: be the load generator for this URL
    parser.add_argument("--body", help=argparse.SUPPRESS)
    parser.add_argument("--concurrency", type=int, default=16, help=argparse.SUPPRESS)
    parser.add_argument("--first", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.load:
        print(json.dumps(asyncio.run(throughput(args.load, Path(args.body).read_text(), args.seconds,
                                                args.concurrency, args.first))))
        return
    results: dict = {}
    load_at_start = [round(x, 2) for x in os.getloadavg()]
    reviewer = {"Authorization": "Basic " + base64.b64encode(b"rev:benchmark-password").decode()}
    here = Path(__file__).resolve().parent
    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{tmp}/guard.db"
        store = Store(db)  # the dashboard's sessions, written before the guard starts
        for i in range(args.sessions):
            store.open_call(f"bench-{i:05d}", "anonymous", {"model": "m", "messages": [{"role": "user", "content": str(i)}]}, False)
        store.engine.dispose()
        up_port, guard_port, bare_port = free_port(), free_port(), free_port()
        up = Process([sys.executable, "-c", f"import sys; sys.path.insert(0, {str(here)!r}); import uvicorn; "
                      f"from guard import upstream; uvicorn.run(upstream(), port={up_port}, log_level='error')"], up_port)
        guard = Process([sys.executable, "-m", "schemeguard.cli", "guard", "--upstream", f"http://127.0.0.1:{up_port}/v1",
                         "--db", db, "--port", str(guard_port), "--workers", "1"], guard_port,
                        env={"SCHEMEGUARD_REVIEWERS": f"rev={hash_password('benchmark-password')}"})
        # the same guard with no inline monitors: what the proxy, checks and storage cost alone
        Path(tmp, "bare.yaml").write_text("monitors: []\n")
        bare = Process([sys.executable, "-m", "schemeguard.cli", "guard", "--upstream", f"http://127.0.0.1:{up_port}/v1",
                        "--db", f"sqlite:///{tmp}/bare.db", "--port", str(bare_port), "--policy", f"{tmp}/bare.yaml",
                        "--workers", "1"],
                       bare_port, env={"SCHEMEGUARD_REVIEWERS": f"rev={hash_password('benchmark-password')}"})
        # the same guard as two server processes sharing the port (guard --workers 2), one database
        multi_port = free_port()
        multi = Process([sys.executable, "-m", "schemeguard.cli", "guard", "--upstream", f"http://127.0.0.1:{up_port}/v1",
                         "--db", f"sqlite:///{tmp}/multi.db", "--port", str(multi_port), "--workers", "2"],
                        multi_port, env={"SCHEMEGUARD_REVIEWERS": f"rev={hash_password('benchmark-password')}"})
        try:
            with httpx.Client(timeout=60) as client:
                direct_url = f"http://127.0.0.1:{up_port}/v1/chat/completions"
                guard_url = f"http://127.0.0.1:{guard_port}/v1/chat/completions"
                bare_url = f"http://127.0.0.1:{bare_port}/v1/chat/completions"
                for base, mode in ((1_000_000, "non-streaming"), (2_000_000, "streaming")):
                    template = turn_body(mode == "streaming")
                    for i in range(10):  # warm-up, every path
                        body = numbered(template, -base - i)
                        timed(client, direct_url, body), timed(client, guard_url, body), timed(client, bare_url, body)
                    direct, guarded, bare_times = [], [], []
                    for i in range(args.calls):  # interleaved, so drift affects all alike
                        body = numbered(template, base + i)  # a new last turn on every call (no mode repeats another's)
                        direct.append(timed(client, direct_url, body))
                        guarded.append(timed(client, guard_url, body))
                        bare_times.append(timed(client, bare_url, body))
                    results[f"one_client_{mode}"] = {
                        "calls": args.calls, "direct_p50_ms": round(statistics.median(direct), 2),
                        "guard_p50_ms": round(statistics.median(guarded), 2),
                        "added_p50_ms": round(statistics.median(guarded) - statistics.median(direct), 2),
                        "direct_p99_ms": round(pct(direct, 0.99), 2), "guard_p99_ms": round(pct(guarded, 0.99), 2),
                        "added_p99_ms": round(pct(guarded, 0.99) - pct(direct, 0.99), 2),
                        "no_monitors_added_p50_ms": round(statistics.median(bare_times) - statistics.median(direct), 2),
                        "no_monitors_added_p99_ms": round(pct(bare_times, 0.99) - pct(direct, 0.99), 2)}
                    print(mode, results[f"one_client_{mode}"], flush=True)

            template = turn_body()
            multi_url = f"http://127.0.0.1:{multi_port}/v1/chat/completions"
            servers = {"direct": (direct_url, up), "guard": (guard_url, guard), "guard_no_monitors": (bare_url, bare),
                       "guard_2_workers": (multi_url, multi)}
            rounds: dict[str, list[dict]] = {name: [] for name in servers}
            for _ in range(args.rounds):  # interleaved rounds: the machine's load drifts alike for all
                for name, (url, server) in servers.items():
                    cpu = server.cpu_seconds()
                    r = load(url, template, args.seconds, 16)
                    # CPU per call: what a server costs whatever the load (wall rates depend on the share it gets)
                    rounds[name].append({**r, "cpu_ms_per_call": (server.cpu_seconds() - cpu) * 1000 / max(1, r["calls"])})
            rate = {name: statistics.median(r["calls_per_s"] for r in runs) for name, runs in rounds.items()}
            results["throughput_16_concurrent"] = {
                "load_generator": rounds["direct"][0]["tool"], "seconds_per_round": args.seconds, "rounds": args.rounds,
                "direct_calls_per_s": round(rate["direct"], 1), "guard_calls_per_s": round(rate["guard"], 1),
                "guard_no_monitors_calls_per_s": round(rate["guard_no_monitors"], 1),
                "guard_2_workers_calls_per_s": round(rate["guard_2_workers"], 1),
                "server_cpu_ms_per_call": {name: round(statistics.median(r["cpu_ms_per_call"] for r in runs), 3)
                                           for name, runs in rounds.items()},
                "ratio_direct_over_guard": round(rate["direct"] / rate["guard"], 2),
                "per_round_calls_per_s": {name: [round(r["calls_per_s"], 1) for r in runs] for name, runs in rounds.items()},
                "calls": {name: sum(r["calls"] for r in runs) for name, runs in rounds.items()},
                "failed_calls": {name: sum(r["failed"] for r in runs) for name, runs in rounds.items()}}
            assert not any(results["throughput_16_concurrent"]["failed_calls"].values()), results
            print("throughput", results["throughput_16_concurrent"], flush=True)
            # memory after the load: what each extra --workers process costs (its own caches and memos)
            results["rss_mb_after_load"] = {name: server.rss_mb() for name, (_, server) in servers.items() if name != "direct"}

            # the stall test: a dashboard over many sessions, a 20,000-message history, big bodies
            long_history = json.dumps({"model": "fake", "messages": [
                {"role": "user", "content": f"message {i} " + "x" * 40} for i in range(20_000)]}).encode()
            big = json.dumps({"model": "fake", "messages": [{"role": "user", "content": "y" * (10 * 2**20)}]}).encode()
            as_json = {"content-type": "application/json"}
            heavy = [("GET", "/guard/", {"headers": reviewer}),
                     ("GET", f"/guard/?page={max(1, args.sessions // 100)}", {"headers": reviewer}),
                     ("POST", "/v1/chat/completions", {"content": long_history, "headers": as_json}),
                     ("POST", "/v1/chat/completions", {"content": big, "headers": as_json}),
                     ("POST", "/v1/chat/completions", {"content": b"z" * (40 * 2**20), "headers": as_json})]
            light = {"model": "fake", "messages": [{"role": "user", "content": "ping"}]}
            results["stall_of_other_clients"] = asyncio.run(stall(f"http://127.0.0.1:{guard_port}", light, heavy))
            print("stall", results["stall_of_other_clients"], flush=True)
        finally:
            guard.stop()
            bare.stop()
            multi.stop()
            up.stop()
        stored = Store(db).count_sessions()
    out = {"benchmark": "deployment guard: added latency, throughput and stalls (loopback, instant fake upstream), "
                        "guard vs direct side by side in one run",
           "command": f"python benchmarks/guard.py --calls {args.calls} --sessions {args.sessions} "
                      f"--seconds {args.seconds:g} --rounds {args.rounds}",
           "load_average_1_5_15_min_at_start": load_at_start,
           "request_messages": len(history()), "sessions_stored": stored, "results": results,
           # server processes `schemeguard guard` runs here without --workers (2 on a 2-core machine: the
           # guard_2_workers row is then the default configuration; the guard row is --workers 1)
           "default_workers_here": default_guard_workers(),
           "note": "2-core machine shared with 7 other agents' test runs while measured: absolute figures are noisy "
                   "and pessimistic; the direct column ran interleaved under the same load",
           "load_average_1_5_15_min_at_end": [round(x, 2) for x in os.getloadavg()],
           "machine": {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count()}}
    Path(args.out).write_text(json.dumps(out, indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
