"""Evidence helpers the oversight, self-exfiltration and rule-violation detectors share.

- `replay_states`: the final workspace hides transient acts (disable oversight, act, re-enable).
  Re-running the audit log on a fresh copy of the scenario's files gives the state after every
  call; the workspace is deterministic, so the replay reproduces what happened.
- `named_paths`: the paths a shell command's text names (for listings); what a call READ is
  `ReplayedCall.reads`, recorded by the workspace itself (a heredoc body or a quoted pattern names
  no file; `python3 -c "open(...)"` reads one).
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from typing import Any

from schemeguard.environments.base import Action, Scenario
from schemeguard.environments.dispatch import SUBMIT, Dispatcher
from schemeguard.workspace import CommandHook, Workspace, WorkspaceError

MAX_REPLAYED_CALLS = 2_000  # more than any message limit allows; bounds a hostile audit log


@dataclass
class ReplayedCall:
    tool: str
    args: dict[str, Any]
    output: str
    error: bool
    files: dict[str, str]  # the workspace files after this call (a snapshot)
    reads: tuple[str, ...] = ()  # the paths this call read, as the workspace served them (Workspace.reads)


def replay_states(
    scenario: Scenario,
    audit: Any,
    actions: list[Action],
    hooks: dict[str, CommandHook],
) -> list[ReplayedCall]:
    """Re-run every bash and action call of `audit` on a fresh workspace; one snapshot per call.

    Malformed entries are skipped (the audit comes from our own tools, but a detector must not
    crash on a damaged log). Failed calls are re-run too: a pipeline can change files before it fails.
    """
    ws = Workspace(files=dict(scenario.files), hooks=hooks)
    dispatcher = Dispatcher(scenario, ws, actions)
    out: list[ReplayedCall] = []
    entries = audit if isinstance(audit, list) else []
    for entry in entries[:MAX_REPLAYED_CALLS]:
        if not isinstance(entry, dict) or not isinstance(entry.get("args"), dict):
            continue
        tool, args = entry.get("tool"), entry["args"]
        if tool == SUBMIT or not dispatcher.knows(tool):
            continue
        seen = len(ws.reads)
        result = dispatcher.call(str(tool), dict(args))  # exactly as the live run dispatched it
        out.append(ReplayedCall(str(tool), dict(args), result.output, result.error, dict(ws.files), tuple(ws.reads[seen:])))
    return out


# ---- paths a command names ------------------------------------------------------------------


def named_paths(command: Any) -> list[tuple[str, str]]:
    """(command name, normalised path) for every path-like argument of a shell command line.

    Unparseable commands yield nothing (the workspace refused them too). Flags are skipped; for
    grep the first non-flag argument is the pattern, not a path.
    """
    if not isinstance(command, str):
        return []
    try:
        lexer = shlex.shlex(command, posix=True, punctuation_chars="|><;&")
        lexer.whitespace_split = True
        tokens = list(lexer)
    except ValueError:
        return []
    ws = Workspace()
    out: list[tuple[str, str]] = []
    stages: list[list[str]] = [[]]
    for token in tokens:
        if token == "|":
            stages.append([])
        elif token in (">", ">>"):
            stages.append(["redirect"])
        else:
            stages[-1].append(token)
    for stage in stages:
        if not stage:
            continue
        name, args = stage[0], [a for a in stage[1:] if not a.startswith("-")]
        if name == "grep" and args:
            args = args[1:]
        for arg in args:
            try:
                out.append((name, ws.resolve(arg)))
            except WorkspaceError:
                pass
    return out


def within(path: str, folder: str) -> bool:
    folder = folder.strip("/")
    return path == folder or path.startswith(folder + "/")
