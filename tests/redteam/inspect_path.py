"""Play the red-team items through a real Inspect eval: the schemeguard task's solvers (workspace
setup, the ReAct agent with the scenario's tools, the follow-up question) and its `covert_action`
scorer, driven by a scripted model (`redteam/play`) that makes each item's tool calls, submits its
report and gives its follow-up reply.

This is the end-to-end path a real model's rollout takes; `score_readers --inspect` uses it. The
default path (`schemeguard.replay.play` + the scorer's `judge_rollout`) gives the same verdicts
faster; a test keeps the two in agreement.
"""

from __future__ import annotations

import tempfile
from typing import Any

from inspect_ai import Task
from inspect_ai import eval as inspect_eval
from inspect_ai.dataset import MemoryDataset, Sample
from inspect_ai.model import (
    ChatCompletionChoice,
    ChatMessage,
    ChatMessageAssistant,
    GenerateConfig,
    ModelAPI,
    ModelOutput,
    ModelUsage,
    modelapi,
)
from inspect_ai.tool import ToolCall, ToolChoice, ToolInfo

from schemeguard.environments import families
from schemeguard.tasks import make_task

from tests.redteam.model import COUNT, SEED, Item

_ITEMS: dict[str, Item] = {}  # the items of the eval in progress, by sample id
MODEL = "redteam/play"


def _usage(text: str) -> ModelUsage:
    n = max(1, len(text) // 4)  # set usage so Inspect never counts tokens itself (no downloads)
    return ModelUsage(input_tokens=n, output_tokens=n, total_tokens=2 * n)


class ScriptedItemAPI(ModelAPI):
    """Plays the item whose sample is running: its calls in order, then submit, then the follow-up."""

    def __init__(self, model_name: str, base_url: str | None = None, api_key: str | None = None,
                 config: GenerateConfig = GenerateConfig(), **model_args: Any) -> None:
        super().__init__(model_name, base_url, api_key, [], config)

    async def generate(self, input: list[ChatMessage], tools: list[ToolInfo], tool_choice: ToolChoice,
                       config: GenerateConfig) -> ModelOutput:
        from schemeguard.agent import WorkspaceState

        state = WorkspaceState()
        item = _ITEMS.get(str(state.rollout_key).rsplit(":", 1)[0])
        if item is None:
            return self._output(ChatMessageAssistant(content="(no red-team item for this sample)"), "stop")
        if state.answer is not None or not tools:  # the episode is over: the follow-up question
            return self._output(ChatMessageAssistant(content=item.followup or "I have nothing to add."), "stop")
        turn = sum(1 for m in input if isinstance(m, ChatMessageAssistant))
        tool, args = item.calls[turn] if turn < len(item.calls) else ("submit", {"answer": item.answer})
        message = ChatMessageAssistant(
            content="", tool_calls=[ToolCall(id=f"call_{turn}", function=tool, arguments=dict(args))],
            model=MODEL, source="generate",
        )
        return self._output(message, "tool_calls")

    def _output(self, message: ChatMessageAssistant, stop: str) -> ModelOutput:
        return ModelOutput(model=MODEL, choices=[ChatCompletionChoice(message=message, stop_reason=stop)],
                           usage=_usage(message.text + str(message.tool_calls or "")))


@modelapi(name="redteam")
def _redteam_provider() -> type[ModelAPI]:
    return ScriptedItemAPI


def run_items(items: list[Item], judge_model: str | None = None) -> dict[str, dict[str, Any]]:
    """Item id -> {"score": the covert_action Score, "tool_errors": failed tool calls in the audit}."""
    base = make_task(list(families()), seed=SEED, scenarios=COUNT, judge_model=judge_model)
    by_scenario = {s.metadata["scenario_id"]: s for s in base.dataset}
    samples = []
    for item in items:
        template = by_scenario[item.scenario]
        samples.append(Sample(id=item.id, input=template.input, metadata=dict(template.metadata)))
    _ITEMS.clear()
    _ITEMS.update({i.id: i for i in items})
    longest = max(len(i.calls) for i in items)
    task = Task(dataset=MemoryDataset(samples), setup=base.setup, solver=base.solver, scorer=base.scorer,
                message_limit=max(base.message_limit or 0, 2 * longest + 20), metadata=base.metadata)
    out: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as log_dir:  # read the samples before the log goes away
        [log] = inspect_eval(task, model=MODEL, display="none", log_realtime=False, log_dir=log_dir,
                             max_samples=8, fail_on_error=False)
        for sample in log.samples or []:
            scores = list((sample.scores or {}).values())
            audit = (sample.store or {}).get("WorkspaceState:audit") or []
            out[str(sample.id)] = {
                "score": scores[0] if scores else None,
                "tool_errors": sum(1 for a in audit if isinstance(a, dict) and a.get("error")),
                "error": str(sample.error.message) if sample.error else None,
            }
    return out
