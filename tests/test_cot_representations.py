"""Dense CoT passage vectors (cot.embed) and the leave-one-source-out representation comparison
(cot.representations): the held-out source never reaches training, thresholds are chosen without it."""

import numpy as np
import pytest

from schemeguard.cot import corpus, embed, representations as rep


@pytest.fixture(autouse=True)
def no_user_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("SCHEMEGUARD_CACHE", str(tmp_path / "cache"))


def passage(i: int, source: str, text: str, intent: bool) -> corpus.Passage:
    labels = {"eval_aware": False, "covert_intent": intent, "spec_citation": False}
    return corpus.Passage(f"{source}-{i}", source, "m", "en", labels, text, {"id": f"{source}-{i}"})


def toy_corpus() -> list[corpus.Passage]:
    out = []
    for s in ("a/one", "b/two", "c/three", "d/four"):
        for i in range(4):
            out.append(passage(i, s, f"we will quietly lower the score {s} {i}", True))
        for i in range(4, 10):
            out.append(passage(i, s, f"the test checks the grader output {s} {i}", False))  # hard negatives
    return out


def keyword_trainer(seen: list[set[str]]):
    """Scores by a keyword; records which sources each fit was trained on."""
    def train(texts, labels, info, label):
        seen.append(set(info["source_of"]))
        return lambda batch: [0.9 if "quietly" in t else 0.1 for t in batch]
    return train


def test_held_out_source_never_reaches_training_nor_its_threshold():
    ps = toy_corpus()
    seen: list[set[str]] = []
    result = rep.evaluate(keyword_trainer(seen), ps, "covert_intent")
    sources = {p.source for p in ps}
    # 4 outer fits, then for each held-out source 3 inner fits without it
    assert len(seen) == 4 + 4 * 3
    for trained in seen:
        assert len(trained) in (2, 3) and trained < sources
    inner = seen[4:]
    for k, held in enumerate(sorted(sources)):
        assert all(held not in t for t in inner[3 * k:3 * k + 3])
    assert result["average_precision"] == 1.0 and result["auroc"] == 1.0
    at = result["at_0.5"]
    assert at["pooled"]["all"]["tp"] == 16 and at["pooled"]["all"]["fp"] == 0
    assert at["hard_negatives"]["all"]["fp"] == 0 and at["hard_negatives"]["all"]["tn"] == 24
    assert at["macro_recall"] == 1.0 and at["by_lang"]["en"]["recall"] == 1.0
    nested = result["nested"]
    assert set(nested["thresholds"]) == sources and all(t <= 0.9 for t in nested["thresholds"].values())
    assert nested["pooled"]["all"]["recall"] == 1.0


def test_no_threshold_reaches_the_target_then_nothing_is_flagged():
    ps = toy_corpus()
    always = {p.id: 0.9 for p in ps}  # flags everything: precision 16/40 < target
    assert rep.calibrated_threshold(always, ps, "covert_intent") == rep.NEVER


def test_a_refusal_vetoes_the_intent_score():
    ps = [passage(0, "a/one", "I will not hide the lower score from the user", False),
          passage(1, "b/two", "we will quietly lower the score", True)]
    scores = rep.out_of_source_scores(lambda *a: (lambda batch: [0.9] * len(batch)), ps, "covert_intent", ["a/one", "b/two"])
    assert scores["a/one-0"] == 0.0 and scores["b/two-1"] == 0.9


def test_embedding_trainer_learns_from_vectors_and_embeds_each_text_once():
    calls: list[str] = []

    def vectors(texts):
        calls.extend(texts)
        return np.array([[1.0, 0.0] if "quietly" in t else [0.0, 1.0] for t in texts])

    ps = toy_corpus()
    result = rep.evaluate(rep.embedding_trainer(vectors, c=10.0), ps, "covert_intent", nested=False)
    assert result["auroc"] == 1.0 and result["at_0.5"]["pooled"]["all"]["recall"] == 1.0
    assert len(calls) == len(set(calls)) == len(ps)
    assert "nested" not in result


def test_averaged_trainer_means_the_two_probabilities():
    a = lambda *x: (lambda batch: [0.2] * len(batch))  # noqa: E731
    b = lambda *x: (lambda batch: [0.8] * len(batch))  # noqa: E731
    assert rep.averaged(a, b)([], [], {}, "covert_intent")(["t"]) == [0.5]


