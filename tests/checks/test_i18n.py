"""Every message of the checks has its Indonesian text, and the text keeps its placeholders."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import netizen_editor.checks
from netizen_editor import i18n

CHECKS = Path(netizen_editor.checks.__file__).parent
_FIELD = re.compile(r"\{(\w+)\}")


def tr_literals() -> dict[str, str]:
    """English text of every ``tr("...")`` call in netizen_editor/checks → where it is."""
    found: dict[str, str] = {}
    for path in sorted(CHECKS.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "tr"
                and node.args
            ):
                arg = node.args[0]
                assert isinstance(arg, ast.Constant) and isinstance(arg.value, str), (
                    f"{path.name}:{node.lineno}: tr() needs a literal to be translatable"
                )
                found[arg.value] = f"{path.name}:{node.lineno}"
    return found


def test_the_scan_sees_the_checks_messages():
    literals = tr_literals()
    assert "the article has no headline" in literals
    assert len(literals) > 40


def test_every_message_has_an_indonesian_text_with_the_same_placeholders():
    catalog = i18n.catalog("id")
    missing = [f"{where}: {text}" for text, where in tr_literals().items() if text not in catalog]
    assert not missing, "no Indonesian text for:\n" + "\n".join(missing)
    for text in tr_literals():
        assert set(_FIELD.findall(catalog[text])) == set(_FIELD.findall(text)), text


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
