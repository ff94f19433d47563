"""Every message of the templates (netizen-editor new, New from Template…, Save as Template…,
an article's 'source_file') has its Indonesian text, with the same placeholders."""

from __future__ import annotations

from tests.messages import CORE, tr_calls, untranslated


def test_every_message_of_the_templates_has_an_indonesian_text():
    literals, computed = tr_calls(CORE / "templates")
    assert "there is no template named '{name}'; the templates are: {names}" in literals
    assert computed == [], "tr() needs a literal to be translatable"
    assert untranslated(literals) == []


def test_the_template_list_keeps_its_word_for_scripts_in_indonesian(tmp_path, capsys, monkeypatch):
    """``NAME  built-in`` as the README documents it: scripts read the word (QA29 M4)."""
    from netizen_editor import i18n
    from netizen_editor.cli import main

    monkeypatch.setattr(i18n, "_language", i18n.language())  # the command sets it: put it back

    (tmp_path / "settings.toml").write_text('ui_language = "id"\n', encoding="utf-8")
    assert main(["new", "--list-templates", "--settings", str(tmp_path / "settings.toml")]) == 0
    assert "ralat  built-in" in capsys.readouterr().out.splitlines()
