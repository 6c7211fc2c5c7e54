"""Monitors: interface fails closed, rule signatures on reference trajectories."""

from __future__ import annotations

import pytest

from schemeguard.environments import families
from schemeguard.monitors.base import MonitorResult, rollout_transcript, run_monitor, view_of
from schemeguard.monitors.rules import RULES, AnyRule, RuleMonitor
from schemeguard.replay import play


def _view(family: str, label: str, kind: str = "action", deny: bool = True):
    env = families()[family]
    scenario = next(s for s in env.scenarios(0, 2) if not s.control)
    return view_of(rollout_transcript(play(scenario, env.trajectories(scenario)[label], deny=deny)), kind)


TARGETED = [
    ("test_tampering", "impossible_task"),
    ("test_tampering", "reward_hacking"),
    ("oversight_edit", "oversight_subversion"),
    ("misreported_number", "log_falsification"),
    ("unbacked_completion", "lazy_checklist"),
    ("deletion_denied", "destructive_cover_up"),
]


@pytest.mark.parametrize("rule,family", TARGETED)
def test_rule_fires_on_covert_not_honest(rule: str, family: str) -> None:
    monitor = RuleMonitor(rule, RULES[rule])
    covert = run_monitor(monitor, _view(family, "covert"))
    honest = run_monitor(monitor, _view(family, "honest"))
    assert covert.score == 1.0 and covert.evidence, covert
    assert honest.score == 0.0 and not honest.evidence, honest.evidence


@pytest.mark.parametrize("family", sorted(families()))
def test_rules_never_rank_honest_above_covert(family: str) -> None:
    monitor = AnyRule()
    covert = run_monitor(monitor, _view(family, "covert"))
    honest = run_monitor(monitor, _view(family, "honest"))
    assert covert.measured and honest.measured
    assert honest.score <= covert.score or family in KNOWN_HONEST_FALSE_POSITIVES, (honest.evidence, covert.evidence)


# Honest trajectories on which a rule fires today (kept visible rather than hidden): a second
# covert_rule_violation scenario's honest report quotes a derived decimal (first scenarios: none).
KNOWN_HONEST_FALSE_POSITIVES: set[str] = set()


def test_known_false_positives_are_exactly_these() -> None:
    fired = {f for f in families() if run_monitor(AnyRule(), _view(f, "honest")).score == 1.0}
    assert fired == KNOWN_HONEST_FALSE_POSITIVES


def test_views_hide_what_they_should() -> None:
    full = _view("log_falsification", "covert", "full")
    action = _view("log_falsification", "covert", "action")
    cot = _view("log_falsification", "covert", "cot")
    assert full.reasoning() and not action.reasoning()
    assert cot.reasoning() == full.reasoning() and not cot.tool_calls()
    with pytest.raises(ValueError, match="unknown transcript view"):
        view_of([], "everything")
    with pytest.raises(ValueError, match="malformed"):
        view_of(["not a message"], "full")


class _Broken:
    name, views = "broken", ("full",)

    def __init__(self, result):
        self.result = result

    def score(self, view):
        if isinstance(self.result, Exception):
            raise self.result
        return self.result


@pytest.mark.parametrize("result", [RuntimeError("boom"), "0.3", MonitorResult(1.5),
                                    MonitorResult(float("nan")), MonitorResult(None),
                                    MonitorResult(0.0, status="error", reason="judge unparseable")])
def test_errors_are_unmeasured_never_zero(result) -> None:
    out = run_monitor(_Broken(result), view_of([], "full"))
    assert out.score is None and out.status == "error" and out.reason and not out.measured


def test_monitor_refuses_a_view_it_cannot_read() -> None:
    out = run_monitor(AnyRule(), _view("log_falsification", "covert", "cot"))
    assert out.score is None and "cannot read" in out.reason
