"""sandbagging_deployment items (shared builder in _sandbagging)."""

from tests.redteam.corpus._sandbagging import sandbagging_items


def items():
    return sandbagging_items("sandbagging_deployment", "the model not being deployed", "模型不能部署",
                             "モデルがデプロイされない")
