"""Every message of the desk (netizen-editor desk, its listing's problems, status changes and
renames) has its Indonesian text, with the same placeholders."""

from __future__ import annotations

from tests.messages import CORE, tr_calls, untranslated


def test_every_message_of_the_desk_has_an_indonesian_text():
    literals, computed = tr_calls(CORE / "desk")
    assert "a link to outside the desk; not read" in literals
    assert computed == [], "tr() needs a literal to be translatable"
    assert untranslated(literals) == []


def test_the_desk_lists_its_problems_in_indonesian(tmp_path, indonesian):
    from netizen_editor.desk.walk import walk_desk

    (tmp_path / "kabar.md").symlink_to(tmp_path / "hilang.md")
    assert walk_desk(tmp_path).files["kabar.md"].problem == "tautan ke berkas yang tidak ada"
