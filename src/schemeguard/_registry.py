"""Inspect entry point: tasks and the `organism` model provider.

Inspect imports this module for every eval in the environment, so the provider class is
imported lazily.
"""

from inspect_ai.model import modelapi

from schemeguard.cot.scorers import cot_legibility, eval_awareness, spec_reasoning  # noqa: F401
from schemeguard.tasks import family, suite, train  # noqa: F401


@modelapi(name="organism")
def organism():  # type: ignore[no-untyped-def]
    from schemeguard.organisms.provider import OrganismAPI

    return OrganismAPI


@modelapi(name="local")
def local():  # type: ignore[no-untyped-def]
    from schemeguard.local.provider import LocalLlamaAPI

    return LocalLlamaAPI
