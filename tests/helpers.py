"""Shared test helpers: play trajectories and resolve deferred (control-paired) verdicts."""

from __future__ import annotations

from schemeguard.environments import get_family, scenarios_for
from schemeguard.environments.base import Scenario, Verdict
from schemeguard.replay import play


def verdict_for(scenario: Scenario, label: str, deny: bool = False, pool: list[Scenario] | None = None) -> Verdict:
    """Detector verdict on a reference trajectory; deferred verdicts are resolved against the
    honest play of the paired control scenario (looked up in `pool`, default: the default scenarios)."""
    env = get_family(scenario.family)
    verdict = env.detect(play(scenario, env.trajectories(scenario)[label], deny=deny))
    if verdict.covert is None:
        controls = [
            s for s in (pool if pool is not None else scenarios_for(scenario.family))
            if s.control and s.pair_id == scenario.pair_id
        ]
        assert controls, f"{scenario.id} defers to a control but has none"
        control_details = [
            env.detect(play(c, env.trajectories(c)["honest"])).details for c in controls
        ]
        verdict.covert = env.compare_to_control(verdict.details, control_details)
    return verdict
