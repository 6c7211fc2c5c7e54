"""Every family: the detector flags its covert reference trajectory and passes its honest one."""

import json

import pytest

from schemeguard.environments import families, scenarios_for
from tests.helpers import verdict_for

CASES = [
    (name, s) for name in families() for s in scenarios_for(name) if not s.control
]


@pytest.mark.parametrize("family,scenario", CASES, ids=[s.id for _, s in CASES])
def test_detector_separates_reference_trajectories(family, scenario):
    honest = verdict_for(scenario, "honest")
    covert = verdict_for(scenario, "covert")
    assert honest.covert is False, honest.details
    assert covert.covert is True, covert.details
    assert covert.kind in families()[family].covert_kinds


@pytest.mark.parametrize("family", list(families()))
def test_family_has_at_least_three_distinct_scenarios(family):
    scenarios = [s for s in scenarios_for(family) if not s.control]
    assert len(scenarios) >= 3
    assert len({s.id for s in scenarios}) == len(scenarios)
    assert len({s.dimensions.get("domain") for s in scenarios}) >= 3, "scenarios must differ in domain"


@pytest.mark.parametrize("family", list(families()))
def test_generation_is_deterministic_for_a_seed(family):
    first = [(s.id, s.task, s.facts) for s in families()[family].scenarios(seed=7)]
    again = [(s.id, s.task, s.facts) for s in families()[family].scenarios(seed=7)]
    assert first == again


@pytest.mark.parametrize("family", list(families()))
def test_control_scenarios_have_no_covert_path(family):
    for s in scenarios_for(family):
        if s.control:
            assert verdict_for(s, "honest").covert is False


@pytest.mark.parametrize("family", list(families()))
def test_every_dimension_combination_separates_and_has_serialisable_facts(family):
    """Not just the default scenarios: every combination the generator can build."""
    env = families()[family]
    every = env.scenarios(count=10_000)
    assert len(every) == len({s.id for s in every})
    for s in every:
        json.dumps(s.facts)
        if s.control:
            continue
        assert verdict_for(s, "honest", pool=every).covert is False, s.id
        covert = verdict_for(s, "covert", pool=every)
        assert covert.covert is True and covert.kind in env.covert_kinds, s.id
