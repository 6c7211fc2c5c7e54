"""The training family never leaks into the test suite, and the train task holds only it."""

import pytest

from schemeguard.environments import families, training_families
from schemeguard.tasks import suite, train

TRAINING = "covert_rule_violation"


def sample_families(task):
    return {s.metadata["family"] for s in task.dataset}


def test_covert_rule_violation_is_the_only_training_family():
    assert training_families() == [TRAINING]
    assert families()[TRAINING].training is True


def test_suite_has_no_training_sample():
    task = suite()
    found = sample_families(task)
    assert found and TRAINING not in found
    assert all(s.metadata["training"] is False for s in task.dataset)
    assert not any(s.metadata["scenario_id"].startswith(TRAINING + "/") for s in task.dataset)


def test_train_has_only_the_training_family():
    task = train()
    assert len(task.dataset) >= 3
    assert sample_families(task) == {TRAINING}
    assert all(s.metadata["training"] is True for s in task.dataset)


@pytest.mark.parametrize("families_arg", [TRAINING, f"oversight_subversion,{TRAINING}"])
def test_asking_the_suite_for_the_training_family_is_a_clear_error(families_arg):
    with pytest.raises(ValueError, match=f"{TRAINING} is the training family.*schemeguard/train"):
        suite(families=families_arg)
