"""A desk folder of a few articles, and a private cache folder for its index."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest


def article(title: str = "Banjir di Jakarta", **fields: object) -> str:
    """An article's text with front matter ``fields`` (``labels`` a list) and a short body."""
    lines = ["---", f"title: {title}"]
    for key, value in fields.items():
        if isinstance(value, list):
            lines.append(f"{key}: [{', '.join(str(v) for v in value)}]")
        else:
            lines.append(f"{key}: {value}")
    lines += ["---", "", "JAKARTA, Netizen.co.id - Hujan deras sejak pagi merendam jalan.", ""]
    return "\n".join(lines)


def write(path: Path, text: str, mtime: float | None = None) -> Path:
    import os

    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    if mtime is not None:
        os.utime(path, (mtime, mtime))
    return path


def list_only(monkeypatch: pytest.MonkeyPatch, *folders: Path) -> None:
    """What is inside ``folders`` cannot be looked at (``os.lstat`` says EACCES; their names
    can still be listed), as under ``chmod 444`` or a list-only ACL; root's DAC override reads
    a ``r--`` folder anyway, so ``chmod`` alone does not make it here."""
    import errno
    import os

    real_lstat = os.lstat
    refused = tuple(str(folder) + os.sep for folder in folders)

    def lstat(path: str | Path, *args: Any, **kwargs: Any) -> os.stat_result:
        if os.fspath(path).startswith(refused):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_lstat(path, *args, **kwargs)

    monkeypatch.setattr(os, "lstat", lstat)


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    folder = tmp_path / "desk"
    folder.mkdir()
    return folder
