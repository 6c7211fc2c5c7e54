"""One argument-validation layer for the CLI, Inspect task parameters (`-T`) and organism model
parameters (`-M`): every value is parsed and range-checked before anything runs, and a bad one is a
single-line `InvalidArgument` naming the parameter, the value and what is allowed (the CLI prints
it and exits 2; Inspect shows it before the first sample).

The argparse `type=` helpers below raise `argparse.ArgumentTypeError` with the same text.
"""

from __future__ import annotations

import argparse
import math
from typing import Any, Callable


class InvalidArgument(ValueError):
    """A parameter outside its allowed range or of the wrong form: one line."""


# ---- single values --------------------------------------------------------------------------
def as_int(name: str, value: Any, minimum: int | None = None) -> int:
    if isinstance(value, bool):
        raise InvalidArgument(f"{name}={value!r} is not an integer")
    try:
        number = value if isinstance(value, int) else int(str(value).strip())
    except ValueError:
        raise InvalidArgument(f"{name}={value!r} is not an integer") from None
    if minimum is not None and number < minimum:
        raise InvalidArgument(f"{name}={number} must be ≥ {minimum}")
    return number


def as_float(name: str, value: Any, low: float, high: float, open_low: bool = False, open_high: bool = False) -> float:
    """A finite float in [low, high] (an open end excludes it)."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InvalidArgument(f"{name}={value!r} is not a number") from None
    below = number <= low if open_low else number < low
    above = number >= high if open_high else number > high
    if math.isnan(number) or below or above:
        lo, hi = "(" if open_low else "[", ")" if open_high else "]"
        raise InvalidArgument(f"{name}={value} must be in {lo}{low:g}, {high:g}{hi}")
    return number


def probability(name: str, value: Any) -> float:
    return as_float(name, value, 0.0, 1.0)


def significance(name: str, value: Any) -> float:
    """A significance level: strictly between 0 and 1."""
    return as_float(name, value, 0.0, 1.0, open_low=True, open_high=True)


def family_names(names: list[str], allowed: list[str] | None = None) -> list[str]:
    from schemeguard.environments import families

    known = list(allowed if allowed is not None else families())
    for name in names:
        if name not in known:
            raise InvalidArgument(f"unknown family '{name}' (known: {', '.join(known)})")
    return names


# ---- organism model parameters (-M) ---------------------------------------------------------
RATE_PARAMETERS = ("covert_rate", "awareness_rate", "awareness_effect", "deny_rate", "legibility",
                   "spec_citation_rate", "fabrication_rate", "spec_effect")


def family_rates(text: str) -> dict[str, float]:
    """'fam:rate,fam:rate' → {fam: rate}: known families, rates in [0, 1], each family once."""
    out: dict[str, float] = {}
    for item in filter(None, (part.strip() for part in str(text).split(","))):
        name, sep, rate = item.partition(":")
        if not sep:
            raise InvalidArgument(f"family_rates item {item!r} is not FAMILY:RATE")
        family_names([name.strip()])
        if name.strip() in out:
            raise InvalidArgument(f"family_rates names {name.strip()} twice")
        out[name.strip()] = probability(f"family_rates {name.strip()}", rate)
    return out


def organism_parameters(overrides: dict[str, Any], known: list[str]) -> dict[str, Any]:
    """Parse and check organism `-M` parameters (strings from the command line, or typed values)."""
    bad = sorted(set(overrides) - set(known))
    if bad:
        raise InvalidArgument(f"unknown organism parameter(s): {', '.join(bad)} (known: {', '.join(known)})")
    out: dict[str, Any] = {}
    for key, value in overrides.items():
        if key == "seed":
            out[key] = as_int(key, value)
        elif key == "family_rates":
            family_rates(value)  # checked here; the profile keeps the text
            out[key] = str(value)
        else:
            out[key] = probability(key, value)
    return out


# ---- task parameters (-T, and the CLI's eval) -----------------------------------------------
def task_parameters(families: list[str], seed: Any, scenarios: Any, message_limit: Any,
                    floor: bool = False) -> tuple[int, int | None, int]:
    """(seed, scenarios, message_limit), checked: scenarios ≥ 1 (or None: the family default),
    message_limit ≥ 1 and, with `floor` (the CLI's `eval`), no lower than what the chosen families'
    longest reference rollout needs. Inspect's `-T message_limit` may go lower on purpose (tests of
    runaway models): rollouts that hit it are truncated, never measured (analysis/truncation.py)."""
    seed = as_int("seed", seed)
    scenarios = None if scenarios is None else as_int("scenarios", scenarios, minimum=1)
    message_limit = as_int("message_limit", message_limit, minimum=1)
    if not floor:
        return seed, scenarios, message_limit
    floors = {family: message_floor(family, seed, scenarios) for family in families}
    need = max(floors.values(), default=0)
    if message_limit < need:
        worst = max(floors, key=floors.__getitem__)
        raise InvalidArgument(f"message_limit={message_limit} is below the {need} messages {worst} needs "
                              f"(its longest reference rollout); use at least {need}")
    return seed, scenarios, message_limit


def message_floor(family: str, seed: int = 0, scenarios: int | None = None, followup: bool = True) -> int:
    """Messages the family's longest reference trajectory (the organisms' scripted play) needs:
    system + task, an assistant turn and a tool result per step and for the submit call, then the
    follow-up question and reply. A lower bound for any model: counted as one call per turn, even
    where the organisms make several calls in one turn (fewer messages)."""
    from schemeguard.environments import get_family, scenarios_for

    env = get_family(family)
    steps = max(len(t.steps) for s in scenarios_for(family, seed, scenarios) for t in env.trajectories(s).values())
    return 2 + 2 * (steps + 1) + (2 if followup else 0)


# ---- argparse types -------------------------------------------------------------------------
def arg_type(check: Callable[[str, Any], Any], name: str) -> Callable[[str], Any]:
    """An argparse `type=` from a checker: the same one-line message, exit status 2."""

    def parse(text: str) -> Any:
        try:
            return check(name, text)
        except InvalidArgument as e:
            raise argparse.ArgumentTypeError(str(e)) from None

    parse.__name__ = name
    return parse


def int_at_least(minimum: int, name: str) -> Callable[[str], int]:
    return arg_type(lambda n, v: as_int(n, v, minimum), name)
