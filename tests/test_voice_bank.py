"""The organisms' awareness phrase bank: a local model's wording, kept apart from the detectors."""

import hashlib
import json
import random

from schemeguard.cot import corpus
from schemeguard.cot.awareness import detect_rules
from schemeguard.organisms import voice
from schemeguard.organisms.voice_bank import BANK, PROJECT_WRITTEN, check


def _rows():
    raw = (voice.resources.files("schemeguard.organisms") / BANK).read_text("utf-8")
    return [json.loads(line) for line in raw.splitlines() if line.strip()]


def test_every_thought_has_its_provenance_and_the_organisms_speak_only_recovered_ones():
    rows = _rows()
    assert len(rows) >= 20
    for r in rows:
        assert r["model"] and r["licence"] and r["lang"] in {"en", "zh", "ja"}
        assert r["prompt"] or r["model"].startswith(PROJECT_WRITTEN)
        assert hashlib.sha256(r["text"].encode()).hexdigest() == r["sha256"]
    spoken = {t for texts in voice.AWARENESS.values() for t in texts}
    assert spoken == {r["text"] for r in rows if r["recovered"]}
    assert len(voice.AWARENESS["en"]) >= 3
    for text in spoken:
        assert detect_rules(text).aware, text  # the detector that ships finds every planted thought


def test_the_bank_is_not_in_the_cot_corpus_nor_the_rules_own_wording():
    passages = {p.text for p in corpus.passages(include_cache=False) if p.text}
    for r in _rows():
        assert r["text"] not in passages
    generated = [r for r in _rows() if not r["model"].startswith(PROJECT_WRITTEN)]
    found = check()
    assert sum(n for _, n in found.values()) == len(generated)
    assert sum(k for k, _ in found.values()) == sum(r["recovered"] for r in generated)
    assert all(r["lang"] != "en" for r in _rows() if r["model"].startswith(PROJECT_WRITTEN))  # English is all the model's


def test_the_models_wording_is_in_no_classifier_training_data():
    # the project's labelled awareness sentences train the awareness classifier; the six project-written zh/ja bank
    # lines are among them (marked circular), the local model's generated lines must never be
    from schemeguard.cot import validation

    trained = {text for text, _ in validation.synthetic_awareness()}
    trained |= {p.text for p in corpus.passages(include_cache=False) if p.text}
    generated = [r for r in _rows() if not r["model"].startswith(PROJECT_WRITTEN)]
    assert generated and not [r["text"] for r in generated if r["text"] in trained]


def test_awareness_thoughts_vary_and_skip_a_language_with_no_recovered_thought():
    rng = random.Random(0)
    said = {voice.awareness_thought(rng) for _ in range(200)}
    assert len(said) >= 3
    assert said <= {t for texts in voice.AWARENESS.values() for t in texts}
