"""The logged samples behind rollout-table rows: the one way to get whole messages.

The rollout table carries what most analyses need (verdicts, CoT text, variants). The few that
need a rollout's messages (monitor transcripts, SFT export, intervention plans) pick their rows in
the table and load those samples here: one pass per log, in batches that share one ZIP reader,
without the `events` field (`analysis.table.iter_samples`). Never `read_eval_log_sample` once per
row, which re-opens the log each time (quadratic on big logs), and never a whole log with events.
"""

from __future__ import annotations

from typing import Iterator

import pandas as pd
from inspect_ai.log import EvalSample

from schemeguard.analysis.table import iter_samples
from schemeguard.record import Transcript, transcript_of

RowKey = tuple[str, str, int]  # (log, sample_id, epoch): a row's identity in the rollout table


def row_key(row: pd.Series) -> RowKey:
    return str(row["log"]), str(row["sample_id"]), int(row["epoch"])


def samples_for(rows: pd.DataFrame) -> Iterator[tuple[RowKey, EvalSample]]:
    """The logged sample of every row (rows of one log read in one pass), keyed like the rows.
    A row whose sample is missing from its log raises: the table and the log disagree."""
    for log, group in rows.groupby("log", sort=False):
        wanted = {(str(s), int(e)) for s, e in zip(group["sample_id"], group["epoch"])}
        found = set()
        for sample in iter_samples(str(log), wanted):
            key = (str(sample.id), sample.epoch)
            found.add(key)
            yield (str(log), *key), sample
        if wanted - found:
            missing = ", ".join(f"{s} (epoch {e})" for s, e in sorted(wanted - found)[:5])
            raise LookupError(f"{log}: {len(wanted - found)} rollout(s) of the table are not in the log: {missing}")


def transcripts_for(rows: pd.DataFrame) -> dict[RowKey, Transcript]:
    """Plain transcripts (`record.transcript_of`) of the rows' samples."""
    return {key: transcript_of(sample) for key, sample in samples_for(rows)}
