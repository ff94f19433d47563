"""Fixtures of the review and history commands' tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def english(tmp_path):
    """The user's settings (English, WIB) where the commands look for them: the config folder
    of ``tests.review.test_cli.isolated_config``."""
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "settings.toml").write_text('ui_language = "en"\ntimezone = "WIB"\n')
