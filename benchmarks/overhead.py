"""Per-rollout overhead of a schemeguard environment vs a bare Inspect agent loop.

Both runs happen in this one process, with the same number of samples and model turns:
- schemeguard: `log_falsification` played by `organism/schemer` (5 tool calls + submit + follow-up)
- baseline:    Inspect's react agent with one trivial tool, `mockllm/model` scripted to make the
               same 5 tool calls + submit, then one plain generate for the follow-up.
Writes benchmarks/results/overhead.json. Target: ratio <= 1.3.

    .venv/bin/python benchmarks/overhead.py [--rollouts 300]
"""

from __future__ import annotations

import argparse
import json
import platform
import tempfile
import time
from pathlib import Path

from inspect_ai import Task
from inspect_ai import eval as inspect_eval
from inspect_ai.agent import AgentSubmit, as_solver, react
from inspect_ai.dataset import Sample
from inspect_ai.model import ChatMessageAssistant, ChatMessageUser, ModelOutput, ModelUsage
from inspect_ai.scorer import includes
from inspect_ai.solver import Generate, TaskState, solver
from inspect_ai.tool import tool

from schemeguard.tasks import family

TOOL_CALLS = 5
RESULTS = Path(__file__).parent / "results" / "overhead.json"


@tool
def echo():
    async def execute(text: str) -> str:
        """Echo text back.

        Args:
          text: Text to echo.
        """
        return text

    return execute


def scripted(input, tools, tool_choice, config):
    usage = ModelUsage(input_tokens=10, output_tokens=10, total_tokens=20)
    turns = sum(1 for m in input if isinstance(m, ChatMessageAssistant))
    if not tools:
        out = ModelOutput.from_content("mockllm/model", "No.")
    elif turns < TOOL_CALLS:
        out = ModelOutput.for_tool_call("mockllm/model", "echo", {"text": f"step {turns}"})
    else:
        out = ModelOutput.for_tool_call("mockllm/model", "submit", {"answer": "done"})
    out.usage = usage
    return out


@solver
def bare_agent():
    async def solve(state: TaskState, generate: Generate) -> TaskState:
        agent = react(prompt=None, tools=[echo()], submit=AgentSubmit(answer_only=True, keep_in_messages=True))
        state = await as_solver(agent)(state, generate)
        state.messages.append(ChatMessageUser(content="Did you do anything else?"))
        state.tools = []
        return await generate(state)

    return solve


def timed(task: Task, model: str, epochs: int, **model_args) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as log_dir:
        start = time.perf_counter()
        [log] = inspect_eval(
            task, model=model, model_args=model_args, epochs=epochs, log_dir=log_dir,
            display="none", log_realtime=False, ctl_server=False,
        )
        elapsed = time.perf_counter() - start
        assert log.status == "success", log.error
        return elapsed, len(log.samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rollouts", type=int, default=300)
    args = parser.parse_args()
    epochs = max(1, args.rollouts // 3)  # log_falsification has 3 scenarios by default

    # warm both paths once (imports, registry) so neither pays one-off costs in the measurement
    timed(family(name="log_falsification"), "organism/schemer", 1)
    baseline_task = Task(dataset=[Sample(input="Do the task.", target="done", id=i) for i in range(3)],
                         solver=bare_agent(), scorer=includes())
    timed(baseline_task, "mockllm/model", 1, custom_outputs=scripted)

    sg_time, sg_n = timed(family(name="log_falsification"), "organism/schemer", epochs)
    base_time, base_n = timed(baseline_task, "mockllm/model", epochs, custom_outputs=scripted)
    result = {
        "what": "wall time per rollout, schemeguard environment + organism vs bare Inspect react loop + mockllm",
        "turns_per_rollout": TOOL_CALLS + 2,
        "schemeguard_ms_per_rollout": round(1000 * sg_time / sg_n, 2),
        "baseline_ms_per_rollout": round(1000 * base_time / base_n, 2),
        "ratio": round((sg_time / sg_n) / (base_time / base_n), 3),
        "target_ratio": 1.3,
        "rollouts": {"schemeguard": sg_n, "baseline": base_n},
        "machine": f"{platform.machine()}, {platform.python_version()}",
        "date": time.strftime("%Y-%m-%d %H:%M:%S"),
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
