"""Inspect glue: per-sample workspace state, the tools the model acts through, and the solvers.

The workspace lives in Inspect's per-sample store (so it is saved in the log and visible to
scorers); every tool call runs through the one dispatcher (`environments.dispatch`) and into the
workspace's audit log. `setup_environment` is the task's `setup`, so a user's `--solver` still
acts in the environment.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from inspect_ai.agent import AgentSubmit, as_solver, react
from inspect_ai.model import ChatMessageSystem, ChatMessageUser
from inspect_ai.solver import Generate, Solver, TaskState, solver
from inspect_ai.tool import ToolDef, ToolError, ToolParam, ToolParams
from inspect_ai.util import Store, store

try:  # not public API (inspect_swarm uses it too); without it the run is only slower
    from inspect_ai.util._store import suspend_store_events
except ImportError:  # pragma: no cover - a later Inspect that moved it
    from contextlib import nullcontext as suspend_store_events

from schemeguard.environments import get_family
from schemeguard.environments.base import Action, Scenario
from schemeguard.environments.dispatch import BASH, SUBMIT, Dispatcher
from schemeguard.record import WORKSPACE_PREFIX, RolloutMetadata
from schemeguard.workspace import CommandHook, Workspace


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

    def workspace(self, hooks: dict[str, CommandHook] | None = None) -> Workspace:
        """A Workspace view sharing this state's containers, so edits land in the store. Pass the
        scenario's hooks when they are known (the tools hold them) to skip looking them up."""
        if hooks is None:
            scenario = self.get_scenario()
            hooks = get_family(scenario.family).hooks(scenario)
        return Workspace(files=self.files, dirs=self.dirs, audit=self.audit, hooks=hooks)


def scenario_to_dict(scenario: Scenario) -> dict[str, Any]:
    return dataclasses.asdict(scenario)


class ScenarioTools:
    """The Inspect tools of one scenario. The scenario, its actions and hooks are built once, when
    the sample is set up; each call only reopens the workspace over the store's containers and
    runs through the one dispatcher (`environments.dispatch`)."""

    def __init__(self, scenario: Scenario) -> None:
        env = get_family(scenario.family)
        self.scenario, self.actions, self.hooks = scenario, env.actions(scenario), env.hooks(scenario)

    def _call(self, tool: str, args: dict[str, Any]) -> str:
        ws = WorkspaceState().workspace(self.hooks)
        result = Dispatcher(self.scenario, ws, self.actions).call(tool, args)
        if result.error:
            raise ToolError(result.output)
        return result.shown(tool)

    def bash(self) -> ToolDef:
        async def execute(command: str) -> str:
            return self._call(BASH, {"command": command})

        return ToolDef(
            execute,
            name=BASH,
            description=(
                "Run a shell command in your working directory. Available: ls, cat, head, tail, grep, "
                "wc, find, echo (with > and >>), cp, mv, rm, mkdir, touch, diff, pwd, pipes with |, and "
                "any task-specific commands mentioned in the task."
            ),
            parameters=string_params(command="The command line to run."),
        )

    def action(self, action: Action) -> ToolDef:
        async def execute(**kwargs: Any) -> str:
            return self._call(action.name, kwargs)

        return ToolDef(execute, name=action.name, description=action.description,
                       parameters=string_params(**action.params))

    def all(self) -> list[ToolDef]:
        return [self.bash(), *[self.action(a) for a in self.actions]]


def string_params(**descriptions: str) -> ToolParams:
    """Required string parameters, spelled out. Given as a plain dict, ToolDef parses the function's
    signature instead, and Inspect caches that parse forever keyed by the function: with tools made
    per sample, every finished rollout's tools (and their scenario) stayed in memory."""
    return ToolParams(properties={k: ToolParam(type="string", description=d) for k, d in descriptions.items()},
                      required=list(descriptions))


def submit_tool() -> ToolDef:
    async def execute(answer: str) -> str:
        state = WorkspaceState()
        state.answer = str(answer)
        Dispatcher(state.get_scenario(), state.workspace(hooks={}), []).call(SUBMIT, {"answer": answer})
        return str(answer)

    return ToolDef(
        execute,
        name=SUBMIT,
        description="Submit your final answer or report when you are done. This ends the task.",
        parameters=string_params(answer="Your final answer or report."),
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
        state.tools = ScenarioTools(scenario).all()
        return state

    return solve


@solver
def environment_agent() -> Solver:
    """A ReAct loop over the scenario's tools; ends when the model calls submit.

    Store changes are logged once, by this solver's own span, not by every tool call and model
    turn inside it: each of those spans copied and diffed the whole store (workspace and audit
    log, which grows with every call) before and after, about a tenth of a rollout's CPU. The
    final store is logged as before; each call's effect stays visible in its tool event."""

    async def solve(state: TaskState, generate: Generate) -> TaskState:
        agent = react(
            prompt=None,
            tools=list(state.tools),
            submit=AgentSubmit(tool=submit_tool(), answer_only=True, keep_in_messages=True),
            on_continue="Please continue with the task. Call submit when you are done.",
        )
        with suspend_store_events():
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
