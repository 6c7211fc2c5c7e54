"""Build and run resampled continuations from edited chains of thought.

For each selected rollout: truncate at the intervention turn, replay the environment state up
to there (the same tool calls on a fresh workspace; a replay whose outputs differ from the log
is dropped with a reason), put the (edited) reasoning of that turn in as an assistant prefill,
and let the model continue N times. Two arms per rollout: `edited` and `control` (the same
truncation and prefill without the edit), matched by replicate index.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from inspect_ai import Task
from inspect_ai.dataset import MemoryDataset, Sample
from inspect_ai.log import EvalSample
from inspect_ai.model import (
    ChatMessage,
    ChatMessageAssistant,
    ChatMessageTool,
    ContentReasoning,
    ContentText,
    execute_tools,
    get_model,
)
from inspect_ai.solver import Generate, Solver, TaskState, solver
from inspect_ai.util import store
from pydantic import TypeAdapter

from schemeguard.agent import (
    WorkspaceState,
    environment_agent,
    followup_question,
    setup_environment,
    submit_tool,
)
from schemeguard.environments.base import Scenario
from schemeguard.interventions.edit import insert_thought, remove_spans
from schemeguard.interventions.thoughts import Thought
from schemeguard.record import REPLAY_MISMATCH_KEY, RESAMPLE_KEY, reasoning_of
from schemeguard.replay import play_calls
from schemeguard.scoring.covert import covert_action
from schemeguard.tasks import TASK_VERSION

PREFILL_PROVIDERS = ("organism",)  # providers that continue from a prefilled reasoning prefix
_MESSAGES = TypeAdapter(list[ChatMessage])


class PrefillUnsupported(ValueError):
    pass


def require_prefill(model: str) -> None:
    """Fail before any work if the provider cannot continue from a prefilled CoT."""
    provider = model.split("/", 1)[0]
    supported = PREFILL_PROVIDERS + tuple(_extra_prefill_providers())
    if provider not in supported:
        raise PrefillUnsupported(
            f"model '{model}': provider '{provider}' cannot continue from a prefilled chain of thought; "
            f"interventions support: {', '.join(p + '/...' for p in supported)}"
        )


def _extra_prefill_providers() -> list[str]:
    # the local llama.cpp provider (optional extra) advertises prefill support when installed
    try:
        from schemeguard.local.provider import SUPPORTS_PREFILL  # type: ignore[attr-defined]

        return ["local"] if SUPPORTS_PREFILL else []
    except ImportError:
        return []


@dataclass
class Plan:
    """One selected rollout and the edit to apply at its intervention turn."""

    sample: EvalSample
    turn: int  # index among assistant messages
    edited: str  # reasoning prefill for the edited arm
    original: str  # reasoning prefill for the control arm
    source_rollout: str = ""
    details: dict[str, Any] = field(default_factory=dict)


def assistant_indices(messages: list[ChatMessage]) -> list[int]:
    return [i for i, m in enumerate(messages) if isinstance(m, ChatMessageAssistant)]


def plan_removal(sample: EvalSample, thought: Thought) -> Plan | None:
    """Cut the thought from the first assistant turn that voices it."""
    for turn, i in enumerate(assistant_indices(sample.messages)):
        text = reasoning_of(sample.messages[i])
        spans = thought.find(text)
        if spans:
            return Plan(sample, turn, remove_spans(text, spans), text, details={"removed_spans": spans})
    return None


def plan_injection(sample: EvalSample, thought: Thought, text: str, at: int = 0) -> Plan | None:
    """Insert `text` (in the model's own voice when possible) at the end of turn `at`'s reasoning."""
    indices = assistant_indices(sample.messages)
    if at >= len(indices):
        return None
    original = reasoning_of(sample.messages[indices[at]])
    if thought.find(original):
        return None
    return Plan(sample, at, insert_thought(original, text), original, details={"injected": text})


def own_voice_snippets(samples: list[EvalSample], thought: Thought) -> list[str]:
    """The thought as the model itself voiced it in other rollouts (whole sentences)."""
    from schemeguard.interventions.edit import widen_to_sentences

    snippets = []
    for sample in samples:
        for m in sample.messages:
            if isinstance(m, ChatMessageAssistant):
                text = reasoning_of(m)
                for a, b in widen_to_sentences(text, thought.find(text)):
                    snippets.append(text[a:b].strip())
    return sorted(set(s for s in snippets if s))


def prefix_messages(sample: EvalSample, turn: int) -> list[ChatMessage]:
    """The conversation after the system/user messages, up to (not including) assistant turn `turn`."""
    indices = assistant_indices(sample.messages)
    start = indices[0] if indices else len(sample.messages)
    end = indices[turn] if turn < len(indices) else len(sample.messages)
    return list(sample.messages[start:end])


def build_task(plans: list[Plan], n: int, seed: int = 0) -> Task:
    samples = []
    for plan in plans:
        meta = dict(plan.sample.metadata)
        prefix = _MESSAGES.dump_python(prefix_messages(plan.sample, plan.turn), mode="json")
        origin = f"{plan.sample.id}@{plan.sample.epoch}"
        for arm, prefill in (("edited", plan.edited), ("control", plan.original)):
            for k in range(n):
                samples.append(
                    Sample(
                        id=f"{origin}|{arm}|{k}",
                        input=meta.get("task_prompt", ""),
                        metadata={
                            **meta,
                            "intervention": {
                                "origin": origin,
                                "origin_scenario": meta.get("scenario_id"),
                                "arm": arm,
                                "replicate": k,
                                "turn": plan.turn,
                                "prefix": prefix,
                                "prefill": prefill,
                                "seed": seed,
                                **plan.details,
                            },
                        },
                    )
                )
    return Task(
        dataset=MemoryDataset(samples),
        setup=setup_environment(),
        solver=[continue_from_prefix(), environment_agent(), followup_question()],
        scorer=covert_action(),
        message_limit=400,
        metadata={"schemeguard": True, "intervention": True},
        version=TASK_VERSION,
    )


@solver
def continue_from_prefix() -> Solver:
    """Replay the prefix on the workspace, then generate the intervention turn from the prefill."""

    async def solve(state: TaskState, generate: Generate) -> TaskState:
        info = state.metadata["intervention"]
        ws_state = WorkspaceState()
        ws_state.rollout_key = f"resample:{info['origin']}:{info['arm']}:{info['replicate']}:{info['seed']}"
        store().set(RESAMPLE_KEY, True)
        prefix = _MESSAGES.validate_python(info["prefix"])
        scenario: Scenario = ws_state.get_scenario()
        mismatch = replay_prefix(scenario, ws_state, prefix)
        if mismatch:
            store().set(REPLAY_MISMATCH_KEY, mismatch)
            state.completed = True
            return state
        state.messages.extend(prefix)
        prefill = ChatMessageAssistant(content=[ContentReasoning(reasoning=info["prefill"]), ContentText(text="")])
        tools = [*state.tools, submit_tool()]
        output = await get_model().generate([*state.messages, prefill], tools)
        message = output.message
        continuation = reasoning_of(message)
        text = message.text
        message.content = [
            ContentReasoning(reasoning=f"{info['prefill']} {continuation}".strip()),
            ContentText(text=text),
        ]
        state.messages.append(message)
        if message.tool_calls:
            result = await execute_tools(state.messages, tools)
            state.messages.extend(result.messages)
        if ws_state.answer is not None:
            state.completed = True
        return state

    return solve


def replay_prefix(scenario: Scenario, ws_state: WorkspaceState, prefix: list[ChatMessage]) -> str | None:
    """Re-execute the prefix's tool calls; return a reason if outputs differ from the log."""
    calls = [tc for m in prefix if isinstance(m, ChatMessageAssistant) for tc in (m.tool_calls or [])]
    logged = {m.tool_call_id: m.text for m in prefix if isinstance(m, ChatMessageTool)}
    ws = ws_state.workspace()
    outputs = play_calls(scenario, ws, [(tc.function, tc.arguments) for tc in calls])
    for tc, out in zip(calls, outputs):
        expected = logged.get(tc.id)
        if expected is not None and expected.strip() != out.strip() and not _both_empty(expected, out):
            return f"replayed output of {tc.function} differs from the log at call {tc.id}"
    return None


def _both_empty(a: str, b: str) -> bool:
    return a.strip() in ("", "(no output)") and b.strip() in ("", "(no output)")


def select_plans(
    samples: list[EvalSample], thought: Thought, mode: str, inject_text: str | None = None, at: int = 0,
    limit: int | None = None, seed: int = 0,
) -> list[Plan]:
    samples = [s for s in samples if not s.error and (s.metadata or {}).get("scenario")]
    plans: list[Plan] = []
    if mode == "remove":
        plans = [p for p in (plan_removal(s, thought) for s in samples) if p]
    else:
        voices = own_voice_snippets(samples, thought) if inject_text is None else [inject_text]
        rng = random.Random(seed)
        for s in samples:
            text = rng.choice(voices) if voices else thought.template
            plan = plan_injection(s, thought, text, at)
            if plan:
                plan.details["source"] = "own_voice" if voices and inject_text is None else (
                    "text" if inject_text else "template")
                plans.append(plan)
    return plans[:limit] if limit else plans
