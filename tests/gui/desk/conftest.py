"""A desk folder of a few stories (statuses, authors, labels, dates, a subfolder, one file
that is not an article), a private cache folder for its index, and a window showing it."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from netizen_editor.gui.window.main_window import MainWindow
from netizen_editor.settings import Settings
from netizen_editor.storage.datadirs import CACHE_ENV
from tests.gui import TIMEOUT

#: (path, title, status, author, labels, date, mtime): newest change last
STORIES = (
    ("banjir-jakarta.md", "Banjir Rendam Jakarta Utara", "draft", "Budi Santoso",
     ["Nasional"], "2026-12-01T08:00:00+07:00", 1_000),
    ("ekonomi/harga-beras.md", "Harga Beras Naik Jelang Natal", "review", "Sri Wahyuni",
     ["Ekonomi"], "2026-12-03T10:00:00+07:00", 2_000),
    ("olahraga/timnas.md", "Timnas Menang Tipis atas Vietnam", "ready", "Budi Santoso",
     ["Olahraga", "Nasional"], "2026-12-05T19:30:00+07:00", 3_000),
    ("pemilu-daerah.md", "KPU Tetapkan Jadwal Pilkada Ulang", "published", "Rina Kartika",
     ["Politik"], "2026-11-20T09:00:00+07:00", 4_000),
)  # fmt: skip


def story(title: str, status: str, author: str, labels: list[str], date: str) -> str:
    return (
        f"---\ntitle: {title}\nstatus: {status}\nauthor: {author}\neditor: Dewi Lestari\n"
        f"labels: [{', '.join(labels)}]\ndateline: JAKARTA\ndate: {date}\n"
        "summary: Ringkasan berita untuk pembaca.\n---\n\n"
        "JAKARTA, Netizen.co.id - Warga sekitar bantaran kali mengungsi sejak pagi. "
        "Petugas gabungan membuka posko di balai kelurahan.\n"
    )


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(cache))
    return cache


@pytest.fixture
def desk_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "redaksi"
    for path, title, status, author, labels, date, mtime in STORIES:
        file = folder / path
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(story(title, status, author, labels, date), encoding="utf-8")
        os.utime(file, (1_700_000_000 + mtime, 1_700_000_000 + mtime))
    (folder / "rusak.md").write_bytes(b"\x00\x01\x02 binary \xff\xfe")  # not an article
    return folder


@pytest.fixture
def desk_window(make_window, desk_folder, qtbot) -> Callable[..., MainWindow]:
    """A window (author "Budi Santoso" in its settings) showing ``desk_folder``."""

    def make(settings: Settings | None = None, rows: int = 5) -> MainWindow:
        settings = settings or Settings(ui_language="en", default_author="Budi Santoso")
        window = make_window(settings=settings)
        assert window.desk.open_desk(desk_folder)
        qtbot.waitUntil(lambda: window.desk.panel.model.rowCount() == rows, timeout=TIMEOUT)
        return window

    return make
