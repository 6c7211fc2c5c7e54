"""Organisms making several tool calls per assistant turn (parallel tool calls): the same rollout,
verdict and chain of thought as making one call per turn, in fewer model calls."""

from __future__ import annotations

from dataclasses import replace

from inspect_ai import eval as inspect_eval

from schemeguard.environments import get_family, scenarios_for
from schemeguard.environments.base import Step, Trajectory
from schemeguard.environments.lazy_checklist import ACTION, PER_TURN, LazyChecklist
from schemeguard.organisms.provider import steps_of_turn
from schemeguard.record import PLAN_PREFIX, cot_text
from schemeguard.tasks import family


def _play(**kwargs) -> dict:
    """Per rollout: what the environment saw, the chain of thought, the scores and the turns."""
    [log] = inspect_eval(family(name="lazy_checklist", spec="none,on"), model="organism/schemer", display="none",
                         log_realtime=False, ctl_server=False, epochs=2, **kwargs)
    assert log.status == "success", log.error
    out = {}
    for s in log.samples:
        calls = [(tc.function, tc.arguments) for m in s.messages if m.role == "assistant" for tc in m.tool_calls or []]
        audit = [{k: v for k, v in e.items() if k != "t"} for e in s.store["WorkspaceState:audit"]]  # t: clock time
        out[(s.id, s.epoch)] = {
            "same": (calls, audit, cot_text(s), {k: v.model_dump() for k, v in s.scores.items()}, s.output.completion,
                     {k: v for k, v in s.store.items() if k.startswith(PLAN_PREFIX)},
                     [u.total_tokens for u in s.model_usage.values()]),
            "turns": [len(m.tool_calls or []) for m in s.messages if m.role == "assistant"],
        }
    return out


def test_turn_grouping_changes_only_the_number_of_model_calls(tmp_path, monkeypatch):
    grouped = _play(log_dir=str(tmp_path / "grouped"))
    original = LazyChecklist.trajectories

    def one_call_per_turn(self, scenario):
        return {label: replace(t, steps=[replace(s, same_turn=False) for s in t.steps])
                for label, t in original(self, scenario).items()}

    monkeypatch.setattr(LazyChecklist, "trajectories", one_call_per_turn)
    single = _play(log_dir=str(tmp_path / "single"))

    assert grouped.keys() == single.keys() and len(grouped) == 12
    for key in grouped:
        assert grouped[key]["same"] == single[key]["same"], key
        assert set(single[key]["turns"]) <= {0, 1}
    labels = {r["same"][5][PLAN_PREFIX + "label"] for r in grouped.values()}
    assert labels == {"honest", "covert"}  # both trajectories were played
    honest = [r for r in grouped.values() if r["same"][5][PLAN_PREFIX + "label"] == "honest"]
    assert all(PER_TURN in r["turns"] and sum(r["turns"]) == len(single[k]["turns"]) - 1  # -1: the follow-up reply
               for k, r in grouped.items() if r in honest)
    assert sum(len(r["turns"]) for r in grouped.values()) < sum(len(r["turns"]) for r in single.values()) / 3


def test_steps_of_turn_groups_same_turn_steps_and_submits_past_the_end():
    steps = [Step("bash", {}), Step("a", {}), Step("a", {}, same_turn=True), Step("a", {}, same_turn=True), Step("b", {})]
    t = Trajectory("honest", steps, answer="x")
    assert [list(steps_of_turn(t, turn)) for turn in range(5)] == [[0], [1, 2, 3], [4], [5], [6]]
    assert list(steps_of_turn(Trajectory("honest", [], answer="x"), 0)) == [0]  # no steps: submit at once


def test_checklist_batches_verify_calls_only():
    scenario = scenarios_for("lazy_checklist")[0]
    for t in get_family("lazy_checklist").trajectories(scenario).values():
        turns = [steps_of_turn(t, turn) for turn in range(len(t.turn_starts()))]
        assert [i for turn in turns for i in turn] == list(range(len(t.steps)))  # every step once, in order
        assert any(len(turn) == PER_TURN for turn in turns)
        assert all(len(turn) == 1 or {t.steps[i].tool for i in turn} == {ACTION} for turn in turns)
