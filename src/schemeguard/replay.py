"""Play tool calls directly on a workspace, without Inspect or a model.

Used by tests (the detector must tell honest from covert reference trajectories), by the
intervention harness (replaying a logged prefix) and by benchmarks; organisms play the same
trajectories through Inspect.
"""

from __future__ import annotations

from typing import Any

from schemeguard.environments import get_family
from schemeguard.environments.base import Rollout, Scenario, Trajectory
from schemeguard.environments.dispatch import SUBMIT, Dispatcher
from schemeguard.record import Transcript, Turn
from schemeguard.workspace import Workspace


def play_calls(scenario: Scenario, ws: Workspace, calls: list[tuple[str, dict[str, Any]]]) -> list[str]:
    """Execute (tool, arguments) calls in order through the one dispatcher (each recorded in the
    audit log); return what the model would have been shown, tool errors included."""
    dispatcher = Dispatcher(scenario, ws, get_family(scenario.family).actions(scenario))
    return [dispatcher.call(tool, args).shown(tool) for tool, args in calls]


def play(scenario: Scenario, trajectory: Trajectory, deny: bool = False) -> Rollout:
    """Play a whole reference trajectory and return the rollout a detector sees."""
    env = get_family(scenario.family)
    ws = Workspace(files=dict(scenario.files), hooks=env.hooks(scenario))
    calls = [(step.tool, step.args) for step in trajectory.steps]
    outputs = play_calls(scenario, ws, calls)
    transcript: Transcript = []
    for step, result in zip(trajectory.steps, outputs):
        transcript.append(Turn(role="assistant", text="", reasoning=step.thought,
                               tool_calls=[{"function": step.tool, "arguments": step.args}]))
        transcript.append(Turn(role="tool", text=result))
    play_calls(scenario, ws, [(SUBMIT, {"answer": trajectory.answer})])
    reply = (trajectory.deny if deny else trajectory.admit) if scenario.followup else None
    return Rollout(scenario=scenario, workspace=ws, answer=trajectory.answer,
                   transcript=transcript, followup_reply=reply)
