"""Evidence spans shared by the CoT detectors: where in the CoT a finding comes from."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any, Iterable

from schemeguard.record import MEASURED, UNMEASURED  # noqa: F401  (the CoT detectors import them from here)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str
    rule: str  # which pattern or check produced it

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def find_spans(text: str, patterns: Iterable[tuple[str, re.Pattern[str]]]) -> list[Span]:
    """All matches of the named patterns, ordered by position, overlapping matches merged."""
    found = sorted(
        (Span(m.start(), m.end(), m.group(0), name) for name, p in patterns for m in p.finditer(text)),
        key=lambda s: (s.start, -s.end),
    )
    merged: list[Span] = []
    for s in found:
        if merged and s.start < merged[-1].end:
            continue
        merged.append(s)
    return merged


def sentence_around(text: str, span: Span, limit: int = 240) -> str:
    """The sentence holding a span (for review pages), at most `limit` characters."""
    start = max(text.rfind(c, 0, span.start) for c in ".!?\n。！？") + 1
    ends = [i for i in (text.find(c, span.end) for c in ".!?\n。！？") if i != -1]
    end = min(ends) + 1 if ends else len(text)
    return text[start:end].strip()[:limit]
