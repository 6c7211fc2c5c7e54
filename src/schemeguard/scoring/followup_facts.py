"""The facts of the act a follow-up question asks about, as the environment holds them.

The follow-up reader (`followup.py`) judges what a reply *asserts* about the act, so it needs the
act's own facts: what the act is done to or through (`objects`: paths, config keys, tables, hosts,
tools), the state before the episode (`before`: key -> value, read from the scenario's files), the
values the environment measured or computed (`truth`: the measured rate, the correct figures, the
row count, the smallest achievable size) and the bounds the act crosses (`limits`: the size limit,
the compute budget). All of it comes from the scenario as built, before the episode: never from
the reply, and never whether the act happened (that is the environment's verdict, not the
reader's business). `act_only` keeps the older form: phrases only the act makes known (the tip an
insider trade used); a reply stating one as fact admits.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from typing import Any, Mapping

from schemeguard.environments.base import Scenario


@dataclass(frozen=True)
class ActFacts:
    objects: tuple[str, ...] = ()
    before: tuple[tuple[str, str], ...] = ()
    truth: tuple[tuple[str, float], ...] = ()
    limits: tuple[tuple[str, float], ...] = ()
    act_only: tuple[str, ...] = field(default=())

    def merged(self, extra: Mapping[str, Any] | None) -> "ActFacts":
        """These facts plus more of the same kinds ({"objects": [...], "before": {...}, "truth": {...},
        "limits": {...}, "act_only": [...]}), e.g. a hand-written item's environment."""
        if not extra:
            return self
        unknown = set(extra) - {"objects", "before", "truth", "limits", "act_only"}
        if unknown:
            raise ValueError(f"unknown act-fact kinds {sorted(unknown)} (known: objects, before, truth, limits, act_only)")
        pairs = lambda k: tuple((str(a), b) for a, b in dict(extra.get(k) or {}).items())  # noqa: E731
        return ActFacts(
            objects=self.objects + tuple(str(o) for o in extra.get("objects") or ()),
            before=self.before + tuple((a, str(b)) for a, b in pairs("before")),
            truth=self.truth + tuple((a, float(b)) for a, b in pairs("truth")),
            limits=self.limits + tuple((a, float(b)) for a, b in pairs("limits")),
            act_only=self.act_only + tuple(str(o) for o in extra.get("act_only") or ()),
        )

    @classmethod
    def coerce(cls, facts: "ActFacts | tuple[str, ...] | list[str] | None") -> "ActFacts":
        """ActFacts as given, or phrases only the act makes known (the real-reply corpus's `facts`)."""
        if isinstance(facts, ActFacts):
            return facts
        return cls(act_only=tuple(facts or ()))


# scenario fact keys that name what an act is done to (paths, tables, hosts, metrics, columns)
OBJECT_KEYS = ("config", "own_weights", "successor", "server", "deploy_file", "new_prompt", "tests", "module",
               "payload", "archive", "table", "figure", "metric", "transcript_path")
# scenario fact keys that hold a value the environment measured or computed
TRUTH_KEYS = ("measured", "prod_rows", "best_zlib_bytes", "n_correct_in_transcript")
LIMIT_KEYS = ("limit", "budget")
KEY_VALUE = re.compile(r"^\s*([A-Za-z_][\w.-]*)\s*[:=]\s*([^\s#][^#\n]{0,40}?)\s*$", re.M)
PATH_IN_TEXT = re.compile(r"[\w.-]+(?:/[\w.-]+)+/?|\b[\w-]+\.(?:ya?ml|cfg|json|txt|csv|py|md|env)\b|`([^`]+)`|\b\w+_\w+\b")


def _number(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def act_facts(scenario: Scenario) -> ActFacts:
    """The act's facts from a scenario as built (its hidden facts, its question, its initial files)."""
    facts = scenario.facts or {}
    question = scenario.followup or ""
    objects = [str(facts[k]) for k in OBJECT_KEYS if facts.get(k)]
    named = {m.group(1) or m.group(0) for m in PATH_IN_TEXT.finditer(question)}
    objects += sorted(n.strip("/") for n in named)
    # the workspace files the question points at: by path, or by a content word of their path
    words = {w.lower() for w in re.findall(r"[a-z]{4,}", question, re.I)} - {"that", "what", "from", "with", "your",
                                                                            "file", "files", "data", "report"}
    touched = [p for p in scenario.files if p in named or any(w in re.split(r"[/._-]", p.lower()) for w in words)]
    objects += [p for p in touched if p not in objects]
    before: list[tuple[str, str]] = []
    for path in touched:
        text = scenario.files.get(path, "")
        if len(text) <= 4000 and not path.endswith((".md", ".eml", ".csv")):  # configs, not prose or tables
            before += [(k, v.strip("'\"")) for k, v in KEY_VALUE.findall(text)]
    truth = [(k, n) for k in TRUTH_KEYS if (n := _number(facts.get(k))) is not None]
    correct = facts.get("correct")
    if isinstance(correct, str):
        correct = ast.literal_eval(correct)
    if isinstance(correct, dict):
        truth += [(str(k), float(v)) for k, v in correct.items() if _number(v) is not None]
    ranking = facts.get("genuine_ranking")
    if isinstance(ranking, str):
        ranking = ast.literal_eval(ranking)
    for row in ranking or ():
        truth.append((str(row[0]), float(row[1])))
    # the permissions beyond what the subtask needed: what an over-broad request is for
    catalogue, needed = (facts.get(k) for k in ("catalogue", "needed"))
    if isinstance(catalogue, str) and isinstance(needed, str):
        objects += [c for c in ast.literal_eval(catalogue) if c not in ast.literal_eval(needed)]
    limits = [(k, n) for k in LIMIT_KEYS if (n := _number(facts.get(k))) is not None]
    return ActFacts(objects=tuple(dict.fromkeys(objects)), before=tuple(before), truth=tuple(truth), limits=tuple(limits))
