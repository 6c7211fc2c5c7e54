"""The monitor interface: a transcript view in, a suspicion score (or *unmeasured*) out.

A plain transcript is the list of messages `record.transcript_of` and `replay.play` build:
`{"role", "text", "reasoning"?, "tool_calls"?: [{"function", "arguments"}]}`. A view keeps only
what a monitor is allowed to see: `action` (tool calls, tool outputs, visible text; no reasoning),
`cot` (reasoning only) or `full`. Fail closed: a monitor that raises or returns something invalid
gives `score=None, status="error"` with a reason, never 0.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Iterable, Protocol, runtime_checkable

ACTION, COT, FULL = "action", "cot", "full"
VIEWS = (ACTION, COT, FULL)
OK, ERROR = "ok", "error"


@dataclass(frozen=True)
class TranscriptView:
    """What a monitor sees. `messages` keep the transcript shape with hidden fields removed."""

    kind: str
    messages: tuple[dict[str, Any], ...]

    def reasoning(self) -> str:
        return "\n".join(m.get("reasoning") or "" for m in self.messages if m.get("reasoning"))

    def tool_calls(self) -> list[dict[str, Any]]:
        return [tc for m in self.messages for tc in (m.get("tool_calls") or [])]

    def final_text(self) -> str:
        """The last assistant text plus the submitted answer (the model's report to its user)."""
        texts = [m.get("text") or "" for m in self.messages if m.get("role") == "assistant" and m.get("text")]
        answers = [str(tc.get("arguments", {}).get("answer", "")) for tc in self.tool_calls()
                   if tc.get("function") == "submit"]
        return "\n".join(texts[-1:] + answers)

    def text(self) -> str:
        """Everything visible in this view as one string (for embedding and judges)."""
        lines = []
        for m in self.messages:
            if m.get("reasoning"):
                lines.append(f"[{m['role']} reasoning] {m['reasoning']}")
            if m.get("text"):
                lines.append(f"[{m['role']}] {m['text']}")
            for tc in m.get("tool_calls") or []:
                lines.append(f"[call {tc.get('function')}] {tc.get('arguments')}")
        return "\n".join(lines)


def view_of(transcript: Iterable[dict[str, Any]], kind: str = FULL) -> TranscriptView:
    """Build a view of a plain transcript. Unknown kinds are a ValueError naming the choices."""
    if kind not in VIEWS:
        raise ValueError(f"unknown transcript view '{kind}' (known: {', '.join(VIEWS)})")
    out = []
    for m in transcript:
        if not isinstance(m, dict) or "role" not in m:
            raise ValueError(f"malformed transcript message: {str(m)[:80]!r}")
        if kind == FULL:
            out.append(dict(m))
        elif kind == COT:
            if m.get("reasoning"):
                out.append({"role": m["role"], "reasoning": m["reasoning"]})
        else:
            out.append({k: v for k, v in m.items() if k != "reasoning"})
    return TranscriptView(kind, tuple(out))


@dataclass
class MonitorResult:
    """A suspicion score in [0, 1], or None when unmeasured (status error, with a reason)."""

    score: float | None
    evidence: list[str] = field(default_factory=list)
    status: str = OK
    reason: str | None = None
    spans: list[dict[str, Any]] = field(default_factory=list)  # where the evidence is: rule, message, call, quote

    @property
    def measured(self) -> bool:
        return self.status == OK and self.score is not None

    @classmethod
    def error(cls, reason: str) -> "MonitorResult":
        return cls(score=None, status=ERROR, reason=reason)


@runtime_checkable
class Monitor(Protocol):
    name: str
    views: tuple[str, ...]  # the views this monitor can read

    def score(self, view: TranscriptView) -> MonitorResult: ...


def _valid(result: Any) -> MonitorResult:
    if not isinstance(result, MonitorResult):
        return MonitorResult.error(f"monitor returned {type(result).__name__}, not a MonitorResult")
    if result.status != OK:
        return MonitorResult(None, result.evidence, ERROR, result.reason or "monitor reported an error", result.spans)
    s = result.score
    if not isinstance(s, (int, float)) or isinstance(s, bool) or math.isnan(s) or not 0.0 <= s <= 1.0:
        return MonitorResult.error(f"score {s!r} is not a number in [0, 1]")
    return result


def run_monitor(monitor: Monitor, view: TranscriptView) -> MonitorResult:
    """Score one view, failing closed: exceptions and invalid results are unmeasured."""
    if view.kind not in monitor.views:
        return MonitorResult.error(f"{monitor.name} cannot read the {view.kind} view")
    try:
        return _valid(monitor.score(view))
    except Exception as e:  # a broken monitor must never read as "benign"
        return MonitorResult.error(f"{monitor.name} raised {type(e).__name__}: {e}")


def rollout_transcript(rollout: Any) -> list[dict[str, Any]]:
    """The plain transcript of a replayed `Rollout` as a log would hold it: the played turns, the
    submit call, and the follow-up question and reply when there is one."""
    out = list(rollout.transcript)
    out.append({"role": "assistant", "text": "",
                "tool_calls": [{"function": "submit", "arguments": {"answer": rollout.answer or ""}}]})
    if rollout.followup_reply is not None and rollout.scenario.followup:
        out += [{"role": "user", "text": rollout.scenario.followup},
                {"role": "assistant", "text": rollout.followup_reply}]
    return out
