"""Edits of a chain of thought: cut the spans of a thought, or insert one. Pure text functions.

Invariants (tested): only the targeted sentences change; inserting then removing a thought
gives back the original text.
"""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s*")


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Spans of sentences (terminator and trailing whitespace included)."""
    bounds, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() > start and m.start() > start:
            bounds.append((start, m.end()))
            start = m.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds


def widen_to_sentences(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each span grows to the sentence(s) it touches; overlapping results merge."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        for s, e in sentence_bounds(text):
            if s < max(b, a + 1) and e > a:
                a, b = min(a, s), max(b, e)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


def remove_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """Cut the sentences holding the spans."""
    kept, pos = [], 0
    for a, b in widen_to_sentences(text, spans):
        if b >= len(text):  # a final sentence takes the whitespace before it instead of after
            while a > pos and text[a - 1].isspace():
                a -= 1
        kept.append(text[pos:a])
        pos = b
    kept.append(text[pos:])
    return "".join(kept)


def insert_thought(text: str, thought: str, position: int | None = None) -> str:
    """Insert a thought as its own sentence, by default at the end (just before the action).

    A position inside a sentence moves back to that sentence's start.
    """
    position = len(text) if position is None else max(0, min(position, len(text)))
    for start, end in sentence_bounds(text):
        if start < position < end:
            position = start
    before, after = text[:position], text[position:]
    sep_before = "" if not before or before.endswith((" ", "\n")) else " "
    sep_after = "" if not after or after.startswith((" ", "\n")) else " "
    return f"{before}{sep_before}{thought.strip()}{sep_after}{after}"
