"""Small formatting helpers shared by report sections (markdown tables, numbers)."""

from __future__ import annotations

import math
from typing import Any, Sequence


def cell(value: Any) -> str:
    """One table cell: no pipes or newlines (they would break the table)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return str(value).replace("|", "\\|").replace("\n", " ")


def table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    lines = ["| " + " | ".join(cell(h) for h in header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def pct(x: float) -> str:
    return "–" if x is None or math.isnan(x) else f"{100 * x:.1f}%"


def coverage_text(n: int, total: int) -> str:
    return f"{n}/{total} ({pct(n / total)})" if total else "0/0"


def interval(ci: tuple[float, float] | None, signed: bool = False) -> str:
    if ci is None or math.isnan(ci[0]):
        return "–"
    f = "{:+.3f}" if signed else "{:.3f}"
    return f"[{f.format(ci[0])}, {f.format(ci[1])}]"
