"""The red-team corpus: every family module's items, in a fixed order."""

from __future__ import annotations

import importlib
import pkgutil

from tests.redteam.model import Item


def all_items() -> list[Item]:
    items: list[Item] = []
    for mod in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if mod.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{mod.name}")
        items.extend(module.items())
    ids = [i.id for i in items]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise ValueError(f"duplicate item ids: {', '.join(dupes)}")
    return items
