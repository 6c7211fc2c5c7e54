"""Registry of monitors, some marked *held out*.

A held-out monitor is never used to train, tune or select anything: no learned ensemble fits on
it, no threshold is calibrated for it (it keeps the threshold declared when it was registered),
and no "best monitor" choice considers it. Every training/selection path calls
`Registry.trainable`, which raises `HeldOutError` for a held-out monitor. Its results are
reported separately, as a check that training against the tuned monitors did not teach a model
to fool them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from schemeguard.monitors.base import Monitor


class HeldOutError(ValueError):
    """A held-out monitor was passed to something that trains, tunes or selects."""


@dataclass
class Entry:
    monitor: Monitor
    held_out: bool = False
    threshold: float = 0.5  # declared threshold; tuned monitors may be recalibrated, held-out never


class Registry:
    def __init__(self) -> None:
        self._entries: dict[str, Entry] = {}

    def add(self, monitor: Monitor, held_out: bool = False, threshold: float = 0.5) -> Monitor:
        if monitor.name in self._entries:
            raise ValueError(f"monitor '{monitor.name}' is already registered")
        self._entries[monitor.name] = Entry(monitor, held_out, threshold)
        return monitor

    def get(self, name: str) -> Monitor:
        if name not in self._entries:
            raise KeyError(f"unknown monitor '{name}' (known: {', '.join(self._entries)})")
        return self._entries[name].monitor

    def entry(self, name: str) -> Entry:
        self.get(name)
        return self._entries[name]

    def is_held_out(self, monitor: Monitor | str) -> bool:
        name = monitor if isinstance(monitor, str) else monitor.name
        return self.entry(name).held_out

    def all(self) -> list[Monitor]:
        return [e.monitor for e in self._entries.values()]

    def tuned(self) -> list[Monitor]:
        return [e.monitor for e in self._entries.values() if not e.held_out]

    def held_out(self) -> list[Monitor]:
        return [e.monitor for e in self._entries.values() if e.held_out]

    def trainable(self, monitors: Iterable[Monitor | str]) -> list[str]:
        """Names of monitors a training/tuning/selection step may use; raises on a held-out one."""
        names = [m if isinstance(m, str) else m.name for m in monitors]
        bad = [n for n in names if self.is_held_out(n)]
        if bad:
            raise HeldOutError(f"held-out monitors cannot be used to train, tune or select: {', '.join(bad)}")
        return names
