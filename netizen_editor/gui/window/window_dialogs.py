"""The dialogs the main window opens: export, settings, cheat sheet, about.

Each opener takes what it needs as arguments, not the window, so this module imports nothing
of the window's. The texts keep the ``MainWindow`` translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from netizen_editor import APP_NAME, __version__
from netizen_editor.gui.dialogs.placement import centre_on
from netizen_editor.settings import Settings

if TYPE_CHECKING:
    from netizen_editor.gui.dialogs.export_dialog import ExportDialog
    from netizen_editor.gui.dialogs.settings_dialog import SettingsDialog
    from netizen_editor.gui.window.document_tab import DocumentTab
    from netizen_editor.gui.window.session import SessionState


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def show_cheat_sheet(parent: QWidget, language: str) -> QDialog:
    from netizen_editor.gui.dialogs.cheat_sheet import CheatSheetDialog  # not at start

    dialog = CheatSheetDialog(language, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    centre_on(dialog, parent)
    dialog.raise_()
    dialog.activateWindow()  # the keys (PageDown, Escape) go to it, not to the article behind
    return dialog


def open_export_dialog(
    parent: QWidget,
    tab: DocumentTab,
    settings: Settings,
    session: SessionState,
    exported: Callable[[ExportDialog, list[Path]], None],
) -> ExportDialog:
    # imported on first use: the exporters (and Jinja2's compiler) are not needed to show
    # the window, and importing them cost ~0.1 s of the start
    from netizen_editor.gui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(
        tab.current_snapshot(),
        tab.base_path(),
        settings,
        folder=session.export_folder_for(tab.path),  # beside the story, unless sent elsewhere
        fmt=session.export_format,
        name=tab.tab_label(),
        parent=parent,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # the export runs on when its dialog is closed (ExportDialog._start), and its tab may be
    # closed meanwhile: its files are written all the same, but the window's part (the version
    # kept, the status bar) is of an open tab only
    tab.closing.connect(dialog.tab_closed)  # the dialog's method: gone with the dialog
    dialog.exported.connect(lambda written: exported(dialog, written) if dialog.tab_open else None)
    dialog.open()
    centre_on(dialog, parent)
    return dialog


def open_settings_dialog(
    parent: QWidget, settings: Settings, path: Path, apply: Callable[[Settings], None]
) -> SettingsDialog:
    from netizen_editor.gui.dialogs.settings_dialog import SettingsDialog  # on first use

    dialog = SettingsDialog(settings, path, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.previewed.connect(apply)
    dialog.saved.connect(apply)
    dialog.open()
    centre_on(dialog, parent)
    return dialog


def show_about(parent: QWidget) -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle(_tr("About {app}").format(app=APP_NAME))
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.setText(f"<h3>{APP_NAME} {__version__}</h3>")
    box.setInformativeText(
        _tr(
            "Write Netizen.co.id articles in Markdown and see them as the site will show "
            "them. Works offline; exports an article page or a Blogger post.<br><br>"
            "Your work is journaled every second and backed up before each save."
        )
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    centre_on(box, parent)  # after open: a message box sizes itself when shown
    return box


def exported_message(written: list[Path], problem: str = "") -> str:
    """What the status bar says after an export: where it went, the post settings' file beside
    it (Blogger, Atom), and a history that could not be kept (``problem``)."""
    from netizen_editor.gui.window.versions import problem_note

    main = written[0]  # the page, the Blogger body or the Atom file; its side files follow
    message = _tr("Exported to {path}").format(path=main)
    notes = next((p for p in written[1:] if p.name.endswith(".post.txt")), None)
    if notes is not None:  # Blogger, Atom
        message += _tr(", with the post settings in {name}").format(name=notes.name)
    if problem:
        message += " — " + problem_note(problem)
    return message
