"""The one tool dispatcher: how a tool call (bash, a scenario action, submit) runs on a workspace.

The Inspect agent (`agent.py`), direct replay (`replay.py`: tests, the intervention harness,
benchmarks) and the detectors' evidence replay (`_evidence.replay_states`) all run calls through
`Dispatcher.call`, so a call behaves, fails and is audited the same way in a live run and in every
replay of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from schemeguard.environments.base import Action, Scenario
from schemeguard.workspace import Workspace, WorkspaceError, cap_output

BASH, SUBMIT = "bash", "submit"
NO_OUTPUT = "(no output)"  # what the model is shown for a shell command that printed nothing
SUBMITTED = "submitted"  # the audit result of a submit call


@dataclass(frozen=True)
class ToolResult:
    output: str  # capped output, or the error message the model is shown
    error: bool

    def shown(self, tool: str) -> str:
        """The text the model sees (a shell command that printed nothing says so)."""
        return NO_OUTPUT if tool == BASH and not self.output and not self.error else self.output


class Dispatcher:
    """Runs tool calls of one scenario on one workspace and records each in its audit log."""

    def __init__(self, scenario: Scenario, ws: Workspace, actions: Iterable[Action]) -> None:
        self.scenario, self.ws = scenario, ws
        self.actions = {a.name: a for a in actions}

    def knows(self, tool: Any) -> bool:
        return tool in (BASH, SUBMIT) or tool in self.actions

    def call(self, tool: str, args: dict[str, Any]) -> ToolResult:
        """Run one call and audit it. A tool's own failure (WorkspaceError) shows its message; any
        other exception (a bug, or hostile arguments such as an unexpected parameter) becomes a
        tool error naming it, never a crash of the run."""
        try:
            if tool == BASH:
                output = self.ws.run(args.get("command", ""))
            elif tool in self.actions:
                output = str(self.actions[tool].handler(self.ws, self.scenario, **args))
            elif tool == SUBMIT:
                output = SUBMITTED
            else:
                raise WorkspaceError(f"unknown tool {tool}")
        except WorkspaceError as e:
            return self._recorded(tool, args, str(e), error=True)
        except Exception as e:
            return self._recorded(tool, args, f"{tool} failed: {type(e).__name__}: {e}", error=True)
        return self._recorded(tool, args, cap_output(output if isinstance(output, str) else str(output)), error=False)

    def _recorded(self, tool: str, args: dict[str, Any], output: str, error: bool) -> ToolResult:
        self.ws.record(tool, args, output, error=error)
        return ToolResult(output, error)
