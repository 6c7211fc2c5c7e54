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


_END = re.compile(r"[.!?](?=\s|$)|[\n。！？]")


def sentence_of(text: str, span: Span) -> str:
    """The whole sentence holding a span: from the last sentence end before it to the first one after it (a full stop
    ends a sentence only before a space or the end, so "0.6" does not)."""
    start = max((m.end() for m in _END.finditer(text, 0, span.start)), default=0)
    end = _END.search(text, span.end)
    return text[start:end.end() if end else len(text)]


def sentence_around(text: str, span: Span, limit: int = 240) -> str:
    """The sentence holding a span (for review pages), at most `limit` characters."""
    return sentence_of(text, span).strip()[:limit]
