"""The history tests' article, folder and fake clock."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from netizen_editor.history.article_id import with_article_id
from netizen_editor.history.store import History

ARTICLE = """---
title: Banjir di Jakarta
summary: Hujan deras semalam membuat sejumlah jalan tergenang.
status: draft
---

Hujan deras sejak Jumat malam membuat sejumlah jalan di Jakarta tergenang.

Warga diminta waspada.
"""


class Clock:
    """A clock that stands still until moved (UTC)."""

    def __init__(self, start: dt.datetime | None = None):
        self.now = start or dt.datetime(2026, 12, 6, 3, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def article(tmp_path: Path) -> tuple[Path, str, str]:
    """An article with an id in ``tmp_path/desk/banjir.md``: (path, text, id)."""
    text, found = with_article_id(ARTICLE)
    assert found is not None
    path = tmp_path / "desk" / "banjir.md"
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    return path, text, found


@pytest.fixture
def history(article: tuple[Path, str, str], clock: Clock) -> History:
    path, _text, found = article
    return History(path.parent, found, author="Bambang", zone="WIB", clock=clock)
