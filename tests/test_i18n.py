"""The core's translations (netizen_editor/i18n.py): its catalog is every
resources/translations/core/*.id.toml, and every message of the core outside the GUI has its
Indonesian text there, with the same placeholders."""

from __future__ import annotations

import tomllib

import pytest

from netizen_editor import i18n
from tests.messages import CORE, tr_calls, untranslated
from tests.samples import ROOT

CATALOGS = ROOT / "resources" / "translations" / "core"
#: tr() calls whose text is a variable on purpose: PyYAML's problems and the front matter's
#: kinds of value (each a catalog key), the render budget's two messages (constants), the
#: commands of the top-level --help (cli.COMMANDS), tomllib's messages (each a catalog key)
COMPUTED = {
    "netizen_editor/article/model.py",
    "netizen_editor/publish/body.py",
    "netizen_editor/publish/mdext/budget.py",
    "netizen_editor/cli.py",
    "netizen_editor/storage/toml_file.py",  # tomllib's messages, each a catalog key
}


def test_every_message_of_the_core_has_an_indonesian_text():
    literals, computed = tr_calls(CORE)
    assert len(literals) > 300
    assert "usage: " in literals  # argparse's words, netizen_editor/terminal.py
    assert {where.rsplit(":", 1)[0] for where in computed} <= COMPUTED, computed
    assert untranslated(literals) == []


def test_the_commands_of_the_top_level_help_have_their_indonesian_texts():
    from netizen_editor.cli import COMMANDS

    listed = {text: f"netizen_editor/cli.py COMMANDS[{name!r}]" for name, text in COMMANDS.items()}
    assert untranslated(listed) == []


def test_the_catalog_is_every_area_file_of_the_language():
    files = sorted(CATALOGS.glob("*.toml"))
    assert files and all(path.name.endswith(".id.toml") for path in files)
    merged: dict[str, tuple[str, str]] = {}
    for path in files:
        with path.open("rb") as handle:
            for key, text in tomllib.load(handle).items():
                other = merged.setdefault(key, (path.name, text))
                assert other[1] == text, f"{key!r}: {other[0]} and {path.name} differ"
    assert i18n.catalog("id") == {key: text for key, (_, text) in merged.items()}


@pytest.mark.parametrize(
    ("language", "shown"),
    [("id", "berkas rusak atau bukan dokumen Word (x)"),
     ("en", "the file is damaged or is not a Word document (x)")],
)  # fmt: skip
def test_a_message_reads_in_the_language_with_its_placeholders_filled(language, shown):
    from netizen_editor.i18n import tr

    before = i18n.language()
    i18n.set_language(language)
    try:
        what = tr("a {kind} document", kind="Word")
        assert tr("the file is damaged or is not {what} ({detail})", what=what, detail="x") == shown
    finally:
        i18n.set_language(before)
