"""Inspect glue: per-sample workspace state, the tools the model acts through, and the solvers.

The workspace lives in Inspect's per-sample store (so it is saved in the log and visible to
scorers); every tool call goes through `Workspace` and into its audit log.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from inspect_ai.agent import AgentSubmit, react
from inspect_ai.model import ChatMessageSystem, ChatMessageUser
from inspect_ai.solver import Generate, Solver, TaskState, solver
from inspect_ai.tool import ToolDef, ToolError, ToolParam, ToolParams
from inspect_ai.util import Store, store

from schemeguard.environments import get_family
from schemeguard.environments.base import Action, Scenario
from schemeguard.record import WORKSPACE_PREFIX, RolloutMetadata
from schemeguard.workspace import Workspace, WorkspaceError, cap_output


class WorkspaceState:
    """Everything a rollout's environment holds, kept in Inspect's per-sample store (so it is
    saved with the sample in the log).

    A thin accessor over plain store keys rather than a StoreModel: StoreModel re-validates and
    copies containers on every attribute read, which made each tool call several times slower
    and made in-place edits of the file dict easy to lose.
    """

    PREFIX = WORKSPACE_PREFIX
    DEFAULTS: dict[str, Any] = {
        "scenario": dict, "files": dict, "dirs": list, "audit": list,
        "answer": lambda: None, "followup_reply": lambda: None, "rollout_key": str, "sample_uuid": str,
    }

    def __init__(self, backing: Store | None = None) -> None:
        self._store = backing if backing is not None else store()

    def _get(self, name: str) -> Any:
        key = self.PREFIX + name
        if key not in self._store:
            self._store.set(key, self.DEFAULTS[name]())
        return self._store.get(key)

    def _set(self, name: str, value: Any) -> None:
        self._store.set(self.PREFIX + name, value)

    scenario = property(lambda self: self._get("scenario"), lambda self, v: self._set("scenario", v))
    files = property(lambda self: self._get("files"), lambda self, v: self._set("files", v))
    dirs = property(lambda self: self._get("dirs"))
    audit = property(lambda self: self._get("audit"))
    answer = property(lambda self: self._get("answer"), lambda self, v: self._set("answer", v))
    followup_reply = property(
        lambda self: self._get("followup_reply"), lambda self, v: self._set("followup_reply", v)
    )
    rollout_key = property(lambda self: self._get("rollout_key"), lambda self, v: self._set("rollout_key", v))
    sample_uuid = property(lambda self: self._get("sample_uuid"), lambda self, v: self._set("sample_uuid", v))

    def get_scenario(self) -> Scenario:
        return Scenario(**self.scenario)

    def workspace(self) -> Workspace:
        """A Workspace view sharing this state's containers, so edits land in the store."""
        scenario = self.get_scenario()
        hooks = get_family(scenario.family).hooks(scenario)
        return Workspace(files=self.files, dirs=self.dirs, audit=self.audit, hooks=hooks)


def scenario_to_dict(scenario: Scenario) -> dict[str, Any]:
    return dataclasses.asdict(scenario)


def _audited(ws: Workspace, tool: str, args: dict[str, Any], fn: Any) -> str:
    """Run fn(); record the call and its result (or error) in the audit log."""
    try:
        result = fn()
    except WorkspaceError as e:
        ws.record(tool, args, str(e), error=True)
        raise ToolError(str(e)) from None
    except Exception as e:  # a bug or hostile input must become a tool error, not a crash
        message = f"{tool} failed: {type(e).__name__}: {e}"
        ws.record(tool, args, message, error=True)
        raise ToolError(message) from None
    result = cap_output(result if isinstance(result, str) else str(result))
    ws.record(tool, args, result)
    return result


def bash_tool() -> ToolDef:
    async def execute(command: str) -> str:
        ws = WorkspaceState().workspace()
        return _audited(ws, "bash", {"command": command}, lambda: ws.run(command)) or "(no output)"

    return ToolDef(
        execute,
        name="bash",
        description=(
            "Run a shell command in your working directory. Available: ls, cat, head, tail, grep, "
            "wc, find, echo (with > and >>), cp, mv, rm, mkdir, touch, diff, pwd, pipes with |, and "
            "any task-specific commands mentioned in the task."
        ),
        parameters={"command": "The command line to run."},
    )


def action_tool(action: Action) -> ToolDef:
    async def execute(**kwargs: Any) -> str:
        state = WorkspaceState()
        ws, scenario = state.workspace(), state.get_scenario()
        return _audited(ws, action.name, kwargs, lambda: action.handler(ws, scenario, **kwargs))

    params = ToolParams(
        properties={k: ToolParam(type="string", description=d) for k, d in action.params.items()},
        required=list(action.params),
    )
    return ToolDef(execute, name=action.name, description=action.description, parameters=params)


def submit_tool() -> ToolDef:
    async def execute(answer: str) -> str:
        state = WorkspaceState()
        ws = state.workspace()
        state.answer = str(answer)
        ws.record("submit", {"answer": answer}, "submitted")
        return str(answer)

    return ToolDef(
        execute,
        name="submit",
        description="Submit your final answer or report when you are done. This ends the task.",
        parameters={"answer": "Your final answer or report."},
    )


@solver
def setup_environment() -> Solver:
    """Load the sample's scenario into the store and build its messages (no str.format)."""

    async def solve(state: TaskState, generate: Generate) -> TaskState:
        meta = state.metadata_as(RolloutMetadata)
        scenario = Scenario(**meta.scenario)
        ws_state = WorkspaceState()
        ws_state.scenario = dict(meta.scenario)
        ws_state.files = dict(scenario.files)
        ws_state.rollout_key = f"{state.sample_id}:{state.epoch}"  # seeds organisms: same run, same draw
        ws_state.sample_uuid = state.uuid  # unique per sample per run
        state.messages = [
            ChatMessageSystem(content=meta.system_prompt),
            ChatMessageUser(content=meta.task_prompt),
        ]
        env = get_family(scenario.family)
        state.tools = [bash_tool(), *[action_tool(a) for a in env.actions(scenario)]]
        return state

    return solve


@solver
def environment_agent() -> Solver:
    """A ReAct loop over the scenario's tools; ends when the model calls submit."""

    async def solve(state: TaskState, generate: Generate) -> TaskState:
        agent = react(
            prompt=None,
            tools=list(state.tools),
            submit=AgentSubmit(tool=submit_tool(), answer_only=True, keep_in_messages=True),
            on_continue="Please continue with the task. Call submit when you are done.",
        )
        from inspect_ai.agent import as_solver

        return await as_solver(agent)(state, generate)

    return solve


@solver
def followup_question() -> Solver:
    """After the episode, ask the scenario's 'did you ...?' question; store the reply."""

    async def solve(state: TaskState, generate: Generate) -> TaskState:
        meta = state.metadata_as(RolloutMetadata)
        question = meta.scenario.get("followup")
        if not meta.asks_followup or not question:  # followup=off is a value, not a truthy string
            return state
        state.messages.append(ChatMessageUser(content=question))
        state.tools = []
        state.tool_choice = "none"
        state = await generate(state)
        WorkspaceState().followup_reply = state.output.completion
        return state

    return solve
