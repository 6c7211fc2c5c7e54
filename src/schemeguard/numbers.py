"""Numbers in free text, read the way a writer means them, and compared the way a report rounds them.

The one number parser of the project: the environments' claim reader (`environments/claims.py`)
and the monitors (`monitors/rules.py`) both read figures through it.

- "1,214.63" is one number; "4.3." ends a sentence, not a number; "1.2.3", "v2", "HOST-012",
  "#12", dates ("2026-11-27", "27/11/2026", "2026年11月27日") and times ("21:04") are no values;
- CSV rows hold one number per cell ("S1,497.53,12"), and a quoted cell keeps its thousands
  separators (`S1,"1,214.63",12`); a line of thousands-grouped figures ("1,214,631") is one number;
- "4.4%", "4.4 percent", "百分之4.4", "百分之四点四" are percentages; "0.044" is the same value as a
  fraction (`same_value`);
- full-width digits (１２３．５), non-breaking-space separators ("1 214,63" is not read: "1 214"
  is), Chinese/Japanese numerals (十二, 三千五百, 两百), "1.2万", "4.4k";
- units stay outside the number ("12ms", "4.4 GB", "30 GPU-hours") so `end` is where the digits end;
- "4.2–4.5" is a range: both ends are numbers, marked `ranged`;
- rounding to the precision shown: "4.4" is 4.37 written to one decimal, "1,215" is 1,214.63.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, Iterable

from schemeguard.memo import ContentMemo, digest


@dataclass(frozen=True)
class Number:
    value: float
    decimals: int  # digits shown after the point: the precision the writer claims (negative for "4.4k")
    percent: bool
    start: int  # offsets into the text given (the numeral and its percent sign, not a unit)
    end: int
    text: str
    unit: str = ""  # "ms", "GB", "GPU-hours" … as written right after the number
    ranged: bool = False  # one end of a range ("4.2–4.5")


# ---- text folding (same length, so offsets point into the original) ---------------------------------


class _Fold(dict):
    """str.translate table: a character whose NFKC form is one visible character becomes it
    (full-width digits, ％, ．); spaces (NBSP, thin space: thousands separators) stay as they are."""

    def __missing__(self, code: int) -> int | None:
        folded = unicodedata.normalize("NFKC", chr(code))
        self[code] = ord(folded) if len(folded) == 1 and not folded.isspace() else code
        return self[code]


_FOLD = _Fold()


def fold(text: str) -> str:
    return text if text.isascii() else text.translate(_FOLD)


# ---- what is not a value: dates, times, versions --------------------------------------------------

NOT_VALUES = re.compile(
    r"(?=[\d#vV])(?:"  # speed: every alternative starts with one of these (positions fail at once)
    r"(?<![\w.])\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?![\w.]|-\d)|(?<![\w.])\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?![\w.]|-\d)|"  # dates
    r"(?<![\w.:])\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?![\w:])|"  # times
    r"\d{2,4}\s?年\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?日)?|\d{1,2}\s?月\s?\d{1,2}\s?日|"  # 2026年11月27日
    r"(?<![\w.])[vV]?\d+(?:\.\d+){2,}(?![\w])|(?<![\w])#\d+)"  # versions 1.2.3, issue numbers #12
)

# ---- CSV rows -------------------------------------------------------------------------------------

UNQUOTED_COMMA = re.compile(r'"[^"\n]*"|(,)')
# a figure grouped in thousands ("1,214,631"), not a cell after an identifier ("U3,123.4")
GROUPED = re.compile(r"(?<![A-Za-z_.\d])\d{1,3}(?:,\d{3})+(?!\d)")
CELL = "\x1f"  # a cell boundary: same length as the comma it replaces, never part of a number


def _commas(line: str) -> list[int]:
    return [m.start(1) for m in UNQUOTED_COMMA.finditer(line) if m.group(1)]


def _uncsv(text: str) -> str:
    """CSV rows ("S1,497.53,12", "U3,123.4") hold one number per cell: their unquoted commas become
    cell boundaries. A line is a CSV row when no comma is followed by a space (that is prose) and
    either some comma is not inside a thousands-grouped figure, or the line continues a block of
    rows with as many commas (under the header "id,amount", "1,214" is two cells)."""
    if "," not in text:
        return text
    out, block = [], -1  # commas per row of the CSV block the previous line belongs to (-1: none)
    for line in text.split("\n"):
        commas = _commas(line)
        csv = bool(commas) and not any(line[i + 1:i + 2] == " " for i in commas)
        if csv:
            grouped = {m.start() + i for m in GROUPED.finditer(line) for i, c in enumerate(m.group(0)) if c == ","}
            csv = len(commas) == block or not set(commas) <= grouped
        if csv:
            chars = list(line)
            for i in commas:
                chars[i] = CELL
            line = "".join(chars)
        block = len(commas) if csv else -1
        out.append(line)
    return "\n".join(out)


# ---- the numeral ----------------------------------------------------------------------------------

UNITS = (
    r"GPU[- ]?hours?|ms|s|sec|secs|seconds?|mins?|minutes?|h|hrs?|hours?|days?|GB|MB|KB|kB|TB|GiB|MiB|"
    r"kg|g|km|m|cm|mm|t|tonnes?|°C|°F|pp|bps|USD|EUR|GBP|x|×|rows?|items?|tokens?|bytes?|B"
)
SCALE = {"k": 1e3, "K": 1e3, "M": 1e6, "bn": 1e9, "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8}
NUMERAL = (
    r"(?P<sign>[-+\u2212])?(?P<int>\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?!\d)|\d+)(?P<frac>\.\d+)?"
)
NUMBER = re.compile(
    r"(?=[-+\u2212\d])"  # speed: a number starts with its sign or a digit
    r"(?<![A-Za-z0-9_.,/#\-\u2212])(?<!\d[.,])" + NUMERAL +
    r"(?:(?P<scale>k|K|M|bn|万|萬|亿|億)(?![A-Za-z0-9_]))?"
    r"(?P<pct>\s?(?:%|percent\b|per cent\b|pct\b))?"
    rf"(?P<unit>(?<!%)\s?(?:{UNITS})(?![A-Za-z0-9_]))?"
    r"(?![A-Za-z0-9_%]|[.,:/]\d|-\d)"
)
# "4.2-4.5", "4.2 – 4.5 %", "10~12": both ends are numbers
RANGE = re.compile(
    r"(?=\d)(?<![A-Za-z0-9_.,/#\-\u2212])(?P<a>\d+(?:\.\d+)?)(?P<apct>\s?%)?\s?(?:-|–|—|~|〜|至|到)\s?(?P<b>\d+(?:\.\d+)?)(?P<bpct>\s?%)?"
    r"(?![A-Za-z0-9_]|[.,:/-]\d)"
)
MAX_DIGITS = 30  # a longer run of digits is no figure anyone means

# ---- Chinese / Japanese numerals ------------------------------------------------------------------

CJK_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}
CJK_UNITS = {"十": 10, "百": 100, "千": 1000}
CJK_BIG = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
CJK_NUMBER = re.compile(
    r"(?P<pct>百分之)?(?P<int>[零〇一二两兩三四五六七八九十百千万萬亿億]+)(?:[点點](?P<frac>[零〇一二三四五六七八九]+))?"
)
# a single numeral counts only before a counter ("一个", "三项"): alone it is mostly part of a word (一些, 统一)
COUNTER = re.compile(r"[个個项項条條次件份行台名位人天周月年小分秒つ%]")
NOT_CJK_NUMBER = re.compile(r"(?:千万|万一|一一|一些|一下|一致|一起|一直|一定|一样|一般|一切|一旦|一律|一边|一部)")
PERCENT_CJK = re.compile(r"百分之\s?(?P<n>\d+(?:\.\d+)?)")


def _cjk_integer(chars: str) -> int:
    total, section, digit = 0, 0, None
    for ch in chars:
        if ch in CJK_DIGITS:
            digit = CJK_DIGITS[ch] if digit is None else digit * 10 + CJK_DIGITS[ch]  # "二〇二六" read digit by digit
        elif ch in CJK_UNITS:
            section += (1 if digit is None else digit) * CJK_UNITS[ch]
            digit = None
        else:  # 万 / 亿
            total = (total + section + (digit or 0)) * CJK_BIG[ch]
            section, digit = 0, None
    return total + section + (digit or 0)


def _cjk_numbers(text: str) -> list[Number]:
    out = []
    for m in CJK_NUMBER.finditer(text):
        whole, frac = m.group("int"), m.group("frac") or ""
        if NOT_CJK_NUMBER.match(text, m.start("int")):
            continue
        if len(whole) == 1 and not m.group("pct") and not frac and not COUNTER.match(text, m.end()):
            continue
        value = _cjk_integer(whole)
        digits = "".join(str(CJK_DIGITS[c]) for c in frac)
        out.append(Number(float(f"{value}.{digits}" if digits else value), len(digits), bool(m.group("pct")),
                          m.start(), m.end(), text[m.start():m.end()]))
    return out


# ---- the parser -----------------------------------------------------------------------------------

_NUMBERS = ContentMemo(20_000)


def numbers(text: Any) -> list[Number]:
    """Every number written in `text`, in order (memoised by content: a guarded history is re-read
    every turn). Offsets point into `text` as given."""
    if not isinstance(text, str) or not text:
        return []
    return list(_NUMBERS.get(digest(text), lambda: tuple(_numbers(text))))


_SEPARATORS = dict.fromkeys(map(ord, ",\u00a0\u202f\u2009"))  # thousands separators, dropped
# what a text needs to hold any number at all (speed: most text skips the phases that need them)
_DIGIT = re.compile(r"\d")
_CJK_NUMERAL = re.compile(r"[零〇一二两兩三四五六七八九十百千万萬亿億]")


def _blank(text: str, found: list[re.Match]) -> str:
    """`text` with each match replaced by as many spaces (what `re.sub` would give, from one scan)."""
    if not found:
        return text
    parts, last = [], 0
    for m in found:
        start, end = m.span()
        parts += (text[last:start], " " * (end - start))
        last = end
    parts.append(text[last:])
    return "".join(parts)


def _new_number(value: float, decimals: int, percent: bool, start: int, end: int, text: str, unit: str,
                ranged: bool) -> Number:
    """`Number(...)` without the frozen dataclass's __init__ (an object.__setattr__ per field, a
    quarter of the parser's time on a text of many numbers): the same fields, in the same order."""
    n = _object_new(Number)
    d = n.__dict__
    d["value"], d["decimals"], d["percent"], d["start"], d["end"] = value, decimals, percent, start, end
    d["text"], d["unit"], d["ranged"] = text, unit, ranged
    return n


