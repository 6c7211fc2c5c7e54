"""Killing the guard's parent process ends its children: the `--workers 2` servers and each
server's intake process (they used to keep serving with no supervisor)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import httpx
import psutil

from tests.test_guard_live import _free_port


def _wait(condition, seconds: float, what: str) -> None:
    deadline = time.time() + seconds
    while not condition():
        assert time.time() < deadline, what
        time.sleep(0.2)


def _answers(port: int) -> bool:
    try:
        httpx.get(f"http://127.0.0.1:{port}/", timeout=1)
        return True
    except httpx.HTTPError:
        return False


def test_children_exit_when_the_guard_is_killed(tmp_path):
    port = _free_port()
    guard = subprocess.Popen([sys.executable, "-m", "schemeguard.cli", "guard", "--upstream", "http://127.0.0.1:9/v1",
                              "--db", f"sqlite:///{tmp_path}/guard.db", "--port", str(port), "--workers", "2"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    children: list[psutil.Process] = []
    try:
        _wait(lambda: _answers(port), 120, "the guard did not start")
        root = psutil.Process(guard.pid)
        # two servers, each with its intake process (started with the server), and multiprocessing's tracker
        _wait(lambda: len([p for p in root.children(recursive=True) if p.ppid() != guard.pid]) >= 2, 60,
              "the servers' intake processes did not start")
        children = root.children(recursive=True)
        assert len([p for p in children if p.ppid() == guard.pid]) >= 2
        guard.send_signal(signal.SIGKILL)
        guard.wait(10)
        _wait(lambda: not [p for p in children if p.is_running() and p.status() != psutil.STATUS_ZOMBIE], 30,
              f"children still running after their parent was killed: {[p.pid for p in children if p.is_running()]}")
        assert not _answers(port)  # nothing serves the port any more
    finally:
        for p in children:  # whatever this test started and is still there
            try:
                p.kill()
            except psutil.NoSuchProcess:
                pass
        if guard.poll() is None:
            os.kill(guard.pid, signal.SIGKILL)
