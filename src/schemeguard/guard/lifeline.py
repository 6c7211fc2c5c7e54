"""The guard's child processes (`--workers N` servers, the intake process) end when their parent dies
(`schemeguard.lifeline`): a `--workers 2` guard's servers kept serving (and writing) with no
supervisor after a kill -9, and each intake process outlived its server. A server ends as on any
SIGTERM (calls in flight finish; acknowledged ones are already committed)."""

from __future__ import annotations

from schemeguard.lifeline import exit_with_parent

__all__ = ["PARENT_ENV", "exit_with_parent"]

PARENT_ENV = "SCHEMEGUARD_GUARD_PARENT"  # `guard --workers N`: the supervisor's pid, for its workers
