"""The default monitor set: the rule signatures, stacked with the trained stream probe.

One monitor (named `rules` for the guard policies written before the probe joined). On a view
with an action stream and an account (tool calls, then a report), its score is the shipped stack
(`stream_probe.Stack`): a logistic combination of the probe's logit and the rules' noisy-OR, with
the rules' evidence spans plus one `probe` span at the account. On anything else (a guarded call
that only makes tool calls, a plain chat reply) the probe has nothing to read and the score is the
rules' alone, so per-call cost in the guard stays that of the rules until the report arrives.
The score is the stack's probability (for ranking and benchmarks); the `probe` span's weight, which
the guard's per-call score is built from, is that probability only at or above the shipped
threshold (5% FPR on out-of-fold scores), else 0.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from schemeguard.monitors.base import ACTION, FULL, MonitorResult, TranscriptView
from schemeguard.monitors.rules import CONTRADICTED, SUBMIT_TOOLS, Context, _result, contradicted, evidence
from schemeguard.monitors.stream_probe import Shipped, features, has_account, shipped


def account_message(view: TranscriptView) -> int:
    """Index of the last assistant message carrying the report (text or a submit call)."""
    for i in range(len(view.messages) - 1, -1, -1):
        m = view.messages[i]
        if m.get("role") == "assistant" and (m.get("text") or m.get("tool_calls")):
            return i
    return -1


def probe_applies(view: TranscriptView) -> bool:
    """An action stream (a non-submit tool call) and an account to read."""
    return has_account(view) and any(c.name not in SUBMIT_TOOLS for c in Context.of(view).calls)


@dataclass
class DefaultSet:
    name: str = "rules"
    views: tuple[str, ...] = (ACTION, FULL)
    weights: dict[str, Shipped] | None = field(default=None, repr=False)  # None: the shipped weights

    def score(self, view: TranscriptView) -> MonitorResult:
        found = evidence(view)
        rules = _result(found)
        if not probe_applies(view):
            return rules
        s = (self.weights or shipped())[view.kind]
        tokens = features(view, found)
        p = round(s.stack.probability(s.probe.logit(tokens), rules.score or 0.0), 6)
        if contradicted(found):  # the audit contradicts what the report states: flagged whatever its words score
            p = max(p, CONTRADICTED)
        top = ", ".join(s.probe.top(tokens))
        # as evidence (what the guard's per-call score is built from) the stack counts only above its
        # calibrated threshold (5% FPR): an honest report's 0.3 must not raise the guard's alarms
        weight = p if p >= s.stack.threshold else 0.0
        span = {"rule": "probe", "weight": weight, "message": account_message(view), "call": -1, "quote": top}
        said = f"probe: {p:.2f} {'>=' if weight else '<'} {s.stack.threshold:.2f}" + (f" (tokens: {top})" if weight else ", not counted")
        return MonitorResult(p, rules.evidence + [said], spans=rules.spans + [span])  # evidence and spans stay aligned
