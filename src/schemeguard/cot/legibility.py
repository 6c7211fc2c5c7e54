"""CoT legibility per rollout: rare-word rate, dialect-lexicon hits, repetition loops (and
whether the CoT recovers after one), compression (share of function words), length.

Word frequencies come from `wordfreq` (its English data ships inside the wheel: no download at
run time). A word is *rare* when its Zipf frequency is below `RARE_ZIPF` (3.0 ≈ once per million
words); tokens that are numbers, paths or identifiers are not words and are skipped.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any, Iterable

import pandas as pd

# words reported as over-represented in reasoning models' CoT; configurable per call
DEFAULT_DIALECT = ("illusions", "watchers", "disclaim", "vantage", "marinade", "overshadow", "fudge", "cunning")
RARE_ZIPF = 3.0
LOOP_MIN_REPEATS = 4  # the same word or n-gram this many times in a row is a loop
FUNCTION_WORDS = frozenset("""a an the and or but if then so because as of to in on at by for with from into
onto about than that this these those it its is are was were be been being am do does did have has had
i me my we our you your he she they them their there here not no nor can could will would should shall may
might must which who whom whose what when where why how also however therefore thus hence although though
while since until unless whether just only very too more most less some any each all both either neither""".split())
_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_TOKEN = re.compile(r"\S+")


@dataclass(frozen=True)
class Legibility:
    n_words: int
    n_chars: int
    rare_word_rate: float
    dialect_hits: int
    dialect_rate: float  # per 100 words
    loop_count: int  # maximal runs of a repeated word/n-gram
    longest_loop: int  # repeats in the longest run
    recovered: bool | None  # after the last loop, does ordinary text follow? None: no loop
    function_word_share: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _zipf():
    from wordfreq import zipf_frequency

    return zipf_frequency


def words_of(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text or "")]


def repetition_loops(tokens: list[str], max_n: int = 4, min_repeats: int = LOOP_MIN_REPEATS) -> list[tuple[int, int, int]]:
    """Runs where an n-gram (n ≤ max_n) repeats at least `min_repeats` times back to back:
    (start token, end token, repeats), non-overlapping, left to right."""
    loops, i = [], 0
    while i < len(tokens):
        best = None
        for n in range(1, max_n + 1):
            gram, reps = tokens[i:i + n], 1
            if len(gram) < n:
                break
            while tokens[i + reps * n:i + (reps + 1) * n] == gram:
                reps += 1
            if reps >= min_repeats and (best is None or reps * n > best[1] - best[0]):
                best = (i, i + reps * n, reps)
        if best:
            loops.append(best)
            i = best[1]
        else:
            i += 1
    return loops


def legibility(cot: str, dialect: Iterable[str] = DEFAULT_DIALECT, rare_zipf: float = RARE_ZIPF) -> Legibility:
    text = cot or ""
    words = words_of(text)
    zipf = _zipf()
    rare = sum(1 for w in words if zipf(w, "en") < rare_zipf)
    lexicon = {d.lower() for d in dialect}
    hits = sum(1 for w in words if w in lexicon)
    tokens = [t.lower().strip(".,;:!?\"'()") for t in _TOKEN.findall(text)]
    loops = repetition_loops(tokens)
    recovered = None
    if loops:
        tail = tokens[loops[-1][1]:]
        recovered = len(tail) >= 5 and len(set(tail)) >= 4  # ordinary varied text after the loop
    n = len(words)
    return Legibility(
        n_words=n, n_chars=len(text), rare_word_rate=rare / n if n else 0.0, dialect_hits=hits,
        dialect_rate=100 * hits / n if n else 0.0, loop_count=len(loops),
        longest_loop=max((r for _, _, r in loops), default=0), recovered=recovered,
        function_word_share=sum(1 for w in words if w in FUNCTION_WORDS) / n if n else 0.0,
    )


OUTLIER_METRICS = ("rare_word_rate", "dialect_rate", "longest_loop", "function_word_share", "n_words")


def flag_outliers(df: pd.DataFrame, by: str | list[str] = "model", k: float = 3.0) -> pd.Series:
    """Rollouts far from their group on any legibility metric: outside [Q1 − k·IQR, Q3 + k·IQR].
    Returns the names of the offending metrics per row ('' when none)."""
    reasons = pd.Series([""] * len(df), index=df.index, dtype=object)
    for _, g in df.groupby(by, dropna=False):
        for metric in OUTLIER_METRICS:
            values = g[metric].astype(float)
            q1, q3 = values.quantile(0.25), values.quantile(0.75)
            iqr = q3 - q1
            out = (values < q1 - k * iqr) | (values > q3 + k * iqr) if iqr > 0 else values != values.median()
            if iqr == 0 and len(g) < 10:
                continue  # too few rollouts to call anything an outlier
            for idx in g.index[out]:
                reasons[idx] = f"{reasons[idx]},{metric}".strip(",")
    return reasons