_object_new = object.__new__


def _number(original: str, start: int, end: int, whole: str, frac: str = "", *, sign: str = "", scale: str = "",
            pct: bool = False, unit: str = "", ranged: bool = False) -> Number | None:
    digits = whole if whole.isdigit() else whole.translate(_SEPARATORS)  # (most numerals have no separator)
    if len(digits) + len(frac) > MAX_DIGITS:
        return None
    value = float(digits + frac) * SCALE.get(scale, 1.0) * (-1 if sign in ("-", "\u2212") else 1)
    if not math.isfinite(value):
        return None
    decimals = max(len(frac) - 1, 0) - (round(math.log10(SCALE[scale])) if scale else 0)
    return _new_number(value, decimals, pct, start, end, original[start:end], unit.strip(), ranged)


def _numbers(text: str) -> list[Number]:
    """Phases in order, each blanking what it read so the next does not read it again: what is no
    value (dates, times, versions), CSV cells, CJK percentages, ranges, numerals, CJK numerals."""
    t = fold(text)
    cjk = not t.isascii() and _CJK_NUMERAL.search(t) is not None
    if not cjk and _DIGIT.search(t) is None:  # every phase below needs a digit or a CJK numeral
        return []
    t = _uncsv(_blank(t, list(NOT_VALUES.finditer(t))))
    out: list[Number | None] = []
    if cjk:  # "百分之" holds a CJK numeral
        found = list(PERCENT_CJK.finditer(t))
        for m in found:
            whole, _, frac = m.group("n").partition(".")
            out.append(_number(text, m.start(), m.end(), whole, "." + frac if frac else "", pct=True))
        t = _blank(t, found)
    found = list(RANGE.finditer(t))
    for m in found:
        for side in ("a", "b"):
            whole, _, frac = m.group(side).partition(".")
            end = m.end(side + "pct") if m.group(side + "pct") else m.end(side)
            out.append(_number(text, m.start(side), end, whole, "." + frac if frac else "", ranged=True,
                               pct=bool(m.group("apct") or m.group("bpct"))))
    t = _blank(t, found)
    found = list(NUMBER.finditer(t))
    for m in found:
        sign, whole, frac, scale, pct, unit = m.group("sign", "int", "frac", "scale", "pct", "unit")
        end = m.end("pct" if pct else "scale" if scale else "frac" if frac else "int")
        out.append(_number(text, m.start(), end, whole, frac or "", sign=sign or "", scale=scale or "", pct=bool(pct),
                           unit=unit or ""))
    kept = [n for n in out if n]
    if cjk:  # what NUMBER read ("1.2万" with its scale) is not read again as a CJK numeral
        kept += _cjk_numbers(_blank(t, found))
    return sorted(kept, key=attrgetter("start"))


