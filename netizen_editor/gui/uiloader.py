"""Build windows and dialogs from the Qt Designer forms in ``ui/``.

``load_ui(name, base)`` fills an existing widget (our subclass, with its event overrides) from
a form whose top-level class matches it, the way ``uic.loadUi`` does in PyQt.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from netizen_editor.paths import ui_path

W = TypeVar("W", bound=QWidget)


class _IntoBase(QUiLoader):
    """One loader for every form, made without Designer's plugins."""

    def __init__(self) -> None:
        # QUiLoader loads every Qt Designer plugin under the library paths as it is made: in a
        # source checkout PySide6's (its Python plugin, and the web view's, which drags all of
        # QtWebEngine in before the first frame). The forms use Qt's own widgets only.
        paths = QCoreApplication.libraryPaths()
        QCoreApplication.setLibraryPaths([])
        try:
            super().__init__()
        finally:
            QCoreApplication.setLibraryPaths(paths)
        self.base: QWidget | None = None

    def createWidget(self, class_name: str, parent: QWidget | None = None, name: str = ""):
        if parent is None and self.base is not None:
            return self.base  # the form's top-level widget is the instance we were given
        return super().createWidget(class_name, parent, name)


_loader: _IntoBase | None = None


def load_ui(name: str, base: QWidget) -> QWidget:
    """Fill ``base`` from ``ui/<name>``; raise RuntimeError when the form cannot be loaded."""
    global _loader
    path = ui_path(name)
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise RuntimeError(f"cannot open the form {path}: {file.errorString()}")
    if _loader is None:
        _loader = _IntoBase()
    loader = _loader
    loader.base = base
    try:
        widget = loader.load(file, None)
    finally:
        loader.base = None
        file.close()
    if widget is None:
        raise RuntimeError(f"cannot load the form {path}: {loader.errorString()}")
    return widget


def child(base: QWidget, kind: type[W], name: str) -> W:
    """The form's widget called ``name``; a clear error when a form and the code disagree."""
    found = base.findChild(kind, name)
    if found is None:
        raise RuntimeError(f"the form has no {kind.__name__} named {name!r}")
    return found
