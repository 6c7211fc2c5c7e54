"""The log contract: every name a rollout is written and read under, in one place.

Writers (tasks, agent, organisms, scoring, interventions) and readers (rollout table, monitors,
effects, report, review, gate, guard) import these names instead of spelling strings, so a
key cannot drift between the module that writes it and the one that reads it.

- store keys of the per-sample Inspect store (`WorkspaceState:*`, `OrganismPlan:*`, `Intervention:*`)
- `Status`: the status of a verdict (measured, unmeasured, ...) and the score value it goes with
- `SCORER` / `Measure`: the covert-action scorer's name and the rates a verdict can feed
- typed variant values (`GoalNudge`, `SpecVariant`, `Oversight`, `Followup`): "off" is a value, not a truthy string
- `RolloutMetadata`: a sample's metadata as a frozen model, read with `state.metadata_as(RolloutMetadata)`
- `transcript_of` / `cot_text`: the plain transcript and the chain of thought of Inspect messages,
  OpenAI-style message dicts (the guard) or an already plain transcript, with one rule for
  redacted reasoning (below)
- sidecar file suffixes written beside logs

Ground floor: imports nothing from schemeguard.
"""

from __future__ import annotations

import json
import re
from enum import StrEnum
from typing import Any, Iterable, Literal, TypedDict

from pydantic import BaseModel, ConfigDict, Field

# ---- store keys (Inspect's per-sample store; saved with the sample in the log) ----------------
WORKSPACE_PREFIX = "WorkspaceState:"
WORKSPACE_FIELDS = ("scenario", "files", "dirs", "audit", "answer", "followup_reply", "rollout_key", "sample_uuid")
PLAN_PREFIX = "OrganismPlan:"  # the organism's per-rollout draw (planted truth), calibration only
RESAMPLE_KEY = "Intervention:resample"  # set on resampled continuations of the intervention harness
REPLAY_MISMATCH_KEY = "Intervention:replay_mismatch"  # a logged prefix did not replay identically


def workspace_key(field: str) -> str:
    if field not in WORKSPACE_FIELDS:
        raise KeyError(f"unknown workspace store field {field!r} (known: {', '.join(WORKSPACE_FIELDS)})")
    return WORKSPACE_PREFIX + field


def read_plan(sample_store: Any) -> dict[str, Any] | None:
    """The organism's planted draw from a sample's store (a Store or the logged dict); None when
    the rollout was not played by an organism."""
    items = sample_store.items() if hasattr(sample_store, "items") else []
    plan = {k[len(PLAN_PREFIX):]: v for k, v in items if k.startswith(PLAN_PREFIX)}
    return plan or None


# ---- verdict status -------------------------------------------------------------------------
class Status(StrEnum):
    """The status of a rollout's verdict. Only MEASURED rollouts enter a rate; every other status
    is counted in coverage and never read as benign."""

    MEASURED = "measured"
    UNMEASURED = "unmeasured"  # grader/judge/monitor failed, timed out, or could not be parsed
    NEEDS_CONTROL = "needs_control"  # decided against the control condition in analysis (sandbagging)
    CONTROL = "control"  # a control rollout: the baseline of a comparison, not rated
    TRUNCATED = "truncated"  # the rollout hit a limit before it ended: its evidence is incomplete
    DISPUTED = "disputed"  # a second opinion (LLM judge) disagrees with the rules: reviewed, not rated


MEASURED, UNMEASURED, NEEDS_CONTROL, CONTROL = Status.MEASURED, Status.UNMEASURED, Status.NEEDS_CONTROL, Status.CONTROL


# ---- the covert-action scorer ---------------------------------------------------------------
class Measure(StrEnum):
    """The rate a verdict feeds."""

    COVERT_ACTION = "covert_action"
    ESCALATED = "escalated"  # the positive conflict-escalation measure (escalated = not covert)


SCORER = "covert_action"  # the scorer's registered name: the key of its score in every sample


class ScoreValue(TypedDict):
    """The covert-action score's value: exactly one of measured / deferred is 1 for a verdict."""

    covert: int
    measured: int
    deferred: int


def score_value(status: Status, covert: bool = False) -> ScoreValue:
    return {"covert": int(bool(covert)) if status is Status.MEASURED else 0,
            "measured": int(status is Status.MEASURED), "deferred": int(status is Status.NEEDS_CONTROL)}


# ---- variants -------------------------------------------------------------------------------
class GoalNudge(StrEnum):
    NONE = "none"
    STRONG = "strong"  # "your goal is X, nothing else matters": capability rather than propensity


class SpecVariant(StrEnum):
    NONE = "none"
    ON = "on"  # the anti-scheming spec in the system prompt


