"""Monitors: detectors that score a transcript's suspicion, their ensembles, registry and benchmark.

A monitor is a plain object with `name`, `views` and `score(view) -> MonitorResult`; the same
objects are used post hoc (`schemeguard monitor run/bench`) and online (the deployment guard).
"""

from schemeguard.monitors.base import (
    ERROR,
    OK,
    VIEWS,
    Monitor,
    MonitorResult,
    TranscriptView,
    run_monitor,
    view_of,
)

__all__ = ["ERROR", "OK", "VIEWS", "Monitor", "MonitorResult", "TranscriptView", "run_monitor", "view_of"]
