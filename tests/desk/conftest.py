"""A desk folder of a few articles, and a private cache folder for its index."""

from __future__ import annotations

from pathlib import Path

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


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    folder = tmp_path / "desk"
    folder.mkdir()
    return folder
