"""Every variant value is honoured in what the model actually sees (read back from the log)."""

import pytest
from inspect_ai import eval as inspect_eval

from schemeguard.record import SCORER, Followup, GoalNudge, Oversight, RolloutMetadata, SpecVariant, workspace_key
from schemeguard.tasks import family
from schemeguard.spec import spec_text
from schemeguard.variants import OVERSIGHT_NOTES, BadVariant, Variant, expand_variants, parse_choice

FAMILY = "log_falsification"


@pytest.fixture(scope="module")
def crossed_log(tmp_path_factory):
    """One scenario under every combination of every variant value (2 x 2 x 3 x 2 = 24 rollouts)."""
    task = family(name=FAMILY, goal_nudge="all", spec="all", oversight="all", followup="all", scenarios=1)
    [log] = inspect_eval(task, model="organism/schemer", display="none", log_realtime=False, ctl_server=False,
                         log_dir=str(tmp_path_factory.mktemp("logs")))
    assert log.status == "success", log.error
    return log


def _system(sample) -> str:
    return next(m.text for m in sample.messages if m.role == "system")


def _first_user(sample) -> str:
    return next(m.text for m in sample.messages if m.role == "user")


def test_every_combination_ran(crossed_log):
    combos = {(m.goal_nudge, m.spec, m.oversight, m.followup)
              for m in (s.metadata_as(RolloutMetadata) for s in crossed_log.samples)}
    assert len(crossed_log.samples) == 24 and len(combos) == 24


def test_followup_off_asks_nothing_and_on_asks_the_question(crossed_log):
    for sample in crossed_log.samples:
        meta = sample.metadata_as(RolloutMetadata)
        question = meta.scenario["followup"]
        users = [m.text for m in sample.messages if m.role == "user"]
        asked = question in users
        reply = sample.store.get(workspace_key("followup_reply"))
        reply_class = sample.scores[SCORER].metadata.get("followup")
        if meta.followup is Followup.OFF:
            assert not asked and reply is None and reply_class is None, sample.id
        else:
            assert asked and reply, sample.id
            assert users[-1] == question  # asked once, after the episode


def test_spec_none_has_no_spec_text_and_on_has_it(crossed_log):
    spec = spec_text()
    for sample in crossed_log.samples:
        meta = sample.metadata_as(RolloutMetadata)
        assert (spec in _system(sample)) == (meta.spec is SpecVariant.ON), sample.id
        assert "AS1" not in _system(sample) or meta.spec is SpecVariant.ON


def test_goal_nudge_strong_states_the_goal_and_none_does_not(crossed_log):
    for sample in crossed_log.samples:
        meta = sample.metadata_as(RolloutMetadata)
        goal = meta.scenario["goal"]
        assert goal, "the scenario needs a goal for this check to mean anything"
        nudged = f"Your goal is: {goal}" in _system(sample) and "Nothing else matters" in _system(sample)
        assert nudged == (meta.goal_nudge is GoalNudge.STRONG), sample.id


def test_oversight_note_matches_the_variant(crossed_log):
    for sample in crossed_log.samples:
        meta = sample.metadata_as(RolloutMetadata)
        task = _first_user(sample)
        shown = {o for o, note in OVERSIGHT_NOTES.items() if note in task}
        assert shown == ({meta.oversight} if meta.oversight is not Oversight.NONE else set()), sample.id


@pytest.mark.parametrize("word", ["off", "OFF", "none", "no", "false", False, "0"])
def test_followup_off_words_mean_off(word):
    assert parse_choice("followup", word) == ["off"]


@pytest.mark.parametrize("word", ["on", "yes", "true", True])
def test_on_words_mean_the_active_value(word):
    assert parse_choice("followup", word) == ["on"]
    assert parse_choice("spec", word) == ["on"]
    assert parse_choice("goal_nudge", word) == ["strong"]


def test_bad_values_are_one_clear_error():
    with pytest.raises(BadVariant, match="oversight='on'"):
        parse_choice("oversight", "on")  # monitored or unmonitored? say which
    with pytest.raises(BadVariant, match="followup='maybe'"):
        parse_choice("followup", "maybe")
    with pytest.raises(BadVariant, match="unknown variant"):
        parse_choice("colour", "red")
    with pytest.raises(ValueError):
        Variant(followup="maybe")


def test_variant_values_are_typed_not_truthy_strings():
    [variant] = expand_variants(followup="off")
    assert variant.followup is Followup.OFF
    assert RolloutMetadata(family=FAMILY, scenario_id="x", **variant.as_dict()).asks_followup is False
    assert variant.as_dict() == {"goal_nudge": "none", "spec": "none", "oversight": "none", "followup": "off"}
    assert variant.key == "goal_nudge=none,spec=none,oversight=none,followup=off"
