"""Build windows and dialogs from the Qt Designer forms in ``ui/``.

``load_ui(name, base)`` fills an existing widget (our subclass, with its event overrides) from
a form whose top-level class matches it, the way ``uic.loadUi`` does in PyQt:

- a dialog: a loader whose ``createWidget`` hands out ``base`` for the form's top level, so the
  form's own connections (OK → ``accept``) reach it;
- the main window and plain widgets, which are on the way to the window's first frame: Qt's
  loader as it is, then ``base`` takes over the parts (a main window's central widget, menu
  bar, tool bars, docks and status bar) or the form (a widget, inside ``base``). A Python
  ``createWidget`` makes PySide make most widget classes it has, with their enums: ~12 ms.

Start-up hooks, each checked against the installed PySide6 by ``tests/gui/test_startup_hooks.py``
(it fails naming the hook when one no longer applies). Measured with PySide6 6.11.3 on the 2
shared cores of the development machine, medians of 5 fresh interpreters:

- ``_without_plugins``: ``QUiLoader()`` 21.4 ms with PySide6's designer plugins (libPySidePlugin,
  qquickwidget and qwebengineview, which maps QtWebEngine) → 0.1 ms without: ~21 ms.
- Qt's loader as it is for the main window and widgets (no Python ``createWidget``): loading
  ``main_window.ui`` 8.6 ms, PySide makes 11 QtWidgets classes; with a Python ``createWidget``
  20.4 ms and 69 classes: ~12 ms.
- ``_take_main_window``'s typed look-ups: ``findChildren(QToolBar)`` and ``(QDockWidget)`` make
  3 classes; ``children()`` would make every class left (98 more) in 33.7 ms: ~34 ms.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QDialog, QDockWidget, QMainWindow, QToolBar, QVBoxLayout, QWidget

from netizen_editor.paths import ui_path

W = TypeVar("W", bound=QWidget)


def _without_plugins(make):
    # QUiLoader loads every Qt Designer plugin under the library paths as it is made: in a
    # source checkout PySide6's (its Python plugin, and the web view's, which drags all of
    # QtWebEngine in before the first frame). The forms use Qt's own widgets only.
    # Saves ~21 ms before the first frame (see the module's notes).
    paths = QCoreApplication.libraryPaths()
    QCoreApplication.setLibraryPaths([])
    try:
        return make()
    finally:
        QCoreApplication.setLibraryPaths(paths)


class _IntoBase(QUiLoader):
    """The dialogs' loader: the form's top-level widget is the instance we were given."""

    def __init__(self) -> None:
        super().__init__()
        self.base: QWidget | None = None

    def createWidget(self, class_name: str, parent: QWidget | None = None, name: str = ""):
        if parent is None and self.base is not None:
            return self.base
        return super().createWidget(class_name, parent, name)


_into_base: _IntoBase | None = None
_plain: QUiLoader | None = None


def _open(name: str) -> QFile:
    path = ui_path(name)
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise RuntimeError(f"cannot open the form {path}: {file.errorString()}")
    return file


def load_ui(name: str, base: QWidget) -> QWidget:
    """Fill ``base`` from ``ui/<name>``; raise RuntimeError when the form cannot be loaded."""
    global _into_base, _plain
    file = _open(name)
    try:
        if isinstance(base, QDialog):
            if _into_base is None:
                _into_base = _without_plugins(_IntoBase)
            loader: QUiLoader = _into_base
            _into_base.base = base
            try:
                form = loader.load(file, None)
            finally:
                _into_base.base = None
        else:
            if _plain is None:
                _plain = _without_plugins(QUiLoader)
            loader = _plain
            form = loader.load(file, None if isinstance(base, QMainWindow) else base)
    finally:
        file.close()
    if form is None:
        raise RuntimeError(f"cannot load the form {ui_path(name)}: {loader.errorString()}")
    if form is not base:
        if isinstance(base, QMainWindow):
            _take_main_window(base, form)
        else:
            _take_widget(base, form)
    return base


def _take_main_window(base: QMainWindow, form: QWidget) -> None:
    if not isinstance(form, QMainWindow):
        raise RuntimeError(f"the form {form.objectName()!r} is not a main window")
    base.setObjectName(form.objectName())
    base.setWindowTitle(form.windowTitle())
    base.resize(form.size())
    base.setDockOptions(form.dockOptions())
    base.setDockNestingEnabled(form.isDockNestingEnabled())
    base.setUnifiedTitleAndToolBarOnMac(form.unifiedTitleAndToolBarOnMac())
    # typed look-ups: children() would hand PySide the window's private layout class, which
    # it answers by making every widget class it has (measured 33.7 ms; module notes)
    bars = [(form.toolBarArea(bar), bar) for bar in form.findChildren(QToolBar)]
    docks = [(form.dockWidgetArea(d), d) for d in form.findChildren(QDockWidget)]
    central = form.takeCentralWidget()
    if central is not None:
        base.setCentralWidget(central)
    base.setMenuBar(form.menuBar())
    base.setStatusBar(form.statusBar())
    for area, bar in bars:
        base.addToolBar(area, bar)
    for dock_area, dock in docks:
        base.addDockWidget(dock_area, dock)
    form.setParent(None)
    form.deleteLater()


def _take_widget(base: QWidget, form: QWidget) -> None:
    base.setObjectName(form.objectName())
    form.setObjectName(f"{form.objectName()}_form")
    layout = QVBoxLayout(base)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(form)


def child(base: QWidget, kind: type[W], name: str) -> W:
    """The form's widget called ``name``; a clear error when a form and the code disagree."""
    found = base.findChild(kind, name)
    if found is None:
        raise RuntimeError(f"the form has no {kind.__name__} named {name!r}")
    return found
