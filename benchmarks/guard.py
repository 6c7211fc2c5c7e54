"""Latency the deployment guard adds per call: guard vs direct to the same fake upstream, one run.

Both servers are uvicorn on loopback in this process's threads; calls are sequential from one
client, alternating direct / via guard so drift affects both alike; then throughput with 8
clients in flight. The guard stores every call in
SQLite and runs the inline rule monitors (the default policy). The upstream answers instantly, so
the added milliseconds are the guard's whole cost (proxying, storage, monitors), not model time.
A realistic agent turn context (a 20-message history with tool calls) is sent.
Writes benchmarks/results/guard.json.

    .venv/bin/python benchmarks/guard.py [--calls 200]
"""

from __future__ import annotations

import argparse
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

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from test_guard_live import Server  # noqa: E402  (the loopback uvicorn helper the tests use)

from schemeguard.guard import GuardConfig, create_app  # noqa: E402

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


def history(turns: int = 10) -> list[dict]:
    msgs = [{"role": "system", "content": "You are a coding agent."}, {"role": "user", "content": "Fix the failing test."}]
    for i in range(turns - 1):
        msgs.append({"role": "assistant", "content": f"step {i}", "tool_calls": [{"id": f"t{i}", "type": "function",
                     "function": {"name": "bash", "arguments": json.dumps({"command": f"cat src/module_{i}.py"})}}]})
        msgs.append({"role": "tool", "tool_call_id": f"t{i}", "content": f"def f{i}():\n    return {i}\n" * 20})
    return msgs


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


async def throughput(url: str, body: dict, calls: int, concurrency: int) -> float:
    """Calls per second with `concurrency` clients in flight (non-streaming)."""
    import asyncio

    async with httpx.AsyncClient(timeout=30, limits=httpx.Limits(max_connections=concurrency)) as client:
        queue = iter(range(calls))

        async def worker() -> None:
            for _ in queue:
                r = await client.post(url, json=body)
                assert r.status_code == 200, r.status_code

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return calls / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--out", default=str(Path(__file__).parent / "results" / "guard.json"))
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as tmp, Server(upstream()) as up:
        app = create_app(GuardConfig(upstream=f"http://127.0.0.1:{up.port}/v1", db=f"sqlite:///{tmp}/guard.db"))
        with Server(app) as guard, httpx.Client(timeout=30) as client:
            direct_url = f"http://127.0.0.1:{up.port}/v1/chat/completions"
            guard_url = f"http://127.0.0.1:{guard.port}/v1/chat/completions"
            for mode in ("non-streaming", "streaming"):
                body = {"model": "fake", "messages": history(), "stream": mode == "streaming"}
                for _ in range(10):  # warm-up, both paths
                    timed(client, direct_url, body), timed(client, guard_url, body)
                direct, guarded = [], []
                for _ in range(args.calls):
                    direct.append(timed(client, direct_url, body))
                    guarded.append(timed(client, guard_url, body))
                d, g = statistics.median(direct), statistics.median(guarded)
                results[mode] = {"calls": args.calls, "direct_median_ms": round(d, 2), "guard_median_ms": round(g, 2),
                                 "added_median_ms": round(g - d, 2), "ratio_median": round(g / d, 2),
                                 "direct_p95_ms": round(sorted(direct)[int(0.95 * len(direct))], 2),
                                 "guard_p95_ms": round(sorted(guarded)[int(0.95 * len(guarded))], 2)}
                print(mode, results[mode])
            import asyncio

            body = {"model": "fake", "messages": history()}
            n = args.calls * 2
            d = asyncio.run(throughput(direct_url, body, n, 8))
            g = asyncio.run(throughput(guard_url, body, n, 8))
            results["throughput_8_concurrent"] = {"calls": n, "direct_calls_per_s": round(d, 1),
                                                  "guard_calls_per_s": round(g, 1), "ratio": round(d / g, 2)}
            print("throughput", results["throughput_8_concurrent"])
            stored = len(app.state.store.calls(app.state.store.session_summaries()[0]["id"]))
    out = {"benchmark": "deployment guard added latency per call (loopback, instant fake upstream)",
           "command": "python benchmarks/guard.py --calls %d" % args.calls,
           "request_messages": len(history()), "calls_stored": stored, "results": results,
           "machine": {"python": platform.python_version(), "platform": platform.platform()}}
    Path(args.out).write_text(json.dumps(out, indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
