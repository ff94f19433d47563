"""The desk's house style file is set in Settings (Writing page, beside the newsroom word list
and templates folder): QA had to edit settings.toml by hand. OK saves it and the checks run
again with it; a file with a mistake is saved all the same, and the Check panel names the
file and the line of the mistake."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QTabWidget

from netizen_editor.gui.dialogs.settings_dialog import SettingsDialog
from netizen_editor.gui.panels.checks_panel import RULE_ROLE
from netizen_editor.settings import Settings, default_settings_path
from tests.gui import TIMEOUT
from tests.gui.panels.test_checks_panel import ARTICLE


def rules(window) -> set[str]:
    return {finding.rule for finding in window.checks_dock.panel.findings}


def test_the_field_sits_with_the_desk_files_and_edits_the_setting(qtbot, tmp_path):
    dialog = SettingsDialog(
        Settings(ui_language="en", house_style="/srv/redaksi/gaya.toml"), tmp_path / "s.toml"
    )
    qtbot.addWidget(dialog)
    edit = dialog.house_style_edit
    assert edit.text() == "/srv/redaksi/gaya.toml"
    label = dialog.findChild(QLabel, "house_style_edit_label")
    assert label.buddy() is edit
    assert label.text() == "&House style file:"
    assert edit.toolTip() and edit.placeholderText()
    pages = dialog.findChild(QTabWidget, "pages")
    writing = pages.widget(2)
    assert pages.tabText(2) == "&Writing" and writing.isAncestorOf(edit)
    form = writing.findChild(QFormLayout, "writing_page_form")
    below = form.getWidgetPosition(dialog.templates_folder_edit)[0] + 1
    assert form.getWidgetPosition(edit) == (below, QFormLayout.ItemRole.FieldRole)

    seen: list[Settings] = []
    dialog.previewed.connect(seen.append)
    edit.setText("  ~/gaya.toml ")
    assert dialog.settings().house_style == "~/gaya.toml"
    assert seen[-1].house_style == "~/gaya.toml"
    dialog.button_box.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    assert edit.text() == "" and dialog.settings().house_style == ""


def test_ok_saves_the_house_style_and_the_checks_use_it(qtbot, make_window, tmp_path):
    article = tmp_path / "banjir.md"
    article.write_text(ARTICLE, encoding="utf-8")
    style = tmp_path / "gaya.toml"
    style.write_text('disabled = ["summary"]\n', encoding="utf-8")
    window = make_window([article])
    qtbot.waitUntil(lambda: rules(window) == {"summary", "link-text"}, timeout=TIMEOUT)
    dialog = window.open_settings_dialog()
    dialog.house_style_edit.setText(str(style))
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()
    assert Settings.load(default_settings_path()).house_style == str(style)
    assert window.settings.house_style == str(style)
    qtbot.waitUntil(lambda: rules(window) == {"link-text"}, timeout=TIMEOUT)


def test_a_broken_house_style_is_saved_and_named_with_its_line_in_the_check_panel(
    qtbot, make_window, tmp_path: Path
):
    article = tmp_path / "banjir.md"
    article.write_text(ARTICLE, encoding="utf-8")
    style = tmp_path / "gaya.toml"
    style.write_text('disabled = ["summary"]\n\n[title-length]\nmax_px = = 580\n', "utf-8")
    window = make_window([article])
    qtbot.waitUntil(lambda: rules(window) == {"summary", "link-text"}, timeout=TIMEOUT)
    dialog = window.open_settings_dialog()
    dialog.house_style_edit.setText(str(style))
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()  # the mistake does not stop the save
    assert dialog.error_label.text() == ""
    assert Settings.load(default_settings_path()).house_style == str(style)
    panel = window.checks_dock.panel
    qtbot.waitUntil(lambda: "house-style" in rules(window), timeout=TIMEOUT)
    (finding,) = [f for f in panel.findings if f.rule == "house-style"]
    assert (finding.path, finding.line) == (style, 4)
    assert "summary" in rules(window)  # the built-in house style is used
    (item,) = [i for i in panel.finding_items() if i.data(RULE_ROLE) == "house-style"]
    assert item.text().startswith("gaya.toml:4: ")  # its file and line, as the article's have
    assert "the built-in house style is used" in item.text()
    assert item.toolTip().endswith(f"\n{style}:4")


def test_each_path_field_has_a_button_that_chooses_the_path(qtbot, tmp_path):
    """QA21: the house style, word list and templates paths had to be typed by hand."""
    from PySide6.QtGui import QAction

    dialog = SettingsDialog(Settings(ui_language="en"), tmp_path / "s.toml")
    qtbot.addWidget(dialog)
    asked: list[tuple[str, str]] = []

    def ask_file(edit, title, patterns):
        asked.append((title, patterns))
        return "" if "Word" in title else str(tmp_path / "gaya.toml")  # the list: cancelled

    dialog.ask_file = ask_file
    dialog.ask_folder = lambda edit, title: str(tmp_path / "templat")
    for name in ("house_style_edit", "newsroom_wordlist_edit", "templates_folder_edit"):
        action = dialog.findChild(QAction, f"{name}_choose")
        assert action is not None and action.toolTip() == "Choose…"
        action.trigger()
    assert dialog.settings().house_style == str(tmp_path / "gaya.toml")
    assert dialog.settings().newsroom_wordlist == ""  # Cancel leaves the field as it was
    assert dialog.settings().templates_folder == str(tmp_path / "templat")
    assert asked[0] == ("House Style File", "House style (*.toml);;All files (*)")
