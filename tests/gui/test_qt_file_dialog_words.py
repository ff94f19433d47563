"""Qt's own file dialog in the Indonesian UI: the folder dialog's type list and the file list's
Type column were English ("Directories", "Type": QA22 #9); gui/qt_strings.py lists them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QTreeView


def test_a_folder_dialog_and_its_file_list_speak_indonesian(qtbot, indonesian_ui, tmp_path):
    (tmp_path / "Nasional").mkdir()
    dialog = QFileDialog(None, "Buka Meja Redaksi")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.setDirectory(str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    types = dialog.findChild(QComboBox, "fileTypeCombo")
    assert [types.itemText(i) for i in range(types.count())] == ["Folder"]  # not "Directories"
    model = dialog.findChild(QTreeView, "treeView").model()
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers == ["Nama", "Ukuran", "Jenis", "Tanggal Diubah"]  # "Type" was English
    dialog.close()
