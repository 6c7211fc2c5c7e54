"""The guard's child processes (`--workers N` servers, the intake process) end when their parent dies.

A parent killed with SIGKILL runs no cleanup, and its children would not notice on their own: a
`--workers 2` guard's servers kept serving (and writing) with no supervisor, and each intake
process outlived its server. Each child watches its parent's pid from a daemon thread; once it
changes (the child was re-parented) it sends itself SIGTERM, so a server shuts down as on any
SIGTERM (calls in flight finish; acknowledged ones are already committed), and exits hard if it
has not after a grace period. The parent's pid is passed in, not read in the child, so a parent
that died before the child started watching is noticed too.
"""

from __future__ import annotations

import os
import signal
import threading
import time

PARENT_ENV = "SCHEMEGUARD_GUARD_PARENT"  # `guard --workers N`: the supervisor's pid, for its workers
POLL_S = 0.5
GRACE_S = 10.0


def exit_with_parent(parent: int) -> None:
    """From now on, this process ends soon after `parent` (the pid that started it) dies."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(POLL_S)
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(GRACE_S)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()