def test_format_table_names_each_detector_label_and_point():
    ps = toy_corpus()
    results = {"detectors": {"kw": {"covert_intent": rep.evaluate(keyword_trainer([]), ps, "covert_intent")}}}
    table = rep.format_table(results)
    assert "kw" in table and "at_0.5" in table and "nested" in table and "hard-negative FA 0/24" in table


class FakeLlama:
    def __init__(self):
        self.calls = 0

    def embed(self, text, normalize=False):
        self.calls += 1
        return [float(len(text)), 1.0, 0.0]


def test_local_embedder_caches_each_vector_on_disk(tmp_path):
    e = embed.LocalModelEmbedder(cache=tmp_path)
    fake = FakeLlama()
    e._llm = fake
    v = e.vectors(["abc", "de"])
    assert v.shape == (2, 3) and np.allclose(np.linalg.norm(v, axis=1), 1.0)
    again = embed.LocalModelEmbedder(cache=tmp_path)
    again._llm = FakeLlama()
    assert np.allclose(again.vectors(["abc", "de"]), v) and again._llm.calls == 0  # read back from disk
    assert fake.calls == 2 and len(list((tmp_path / e.name).glob("*.npy"))) == 2


def test_local_embedder_says_how_to_get_a_missing_model(tmp_path):
    pytest.importorskip("llama_cpp")
    with pytest.raises(embed.EmbeddingUnavailable, match="fetch"):
        embed.LocalModelEmbedder(cache=tmp_path).vectors(["text"])


def test_unknown_embedding_kind_is_one_clear_error():
    with pytest.raises(ValueError, match="static"):
        embed.embedder("word2vec")


def test_static_embedder_reads_the_weights_inside_the_wheel(monkeypatch):
    pytest.importorskip("wordllama")
    import socket

    def no_network(*a, **k):
        raise AssertionError("the static embedder must not touch the network")

    monkeypatch.setattr(socket, "create_connection", no_network)
    e = embed.StaticEmbedder()
    v = e.vectors(["maybe this is a test", "we will lower the score", "maybe this is a test"])
    assert v.shape == (3, embed.STATIC_DIM) and np.allclose(v[0], v[2])
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0) and not np.allclose(v[0], v[1])


@pytest.mark.slow
def test_local_model_vectors_from_the_real_model():
    pytest.importorskip("llama_cpp")
    e = embed.LocalModelEmbedder()
    try:
        v = e.vectors(["maybe this is an evaluation", "I will bake bread"])
    except embed.EmbeddingUnavailable as err:
        pytest.skip(str(err))
    assert v.shape == (2, 1536) and float(v[0] @ v[1]) < 0.999


def test_a_backend_that_is_not_installed_is_reported_not_fatal(monkeypatch):
    def missing(kind):
        raise embed.EmbeddingUnavailable(f"{kind} is not installed")

    monkeypatch.setattr(embed, "embedder", missing)
    out = rep.compare(["static"], toy_corpus(), ["covert_intent"], nested=False)
    assert out["detectors"]["static"] == {"unavailable": "static is not installed"}
    assert "static         unavailable: static is not installed" in rep.format_table(out)


def test_shipped_comparison_agrees_with_the_shipped_validation_figures():
    """The comparison's `tfidf` detector is the shipped classifier's setting under the same
    leave-one-source-out: its pooled counts at 0.5 must be validation.json's classifier counts."""
    import json
    from importlib import resources

    from schemeguard.cot import validation

    shipped = json.loads(resources.files("schemeguard.cot").joinpath("corpus/representations.json").read_text())
    # every corpus passage but those the measuring machine could not rebuild, which validation.json names
    assert shipped["passages"] == len(corpus.records()) - len(validation.measured().get("unavailable", []))
    for label in rep.LABELS:
        mine = shipped["detectors"]["tfidf"][label]["at_0.5"]["pooled"]["all"]
        theirs = validation.figure(label, "classifier")
        assert {k: mine[k] for k in ("tp", "fp", "fn", "tn")} == {k: theirs[k] for k in ("tp", "fp", "fn", "tn")}
        nested = shipped["detectors"]["tfidf"][label]["nested"]
        assert set(nested["thresholds"]) == {r["source"] for r in corpus.records()}
