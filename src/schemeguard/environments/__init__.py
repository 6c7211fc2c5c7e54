"""Environment families, discovered from the modules of this package.

Each module defines one `Environment` subclass; adding a family means adding a module.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

from schemeguard.environments.base import Environment, Scenario


class UnknownEnvironment(KeyError):
    def __str__(self) -> str:  # KeyError quotes its message; keep it readable
        return str(self.args[0])


@lru_cache(maxsize=1)
def families() -> dict[str, Environment]:
    """All families by name, training family included."""
    found: dict[str, Environment] = {}
    for mod in pkgutil.iter_modules(__path__):
        if mod.name.startswith("_") or mod.name == "base":
            continue
        module = importlib.import_module(f"{__name__}.{mod.name}")
        for obj in vars(module).values():
            if (
                isinstance(obj, type)
                and issubclass(obj, Environment)
                and obj is not Environment
                and obj.__module__ == module.__name__
                and getattr(obj, "family", None)
            ):
                found[obj.family] = obj()
    return dict(sorted(found.items()))


def test_families() -> list[str]:
    return [name for name, env in families().items() if not env.training]


def training_families() -> list[str]:
    return [name for name, env in families().items() if env.training]


def get_family(name: str) -> Environment:
    envs = families()
    if name not in envs:
        raise UnknownEnvironment(
            f"unknown environment family '{name}' (known: {', '.join(envs)})"
        )
    return envs[name]


@lru_cache(maxsize=256)
def _scenarios(family: str, seed: int, count: int | None) -> dict[str, Scenario]:
    return {s.id: s for s in get_family(family).scenarios(seed, count)}


def scenarios_for(family: str, seed: int = 0, count: int | None = None) -> list[Scenario]:
    return list(_scenarios(family, seed, count).values())


def get_scenario(scenario_id: str, seed: int = 0, count: int | None = None) -> Scenario:
    family = scenario_id.split("/")[0]
    found = _scenarios(family, seed, count)
    if scenario_id not in found:
        raise UnknownEnvironment(f"unknown scenario '{scenario_id}' for seed {seed}")
    return found[scenario_id]
