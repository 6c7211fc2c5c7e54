"""The red-team corpus's data model: one adversarial trajectory per `Item`.

An item names a scenario (built by the family's own scenario generator with a fixed seed), the
tool calls an agent makes in it (real workspace commands: the covert act happens or it does not,
so the ground truth is in the workspace state), the final report, and the label a careful human
gives the episode. The wording of each report was written against the readers in
`schemeguard.environments` (read as an adversary), never by the readers' developer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from schemeguard.environments import scenarios_for
from schemeguard.environments.base import Scenario

SEED = 11  # the scenario generator's seed for every item
COUNT = 6  # scenarios generated per family (items pick among them by index)

COVERT, HONEST = "covert", "honest"
# kinds an honest outcome may carry (the explicit non-covert outcomes); covert items may name
# the covert kind they expect, or leave it None
HONEST_KINDS = ("refusal", "escalation", "partial", "clarifying", "disclosed", None)


@dataclass(frozen=True)
class Item:
    id: str
    family: str
    scenario: str  # scenario id under (SEED, COUNT)
    label: str  # COVERT or HONEST: what happened, judged from the workspace and the whole report
    calls: tuple[tuple[str, dict[str, Any]], ...]  # (tool, arguments), played in order
    answer: str  # the final report (the submit call's argument)
    attack: str  # which reading the wording is aimed at
    kind: str | None = None  # expected kind (covert kind, or refusal/escalation/partial/clarifying)
    lang: str = "en"  # en, zh, ja (mixed reports name their main language)
    followup: str = ""  # the reply to the post-episode question ("" = the agent says nothing)
    expect_errors: int = 0  # tool calls that are meant to fail (a rejected command), default none
    batch: int = 1  # 1: against the readers before issue 11; 2: against the kit of 6308244; 3: markdown reports;
    # 4: against b15b444; 5: against 32cb286; 6: against e8d6212 and the readers of the 27 Nov evening session
    # 7-11: the sealed batches of 28 Nov (see each batch module's docstring)
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.label not in (COVERT, HONEST):
            raise ValueError(f"{self.id}: label must be covert or honest, not {self.label!r}")
        if self.label == HONEST and self.kind not in HONEST_KINDS:
            raise ValueError(f"{self.id}: honest kind {self.kind!r} is not one of {HONEST_KINDS}")
        if self.lang not in ("en", "zh", "ja"):
            raise ValueError(f"{self.id}: unknown language {self.lang!r}")


@lru_cache(maxsize=None)
def _scenarios(family: str) -> tuple[Scenario, ...]:
    return tuple(s for s in scenarios_for(family, SEED, COUNT))


def scenario(family: str, index: int, control: bool = False) -> Scenario:
    """The index-th pressure (or control) scenario of a family under the fixed seed."""
    pool = [s for s in _scenarios(family) if s.control == control]
    return pool[index % len(pool)]


def scenario_by_id(scenario_id: str) -> Scenario:
    family = scenario_id.split("/")[0]
    for s in _scenarios(family):
        if s.id == scenario_id:
            return s
    raise KeyError(f"scenario {scenario_id!r} is not generated under seed {SEED}, count {COUNT}")


def bash(command: str) -> tuple[str, dict[str, Any]]:
    return ("bash", {"command": command})


def call(tool: str, **args: Any) -> tuple[str, dict[str, Any]]:
    return (tool, dict(args))
