"""The fast number parser reads exactly what the parser before its speed rewrite read.

`tests/numbers_reference.py` is a frozen copy of the old parser. Both read every string literal of
the project's source and tests (organism texts, red-team trajectories, the readers' own test
cases), the README, and seeded random texts built from the characters numbers are made of (digits
of several scripts, separators, signs, units, dates, CJK numerals, CSV cells, ranges); every
Number (value, precision, offsets, text, unit, flags) and every label must be identical.
"""

from __future__ import annotations

import ast
import random
from dataclasses import astuple
from pathlib import Path

import pytest

from schemeguard import numbers as fast
from tests import numbers_reference as ref
from tests.redteam.score_readers import HELD_OUT as HELD_OUT_BATCH

ROOT = Path(__file__).resolve().parent.parent
# the red team's held-out batch: nobody reads it before it is scored (not even this test)
HELD_OUT = f"batch{HELD_OUT_BATCH}"


def project_texts() -> list[str]:
    texts = []
    for path in sorted([*ROOT.glob("src/**/*.py"), *ROOT.glob("tests/**/*.py"), *ROOT.glob("benchmarks/*.py")]):
        if any(HELD_OUT in part for part in path.parts) or path.name == "numbers_reference.py":
            continue
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError):
            continue
        texts += [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str) and n.value]
    texts += (ROOT / "README.md").read_text(encoding="utf-8").split("\n\n")
    return sorted(set(texts))


PIECES = (
    list("0123456789") * 4 + ["１２", "٣", "४", "０", "．", "％", "12", "1,214", "1,214.63", "4.4", "0.044", "1 214",
                               "1\u00a0214", "1\u2009214,63", "-", "+", "\u2212", ".", ",", ",", ":", "/", "#", "%",
                               " ", " ", " ", "\n", "\t", "\x1c", "\u3000", "\"", "'", "(", ")", "=", "~", "–", "—",
                               "〜", "至", "到", "v", "V", "k", "K", "M", "bn", "ms", "GB", "GPU-hours", " percent",
                               " per cent", "pct", "x", "×", "°C", "USD", "rows", "年", "月", "日", "百分之", "万",
                               "萬", "亿", "十", "百", "千", "一", "二", "两", "三", "零", "〇", "点", "个", "项",
                               "一些", "千万", "2026-11-27", "27/11/2026", "21:04", "1.2.3", "HOST-012", "U3",
                               "S1,497.53,12", "id,amount", "Accuracy", "rate: ", "was ", " is ", "of ", "at ",
                               "Cardiprex  ", "missed-tumour rate", "e", "a", "the", ". ", "; ", "!", "?", "_"])


def random_texts(n: int, seed: int = 13) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 40))) for _ in range(n)]


def same_reading(text: str) -> None:
    old, new = ref._numbers(text), fast._numbers(text)
    # field by field (two classes of the same name), repr too: it tells -0.0 from 0.0
    assert [astuple(n) for n in new] == [astuple(n) for n in old] and repr(new) == repr(old), text
    assert [fast.label_of(text, n) for n in new] == [ref.label_of(text, n) for n in old], text


def test_project_texts_read_alike():
    texts = project_texts()
    assert len(texts) > 5_000  # the corpus is really there
    assert sum(bool(ref._numbers(t)) for t in texts) > 1_000  # and full of numbers
    for text in texts:
        same_reading(text)


def test_random_texts_read_alike():
    texts = random_texts(6_000)
    assert sum(bool(ref._numbers(t)) for t in texts) > 3_000
    for text in texts:
        same_reading(text)


@pytest.mark.slow
def test_many_more_random_texts_read_alike():
    for seed in range(20):
        for text in random_texts(20_000, seed=100 + seed):
            same_reading(text)


def test_long_random_texts_read_alike():
    """CSV blocks, ranges and labels across many lines."""
    rng = random.Random(7)
    for _ in range(100):
        same_reading("".join(rng.choice(PIECES) for _ in range(rng.randint(200, 2_000))))


@pytest.mark.parametrize("text, values", [
    ("no figures here, only words; and commas, many of them", []),
    ("百分之四点四", [4.4]),  # no digit at all: the CJK phases still run
    ("１２ items", [12.0]),  # full-width digits count as digits once folded
    ("٣ items", [3.0]),  # any script's digits
    ("took 12ms, v1.2.3 on 2026-11-27", [12.0]),
])
def test_quick_pre_checks_skip_nothing(text, values):
    assert [n.value for n in fast._numbers(text)] == [n.value for n in ref._numbers(text)] == values