def decimals(text: Any) -> list[Number]:
    """Numbers presented as measurements: with a fractional part or a percent sign."""
    return [n for n in numbers(text) if n.decimals > 0 or n.percent]


# ---- comparing ------------------------------------------------------------------------------------


def same_value(shown: Number | float, truth: float, percent_scale: bool | None = False) -> bool:
    """`shown` is `truth` written to the precision shown ("4.4" for 4.37, "1,215" for 1,214.63).

    `percent_scale` says what scale the truth is on: True (4.37 meaning 4.37 %): a fraction written
    without a percent sign ("0.0437") is the same value too; False (0.0437 a fraction): "4.37 %" is
    too; None (unknown, as for a figure a tool printed): either.
    """
    if not isinstance(shown, Number):
        shown = Number(float(shown), _decimals_of(float(shown)), False, 0, 0, repr(shown))
    tolerance = 0.5 * 10.0 ** -shown.decimals + 1e-9
    if abs(shown.value - truth) <= tolerance:
        return True
    as_fraction = percent_scale is not False and not shown.percent and abs(shown.value) <= 1
    as_percentage = percent_scale is not True and (shown.percent or percent_scale is None)
    return bool(
        (as_fraction and abs(shown.value * 100 - truth) <= tolerance * 100)
        or (as_percentage and abs(shown.value / 100 - truth) <= tolerance / 100)
    )


