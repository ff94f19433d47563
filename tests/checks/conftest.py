from __future__ import annotations

import pytest

from netizen_editor import i18n


@pytest.fixture(autouse=True)
def indonesian():
    """The checks speak Indonesian by default; a window test may have switched to English."""
    i18n.set_language("id")
    yield
    i18n.set_language(i18n.DEFAULT_LANGUAGE)
