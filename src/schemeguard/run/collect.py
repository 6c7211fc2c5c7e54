"""Rollout-table rows collected while an eval runs, so the log's sidecar is written at the end
without reading the log back.

Reading every sample back from a finished log (validating its messages) cost about as much as a
sixth of running it. Instead, an Inspect hook turns each sample into its row fields as the sample
ends (`table.sample_fields`, the same code the full read uses), and `write_sidecar` adds the
header fields once the log is finished. The rows are used only when they are exactly the log's
rollouts (same (sample, epoch) keys as the log's own summaries); otherwise (a resumed eval whose
reused rollouts never ended here, a hook that missed one) the sidecar is built by reading the log,
as before. The sidecar is stamped with the finished log's hash either way (analysis/sidecar.py).
"""

from __future__ import annotations

from typing import Any

_rows: dict[str, list[dict[str, Any]]] | None = None  # eval_id -> sample fields (None: not collecting)


def start() -> None:
    """Collect rows of the evals this process runs from now on."""
    global _rows
    _install_hook()
    _rows = {}


def _install_hook() -> None:
    if getattr(_install_hook, "done", False):
        return
    from inspect_ai.hooks import Hooks, SampleEnd, hooks

    from schemeguard.analysis.table import sample_fields

    @hooks(name="schemeguard_table_rows", description="table rows of finished rollouts, for the log's sidecar")
    class TableRows(Hooks):
        def enabled(self) -> bool:
            return _rows is not None

        async def on_sample_end(self, data: SampleEnd) -> None:
            if _rows is not None:
                _rows.setdefault(data.eval_id, []).append(sample_fields(data.sample))

    _install_hook.done = True  # type: ignore[attr-defined]


def write_sidecar(location: str) -> None:
    """The finished log's sidecar: from the collected rows when they are exactly its rollouts, else
    by reading the log (sidecar.ensure)."""
    from inspect_ai.log import read_eval_log, read_eval_log_sample_summaries

    from schemeguard import storage
    from schemeguard.analysis import sidecar
    from schemeguard.analysis.identity import header_summary
    from schemeguard.analysis.table import header_fields

    path = storage.local_path(location)
    header = read_eval_log(path, header_only=True)
    if header.status not in sidecar.WRITABLE_STATUSES:
        return
    collected = (_rows or {}).pop(header.eval.eval_id, [])
    order = {(str(s.id), s.epoch): i for i, s in enumerate(read_eval_log_sample_summaries(path))}
    by_key = {(r["sample_id"], r["epoch"]): r for r in collected}
    if path.endswith(".eval") and len(collected) == len(order) and by_key.keys() == order.keys():
        shared = header_fields(header, path)
        rows = [{**shared, **by_key[key]} for key in sorted(order, key=order.__getitem__)]
        if sidecar.write_rows(path, rows, header_summary(header)):
            return
    sidecar.ensure(path)
