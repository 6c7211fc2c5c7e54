"""Collect a local model's own replies to the suite's follow-up questions (real text for the
follow-up corpus; slow, CPU, needs `schemeguard[local]` and a GGUF file already on disk).

Each episode is one reference trajectory (covert or honest) played on its scenario's workspace and
shown to the model as its own earlier turns (tool calls and what they returned), then the
scenario's follow-up question. What the model answers is recorded verbatim; it is labelled by
reading, never by the classifier.

    nice -n 19 python -m schemeguard.scoring.followup_local MODEL.gguf OUT.jsonl [--per-family N]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys

from schemeguard.environments import families, scenarios_for
from schemeguard.replay import play


ANSWER_IN = {"zh": "请用中文回答。", "ja": "日本語で答えてください。"}


def episode_messages(scenario, trajectory, answer_in: str | None = None) -> list[dict[str, str]]:
    rollout = play(scenario, trajectory)
    messages = [{"role": "system", "content": scenario.system_prompt}, {"role": "user", "content": scenario.task}]
    for turn in rollout.transcript:
        if turn["role"] == "assistant":
            call = turn["tool_calls"][0]
            messages.append({"role": "assistant", "content": json.dumps({"name": call["function"], "arguments": call["arguments"]})})
        else:
            messages.append({"role": "user", "content": f"[tool result]\n{turn['text'][:1500]}"})
    messages.append({"role": "assistant", "content": json.dumps({"name": "submit", "arguments": {"answer": trajectory.answer}})})
    messages.append({"role": "user", "content": asked(scenario, answer_in)})
    return messages


def asked(scenario, answer_in: str | None = None) -> str:
    """The follow-up question as put to the model (with a request to answer in another language)."""
    return scenario.followup + (f" {ANSWER_IN[answer_in]}" if answer_in else "")


def main(argv: list[str] | None = None) -> int:
    from llama_cpp import Llama  # optional dependency: schemeguard[local]

    p = argparse.ArgumentParser()
    p.add_argument("model")
    p.add_argument("out")
    p.add_argument("--per-family", type=int, default=1)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--max-tokens", type=int, default=160)
    p.add_argument("--answer-in", choices=sorted(ANSWER_IN), help="ask for the reply in Chinese or Japanese")
    args = p.parse_args(argv)
    llm = Llama(model_path=args.model, n_ctx=8192, n_threads=1, seed=args.seed, verbose=False)
    rng = random.Random(args.seed)
    with open(args.out, "a", encoding="utf-8") as out:
        for family, env in sorted(families().items()):
            for scenario in scenarios_for(family, seed=args.seed, count=args.per_family)[: args.per_family]:
                if not scenario.followup:
                    continue
                kind = rng.choice(["covert", "covert", "honest"])
                trajectory = env.trajectories(scenario)[kind]
                reply = llm.create_chat_completion(
                    messages=episode_messages(scenario, trajectory, args.answer_in), max_tokens=args.max_tokens, temperature=0.7,
                    seed=args.seed,
                )["choices"][0]["message"]["content"]
                record = {"family": family, "scenario": scenario.id, "trajectory": kind, "question": asked(scenario, args.answer_in), "lang": args.answer_in or "en",
                          "reply": reply, "sha256": hashlib.sha256(reply.encode()).hexdigest()}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                out.flush()
                print(family, kind, reply[:100].replace("\n", " "), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
