"""The template chooser: the templates with a preview of each."""

from __future__ import annotations

from netizen_editor.settings import Settings


def test_the_chooser_previews_each_template(qtbot):
    from netizen_editor.gui.dialogs.template_dialog import TemplateDialog

    dialog = TemplateDialog(Settings(ui_language="en", default_author="Ani"), "ekonomi")
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
