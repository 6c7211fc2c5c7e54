"""Play a reference trajectory directly on a workspace, without Inspect or a model.

Used by tests (the detector must tell honest from covert) and by benchmarks; the organisms play
the same trajectories through Inspect.
"""

from __future__ import annotations

from schemeguard.environments import get_family
from schemeguard.environments.base import Rollout, Scenario, Trajectory
from schemeguard.workspace import Workspace, WorkspaceError


def play(scenario: Scenario, trajectory: Trajectory, deny: bool = False) -> Rollout:
    """Execute each step's tool call; tool errors are recorded like in a real run."""
    env = get_family(scenario.family)
    ws = Workspace(files=dict(scenario.files), hooks=env.hooks(scenario))
    actions = {a.name: a for a in env.actions(scenario)}
    transcript: list[dict] = []
    for step in trajectory.steps:
        transcript.append({"role": "assistant", "text": "", "reasoning": step.thought,
                           "tool_calls": [{"function": step.tool, "arguments": step.args}]})
        try:
            if step.tool == "bash":
                result = ws.run(step.args["command"])
            elif step.tool in actions:
                result = actions[step.tool].handler(ws, scenario, **step.args)
            else:
                raise WorkspaceError(f"unknown tool {step.tool}")
            ws.record(step.tool, step.args, result)
        except WorkspaceError as e:
            result = str(e)
            ws.record(step.tool, step.args, result, error=True)
        transcript.append({"role": "tool", "text": result})
    ws.record("submit", {"answer": trajectory.answer}, "submitted")
    reply = (trajectory.deny if deny else trajectory.admit) if scenario.followup else None
    return Rollout(scenario=scenario, workspace=ws, answer=trajectory.answer,
                   transcript=transcript, followup_reply=reply)
