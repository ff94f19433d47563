"""Every message of the checks has its Indonesian text, and the text keeps its placeholders."""

from __future__ import annotations

import pytest

from netizen_editor import i18n
from tests.messages import CORE, tr_calls, untranslated


def test_the_scan_sees_the_checks_messages():
    literals, computed = tr_calls(CORE / "checks")
    assert "the article has no headline" in literals
    assert len(literals) > 40
    assert computed == [], f"tr() needs a literal to be translatable: {computed}"


def test_every_message_has_an_indonesian_text_with_the_same_placeholders():
    literals, _ = tr_calls(CORE / "checks")
    assert untranslated(literals) == []


@pytest.fixture
def language():
    yield i18n.set_language
    i18n.set_language(i18n.DEFAULT_LANGUAGE)


def test_findings_read_in_the_settings_language(language):
    from netizen_editor.checks.context import check_text
    from netizen_editor.settings import Settings

    language("id")
    (finding,) = [f for f in check_text("Teks.\n", None, Settings()) if f.rule == "title-length"]
    assert finding.message == "artikel belum punya judul"
    language("en")
    (finding,) = [f for f in check_text("Teks.\n", None, Settings()) if f.rule == "title-length"]
    assert finding.message == "the article has no headline"
