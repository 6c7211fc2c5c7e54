import os

import pytest

# tests never touch the network or the user's Inspect state
os.environ.setdefault("INSPECT_LOG_LEVEL", "warning")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

WORKERS = 2  # the documented machine has 2 cores


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config: pytest.Config) -> None:
    """The whole suite (no paths given) runs on both cores when pytest-xdist is installed: alone it took
    7 min 35 s on one (benchmarks/results/test_time.md). --dist loadfile keeps each file on one worker,
    so a file's module-scoped fixtures (organism runs) are built once. Targeted runs (paths given), an
    explicit -n (-n 0: one process), -p no:xdist, --pdb and collection stay as they were."""
    if (not config.pluginmanager.has_plugin("xdist") or hasattr(config, "workerinput")
            or config.args_source is not pytest.Config.ArgsSource.TESTPATHS
            or config.option.numprocesses is not None or config.option.dist != "no"
            or config.option.usepdb or config.option.collectonly):
        return
    config.option.numprocesses = WORKERS
    config.option.dist = "loadfile"
