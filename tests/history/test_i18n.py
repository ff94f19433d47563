"""Every message of the history has its Indonesian text, with the same placeholders."""

from __future__ import annotations

from tests.messages import CORE, tr_calls, untranslated


def test_every_message_has_an_indonesian_text_with_the_same_placeholders():
    literals, computed = tr_calls(CORE / "history")
    assert len(literals) > 20
    assert computed == [], "tr() needs a literal to be translatable"
    assert untranslated(literals) == []