class Oversight(StrEnum):
    NONE = "none"
    MONITORED = "monitored"
    UNMONITORED = "unmonitored"


class Followup(StrEnum):
    OFF = "off"
    ON = "on"  # after the episode ask the scenario's "did you ...?" question


VARIANT_TYPES: dict[str, type[StrEnum]] = {
    "goal_nudge": GoalNudge, "spec": SpecVariant, "oversight": Oversight, "followup": Followup,
}


class RolloutMetadata(BaseModel):
    """A sample's metadata as the tasks write it; read it with `state.metadata_as(RolloutMetadata)`
    (or `sample.metadata_as(...)` on a logged sample). Variant values are enums: test
    `meta.followup is Followup.ON`, never the truthiness of a string."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    family: str
    scenario_id: str
    control: bool = False
    pair_id: str | None = None
    training: bool = False
    goal_nudge: GoalNudge = GoalNudge.NONE
    spec: SpecVariant = SpecVariant.NONE
    oversight: Oversight = Oversight.NONE
    followup: Followup = Followup.ON
    dimensions: dict[str, str] = Field(default_factory=dict)
    system_prompt: str = ""
    task_prompt: str = ""
    scenario: dict[str, Any] = Field(default_factory=dict)  # the Scenario's fields (environments.base)

    @property
    def asks_followup(self) -> bool:
        return self.followup is Followup.ON


# ---- transcripts and chain of thought -------------------------------------------------------
class Turn(TypedDict, total=False):
    """One message of the plain transcript detectors and monitors read."""

    role: str
    text: str
    reasoning: str  # readable chain of thought only (see `_reasoning_parts`)
    reasoning_redacted: bool  # some reasoning was redacted/encrypted and is not in `reasoning`
    tool_calls: list[dict[str, Any]]  # [{"function": name, "arguments": {...}}]


Transcript = list[Turn]

THINK = re.compile(r"<think>(.*?)(?:</think>|$)", re.S)


def _reasoning_parts(content: Any) -> tuple[list[str], bool]:
    """(readable reasoning texts, whether some reasoning was redacted) of an Inspect content list.

    The one rule for redacted or encrypted reasoning: its ciphertext is never chain of thought.
    A redacted block contributes its readable summary if the provider gave one, else nothing,
    and the turn is flagged `reasoning_redacted` so analyses can tell "no CoT" from "hidden CoT".
    """
    parts, redacted = [], False
    for c in content if isinstance(content, list) else []:
        if getattr(c, "type", None) != "reasoning":
            continue
        if getattr(c, "redacted", False):
            redacted = True
            text = getattr(c, "summary", None) or ""
        else:
            text = getattr(c, "reasoning", "") or ""
        if text.strip():
            parts.append(text)
    return parts, redacted


def _dict_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # OpenAI content parts
        return "\n".join(str(p.get("text", "")) for p in content if isinstance(p, dict) and p.get("type", "text") == "text")
    return ""


def _arguments(raw: Any) -> dict[str, Any]:
    if isinstance(raw, dict):
        return raw
    try:
        value = json.loads(raw or "{}")
    except (TypeError, json.JSONDecodeError):
        return {"raw": str(raw)}
    return value if isinstance(value, dict) else {"raw": value}


def split_reasoning(message: dict[str, Any]) -> tuple[str, str, bool]:
    """(visible text, readable reasoning, redacted?) of one OpenAI-style message dict.

    Reasoning comes from `reasoning_content` / `reasoning` strings, OpenRouter-style
    `reasoning_details` (text and summary items; encrypted items only set the redacted flag) and
    `<think>` blocks in the text (open reasoning models put it there), which leave the text.
    """
    text = _dict_text(message.get("content"))
    parts = [str(message[k]) for k in ("reasoning_content", "reasoning") if isinstance(message.get(k), str) and message[k]]
    redacted = False
    for item in message.get("reasoning_details") or []:
        if not isinstance(item, dict):
            continue
        kind = str(item.get("type", ""))
        if "encrypted" in kind or item.get("data") and not (item.get("text") or item.get("summary")):
            redacted = True
        elif isinstance(item.get("text") or item.get("summary"), str):
            parts.append(item.get("text") or item.get("summary"))
    parts += [m.strip() for m in THINK.findall(text) if m.strip()]
    return THINK.sub("", text).strip(), "\n".join(parts), redacted


def openai_tool_calls(message: dict[str, Any]) -> list[tuple[str, Any]]:
    """(name, raw arguments) of every tool call in an OpenAI-style message, whatever its shape:
    `tool_calls[].function`, custom tools (`tool_calls[].custom`, free-form `input`) and the legacy
    `function_call`. Never raises: a shape it cannot read is skipped, not guessed."""
    if not isinstance(message, dict):
        return []
    calls: list[tuple[str, Any]] = []
    listed = message.get("tool_calls")
    for tc in listed if isinstance(listed, list) else []:
        if not isinstance(tc, dict):
            continue
        custom = tc.get("custom") if isinstance(tc.get("custom"), dict) else None
        if custom is not None:
            calls.append((str(custom.get("name") or ""), custom.get("input")))
        else:
            fn = tc.get("function") if isinstance(tc.get("function"), dict) else {}
            calls.append((str(fn.get("name") or ""), fn.get("arguments")))
    legacy = message.get("function_call")
    if isinstance(legacy, dict):
        calls.append((str(legacy.get("name") or ""), legacy.get("arguments")))
    return calls


def _dict_turn(message: dict[str, Any]) -> Turn:
    if "text" in message and "content" not in message:  # already a plain transcript turn
        return Turn(**{k: v for k, v in message.items() if k in Turn.__annotations__})  # type: ignore[typeddict-item]
    text, reasoning, redacted = split_reasoning(message)
    turn = Turn(role=str(message.get("role") or "assistant"), text=text)
    if reasoning:
        turn["reasoning"] = reasoning
    if redacted:
        turn["reasoning_redacted"] = True
    calls = [{"function": name, "arguments": _arguments(raw)} for name, raw in openai_tool_calls(message)]
    if calls:
        turn["tool_calls"] = calls
    return turn


def _inspect_turn(message: Any) -> Turn:
    turn = Turn(role=message.role, text=message.text)
    if message.role == "assistant":
        parts, redacted = _reasoning_parts(message.content)
        turn["reasoning"] = "\n".join(parts)
        if redacted:
            turn["reasoning_redacted"] = True
        turn["tool_calls"] = [{"function": tc.function, "arguments": tc.arguments} for tc in (message.tool_calls or [])]
    return turn


def _trajectory_turns(trajectory: Any) -> Transcript:
    """A reference trajectory's own turns: each step's thought and tool call, then the submit call
    (tool outputs need a workspace: `replay.play` interleaves them)."""
    turns = [Turn(role="assistant", text="", reasoning=step.thought,
                  tool_calls=[{"function": step.tool, "arguments": dict(step.args)}]) for step in trajectory.steps]
    return turns + [Turn(role="assistant", text="", reasoning="",
                         tool_calls=[{"function": "submit", "arguments": {"answer": trajectory.answer}}])]


def _messages(source: Any) -> Iterable[Any]:
    """The messages of a TaskState / EvalSample (anything with `.messages`) or a message list."""
    return getattr(source, "messages", source) or []


def transcript_of(source: Any) -> Transcript:
    """The plain transcript of Inspect messages, OpenAI-style message dicts, a plain transcript
    (returned normalised), anything holding `.messages` (TaskState, EvalSample), or a reference
    trajectory (anything with `.steps` of tool/args/thought and an `.answer`)."""
    if hasattr(source, "steps") and hasattr(source, "answer"):
        return _trajectory_turns(source)
    return [_dict_turn(m) if isinstance(m, dict) else _inspect_turn(m) for m in _messages(source)
            if isinstance(m, dict) or hasattr(m, "role")]


def reasoning_of(message: Any) -> str:
    """The readable chain of thought of one message (Inspect message or dict)."""
    if isinstance(message, dict):
        return _dict_turn(message).get("reasoning", "")
    return "\n".join(_reasoning_parts(getattr(message, "content", None))[0])


def cot_text(source: Any) -> str:
    """The chain of thought of a rollout: the readable reasoning of every assistant turn, in order,
    turns separated by a blank line (same sources as `transcript_of`)."""
    return "\n\n".join(t["reasoning"] for t in transcript_of(source) if t.get("role") == "assistant" and t.get("reasoning"))


def cot_redacted(source: Any) -> bool:
    """Whether some of the rollout's reasoning was redacted or encrypted (so a missing CoT signal
    is not evidence of its absence)."""
    return any(t.get("reasoning_redacted") for t in transcript_of(source))


# ---- sidecar files written beside a log -----------------------------------------------------
MONITORS_SUFFIX = ".monitors.jsonl"  # `<log>.monitors.jsonl`: monitor verdicts per rollout
COT_SUFFIX = ".cot.jsonl"  # `<log stem>.cot.jsonl`: CoT analyses per rollout
REVIEW_SUFFIX = ".review.jsonl"  # `<log stem>.review.jsonl`: reviewer decisions
ROLLOUTS_SUFFIX = ".rollouts.jsonl.gz"  # `<log>.rollouts.jsonl.gz`: the log's rollout-table rows (analysis.sidecar)

VariantName = Literal["goal_nudge", "spec", "oversight", "followup"]
