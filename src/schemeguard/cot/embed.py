"""Dense sentence vectors for CoT passages, from three offline sources.

- `static`: WordLlama's l2_supercat token embeddings (MIT), which ship *inside* the `wordllama`
  wheel (16 MB, 256 dimensions); loaded with downloads disabled, so nothing is fetched at run time.
  Average-pooled token vectors: cheap (milliseconds a passage) and deterministic.
- `local`: the local Qwen2.5-Coder-1.5B GGUF (`schemeguard local fetch`) through llama.cpp with
  `embedding=True`, mean-pooled over the passage's tokens (1536 dimensions). Slow on a shared CPU,
  so every vector is cached on disk keyed by the model and the text's sha256.
- `minilm`: all-MiniLM-L6-v2 sentence embeddings (384 dimensions), the monitors' embedder
  (`monitors.probe`, the `probe` extra: the model ships inside its wheel).

Both return float32 L2-normalised rows, one per text.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any, Protocol, Sequence

STATIC_DIM = 256


class EmbeddingUnavailable(Exception):
    """The embedding backend is not installed or its model file is missing."""


class Embedder(Protocol):
    name: str

    def vectors(self, texts: Sequence[str]) -> Any: ...


def _normalise(x: Any) -> Any:
    import numpy as np

    x = np.asarray(x, dtype=np.float32)
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return x / np.where(norms == 0, 1.0, norms)


class StaticEmbedder:
    """WordLlama l2_supercat vectors from the weights inside the wheel (no download)."""

    name = f"wordllama-l2_supercat-{STATIC_DIM}"

    def __init__(self) -> None:
        try:
            from importlib import resources

            from safetensors import safe_open
            from tokenizers import Tokenizer
            from wordllama.inference import WordLlamaInference
        except ImportError as e:  # the base install has it; a trimmed one may not
            raise EmbeddingUnavailable("the static embeddings need the `wordllama` package (pip install wordllama)") from e
        # built from the wheel's own files: WordLlama.load() looks for the tokenizer in a folder the
        # wheel does not have ("tokenizer/", shipped as "tokenizers/") and would try to download it
        package = resources.files("wordllama")
        weights = package.joinpath("weights", f"l2_supercat_{STATIC_DIM}.safetensors")
        tokenizer = package.joinpath("tokenizers", "l2_supercat_tokenizer_config.json")
        if not (weights.is_file() and tokenizer.is_file()):
            raise EmbeddingUnavailable(f"wordllama's shipped weights or tokenizer are missing ({weights}, {tokenizer})")
        with safe_open(str(weights), framework="np", device="cpu") as f:
            table = f.get_tensor("embedding.weight")
        self._model = WordLlamaInference(table, Tokenizer.from_file(str(tokenizer)))

    def vectors(self, texts: Sequence[str]) -> Any:
        import numpy as np

        if not texts:
            return np.zeros((0, STATIC_DIM), dtype=np.float32)
        return _normalise(self._model.embed([t or "" for t in texts], norm=False))


def cache_dir() -> Path:
    root = os.environ.get("SCHEMEGUARD_CACHE") or os.path.join(os.path.expanduser("~"), ".cache", "schemeguard")
    return Path(root) / "embeddings"


class LocalModelEmbedder:
    """Mean-pooled llama.cpp embeddings of a catalogued local model, cached per text on disk."""

    def __init__(self, model: str = "qwen2.5-coder-1.5b", n_threads: int = 2, cache: Path | None = None,
                 model_path: Path | None = None) -> None:
        self.name = f"llamacpp-{model}-mean"
        self._model_name, self._n_threads, self._model_path = model, n_threads, model_path
        self._cache = (cache or cache_dir()) / self.name
        self._llm: Any = None

    def _load(self) -> Any:
        if self._llm is None:
            try:
                import llama_cpp
            except ImportError as e:
                raise EmbeddingUnavailable("the local-model embeddings need llama-cpp-python (pip install 'schemeguard[local]')") from e
            path = self._model_path
            if path is None:
                from schemeguard.local.fetch import verified_path

                try:
                    path = verified_path(self._model_name)
                except Exception as e:  # not fetched yet: say how
                    raise EmbeddingUnavailable(str(e)) from e
            self._llm = llama_cpp.Llama(model_path=str(path), embedding=True, n_ctx=1024, n_batch=1024,
                                        n_threads=self._n_threads, pooling_type=llama_cpp.LLAMA_POOLING_TYPE_MEAN,
                                        seed=0, verbose=False)
        return self._llm

    def _file(self, text: str) -> Path:
        return self._cache / (hashlib.sha256(text.encode("utf-8")).hexdigest() + ".npy")

    def vectors(self, texts: Sequence[str]) -> Any:
        import numpy as np

        rows = []
        for text in texts:
            path = self._file(text or "")
            if path.exists():
                rows.append(np.load(path))
                continue
            vec = np.asarray(self._load().embed(text or " ", normalize=False), dtype=np.float32)
            if vec.ndim == 2:  # a backend that returns per-token rows: pool them here
                vec = vec.mean(axis=0)
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(path.name + ".tmp.npy")
            np.save(tmp, vec)
            tmp.replace(path)
            rows.append(vec)
        if not rows:
            return np.zeros((0, 0), dtype=np.float32)
        return _normalise(np.stack(rows))


class MiniLMEmbedder:
    name = "minilm"

    def vectors(self, texts: Sequence[str]) -> Any:
        from schemeguard.monitors.probe import MiniLM, ProbeUnavailable

        try:
            return _normalise(MiniLM().embed(list(texts)))
        except ProbeUnavailable as e:
            raise EmbeddingUnavailable(str(e)) from e


KINDS = {"static": StaticEmbedder, "minilm": MiniLMEmbedder, "local": LocalModelEmbedder}


def embedder(kind: str) -> Embedder:
    if kind not in KINDS:
        raise ValueError(f"unknown embedding kind {kind!r} ({', '.join(KINDS)})")
    return KINDS[kind]()
