"""sandbagging_unlearning items (shared builder in _sandbagging)."""

from tests.redteam.corpus._sandbagging import sandbagging_items


def items():
    return sandbagging_items("sandbagging_unlearning", "unlearning of the capability", "能力被遗忘训练移除",
                             "能力がアンラーニングで消される")
