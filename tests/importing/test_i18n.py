"""Every message of the import (netizen-editor import, File › Import…: what cannot be imported,
what was left out) has its Indonesian text, with the same placeholders."""

from __future__ import annotations

from tests.messages import CORE, tr_calls, untranslated


def test_every_message_of_the_import_has_an_indonesian_text():
    literals, computed = tr_calls(CORE / "importing")
    assert "scripts, frames and embedded objects were left out" in literals
    assert computed == [], "tr() needs a literal to be translatable"
    assert untranslated(literals) == []


def test_an_import_refused_says_why_in_indonesian(tmp_path, capsys):
    from netizen_editor.cli import main

    (tmp_path / "settings.toml").write_text('ui_language = "id"\n', encoding="utf-8")
    (tmp_path / "tabel.xlsx").write_bytes(b"PK")
    code = main(
        ["import", str(tmp_path / "tabel.xlsx"), "--settings", str(tmp_path / "settings.toml")]
    )
    assert code == 2
    assert (
        "jenis berkas ini tidak dapat diimpor; Netizen Editor mengimpor .docx"
        in capsys.readouterr().err
    )
