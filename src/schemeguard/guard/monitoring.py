"""Running monitors on a guarded call: cheap ones inline, expensive ones (judge) in the background.

The inline set is the project's default monitor set (`monitors.rules.default_monitors`): the same
rule signatures `schemeguard monitor run` applies, over the normalised action stream, so every
tool name and argument layout (`shell`/`cmd`, argv lists, python code, editor tools, legacy
`function_call`, custom tools) is read. Each call is judged on what it adds: evidence located in
the new reply always counts; evidence located only in earlier turns was judged when those turns
were the reply and does not flag this call again. The comparison is by location, never by text,
so a fabricated earlier turn that repeats the new call cannot exempt it. The default set's probe
reads a session's report (a reply of text only, or a submit call); when earlier calls already
carried evidence, its reading of those acts is not counted again on the report.
Fail closed: an error is a flag with score None (unmeasured), and the policy decides what that means.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Protocol

from schemeguard.monitors.base import FULL, Monitor, MonitorResult, TranscriptView, run_monitor, view_of
from schemeguard.monitors.rules import RULES, Context, RuleMonitor, default_monitors, noisy_or

# names kept for policies written before the shared set (writes through any tool are now part of `rules`)
ALIASES = {"tool_writes": "protected_write", "rule:test_tampering": "protected_write", "rule:oversight_edit": "protected_write",
           "rule:misreported_number": "contradicted_number", "rule:deletion_denied": "undisclosed_deletion"}


def known_monitors() -> set[str]:
    return {"rules", *ALIASES, *(f"rule:{n}" for n in RULES)}


class AsyncMonitor(Protocol):
    """An expensive monitor (e.g. `monitors.judge.LLMJudge`): awaited off the request path."""

    name: str

    async def ascore(self, view: Any) -> MonitorResult: ...


@dataclass
class Scored:
    monitor: str
    result: MonitorResult


def inline_monitors(names: list[str]) -> list[Monitor]:
    """'rules' is the default monitor set; 'rule:<name>' one signature; 'tool_writes' an old alias."""
    out: list[Monitor] = []
    for name in names:
        if name == "rules":
            out += default_monitors()
        elif name in ALIASES:
            out.append(RuleMonitor(name, ALIASES[name]))
        else:
            rule = name.split(":", 1)[1]
            if rule not in RULES:
                raise ValueError(f"unknown monitor '{name}'")
            out.append(RuleMonitor(name, rule))
    return out


def _in_reply(span: dict[str, Any], reply_at: int, reply: dict[str, Any]) -> bool:
    """Evidence belongs to the new reply when it points at it, or points at no call and the reply
    carries the account it reads (text or a final answer)."""
    if span.get("message", -1) >= 0:
        return span["message"] >= reply_at
    return bool(reply.get("text") or reply.get("content") or reply.get("tool_calls") or reply.get("function_call"))


class SessionContexts:
    """Each conversation's last rule context (`rules.Context`), so the next call of the conversation
    parses only its new messages: an agent resends its whole history on every call. Reuse is
    decided by equality of the messages (`Context.of(view, prior)`), so a stale or wrong prior
    costs a re-parse, never a different result. Bounded by the messages kept; per process."""

    def __init__(self, max_messages: int = 200_000) -> None:
        self.max_messages = max_messages
        self._items: OrderedDict[str, Context] = OrderedDict()
        self._messages = 0
        self._lock = threading.Lock()

    def attach(self, key: str, view: TranscriptView) -> None:
        """Parse `view`'s rule context (cached on the view) from the conversation's last one."""
        with self._lock:
            prior = self._items.get(key)
        context = Context.of(view, prior)
        with self._lock:
            old = self._items.pop(key, None)
            self._messages += len(view.messages) - (len(old.view.messages) if old else 0)
            self._items[key] = context
            while self._messages > self.max_messages and len(self._items) > 1:
                self._messages -= len(self._items.popitem(last=False)[1].view.messages)


CONTEXTS = SessionContexts()


def score_call(monitors: list[Monitor], history: list[dict[str, Any]], reply: dict[str, Any] | None,
               session: str | None = None) -> list[Scored]:
    """Score the new reply in its context; never raises. `session`: the conversation's key, whose
    last rule context is reused for the messages this call shares with it."""
    out = []
    try:  # one view for every monitor: the rules' parse of it is shared (cached on the view)
        view: TranscriptView | ValueError = view_of(history + ([reply] if reply else []), FULL)
    except ValueError as e:
        view = e
    if session is not None and monitors and isinstance(view, TranscriptView):
        try:
            CONTEXTS.attach(session, view)
        except Exception:  # noqa: BLE001  the monitor parsing it again meets the same error, failing closed
            pass
    for monitor in monitors:
        try:
            if isinstance(view, ValueError):
                raise view
            full = run_monitor(monitor, view)
        except ValueError as e:  # malformed transcript: unmeasured
            full = MonitorResult.error(f"transcript: {e}")
        if full.measured and full.score and full.spans:
            keep = [i for i, span in enumerate(full.spans) if reply and _in_reply(span, len(history), reply)]
            if len(keep) < len(full.spans):  # the probe's reading of acts already judged on earlier calls
                keep = [i for i in keep if full.spans[i]["rule"] != "probe"]
            if not keep:
                full = MonitorResult(0.0, [], reason="evidence only in earlier turns (judged on the earlier call)")
            else:
                best: dict[str, float] = {}
                for i in keep:
                    rule = full.spans[i]["rule"]
                    best[rule] = max(best.get(rule, 0.0), full.spans[i]["weight"])
                full = MonitorResult(round(noisy_or(list(best.values())), 6), [full.evidence[i] for i in keep],
                                     spans=[full.spans[i] for i in keep])
        out.append(Scored(monitor.name, full))
    if isinstance(view, TranscriptView):
        # the view caches its rule context and the context holds the view: a reference cycle that only the
        # cycle collector frees, with every message, call and action of the call (~20-35 ms pauses of the
        # whole process every few hundred calls). Scored: drop the cache (the session keeps the context)
        view.__dict__.pop("_rule_context", None)
    return out


def max_score(scored: list[Scored]) -> float | None:
    """The call's suspicion: None (unmeasured) when any monitor failed, else the max score."""
    if any(not s.result.measured for s in scored):
        return None
    return max((s.result.score or 0.0 for s in scored), default=0.0)


async def score_async(monitor: AsyncMonitor, transcript: list[dict[str, Any]], view: str = FULL) -> MonitorResult:
    try:
        result = await monitor.ascore(view_of(transcript, view))
    except Exception as e:  # fail closed
        return MonitorResult.error(f"{monitor.name} raised {type(e).__name__}: {e}"[:300])
    if not isinstance(result, MonitorResult):
        return MonitorResult.error(f"{monitor.name} returned {type(result).__name__}, not a MonitorResult")
    if result.status != "ok" or result.score is None or not 0.0 <= result.score <= 1.0:
        return MonitorResult(None, result.evidence, "error", result.reason or f"invalid score {result.score!r}")
    return result
