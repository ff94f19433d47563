from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def isolated_config(tmp_path, monkeypatch):
    """Private folders, and settings in English (the tests read the English texts)."""
    monkeypatch.setenv("NETIZEN_EDITOR_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("NETIZEN_EDITOR_DATA_DIR", str(tmp_path / "data"))
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "settings.toml").write_text('ui_language = "en"\n', encoding="utf-8")


@pytest.fixture(autouse=True)
def english_messages():
    """The tests read the English texts; the Indonesian ones are checked on their own."""
    from netizen_editor import i18n

    before = i18n.language()
    i18n.set_language("en")
    yield
    i18n.set_language(before)
