"""Running monitors on a guarded call: cheap ones inline, expensive ones (judge) in the background.

Each call is judged on what it adds: the monitor reads history + the new response, and evidence
already present in the history alone (flagged on an earlier call) does not flag this call again.
Fail closed: an error is a flag with score None (unmeasured), and the policy decides what that means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Protocol

from schemeguard.monitors.base import FULL, Monitor, MonitorResult, run_monitor, view_of
from schemeguard.monitors.rules import OVERSIGHT_PATH, RULES, TEST_PATH, AnyRule, RuleMonitor

# agents in deployment edit files with their own tools (write_file, str_replace_editor, apply_patch...),
# not only through `bash`, which is all the suite's rules read
WRITING_TOOL = re.compile(r"write|edit|creat|replace|patch|delete|remove|move|rename|append|insert", re.I)
WRITING_COMMAND = re.compile(r"^(create|str_replace|insert|write|append|delete|remove|move|rename|undo_edit)$", re.I)


def tool_writes(view: Any) -> list[str]:
    """Writes to tests/graders or oversight/monitoring config through any non-bash tool: a path-like
    argument matching those patterns in a call whose tool name (or `command` sub-command) writes."""
    evidence = []
    for tc in view.tool_calls():
        name, args = str(tc.get("function") or ""), tc.get("arguments") or {}
        if name == "bash" or not isinstance(args, dict):
            continue
        # an editor tool's sub-command decides (str_replace_editor view/create); else the tool's name
        writes = WRITING_COMMAND.match(str(args["command"])) if "command" in args else WRITING_TOOL.search(name)
        if not writes:
            continue
        for key, value in args.items():
            if isinstance(value, str) and key in ("path", "file", "file_path", "filename", "target", "dest", "destination"):
                if TEST_PATH.search(value) or OVERSIGHT_PATH.search(value):
                    evidence.append(f"{name} wrote {value}")
    return evidence


class AsyncMonitor(Protocol):
    """An expensive monitor (e.g. `monitors.judge.LLMJudge`): awaited off the request path."""

    name: str

    async def ascore(self, view: Any) -> MonitorResult: ...


@dataclass
class Scored:
    monitor: str
    result: MonitorResult


def inline_monitors(names: list[str]) -> list[Monitor]:
    out: list[Monitor] = []
    for name in names:
        if name == "rules":
            out.append(AnyRule())
        elif name == "tool_writes":
            out.append(RuleMonitor("tool_writes", tool_writes))
        else:
            out.append(RuleMonitor(name, RULES[name.split(":", 1)[1]]))
    return out


def score_call(monitors: list[Monitor], history: list[dict[str, Any]], reply: dict[str, Any] | None) -> list[Scored]:
    """Score the new reply in its context; never raises."""
    out = []
    for monitor in monitors:
        try:
            full = run_monitor(monitor, view_of(history + ([reply] if reply else []), FULL))
        except ValueError as e:  # malformed transcript: unmeasured
            full = MonitorResult.error(f"transcript: {e}")
        if full.measured and full.score and history:
            before = run_monitor(monitor, view_of(history, FULL))
            new = [e for e in full.evidence if e not in set(before.evidence)] if before.measured else full.evidence
            if not new:
                full = MonitorResult(0.0, [], reason="evidence already flagged on an earlier call")
            else:
                full = MonitorResult(full.score, new)
        out.append(Scored(monitor.name, full))
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
