"""The settings dialog over the same TOML settings the command line reads.

Changes show in the preview as they are made (``previewed``); OK saves them atomically,
Cancel puts the previous settings back. Settings are a value: every change makes a new one
(``dataclasses.replace``), and ``settings()`` is the dialog's current value.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QWidget,
)

from netizen_editor.errors import SkinError, error_message
from netizen_editor.gui.uiloader import child, load_ui
from netizen_editor.publish.skins import available_skins, load_skin
from netizen_editor.settings import AdSlots, Settings

LANGUAGES = (("id", "Bahasa Indonesia"), ("en", "English"))
TIMEZONES = ("WIB", "WITA", "WIT")
PHOTO_FORMATS = (("jpeg", "JPEG"), ("webp", "WebP"))
COLOURS = ("gradient_start", "gradient_end", "accent")


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


class SettingsDialog(QDialog):
    previewed = Signal(object)  # Settings, while editing (and the old ones on Cancel)
    saved = Signal(object)  # Settings, after OK wrote them

    def __init__(self, settings: Settings, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        load_ui("settings_dialog.ui", self)
        self.original = settings
        self.path = path
        self._settings = settings
        self._filling = False
        self.site_name_edit = child(self, QLineEdit, "site_name_edit")
        self.skin_combo = child(self, QComboBox, "skin_combo")
        self.tagline_edit = child(self, QLineEdit, "tagline_edit")
        self.adsense_client_edit = child(self, QLineEdit, "adsense_client_edit")
        self.slot_edits = {
            "top": child(self, QLineEdit, "slot_top_edit"),
            "bottom": child(self, QLineEdit, "slot_bottom_edit"),
            "in_article": child(self, QLineEdit, "slot_in_article_edit"),
        }
        self.default_author_edit = child(self, QLineEdit, "default_author_edit")
        self.site_url_edit = child(self, QLineEdit, "site_url_edit")
        self.timezone_combo = child(self, QComboBox, "timezone_combo")
        self.font_combo = child(self, QFontComboBox, "font_combo")
        self.font_size_spin = child(self, QSpinBox, "font_size_spin")
        self.language_combo = child(self, QComboBox, "language_combo")
        self.newsroom_wordlist_edit = child(self, QLineEdit, "newsroom_wordlist_edit")
        self.templates_folder_edit = child(self, QLineEdit, "templates_folder_edit")
        self.house_style_edit = child(self, QLineEdit, "house_style_edit")
        self.photo_edge_spin = child(self, QSpinBox, "photo_edge_spin")
        self.photo_format_combo = child(self, QComboBox, "photo_format_combo")
        self.photo_keep_original_check = child(self, QCheckBox, "photo_keep_original_check")
        for code, label in PHOTO_FORMATS:
            self.photo_format_combo.addItem(label, code)
        self.error_label = child(self, QLabel, "error_label")
        self.button_box = child(self, QDialogButtonBox, "button_box")
        self.colour_buttons = {name: child(self, QPushButton, f"{name}_button") for name in COLOURS}
        self.colour_resets = {name: child(self, QToolButton, f"{name}_reset") for name in COLOURS}
        for name in available_skins():
            self.skin_combo.addItem(_skin_label(name), name)
        for code, label in LANGUAGES:
            self.language_combo.addItem(label, code)
        zone_names = {
            "WIB": _tr("WIB (UTC+7, western Indonesia)"),
            "WITA": _tr("WITA (UTC+8, central Indonesia)"),
            "WIT": _tr("WIT (UTC+9, eastern Indonesia)"),
        }
        for code in TIMEZONES:
            self.timezone_combo.addItem(zone_names[code], code)
        self._fill(self._settings)
        self._add_choosers()

        for edit in (self.site_name_edit, self.tagline_edit, self.adsense_client_edit,
                     self.default_author_edit, self.site_url_edit,
                     self.newsroom_wordlist_edit, self.templates_folder_edit,
                     self.house_style_edit, *self.slot_edits.values()):  # fmt: skip
            edit.textChanged.connect(self._changed)
        self.timezone_combo.currentIndexChanged.connect(self._changed)
        self.skin_combo.currentIndexChanged.connect(self._changed)
        self.font_combo.currentFontChanged.connect(self._changed)
        self.font_size_spin.valueChanged.connect(self._changed)
        self.language_combo.currentIndexChanged.connect(self._changed)
        self.photo_edge_spin.valueChanged.connect(self._changed)
        self.photo_format_combo.currentIndexChanged.connect(self._changed)
        self.photo_keep_original_check.toggled.connect(self._changed)
        for name in COLOURS:
            self.colour_buttons[name].clicked.connect(lambda _=False, n=name: self._pick(n))
            self.colour_resets[name].clicked.connect(lambda _=False, n=name: self.set_colour(n, ""))
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        restore = self.button_box.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(lambda: self._fill(Settings(), emit=True))

    def _add_choosers(self) -> None:
        """A button in each path field that opens a file or folder dialog."""
        from netizen_editor.gui.dialogs import path_browse

        text_files = _tr("Word lists (*.txt);;All files (*)")
        toml_files = _tr("House style (*.toml);;All files (*)")
        # looked up at each click: a test puts its own ask_file / ask_folder
        path_browse.add_choose(
            self.newsroom_wordlist_edit,
            _tr("Newsroom Word List"),
            lambda edit, title: self.ask_file(edit, title, text_files),
        )
        path_browse.add_choose(
            self.templates_folder_edit,
            _tr("Templates Folder"),
            lambda edit, title: self.ask_folder(edit, title),
        )
        path_browse.add_choose(
            self.house_style_edit,
            _tr("House Style File"),
            lambda edit, title: self.ask_file(edit, title, toml_files),
        )

    def ask_file(self, edit: QLineEdit, title: str, patterns: str) -> str:
        """A file chosen in a dialog, or "" (tests replace this)."""
        from netizen_editor.gui.dialogs.path_browse import ask_file

        return ask_file(edit, title, patterns)

    def ask_folder(self, edit: QLineEdit, title: str) -> str:
        """A folder chosen in a dialog, or "" (tests replace this)."""
        from netizen_editor.gui.dialogs.path_browse import ask_folder

        return ask_folder(edit, title)

    # -- values --------------------------------------------------------------------------------
    def settings(self) -> Settings:
        return self._settings

    def set_colour(self, name: str, value: str) -> None:
        colour: dict[str, Any] = {name: value}  # one of COLOURS
        self._settings = replace(self._settings, **colour)
        self._show_colour(name)
        self.previewed.emit(self.settings())

    def pick_colour(self, initial: QColor) -> QColor | None:
        """Ask for a colour (tests replace this)."""
        colour = QColorDialog.getColor(initial, self, _tr("Choose a Colour"))
        return colour if colour.isValid() else None

    def _pick(self, name: str) -> None:
        colour = self.pick_colour(QColor(self._effective_colour(name)))
        if colour is not None:
            self.set_colour(name, colour.name())

    def _effective_colour(self, name: str) -> str:
        value = getattr(self._settings, name)
        if value:
            return value
        try:
            return str(load_skin(self._settings.skin).defaults.get(name, "#000000"))
        except SkinError:
            return "#000000"

    def _show_colour(self, name: str) -> None:
        value = getattr(self._settings, name)
        shown = self._effective_colour(name)
        button = self.colour_buttons[name]
        text_colour = "#ffffff" if QColor(shown).lightness() < 140 else "#000000"
        button.setText(shown if value else _tr("{colour} (skin)").format(colour=shown))
        button.setStyleSheet(
            f"QPushButton {{ background: {shown}; color: {text_colour}; padding: 4px 10px; }}"
        )
        self.colour_resets[name].setEnabled(bool(value))

    def _fill(self, settings: Settings, emit: bool = False) -> None:
        self._filling = True
        try:
            self._settings = settings
            self.site_name_edit.setText(settings.site_name)
            index = self.skin_combo.findData(settings.skin)
            if index < 0:
                self.skin_combo.addItem(settings.skin, settings.skin)
                index = self.skin_combo.count() - 1
            self.skin_combo.setCurrentIndex(index)
            self.tagline_edit.setText(settings.tagline)
            self.adsense_client_edit.setText(settings.adsense_client)
            for name, edit in self.slot_edits.items():
                edit.setText(getattr(settings.ad_slots, name))
            self.default_author_edit.setText(settings.default_author)
            self.site_url_edit.setText(settings.site_url)
            zone = self.timezone_combo.findData(settings.timezone)
            self.timezone_combo.setCurrentIndex(max(0, zone))
            self.font_combo.setCurrentFont(QFont(settings.editor_font))
            self.font_size_spin.setValue(settings.editor_font_size)
            index = self.language_combo.findData(settings.ui_language)
            if index < 0:
                self.language_combo.addItem(settings.ui_language, settings.ui_language)
                index = self.language_combo.count() - 1
            self.language_combo.setCurrentIndex(index)
            self.newsroom_wordlist_edit.setText(settings.newsroom_wordlist)
            self.templates_folder_edit.setText(settings.templates_folder)
            self.house_style_edit.setText(settings.house_style)
            self.photo_edge_spin.setValue(settings.photo_max_edge)
            index = self.photo_format_combo.findData(settings.photo_format)
            self.photo_format_combo.setCurrentIndex(max(0, index))
            self.photo_keep_original_check.setChecked(settings.photo_keep_original)
            for name in COLOURS:
                self._show_colour(name)
        finally:
            self._filling = False
        if emit:
            self.previewed.emit(self.settings())

    def _changed(self, *_args: object) -> None:
        if self._filling:
            return
        s = self._settings
        self._settings = replace(
            s,
            site_name=self.site_name_edit.text().strip() or Settings().site_name,
            skin=str(self.skin_combo.currentData() or s.skin),
            tagline=self.tagline_edit.text().strip(),
            adsense_client=self.adsense_client_edit.text().strip(),
            ad_slots=AdSlots(**{n: e.text().strip() for n, e in self.slot_edits.items()}),
            default_author=self.default_author_edit.text().strip(),
            site_url=self.site_url_edit.text().strip() or Settings().site_url,
            timezone=str(self.timezone_combo.currentData() or s.timezone),
            editor_font=self.font_combo.currentFont().family(),
            editor_font_size=self.font_size_spin.value(),
            ui_language=str(self.language_combo.currentData() or s.ui_language),
            newsroom_wordlist=self.newsroom_wordlist_edit.text().strip(),
            templates_folder=self.templates_folder_edit.text().strip(),
            house_style=self.house_style_edit.text().strip(),
            photo_max_edge=self.photo_edge_spin.value(),
            photo_format=str(self.photo_format_combo.currentData() or "jpeg"),
            photo_keep_original=self.photo_keep_original_check.isChecked(),
        )
        for name in COLOURS:
            self._show_colour(name)
        self.error_label.clear()
        self.previewed.emit(self.settings())

    # -- closing -------------------------------------------------------------------------------
    def accept(self) -> None:
        try:
            self._settings.save(self.path)
        except OSError as exc:
            message = error_message(exc)
            self.error_label.setText(_tr("The settings were not saved: {problem}").format(
                problem=message))  # fmt: skip
            return
        self.saved.emit(self.settings())
        super().accept()

    def reject(self) -> None:
        self.previewed.emit(self.original)
        super().reject()


def _skin_label(name: str) -> str:
    try:
        return str(load_skin(name).defaults.get("label", name))
    except SkinError:
        return name
