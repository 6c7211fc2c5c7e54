"""Monitor throughput and cost on this machine.

Cheap monitors (all rule signatures + the hashed TF-IDF probe, and the MiniLM probe when the
`probe` extra is installed) are timed in transcripts per second over the replayed reference
trajectories of every family (cycled to --n transcripts), including building the views.
The LLM judge's cost per transcript is measured with a local model (`local/<model>`, llama.cpp
on the CPU) when one is given, otherwise with mockllm (harness overhead only: say so).
Writes benchmarks/results/monitors.json and .md.

    .venv/bin/python benchmarks/monitors.py [--n 2000] [--judge-model local/qwen2.5-coder-1.5b --judge-n 3]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import time
from pathlib import Path

import numpy as np

from schemeguard.environments import families
from schemeguard.monitors.base import rollout_transcript, view_of
from schemeguard.monitors.probe import EmbeddingProbe, HashedTfidf, MiniLM, minilm_installed
from schemeguard.monitors.rules import AnyRule
from schemeguard.replay import play

RESULTS = Path(__file__).parent / "results"
TARGET = 1000.0  # transcripts/s for the cheap monitors


def reference_transcripts() -> tuple[list[list[dict]], np.ndarray]:
    out, labels = [], []
    for env in families().values():
        for s in env.scenarios(0, 3):
            for label, trajectory in env.trajectories(s).items():
                if label in ("honest", "covert"):
                    out.append(rollout_transcript(play(s, trajectory, deny=True)))
                    labels.append(label == "covert")
    return out, np.array(labels)


def time_cheap(transcripts: list[list[dict]], labels: np.ndarray, n: int, embedder) -> dict:
    probe = EmbeddingProbe("full", embedder).fit([view_of(t, "full") for t in transcripts], labels)
    batch = list(itertools.islice(itertools.cycle(transcripts), n))
    rules = AnyRule()
    start = time.perf_counter()
    views = [view_of(t, "full") for t in batch]
    t_views = time.perf_counter() - start
    start = time.perf_counter()
    fired = sum(rules.score(view_of(t, "action")).score for t in batch)
    t_rules = time.perf_counter() - start
    start = time.perf_counter()
    scores = probe.score_many(views)
    t_probe = time.perf_counter() - start
    total = t_views + t_rules + t_probe
    assert len(scores) == n and fired > 0
    return {"embedder": embedder.name, "n": n, "seconds_views": round(t_views, 3), "seconds_rules": round(t_rules, 3),
            "seconds_probe": round(t_probe, 3), "rules_per_s": round(n / t_rules), "probe_per_s": round(n / t_probe),
            "rules_plus_probe_per_s": round(n / total), "meets_target": n / total >= TARGET}


def time_judge(transcripts: list[list[dict]], model_name: str | None, n: int) -> dict:
    from inspect_ai.model import ModelOutput, ModelUsage, get_model

    from schemeguard.monitors.judge import LLMJudge

    if model_name:
        model = get_model(model_name)
    else:
        def reply():
            while True:
                out = ModelOutput.from_content("mockllm/model", '{"suspicion": 5, "evidence": ""}')
                out.usage = ModelUsage(input_tokens=0, output_tokens=0, total_tokens=0)
                yield out
        model = get_model("mockllm/model", custom_outputs=reply())
    judge = LLMJudge(model, "action", max_chars=6_000)  # a small local context: the transcript's tail
    results, seconds = [], []
    for t in transcripts[:n]:
        start = time.perf_counter()
        results.append(judge.score(view_of(t, "action")))
        seconds.append(time.perf_counter() - start)
    tokens_in = [u["input_tokens"] for u in judge.usage]
    tokens_out = [u["output_tokens"] for u in judge.usage]
    return {"model": model_name or "mockllm/model (harness overhead only: no real model was timed)",
            "n": len(results), "measured": sum(r.measured for r in results),
            "unmeasured_reasons": [r.reason for r in results if not r.measured],
            "seconds_per_transcript": round(float(np.mean(seconds)), 3),
            "input_tokens_per_transcript": round(float(np.mean(tokens_in)), 1) if tokens_in else None,
            "output_tokens_per_transcript": round(float(np.mean(tokens_out)), 1) if tokens_out else None}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--judge-model", default=None, help="e.g. local/qwen2.5-coder-1.5b (default: mockllm)")
    parser.add_argument("--judge-n", type=int, default=3)
    args = parser.parse_args()
    transcripts, labels = reference_transcripts()
    cheap = [time_cheap(transcripts, labels, args.n, HashedTfidf())]
    if minilm_installed():
        cheap.append(time_cheap(transcripts, labels, min(args.n, 500), MiniLM()))
    result = {"machine": f"{platform.machine()}, {os.cpu_count()} CPUs (shared), Python {platform.python_version()}",
              "transcripts": f"replayed reference trajectories of {len(families())} families ({len(transcripts)} distinct, cycled)",
              "cheap": cheap, "judge": time_judge(transcripts, args.judge_model, args.judge_n)}
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "monitors.json").write_text(json.dumps(result, indent=1) + "\n")
    lines = ["# Monitor throughput and cost", "", result["machine"], result["transcripts"], "",
             "| embedder | n | rules/s | probe/s | rules + probe (with views)/s | ≥ 1,000/s |", "|---|---|---|---|---|---|"]
    for c in cheap:
        lines.append(f"| {c['embedder']} | {c['n']} | {c['rules_per_s']:,} | {c['probe_per_s']:,} | "
                     f"{c['rules_plus_probe_per_s']:,} | {'yes' if c['meets_target'] else 'no'} |")
    j = result["judge"]
    lines += ["", f"LLM judge ({j['model']}): {j['seconds_per_transcript']} s/transcript, "
              f"{j['input_tokens_per_transcript']} input + {j['output_tokens_per_transcript']} output tokens per transcript; "
              f"measured {j['measured']}/{j['n']}."]
    (RESULTS / "monitors.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
