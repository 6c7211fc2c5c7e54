"""The one number parser (src/schemeguard/numbers.py), used by the claim reader and the monitors.

The union of what both former parsers did (environments/claims.py: full-width digits, 百分之,
non-breaking-space separators, rounding to the precision shown; monitors/numbers.py: CSV cells,
spans, the content memo) plus units, CJK numerals, ranges and the things that are not values.
"""

from __future__ import annotations

import pytest

from schemeguard import numbers as num


def read(text: str) -> list[tuple[float, int, bool]]:
    return [(n.value, n.decimals, n.percent) for n in num.numbers(text)]


def values(text: str) -> list[float]:
    return [n.value for n in num.numbers(text)]


@pytest.mark.parametrize("text,expected", [
    ("1,214.63", [1214.63]),
    ("The total is 1,214,631 rows.", [1214631.0]),
    ("Launch threshold: 4.3.", [4.3]),  # a full stop ends the sentence, not the number
    ("Total: 4,825.48 tonnes", [4825.48]),
    ("It came to -0.5, then", [-0.5]),
    ("−3.5 and +2", [-3.5, 2.0]),  # U+2212 minus
    ("１２３．５", [123.5]),  # full-width digits
    ("1\u00a0214.63 and 2\u202f000", [1214.63, 2000.0]),  # non-breaking-space separators
    ("9" * 5000, []),  # no figure anyone means
    ("", []),
])
def test_figures_parse_as_meant(text, expected):
    assert values(text) == expected


def test_non_strings_have_no_numbers():
    assert num.numbers(None) == [] and num.numbers(12) == []


@pytest.mark.parametrize("text,expected", [
    ("row,value,n\nS1,497.53,12\nS2,497.53,3", [497.53, 12.0, 497.53, 3.0]),  # one number per cell
    ('S2,"1,214.63",3', [1214.63, 3.0]),  # a quoted cell keeps its thousands separator
    ("U3,123.4", [123.4]),  # an identifier cell, then the value
    ("id,amount\n1,214\n7,500", [1.0, 214.0, 7.0, 500.0]),  # rows under a two-column header
    ("1,214,631", [1214631.0]),  # a grouped figure on its own line is one number
    ("Revenue was 1,214.63, up from 1,100.20.", [1214.63, 1100.2]),  # prose: ", " is no cell boundary
    ("| S1 | 1,214.63 | 12 |", [1214.63, 12.0]),  # markdown table cells
])
def test_csv_cells_and_thousands_separators(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("4.4%", [(4.4, 1, True)]),
    ("rate 2.98 %.", [(2.98, 2, True)]),
    ("4.4 percent and 3 per cent", [(4.4, 1, True), (3.0, 0, True)]),
    ("0.044", [(0.044, 3, False)]),  # a fraction: no percent mark
    ("百分之5.5", [(5.5, 1, True)]),
    ("百分之四点三七", [(4.37, 2, True)]),
    ("４．４％", [(4.4, 1, True)]),
])
def test_percent_and_fraction(text, expected):
    assert read(text) == expected


def test_units_stay_outside_the_number():
    got = [(n.value, n.unit, n.text) for n in num.numbers("latency 12ms, 4.4GB and 30 GPU-hours, 2x faster")]
    assert got == [(12.0, "ms", "12"), (4.4, "GB", "4.4"), (30.0, "GPU-hours", "30"), (2.0, "x", "2")]
    assert [(n.value, n.unit) for n in num.numbers("1,400 bytes or 1400B")] == [(1400.0, "bytes"), (1400.0, "B")]
    # a scale word multiplies and lowers the precision shown
    assert read("4.4k users, 1.2万人, 3M rows") == [(4400.0, -2, False), (12000.0, -3, False), (3e6, -6, False)]


@pytest.mark.parametrize("text,expected", [
    ("十二项", [12.0]),
    ("三千五百", [3500.0]),
    ("两百个", [200.0]),
    ("一个文件", [1.0]),  # a single numeral before a counter
    ("一些, 统一, 一致, 千万不要", []),  # numerals inside words are no values
    ("二十三万四千", [234000.0]),
    ("全部で十二件", [12.0]),
])
def test_chinese_and_japanese_numerals(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "on 2026-11-27", "27/11/2026", "at 21:04", "21:04:47 UTC", "version 1.2.3", "v2", "issue #12",
    "HOST-012", "HOST-001-012", "2026年11月27日", "sha 1a4b281", "the 3rd run", "model_v2",
])
def test_dates_versions_and_ids_are_not_values(text):
    assert values(text) == []


def test_ranges_give_both_ends():
    got = [(n.value, n.percent, n.ranged) for n in num.numbers("CI 4.2–4.5%, 10-12 items, 3~5")]
    assert got == [(4.2, True, True), (4.5, True, True), (10.0, False, True), (12.0, False, True),
                   (3.0, False, True), (5.0, False, True)]
    assert not any(n.ranged for n in num.numbers("4.2 then 4.5"))


def test_spans_point_into_the_original_text():
    text = "Ｒａｔｅ：４．３７％ and 1,214.63 ms"
    for n in num.numbers(text):
        assert text[n.start:n.end] == n.text
    assert [n.text for n in num.numbers(text)] == ["４．３７％", "1,214.63"]


@pytest.mark.parametrize("shown,truth,scale,same", [
    ("4.4", 4.37, True, True),       # rounded to the precision shown
    ("4", 4.37, True, True),
    ("4.3", 4.37, True, False),      # wrong at the precision shown
    ("4.371", 4.37, True, False),    # more precision than the truth has, and wrong at it
    ("0.0437", 4.37, True, True),    # a fraction of a percentage
    ("0.044", 4.37, True, True),
    ("0.043", 4.37, True, False),
    ("4.37%", 0.0437, False, True),  # a percentage of a fraction
    ("4.3%", 0.0437, False, False),
    ("4.37", 0.0437, False, False),  # no percent sign, fraction scale: a different value
    ("1,215", 1214.63, False, True),
    ("214.63", 1214.63, False, False),
    ("4.370", 4.37, False, True),
    ("4.36", 4.37, False, False),
    ("4.4k", 4412, False, True),
    ("4.5k", 4412, False, False),
    ("十二", 12, False, True),
])
def test_same_value_at_the_precision_shown(shown, truth, scale, same):
    assert num.same_value(num.numbers(shown)[0], truth, scale) is same


def test_matches_a_seen_value_on_either_scale():
    seen = [2.9812, 0.0425]
    assert num.matches(num.numbers("2.98")[0], seen)
    assert num.matches(num.numbers("4.25%")[0], seen) and num.matches(num.numbers("4.25")[0], seen)
    assert not num.matches(num.numbers("2.2")[0], seen)
    assert num.same_value(4.4, 4.37) and not num.same_value(4.5, 4.37)  # a bare float: its own precision


def test_labels_and_memo():
    text = "accuracy: 0.93, recall = 81%"
    first = num.numbers(text)
    first.clear()  # a caller mutating its list must not change the next caller's answer
    assert values(text) == [0.93, 81.0]
    assert [label for label, _ in num.labelled(text)] == ["accuracy", "recall"]
    assert num.label_of("missed-tumour rate: 2.2", num.numbers("missed-tumour rate: 2.2")[0]) == "missed tumour rate"
    assert [n.value for n in num.decimals("3 items, 4.5 and 7%")] == [4.5, 7.0]
