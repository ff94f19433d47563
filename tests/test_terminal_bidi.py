"""The bidi controls the text output escapes are the ones the desk window escapes
(``terminal.BIDI_CONTROLS``), the Arabic letter mark among them (QA32 #10: the terminal let it
through, a window cell must not)."""

from __future__ import annotations

import json

import pytest

from netizen_editor.terminal import bidi_escaped, json_text, terminal_safe


@pytest.mark.parametrize("control", ["\u061c", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066",
                                     "\u2069"])  # fmt: skip
def test_every_bidi_control_is_escaped_on_a_terminal_in_json_and_in_a_window(control):
    name = f"Eve{control}RTL"
    escaped = f"Eve\\u{ord(control):04x}RTL"
    assert terminal_safe(name) == bidi_escaped(name) == escaped
    written = json_text({"author": name})
    assert control not in written and json.loads(written) == {"author": name}


def test_a_window_keeps_the_other_characters_as_they_are():
    assert bidi_escaped("Baris\tdua\n\x1b é") == "Baris\tdua\n\x1b é"
