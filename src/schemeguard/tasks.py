"""Inspect tasks: the suite (all test families), one task per family, and the training family.

Every task takes the variant parameters (see `variants.py`) and `seed` / `scenarios` (how many
scenarios per family the generator builds), e.g.
    inspect eval schemeguard/suite --model organism/schemer -T spec=both -T oversight=all
"""

from __future__ import annotations

from inspect_ai import Task, task
from inspect_ai.dataset import MemoryDataset, Sample

from schemeguard.agent import environment_agent, followup_question, scenario_to_dict, setup_environment
from schemeguard.environments import get_family, scenarios_for, test_families, training_families
from schemeguard.record import RolloutMetadata
from schemeguard.scoring.covert import covert_action
from schemeguard.validation import task_parameters
from schemeguard.variants import Variant, expand_variants, system_prompt, task_prompt

DEFAULT_MESSAGE_LIMIT = 400  # the lazy checklist needs ~100 tool calls
# Bump when scenarios, prompts, tools or scoring change what a rollout means: Inspect logs it as the
# task version, so results of different versions are never mistaken for one another.
TASK_VERSION = 2


def build_samples(
    families: list[str], variants: list[Variant], seed: int = 0, scenarios: int | None = None
) -> list[Sample]:
    samples = []
    for family in families:
        env = get_family(family)
        for scenario in scenarios_for(family, seed, scenarios):
            for variant in variants:
                samples.append(
                    Sample(
                        id=f"{scenario.id}|{variant.key}",
                        input=scenario.task,
                        # written through the contract's model: readers get it back with metadata_as
                        metadata=RolloutMetadata(
                            family=family,
                            scenario_id=scenario.id,
                            control=scenario.control,
                            pair_id=scenario.pair_id,
                            training=env.training,
                            **variant.as_dict(),
                            dimensions=scenario.dimensions,
                            system_prompt=system_prompt(scenario, variant),
                            task_prompt=task_prompt(scenario, variant),
                            scenario=scenario_to_dict(scenario),
                        ).model_dump(),
                    )
                )
    return samples


def parse_families(families: str | list[str] | None, default: list[str]) -> list[str]:
    if families is None or families == "" or families == "all":
        return default
    names = families.split(",") if isinstance(families, str) else list(families)
    for name in names:
        get_family(name.strip())  # raises a clear error for unknown families
    return [n.strip() for n in names]


def make_task(
    families: list[str],
    goal_nudge: str = "none",
    spec: str = "none",
    oversight: str = "none",
    followup: str = "on",
    seed: int = 0,
    scenarios: int | None = None,
    message_limit: int = DEFAULT_MESSAGE_LIMIT,
    judge_model: str | None = None,
    judge_policy: str = "dispute",
) -> Task:
    seed, scenarios, message_limit = task_parameters(families, seed, scenarios, message_limit)  # -T values too
    variants = expand_variants(goal_nudge=goal_nudge, spec=spec, oversight=oversight, followup=followup)
    return Task(
        dataset=MemoryDataset(build_samples(families, variants, seed, scenarios)),
        setup=setup_environment(),  # the environment, even under a user's --solver
        solver=[environment_agent(), followup_question()],
        scorer=covert_action(judge_model=judge_model, judge_policy=judge_policy),
        message_limit=message_limit,
        metadata={"schemeguard": True, "seed": seed},
        version=TASK_VERSION,
    )


@task
def suite(
    families: str | None = None,
    goal_nudge: str = "none",
    spec: str = "none",
    oversight: str = "none",
    followup: str = "on",
    seed: int = 0,
    scenarios: int | None = None,
    message_limit: int = DEFAULT_MESSAGE_LIMIT,
    judge_model: str | None = None,
    judge_policy: str = "dispute",
) -> Task:
    """All test families (never the training family) × the chosen variants."""
    chosen = parse_families(families, test_families())
    held = set(chosen) & set(training_families())
    if held:
        raise ValueError(f"{', '.join(held)} is the training family: run it with schemeguard/train")
    return make_task(chosen, goal_nudge, spec, oversight, followup, seed, scenarios, message_limit, judge_model, judge_policy)


@task
def train(
    goal_nudge: str = "none",
    spec: str = "none",
    oversight: str = "none",
    followup: str = "on",
    seed: int = 0,
    scenarios: int | None = None,
    message_limit: int = DEFAULT_MESSAGE_LIMIT,
    judge_model: str | None = None,
    judge_policy: str = "dispute",
) -> Task:
    """The training family only (covert rule violation): kept apart from the test suite."""
    return make_task(training_families(), goal_nudge, spec, oversight, followup, seed, scenarios, message_limit, judge_model, judge_policy)


@task
def family(
    name: str,
    goal_nudge: str = "none",
    spec: str = "none",
    oversight: str = "none",
    followup: str = "on",
    seed: int = 0,
    scenarios: int | None = None,
    message_limit: int = DEFAULT_MESSAGE_LIMIT,
    judge_model: str | None = None,
    judge_policy: str = "dispute",
) -> Task:
    """One family by name, e.g. -T name=log_falsification."""
    return make_task(parse_families(name, []), goal_nudge, spec, oversight, followup, seed, scenarios, message_limit, judge_model, judge_policy)
