"""What the desk needs of the main window, and what the desk's status action needs of the
desk: protocols, so the desk's modules never import each other in a circle."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from netizen_editor.desk.entry import DeskEntry
    from netizen_editor.gui.desk.desk_panel import DeskPanel
    from netizen_editor.gui.desk.worker import DeskWorker
    from netizen_editor.gui.window.document_tab import DocumentTab
    from netizen_editor.gui.window.file_controller import FileController
    from netizen_editor.gui.window.session import SessionState
    from netizen_editor.settings import Settings


class Prompts(Protocol):
    def error(self, title: str, text: str, info: str = "") -> None: ...


class DeskHost(Protocol):
    """What the desk needs of the main window (a QMainWindow)."""

    settings: Settings
    session: SessionState
    prompts: Prompts
    files: FileController

    def show_status(self, message: str, timeout_ms: int = ...) -> None: ...
    def save_session_soon(self) -> None: ...
    def focus_editor(self) -> None: ...


class StatusDesk(Protocol):
    """What the status action needs of the desk (gui.desk.controller.DeskController)."""

    @property
    def folder(self) -> Path | None: ...
    @property
    def main(self) -> QWidget: ...
    @property
    def window(self) -> DeskHost: ...
    @property
    def panel(self) -> DeskPanel: ...
    @property
    def worker(self) -> DeskWorker: ...

    def entry(self, path: str) -> DeskEntry | None: ...
    def user(self) -> str: ...
    def _held(self, entry: DeskEntry, tab: DocumentTab | None, message: str) -> bool: ...
