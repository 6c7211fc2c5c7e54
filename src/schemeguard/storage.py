"""Log locations that may be local paths or URLs (s3://…, any fsspec filesystem).

Inspect reads and writes logs through fsspec, so an `s3://bucket/logs` log directory works for
`inspect eval`; this module gives schemeguard's own file handling (finding logs, sidecars, run
manifests) the same reach. Credentials come from the environment / the filesystem's own config
(e.g. AWS_* variables, ~/.aws); none is ever passed on a command line or written anywhere.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import IO, Any
from urllib.parse import unquote, urlparse

from fsspec.core import url_to_fs


def is_remote(location: str) -> bool:
    return "://" in location and not location.startswith("file://")


def local_path(location: str) -> str:
    """`file:///a/b` -> `/a/b`; anything else unchanged."""
    return unquote(urlparse(location).path) if location.startswith("file://") else location


def join(base: str, *parts: str) -> str:
    """Join path parts with `/` for URLs and local paths alike (never os.sep games on URLs)."""
    return "/".join([base.rstrip("/"), *[p.strip("/") for p in parts]])


def _fs(location: str) -> tuple[Any, str]:
    return url_to_fs(location)


def exists(location: str) -> bool:
    fs, path = _fs(location)
    return fs.exists(path)


def is_dir(location: str) -> bool:
    fs, path = _fs(location)
    return fs.isdir(path)


def is_file(location: str) -> bool:
    fs, path = _fs(location)
    return fs.isfile(path)


def open_file(location: str, mode: str = "rb") -> IO:
    fs, path = _fs(location)
    if "w" in mode and not is_remote(location):
        fs.makedirs(fs._parent(path), exist_ok=True)
    return fs.open(path, mode)


def remove(location: str) -> None:
    fs, path = _fs(location)
    fs.rm(path)


def write_text(location: str, text: str) -> "str | Path":
    """Write a whole file or nothing: a local file through a temporary file renamed into place, an
    object-store object with one PUT (atomic there). Returns the location written (a Path if local)."""
    if is_remote(location):
        with open_file(location, "w") as f:
            f.write(text)
        return location
    path = Path(local_path(location))
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return path


def beside(log: str, suffix: str, replace_extension: bool = False) -> str:
    """A file written next to a log: `<log><suffix>`, or `<log stem><suffix>` (URLs kept intact)."""
    base = log.rsplit(".", 1)[0] if replace_extension and "." in log.rsplit("/", 1)[-1] else log
    return base + suffix


# Inspect's log file names: `.eval` files, and `.json` files named `<ISO timestamp>...` (its other
# .json files, eval-set.json and logs.json, are not logs)
_JSON_LOG_NAME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}[:-]\d{2}[:-]\d{2}.*\.json$")


def find_logs(directory: str) -> list[str]:
    """Inspect log files under a directory (recursively), newest first: the files Inspect's
    `list_eval_logs` lists, without importing Inspect (the rollout table's fast path stays light)."""
    fs, path = _fs(directory)
    found = []
    for name, info in fs.find(path, detail=True).items():
        base = name.rsplit("/", 1)[-1]
        if info.get("type") == "file" and (base.endswith(".eval") or _JSON_LOG_NAME.match(base)):
            found.append((_mtime(info), name))
    found.sort(key=lambda item: item[0], reverse=True)
    return [fs.unstrip_protocol(name) if is_remote(directory) else name for _, name in found]


def _mtime(info: dict[str, Any]) -> float:
    value = info.get("mtime") or info.get("LastModified") or info.get("last_modified") or 0
    return value.timestamp() if hasattr(value, "timestamp") else float(value)
