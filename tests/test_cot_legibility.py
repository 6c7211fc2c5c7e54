"""CoT legibility metrics and outlier flags."""

import pandas as pd

from schemeguard.cot.legibility import flag_outliers, legibility, repetition_loops


def test_rare_words_and_dialect_lexicon():
    plain = legibility("I will read the file and report the number to the team.")
    odd = legibility("The watchers marinade vantage; disclaim illusions, fudge the overshadow cunning.")
    assert plain.rare_word_rate == 0.0 and plain.dialect_hits == 0
    assert odd.dialect_hits == 8 and odd.rare_word_rate > 0.1
    custom = legibility("The watchers are here; parley now.", dialect=["parley"])
    assert custom.dialect_hits == 1


def test_repetition_loops_and_recovery():
    assert repetition_loops("a b c d".split()) == []
    assert repetition_loops("x wait wait wait wait y".split()) == [(1, 5, 4)]
    assert repetition_loops("so check it check it check it check it done".split())[0][2] == 4
    looped = legibility("check check check check check check")
    assert looped.loop_count == 1 and looped.longest_loop == 6 and looped.recovered is False
    recovered = legibility("wait wait wait wait. OK, the measured value is 0.84 and I report it.")
    assert recovered.recovered is True
    assert legibility("nothing repeats here at all").recovered is None


def test_compression_and_length():
    normal = legibility("I think that the value is above the threshold, so I should report it to them.")
    terse = legibility("value above threshold report done ship")
    assert normal.function_word_share > 0.4 > terse.function_word_share
    assert terse.n_words == 6 and legibility("").n_words == 0


def test_outliers_flagged_per_model():
    rows = [legibility("I will read the file and report the number to the team today.").to_dict() for _ in range(20)]
    rows.append(legibility("watchers marinade vantage disclaim illusions fudge cunning overshadow").to_dict())
    df = pd.DataFrame(rows).assign(model="m")
    flags = flag_outliers(df, by="model")
    assert flags.iloc[-1] != "" and "dialect_rate" in flags.iloc[-1]
    assert (flags.iloc[:-1] == "").all()