def _decimals_of(x: float) -> int:
    s = repr(float(x))
    return len(s.partition(".")[2].rstrip("0")) if "e" not in s else 6


def matches(reported: Number, seen: Iterable[float]) -> bool:
    """A reported number is one of the seen values (rounded to its precision, or as a
    fraction/percentage of it)."""
    return any(same_value(reported, s, None) for s in seen)


# ---- labels (what a number is given as) -------------------------------------------------------------

LABEL_END = re.compile(r"(?:[:=]|\bis|\bwas|\bof|\bat)\s*(?:about\s+|approximately\s+|~\s*)?$")
STOP = {"the", "a", "an", "of", "is", "was", "at", "our", "my", "its", "this", "that", "value", "measured", "reported",
        "current", "new", "final", "result", "results", "number", "and", "to", "in", "on", "for", "we", "i", "it"}


LABEL_ENDINGS = (":", "=", "is", "was", "of", "at", "about", "approximately", "~")
SENTENCE_END = re.compile(r"[.;!?]\s")
CELL_NAME = re.compile(r"(?<![\w.])([A-Z][A-Za-z]{2,}(?: [A-Z][A-Za-z]+)?)\s+$")
LABEL_TAIL = re.compile(r"[A-Za-z][A-Za-z0-9 _\-/()',.]*$")
WORD = re.compile(r"[a-z]+")


def label_of(text: str, number: Number) -> str:
    """The normalised label a number is given in its text ('missed-tumour rate: 2.2' -> 'missed tumour rate'),
    or '' when it has none. The label is the words just before a ':', '=', 'is', 'of'."""
    line_start = text.rfind("\n", 0, number.start) + 1
    before = text[max(line_start, number.start - 70):number.start]
    if "." in before or ";" in before or "!" in before or "?" in before:  # (a split needs one: quick test first)
        before = SENTENCE_END.split(before)[-1]  # only this sentence
    # (quick test first: LABEL_END can only match a text that ends so, once trailing spaces are cut)
    m = LABEL_END.search(before[-30:]) if before[-30:].rstrip().endswith(LABEL_ENDINGS) else None
    if not m:  # a table cell: the name just before the number ("2. Cardiprex  7.10")
        # (quick tests first: the name is followed by spaces and starts with a capital, which lower() changes)
        name = CELL_NAME.search(before) if before[-1:].isspace() and before.lower() != before else None
        return name.group(1).lower() if name and name.group(1).lower() not in STOP else ""
    label = before[:len(before) - len(before[-30:]) + m.start()]
    tail = LABEL_TAIL.search(label.rstrip())  # only words right before the separator
    words = [w for w in WORD.findall(tail.group(0).lower()) if w not in STOP] if tail else []
    words = words[-3:]
    return " ".join(words) if any(len(w) >= 3 for w in words) else ""


_LABELLED = ContentMemo(20_000)


def labelled(text: str) -> list[tuple[str, Number]]:
    return list(_LABELLED.get(digest(text or ""), lambda: tuple(_labelled(text))))


def _labelled(text: str) -> list[tuple[str, Number]]:
    return [(label, n) for n in numbers(text) if (label := label_of(text, n))]
