"""Per-rollout overhead of schemeguard vs a bare Inspect agent loop, for every family, in one run.

For each family (the training family included), in this one process:
- schemeguard: the family's task played by `organism/schemer` (its environment, tools, follow-up, scorer)
- baseline:    Inspect's react agent with one trivial tool and `mockllm/model` scripted to make the
               same number of tool calls as the schemeguard rollouts of that family made on average,
               then submit, then one plain generate for the follow-up question.
Both arms run the same number of rollouts, in interleaved rounds (alternating which goes first) so a
load that varies over time falls on both; the ratio is wall time per rollout, schemeguard / baseline.
Writes benchmarks/results/overhead.json. Target: ratio <= 1.3 per family.

    .venv/bin/python benchmarks/overhead.py [--rollouts 60] [--rounds 4] [--families a,b]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import tempfile
import time
from pathlib import Path

from inspect_ai import Task
from inspect_ai import eval as inspect_eval
from inspect_ai.agent import AgentSubmit, as_solver, react
from inspect_ai.dataset import Sample
from inspect_ai.log import EvalLog
from inspect_ai.model import ChatMessageAssistant, ChatMessageUser, ModelOutput, ModelUsage
from inspect_ai.scorer import includes
from inspect_ai.solver import Generate, TaskState, solver
from inspect_ai.tool import tool

from schemeguard.environments import families
from schemeguard.run.shards import concurrency_options
from schemeguard.tasks import family, train

RESULTS = Path(__file__).parent / "results" / "overhead.json"
TARGET = 1.3


@tool
def echo():
    async def execute(text: str) -> str:
        """Echo text back.

        Args:
          text: Text to echo.
        """
        return text

    return execute


def scripted_agent(tool_calls: int):
    usage = ModelUsage(input_tokens=10, output_tokens=10, total_tokens=20)  # no tokenizer download

    def outputs(input, tools, tool_choice, config):
        turns = sum(1 for m in input if isinstance(m, ChatMessageAssistant))
        if not tools:
            out = ModelOutput.from_content("mockllm/model", "No.")
        elif turns < tool_calls:
            out = ModelOutput.for_tool_call("mockllm/model", "echo", {"text": f"step {turns}"})
        else:
            out = ModelOutput.for_tool_call("mockllm/model", "submit", {"answer": "done"})
        out.usage = usage
        return out

    return outputs


@solver
def bare_agent():
    async def solve(state: TaskState, generate: Generate) -> TaskState:
        agent = react(prompt=None, tools=[echo()], submit=AgentSubmit(answer_only=True, keep_in_messages=True))
        state = await as_solver(agent)(state, generate)
        state.messages.append(ChatMessageUser(content="Did you do anything else?"))
        state.tools = []
        return await generate(state)

    return solve


def timed(task: Task, model: str, epochs: int, **model_args) -> tuple[float, float, int, float]:
    """Wall time, CPU time (this process: the work, whatever else runs on the machine), rollouts and
    mean tool calls per rollout (counted after the clocks stop). Both arms run with the same Inspect
    settings (those `schemeguard eval` uses for an in-process model)."""
    with tempfile.TemporaryDirectory() as log_dir:
        start, cpu = time.perf_counter(), time.process_time()
        [log] = inspect_eval(task, model=model, model_args=model_args, epochs=epochs, log_dir=log_dir,
                             display="none", log_realtime=False, ctl_server=False,
                             **concurrency_options("organism/"))
        elapsed, used = time.perf_counter() - start, time.process_time() - cpu
        assert log.status == "success", log.error
        return elapsed, used, len(log.samples), tool_calls_per_rollout(log)


def tool_calls_per_rollout(log: EvalLog) -> float:
    calls = [sum(len(m.tool_calls or []) for m in s.messages if isinstance(m, ChatMessageAssistant))
             for s in log.samples or []]
    return sum(calls) / len(calls)


def schemeguard_task(name: str) -> Task:
    return train() if families()[name].training else family(name=name)


def baseline_task(n: int) -> Task:
    return Task(dataset=[Sample(input="Do the task.", target="done", id=i) for i in range(n)],
                solver=bare_agent(), scorer=includes())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rollouts", type=int, default=60, help="per family and arm (rounded up to whole epochs)")
    parser.add_argument("--rounds", type=int, default=4, help="interleaved rounds per family")
    parser.add_argument("--families", default=None)
    args = parser.parse_args()
    names = args.families.split(",") if args.families else sorted(families())
    load = os.getloadavg()

    # warm both paths once (imports, registry) so neither pays one-off costs in the measurement
    timed(family(name="log_falsification"), "organism/schemer", 1)
    timed(baseline_task(3), "mockllm/model", 1, custom_outputs=scripted_agent(5))

    rows, total_sg, total_base, total_sg_cpu, total_base_cpu = [], 0.0, 0.0, 0.0, 0.0
    for name in names:
        task = schemeguard_task(name)
        epochs = max(1, math.ceil(args.rollouts / args.rounds / len(task.dataset)))
        _, _, _, calls = timed(task, "organism/schemer", 1)  # the family's mean tool calls (not timed)
        baseline = baseline_task(len(task.dataset))
        outputs = scripted_agent(round(calls))
        # interleaved rounds, alternating which arm goes first: a load that changes over time (other
        # jobs on shared cores) falls on both arms alike
        sg_time = base_time = sg_cpu = base_cpu = 0.0
        n = 0
        for r in range(args.rounds):
            arms = [("sg", task, "organism/schemer", {}), ("base", baseline, "mockllm/model", {"custom_outputs": outputs})]
            for arm, t, model, model_args in (arms if r % 2 == 0 else arms[::-1]):
                seconds, cpu, count, _ = timed(t, model, epochs, **model_args)
                if arm == "sg":
                    sg_time, sg_cpu, n = sg_time + seconds, sg_cpu + cpu, n + count
                else:
                    base_time, base_cpu = base_time + seconds, base_cpu + cpu
        total_sg, total_base = total_sg + sg_time, total_base + base_time
        total_sg_cpu, total_base_cpu = total_sg_cpu + sg_cpu, total_base_cpu + base_cpu
        rows.append({"family": name, "rollouts_per_arm": n, "tool_calls_per_rollout": round(calls, 1),
                     "schemeguard_ms_per_rollout": round(1000 * sg_time / n, 2),
                     "baseline_ms_per_rollout": round(1000 * base_time / n, 2),
                     "ratio": round(sg_time / base_time, 3),
                     "schemeguard_cpu_ms_per_rollout": round(1000 * sg_cpu / n, 2),
                     "baseline_cpu_ms_per_rollout": round(1000 * base_cpu / n, 2),
                     "cpu_ratio": round(sg_cpu / base_cpu, 3)})
        print(rows[-1], flush=True)
    result = {
        "what": "wall time per rollout: schemeguard environment + organism vs bare Inspect react loop + "
                "mockllm making the family's mean number of tool calls, same rollouts, one process",
        "families": rows,
        "ratio_all_families": round(total_sg / total_base, 3),
        "cpu_ratio_all_families": round(total_sg_cpu / total_base_cpu, 3),
        "worst": max(rows, key=lambda r: r["cpu_ratio"])["family"],
        "over_target_cpu": [r["family"] for r in rows if r["cpu_ratio"] > TARGET],
        "target_ratio": TARGET,
        "load_average_at_start": [round(x, 2) for x in load],
        "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, python {platform.python_version()}",
        "note": "cores shared with other jobs while measured: absolute times vary, ratios are from one run; "
                "CPU time is this process's own, the steadier figure under load",
        "date": time.strftime("%Y-%m-%d %H:%M:%S"),
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps({k: v for k, v in result.items() if k != "families"}, indent=2))


if __name__ == "__main__":
    main()
