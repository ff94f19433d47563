"""The template chooser: the templates with a preview of each."""

from __future__ import annotations

from netizen_editor.settings import Settings


def test_the_chooser_previews_each_template(qtbot):
    from netizen_editor.gui.dialogs.template_dialog import TemplateDialog

    dialog = TemplateDialog(Settings(ui_language="en", default_author="Ani"), "Ekonomi")
    qtbot.addWidget(dialog)
    assert dialog.current_name() == "berita"  # the everyday one first
    chosen = []
    dialog.chosen.connect(lambda name, text: chosen.append((name, text)))
    for name, expected in [("live", "### "), ("advertorial", "labels: [Advertorial]"),
                           ("rilis", "source:"), ("hak-jawab", "hak jawab dari")]:  # fmt: skip
        dialog.select(name)
        assert expected in dialog.preview.toPlainText()
        assert dialog.ok_button.isEnabled()
    dialog.select("berita")
    assert "labels: [Ekonomi]" in dialog.preview.toPlainText()  # the desk
    assert "Straight news" in dialog.origin_label.text()
    page = dialog.page.toPlainText()  # the page: title, summary, body with its dateline
    assert "[Judul berita" in page and "Netizen.co.id" in page and "Baca juga" in page
    dialog.accept()
    assert chosen and chosen[0][0] == "berita" and "template: berita" in chosen[0][1]


def test_the_settings_dialog_has_the_templates_folder(qtbot, tmp_path):
    from netizen_editor.gui.dialogs.settings_dialog import SettingsDialog

    settings = Settings(ui_language="en", templates_folder="/srv/redaksi/templat")
    dialog = SettingsDialog(settings, tmp_path / "settings.toml")
    qtbot.addWidget(dialog)
    assert dialog.templates_folder_edit.text() == "/srv/redaksi/templat"
    dialog.templates_folder_edit.setText(str(tmp_path / "templat"))
    assert dialog.settings().templates_folder == str(tmp_path / "templat")


def test_the_page_preview_loads_nothing(qtbot, tmp_path):
    from netizen_editor.gui.dialogs.template_dialog import TemplateDialog

    secret = tmp_path / "rahasia.png"
    secret.write_bytes(b"not for a template")
    folder = tmp_path / "templat"
    folder.mkdir()
    (folder / "foto.md").write_text(f"---\ntitle: x\n---\n![foto]({secret})\n")
    dialog = TemplateDialog(Settings(ui_language="en", templates_folder=str(folder)))
    qtbot.addWidget(dialog)
    assert dialog.select("foto")
    assert dialog.page.loadResource(2, secret.as_uri()) is None
