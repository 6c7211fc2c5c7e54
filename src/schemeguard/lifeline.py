"""Child processes that end when their parent dies (guard workers and intake, shard workers).

A parent killed with SIGKILL runs no cleanup, and its children would not notice on their own: they
kept serving (guard) or ran their shards to the end (eval) as orphans. Each child watches its
parent's pid from a daemon thread; once it changes (the child was re-parented) it ends. The
parent's pid is passed in, not read in the child, so a parent that died before the child started
watching is noticed too.
"""

from __future__ import annotations

import os
import signal
import threading
import time

POLL_S = 0.5
GRACE_S = 10.0


def exit_with_parent(parent: int, grace_s: float = GRACE_S) -> None:
    """From now on, this process ends soon after `parent` (the pid that started it) dies: with
    `grace_s` > 0 it sends itself SIGTERM (a server shuts down as on any SIGTERM: calls in flight
    finish) and exits hard if it has not after `grace_s`; with 0 it exits hard at once."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(POLL_S)
        if grace_s > 0:
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(grace_s)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()
