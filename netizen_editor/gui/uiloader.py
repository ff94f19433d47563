"""Build windows and dialogs from the Qt Designer forms in ``ui/``.

``load_ui(name, base)`` fills an existing widget (our subclass, with its event overrides) from
a form whose top-level class matches it, the way ``uic.loadUi`` does in PyQt.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from netizen_editor.paths import ui_path

W = TypeVar("W", bound=QWidget)


class _IntoBase(QUiLoader):
    def __init__(self, base: QWidget):
        super().__init__(base)
        self._base = base

    def createWidget(self, class_name: str, parent: QWidget | None = None, name: str = ""):
        if parent is None:
            return self._base  # the form's top-level widget is the instance we were given
        return super().createWidget(class_name, parent, name)


def load_ui(name: str, base: QWidget) -> QWidget:
    """Fill ``base`` from ``ui/<name>``; raise RuntimeError when the form cannot be loaded."""
    path = ui_path(name)
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise RuntimeError(f"cannot open the form {path}: {file.errorString()}")
    try:
        loader = _IntoBase(base)
        widget = loader.load(file, None)
    finally:
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
