""" "Image…": choose a picture (a file dialog with a preview), then its alt text, caption and
credit. The result is an :class:`~netizen_editor.gui.editor.image_import.ImportItem` the editor
brings in through the photo pipeline, written as ``![alt](src "Caption. Foto: Credit")``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from netizen_editor.gui.editor.image_import import IMAGE_SUFFIXES, ImportItem
from netizen_editor.gui.uiloader import child, load_ui
from netizen_editor.photos.options import PhotoOptions
from netizen_editor.photos.source import SourceRejected, read_image_file

PREVIEW_EDGE = 240


def _tr(text: str) -> str:
    return QCoreApplication.translate("InsertImageDialog", text)


def image_filter() -> str:
    patterns = " ".join(f"*{suffix}" for suffix in sorted(IMAGE_SUFFIXES))
    return _tr("Images") + f" ({patterns});;" + _tr("All files") + " (*)"


def preview_pixmap(path: Path, edge: int = PREVIEW_EDGE) -> QPixmap | None:
    """A small upright preview made by the photo pipeline (so HEIC and CMYK show too)."""
    from netizen_editor.photos.pipeline import make_web_copy  # loads Pillow

    try:
        source = read_image_file(path, [path.parent])
        web = make_web_copy(source.data, PhotoOptions(max_edge=edge))
    except SourceRejected:
        return None
    pixmap = QPixmap()
    return pixmap if pixmap.loadFromData(web.data) else None


class PreviewFileDialog(QFileDialog):
    """Qt's own file dialog (the same on every platform) with a picture preview beside it."""

    def __init__(self, parent: QWidget | None = None, folder: str = ""):
        super().__init__(parent, _tr("Choose an Image"), folder, image_filter())
        self.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        self.setFileMode(QFileDialog.FileMode.ExistingFile)
        self.preview = QLabel(_tr("Preview"), self)
        self.preview.setObjectName("file_preview")
        self.preview.setFixedSize(PREVIEW_EDGE, PREVIEW_EDGE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid = self.layout()
        if isinstance(grid, QGridLayout):
            grid.addWidget(self.preview, 1, grid.columnCount(), grid.rowCount() - 1, 1)
        self.currentChanged.connect(self._show_preview)

    def _show_preview(self, name: str) -> None:
        path = Path(name)
        pixmap = preview_pixmap(path) if path.suffix.lower() in IMAGE_SUFFIXES else None
        if pixmap is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(_tr("No preview"))
        else:
            self.preview.setPixmap(pixmap)


class InsertImageDialog(QDialog):
    """Asks for the picture, its alt text, caption and credit; :meth:`item` is the answer."""

    def __init__(self, parent: QWidget | None = None, folder: str = ""):
        super().__init__(parent)
        load_ui("insert_image_dialog.ui", self)
        self.folder = folder
        self.path: Path | None = None
        self.preview = child(self, QLabel, "preview_label")
        self.file_edit = child(self, QLineEdit, "file_edit")
        self.alt_edit = child(self, QLineEdit, "alt_edit")
        self.caption_edit = child(self, QLineEdit, "caption_edit")
        self.credit_edit = child(self, QLineEdit, "credit_edit")
        self.buttons = child(self, QDialogButtonBox, "buttons")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(_tr("&Insert"))
        self.ok_button.setEnabled(False)
        child(self, QPushButton, "browse_button").clicked.connect(self.browse)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def browse(self) -> None:
        dialog = PreviewFileDialog(self, self.folder)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.selectedFiles():
            self.set_path(Path(dialog.selectedFiles()[0]))

    def set_path(self, path: Path) -> bool:
        """Show ``path`` with its preview; False (and no Insert) when it is not a picture."""
        pixmap = preview_pixmap(path)
        self.file_edit.setText(str(path))
        if pixmap is None:
            self.path = None
            self.preview.setPixmap(QPixmap())
            self.preview.setText(_tr("{name} is not a picture Netizen Editor can read")
                                 .format(name=path.name))  # fmt: skip
            self.ok_button.setEnabled(False)
            return False
        self.path = path
        self.preview.setPixmap(pixmap)
        self.ok_button.setEnabled(True)
        if not self.alt_edit.text():
            self.alt_edit.setFocus()
        return True

    def item(self) -> ImportItem | None:
        if self.path is None:
            return None
        return ImportItem(
            path=self.path,
            alt=self.alt_edit.text().strip(),
            caption=self.caption_edit.text().strip(),
            credit=self.credit_edit.text().strip(),
        )


def ask_image(parent: QWidget | None, folder: str = "", alt: str = "") -> ImportItem | None:
    """Run the dialog; the chosen picture with its texts, or None when cancelled."""
    dialog = InsertImageDialog(parent, folder)
    dialog.alt_edit.setText(alt)
    dialog.browse()
    if dialog.path is None and not dialog.file_edit.text():
        return None  # cancelled in the file dialog: no second step
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.item()
