"""The per-row sample loader: the rows' samples, one pass per log, never a re-open per sample."""

from pathlib import Path

import pytest

import schemeguard.analysis.table as table_module
from schemeguard.analysis.samples import row_key, samples_for, transcripts_for
from schemeguard.analysis.table import rollout_table
from schemeguard.record import cot_text
from tests.test_table import organism_logs


def test_loads_exactly_the_chosen_rows_in_one_batched_pass(monkeypatch):
    table = rollout_table([organism_logs()["clean"]])
    chosen = table[table["family"] == "log_falsification"].iloc[::2]
    calls = []
    import inspect_ai.log as inspect_log  # the table imports Inspect's readers where it reads a log

    real = inspect_log.read_eval_log_samples_by_id

    def counting(*args, **kwargs):
        calls.append(args[1])
        return real(*args, **kwargs)

    monkeypatch.setattr(inspect_log, "read_eval_log_samples_by_id", counting)
    loaded = dict(samples_for(chosen))
    assert set(loaded) == {row_key(r) for _, r in chosen.iterrows()}
    assert len(calls) == 1 and len(calls[0]) == len(chosen)  # only the wanted samples, one read
    for _, row in chosen.iterrows():
        assert cot_text(loaded[row_key(row)]) == row["reasoning"]  # the row and its sample agree


def test_transcripts_and_a_row_missing_from_its_log():
    table = rollout_table([organism_logs()["clean"]])
    rows = table.head(3)
    texts = transcripts_for(rows)
    assert len(texts) == 3 and all(t[0]["role"] == "system" for t in texts.values())
    ghost = rows.head(1).assign(sample_id="no-such-sample")
    with pytest.raises(LookupError, match="not in the log: no-such-sample"):
        list(samples_for(ghost))


def test_no_analysis_reopens_a_log_per_sample_or_reads_whole_logs_with_events():
    src = Path(table_module.__file__).parents[1]
    offenders = [str(p.relative_to(src)) for p in src.rglob("*.py")
                 if "read_eval_log_sample(" in p.read_text() or "read_eval_log_samples(" in p.read_text()]
    assert offenders == []
