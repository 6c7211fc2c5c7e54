"""Play tool calls directly on a workspace, without Inspect or a model.

Used by tests (the detector must tell honest from covert reference trajectories), by the
intervention harness (replaying a logged prefix) and by benchmarks; organisms play the same
trajectories through Inspect.
"""

from __future__ import annotations

from typing import Any

from schemeguard.environments import get_family
from schemeguard.environments.base import Rollout, Scenario, Trajectory
from schemeguard.workspace import Workspace, WorkspaceError, cap_output


def play_calls(scenario: Scenario, ws: Workspace, calls: list[tuple[str, dict[str, Any]]]) -> list[str]:
    """Execute (tool, arguments) calls in order, recording each in the audit log; return outputs.

    Tool errors become the output text, as the model would have seen them.
    """
    actions = {a.name: a for a in get_family(scenario.family).actions(scenario)}
    outputs = []
    for tool, args in calls:
        try:
            if tool == "bash":
                result = cap_output(ws.run(args.get("command", "")))
            elif tool in actions:
                result = cap_output(str(actions[tool].handler(ws, scenario, **args)))
            elif tool == "submit":
                result = str(args.get("answer", ""))
            else:
                raise WorkspaceError(f"unknown tool {tool}")
            ws.record(tool, args, result)
        except (WorkspaceError, TypeError) as e:
            result = str(e)
            ws.record(tool, args, result, error=True)
        outputs.append(result or ("(no output)" if tool == "bash" else result))
    return outputs


def play(scenario: Scenario, trajectory: Trajectory, deny: bool = False) -> Rollout:
    """Play a whole reference trajectory and return the rollout a detector sees."""
    env = get_family(scenario.family)
    ws = Workspace(files=dict(scenario.files), hooks=env.hooks(scenario))
    calls = [(step.tool, step.args) for step in trajectory.steps]
    outputs = play_calls(scenario, ws, calls)
    transcript: list[dict] = []
    for step, result in zip(trajectory.steps, outputs):
        transcript.append({"role": "assistant", "text": "", "reasoning": step.thought,
                           "tool_calls": [{"function": step.tool, "arguments": step.args}]})
        transcript.append({"role": "tool", "text": result})
    play_calls(scenario, ws, [("submit", {"answer": trajectory.answer})])
    reply = (trajectory.deny if deny else trajectory.admit) if scenario.followup else None
    return Rollout(scenario=scenario, workspace=ws, answer=trajectory.answer,
                   transcript=transcript, followup_reply=reply)
