"""Every message of the history has its Indonesian text, with the same placeholders."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import netizen_editor.history
from netizen_editor import i18n

HISTORY = Path(netizen_editor.history.__file__).parent
_FIELD = re.compile(r"\{(\w+)\}")


def _literals() -> set[str]:
    found = set()
    for path in sorted(HISTORY.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "tr":
                arg = node.args[0]
                assert isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                found.add(arg.value)
    return found


def test_every_message_has_an_indonesian_text_with_the_same_placeholders():
    catalog = i18n.catalog("id")
    literals = _literals()
    assert len(literals) > 20
    assert not [text for text in literals if text not in catalog]
    for text in literals:
        assert set(_FIELD.findall(catalog[text])) == set(_FIELD.findall(text)), text
