"""Add corpus texts that no snapshot can supply to this machine's corpus cache from transcriptions, checked exactly as
`corpus fetch` checks a downloaded file: the passage text (whitespace-normalised, cut at the locator's anchor and
`chars`, as `corpus.rebuild` does) must have the record's sha256, or it is refused and listed.

Why: 253 texts of 11 sources have no snapshot on this machine (session 10), but the code index shows the same files;
a text copied from it is accepted only if it is byte-for-byte the one labelled (the sha256 was taken when it was
fetched), so a copying error can never enter the cache. The transcriptions themselves are not committed (their
sources state no licence).

Input: files of blocks `@@ <passage id>` followed by the text from the anchor on (it may run past the passage).
Usage: python -m benchmarks.cot_transcribed_cache FILE [FILE ...]   (prints verified / refused; writes the cache)
"""
import re
import sys

from schemeguard.cot import corpus


def blocks(path: str) -> list[tuple[str, str]]:
    parts = re.split(r"(?m)^@@ (\w+)\n", open(path, encoding="utf-8").read())[1:]
    return list(zip(parts[0::2], parts[1::2]))


def passage_text(record: dict, raw: str) -> str:
    loc = record["locator"]
    if "anchor" not in loc:
        return ""  # a sentence-window locator needs the whole field: fetch the file instead
    flat = re.sub(r"\s+", " ", raw).strip()
    at = flat.find(loc["anchor"])
    return flat[at:at + loc["chars"]] if at >= 0 else ""


def main(paths: list[str]) -> int:
    records = {r["id"]: r for r in corpus.records() + corpus.pending_records()}
    verified, refused = {}, []
    for path in paths:
        for pid, raw in blocks(path):
            r = records.get(pid)
            text = passage_text(r, raw) if r else ""
            if r and text and corpus.sha256(text) == r["sha256"]:
                verified[pid] = text
            else:
                refused.append(pid)
    kept = corpus.cached_texts()
    corpus.write_cache(corpus.cache_path(), {**kept, **verified})
    print(f"{len(verified)} verified, {len(refused)} refused: {' '.join(refused)}")
    print(f"cache {corpus.cache_path()}: {len(kept)} -> {len(corpus.cached_texts())} texts")
    return 1 if refused else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
