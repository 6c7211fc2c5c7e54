"""The rollout rows stored beside a log: the same table as reading the samples, and never stale."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pandas as pd
import pytest
from inspect_ai import eval as inspect_eval
from inspect_ai.log import read_eval_log, write_eval_log

from schemeguard.analysis import sidecar
from schemeguard.analysis.table import rollout_table
from schemeguard.tasks import suite


@pytest.fixture(scope="module")
def log(tmp_path_factory) -> str:
    root = tmp_path_factory.mktemp("sidecar")
    [result] = inspect_eval(suite(families="log_falsification,sandbagging_unlearning"), model="organism/schemer",
                            epochs=2, log_dir=str(root), display="none", log_realtime=False, ctl_server=False)
    return result.location


def _fresh(log: str, tmp_path: Path) -> str:
    """A copy of the log with no sidecar beside it."""
    copy = tmp_path / Path(log).name
    shutil.copy(log, copy)
    return str(copy)


def _table(log: str) -> pd.DataFrame:
    return rollout_table([log]).sort_values(["sample_id", "epoch"]).reset_index(drop=True)


def test_rows_from_the_sidecar_equal_rows_from_the_samples(log, tmp_path):
    copy = _fresh(log, tmp_path)
    side = Path(sidecar.sidecar_location(copy))
    assert not side.exists()
    from_samples = _table(copy)  # no sidecar: the samples are read, and the sidecar written
    assert side.exists() and sidecar.read_rows(copy) is not None
    from_sidecar = _table(copy)
    pd.testing.assert_frame_equal(from_samples, from_sidecar)
    assert from_sidecar["status"].eq("measured").any() and from_sidecar["reasoning"].str.len().gt(0).any()


def test_a_changed_log_or_a_damaged_sidecar_is_never_read(log, tmp_path):
    copy = _fresh(log, tmp_path)
    before = _table(copy)
    side = Path(sidecar.sidecar_location(copy))

    # the log changes after its sidecar was written (a re-score, an edit): the sidecar no longer matches
    edited = read_eval_log(copy)
    target = next(s for s in edited.samples if s.scores["covert_action"].metadata.get("status") == "measured")
    target.scores["covert_action"].value = "garbled"
    write_eval_log(edited, copy)
    assert sidecar.read_rows(copy) is None
    after = _table(copy)
    row = after[(after["sample_id"] == str(target.id)) & (after["epoch"] == target.epoch)].iloc[0]
    assert row["status"] == "unmeasured" and "unparseable" in row["reason"]
    assert (before["status"] == "measured").sum() == (after["status"] == "measured").sum() + 1

    # a truncated or garbled sidecar is ignored and rebuilt, never half-read
    side.write_bytes(gzip.compress(b'{"stamp": {}, "rows": 3}\n{}\n'))
    assert sidecar.read_rows(copy) is None
    pd.testing.assert_frame_equal(_table(copy), after)
    side.write_bytes(b"not gzip")
    pd.testing.assert_frame_equal(_table(copy), after)
    assert sidecar.read_rows(copy) is not None  # rebuilt by the read


def test_a_copied_log_keeps_its_sidecar_and_reports_its_own_location(log, tmp_path):
    first = _fresh(log, tmp_path)
    _table(first)
    moved = tmp_path / "elsewhere"
    moved.mkdir()
    shutil.copy(first, moved / Path(first).name)
    shutil.copy(sidecar.sidecar_location(first), moved / Path(sidecar.sidecar_location(first)).name)
    rows = sidecar.read_rows(str(moved / Path(first).name))
    assert rows and {r["log"] for r in rows} == {str(moved / Path(first).name)}


def test_rows_collected_as_rollouts_end_equal_rows_read_from_the_log(tmp_path, monkeypatch):
    from schemeguard.run import collect

    collect.start()
    [result] = inspect_eval(suite(families="log_falsification,sandbagging_unlearning"), model="organism/schemer",
                            epochs=2, log_dir=str(tmp_path / "run"), display="none", log_realtime=False,
                            ctl_server=False)

    def no_reread(location):
        raise AssertionError("the sidecar was rebuilt by reading the log, not from the collected rows")

    monkeypatch.setattr(sidecar, "ensure", no_reread)
    collect.write_sidecar(result.location)
    monkeypatch.undo()
    from_collected = _table(result.location)
    assert len(from_collected) == 2 * len(suite(families="log_falsification,sandbagging_unlearning").dataset)
    from_log = _table(_fresh(result.location, tmp_path))  # a copy without sidecar: every sample read
    pd.testing.assert_frame_equal(from_collected.drop(columns="log"), from_log.drop(columns="log"))


def test_collected_rows_that_are_not_the_logs_rollouts_are_not_used(log, tmp_path):
    from schemeguard.run import collect

    copy = _fresh(log, tmp_path)
    collect.start()  # nothing collected for this log (as for rollouts a resumed eval reused)
    collect.write_sidecar(copy)
    assert sidecar.read_rows(copy) is not None
    pd.testing.assert_frame_equal(_table(copy).drop(columns="log"), _table(log).drop(columns="log"))


def test_a_table_read_from_sidecars_imports_no_inspect(log, tmp_path):
    """The fast path stays light in a fresh process: header summary and rows come from the sidecar."""
    import subprocess
    import sys

    copy = _fresh(log, tmp_path)
    _table(copy)  # writes the sidecar
    code = ("import sys; from schemeguard.analysis.table import rollout_table; "
            "t = rollout_table([sys.argv[1]]); "
            "print(len(t), t['status'].eq('measured').sum(), 'inspect_ai' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, check=True)
    rows, measured, imported = out.stdout.split()
    assert int(rows) == len(_table(log)) and int(measured) > 0
    assert imported == "False"
