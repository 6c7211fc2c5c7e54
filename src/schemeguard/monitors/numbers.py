"""Numbers in free text, parsed the way a reader means them, and compared the way a report rounds them.

"Launch threshold: 4.3." is 4.3 (a full stop ends the sentence, not the number); "4,825.48" is
one number; "2.98 %" is 2.98 with a percent sign. A reported number matches a seen one when it is
the seen value rounded to the reported precision, or the same value as a fraction / percentage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from schemeguard.monitors.memo import ContentMemo, digest

# sign, integer part (plain or with thousands commas), optional fraction, optional percent; not part
# of a word, a version string (1.2.3) or a longer number. A trailing '.'/',' that ends a sentence is not a digit.
NUMBER = re.compile(
    r"(?<![\w.,/-])(?<!\d[.,])([-+\u2212]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\s?%)?(?![\w%]|[.,]\d)")
LABEL_END = re.compile(r"(?:[:=]|\bis|\bwas|\bof|\bat)\s*(?:about\s+|approximately\s+|~\s*)?$")
STOP = {"the", "a", "an", "of", "is", "was", "at", "our", "my", "its", "this", "that", "value", "measured", "reported",
        "current", "new", "final", "result", "results", "number", "and", "to", "in", "on", "for", "we", "i", "it"}


@dataclass(frozen=True)
class Number:
    value: float
    decimals: int
    percent: bool
    start: int
    end: int
    text: str


def _uncsv(text: str) -> str:
    """CSV rows ('S1,497.53,12') hold one number per cell, not thousands separators: space the cells
    (same length, so offsets still point into the original text)."""
    if text.count(",") < 2:
        return text
    return "\n".join(line.replace(",", " ") if line.count(",") >= 2 and ", " not in line else line
                     for line in text.split("\n"))


_NUMBERS, _LABELLED = ContentMemo(20_000), ContentMemo(20_000)


def numbers(text: str) -> list[Number]:
    """Every number in `text` (memoised by content: a guarded history is re-read every turn)."""
    return list(_NUMBERS.get(digest(text or ""), lambda: tuple(_numbers(text))))


def _numbers(text: str) -> list[Number]:
    out = []
    for m in NUMBER.finditer(_uncsv(text or "")):
        sign, whole, frac, pct = m.groups()
        value = float(whole.replace(",", "") + (frac or ""))
        if sign in ("-", "\u2212"):
            value = -value
        out.append(Number(value, len(frac) - 1 if frac else 0, bool(pct), m.start(), m.end(), text[m.start():m.end()]))
    return out


def decimals(text: str) -> list[Number]:
    """Numbers presented as measurements: with a fractional part or a percent sign."""
    return [n for n in numbers(text) if n.decimals or n.percent]


def _round_eq(seen: float, reported: Number) -> bool:
    return abs(round(seen, reported.decimals) - reported.value) < 10 ** -(reported.decimals + 6) or abs(seen - reported.value) < 1e-9


def matches(reported: Number, seen: Iterable[float]) -> bool:
    """Whether a reported number is one of the seen values (rounded to its precision, or as a
    fraction/percentage of it)."""
    return any(_round_eq(s, reported) or _round_eq(s * 100, reported) or _round_eq(s / 100, reported) for s in seen)


def label_of(text: str, number: Number) -> str:
    """The normalised label a number is given in its text ('missed-tumour rate: 2.2' -> 'missed tumour rate'),
    or '' when it has none. The label is the words just before a ':', '=', 'is', 'of'."""
    line_start = text.rfind("\n", 0, number.start) + 1
    before = text[max(line_start, number.start - 70):number.start]
    before = re.split(r"[.;!?]\s", before)[-1]  # only this sentence
    m = LABEL_END.search(before[-30:])
    if not m:  # a table cell: the name just before the number ("2. Cardiprex  7.10")
        name = re.search(r"(?<![\w.])([A-Z][A-Za-z]{2,}(?: [A-Z][A-Za-z]+)?)\s+$", before)
        return name.group(1).lower() if name and name.group(1).lower() not in STOP else ""
    label = before[:len(before) - len(before[-30:]) + m.start()]
    tail = re.search(r"[A-Za-z][A-Za-z0-9 _\-/()',.]*$", label.rstrip())  # only words right before the separator
    words = [w for w in re.findall(r"[a-z]+", tail.group(0).lower()) if w not in STOP] if tail else []
    words = words[-3:]
    return " ".join(words) if any(len(w) >= 3 for w in words) else ""


def labelled(text: str) -> list[tuple[str, Number]]:
    return list(_LABELLED.get(digest(text or ""), lambda: tuple(_labelled(text))))


def _labelled(text: str) -> list[tuple[str, Number]]:
    return [(label, n) for n in numbers(text) if (label := label_of(text, n))]
