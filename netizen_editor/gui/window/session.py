"""What the window remembers between runs: geometry, splitter, open articles, recent files.

Stored as JSON in the config folder (``session.json``), written atomically; tests point the
folder elsewhere with ``NETIZEN_EDITOR_CONFIG_DIR``. A missing or broken file gives defaults.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from netizen_editor.storage.atomic import SaveError, atomic_write_text, make_folder
from netizen_editor.storage.capped import read_regular
from netizen_editor.storage.datadirs import app_config_dir

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from netizen_editor.gui.window.document_tab import DocumentTab

SESSION_FILE = "session.json"
#: a session file larger than this is not one the app wrote (it is ignored: a fresh session)
MAX_SESSION_BYTES = 4 * 1024 * 1024
MAX_RECENT = 10
#: the most stories a session reopens (a planted session.json listed 60,000 paths, 6 s of the
#: start, or /dev/zero and a 100 MB file 2,006 times); more are counted in ``left_out``
MAX_OPEN_FILES = 50
#: desks whose sort and filters are kept (``gui/desk/view_memory.py``'s ``MAX_DESKS``)
MAX_DESK_VIEWS = 20
#: story folders whose own export folder is remembered (the least recently used forgotten)
MAX_EXPORT_FOLDERS = 50
DEFAULT_SPLIT = (45, 55)  # editor : preview, in percent


@dataclass
class SessionState:
    geometry: bytes = b""
    window_state: bytes = b""
    splitter: list[int] = field(default_factory=list)
    open_files: list[str] = field(default_factory=list)
    active: int = 0
    recent: list[str] = field(default_factory=list)
    export_folder: str = ""  # the last export's folder: an untitled article's next one
    #: per story folder, the folder its stories were last exported to: a story of another
    #: folder is exported beside itself, not into the last story's rubric (QA25 F-S)
    export_folders: dict[str, str] = field(default_factory=dict)
    export_format: str = "page"
    open_folder: str = ""
    desk: str = ""  # the desk folder shown (gui/desk), opened again at the next start
    #: each desk's sort and filters (gui/desk/view_memory.py checks them): folder -> view
    desk_views: dict[str, Any] = field(default_factory=dict)
    preview_visible: bool = True
    preview_width: str = "desktop"
    preview_zoom: str = "fit"  # "fit" (the desktop page in the pane) or "actual" (100 %)
    preview_scale: float = 1.0  # Ctrl+wheel over the preview
    first_run: bool = True  # False once a session was stored
    #: each open article's cursor and scroll position: path -> [cursor, first line shown]
    places: dict[str, list[int]] = field(default_factory=dict)
    #: stories of the stored session past ``MAX_OPEN_FILES``: not reopened (never stored)
    left_out: int = 0

    def forget_gone(self) -> bool:
        """Leave out the open stories no longer there once their tabs closed (a desk's new story
        closed unsaved takes its file along): the next start would say it could not open them.
        Whether any was left out."""
        kept = [path for path in self.open_files if os.path.lexists(path)]
        if kept == self.open_files:
            return False
        active = self.open_files[self.active] if 0 <= self.active < len(self.open_files) else None
        self.open_files, self.active = kept, kept.index(active) if active in kept else 0
        return True

    def remember_places(self, tabs: list[DocumentTab]) -> None:
        """Note where each saved article's cursor is and the line at the top of its editor."""
        self.places = {
            str(tab.path): [tab.cursor_position(), tab.editor.verticalScrollBar().value()]
            for tab in tabs
            if tab.path is not None
        }

    def restore_places(self, tabs: list[DocumentTab]) -> None:
        """Put each reopened article's cursor and scroll back where they were; the scroll once
        the editor has laid out its first screen (before that its scroll bar has no range)."""
        for tab in tabs:
            place = self.places.get(str(tab.path))
            if not place:
                continue
            cursor, top = place
            tab.set_cursor(cursor)
            editor = tab.editor
            if editor.painted_once:
                editor.verticalScrollBar().setValue(top)
            else:
                scroll = editor.verticalScrollBar()
                editor.first_painted.connect(lambda s=scroll, t=top: s.setValue(t))

    def export_folder_for(self, article: Path | None) -> str:
        """Where the export dialog proposes to write ``article``'s export: the folder a story
        of its folder was last exported to, else "" (beside it); an untitled article's: the
        last export's folder, else the home folder (not beside the sample, inside the app)."""
        if article is None:
            return self.export_folder or str(Path.home())
        return self.export_folders.get(str(article.absolute().parent), "")

    def remember_export(self, article: Path | None, folder: str, fmt: str) -> None:
        """An export of ``article`` went to ``folder`` in ``fmt``: its folder's stories are
        proposed that folder next time."""
        self.export_folder, self.export_format = folder, fmt
        if article is not None:
            key = str(article.absolute().parent)
            self.export_folders.pop(key, None)  # the newest last: the oldest is forgotten
            self.export_folders[key] = folder
            for old in list(self.export_folders)[:-MAX_EXPORT_FOLDERS]:
                del self.export_folders[old]

    def add_recent(self, path: Path | str) -> None:
        name = str(Path(path).absolute())
        self.recent = [name] + [p for p in self.recent if p != name]
        del self.recent[MAX_RECENT:]


_BYTES = ("geometry", "window_state")
#: what the loading finds out, not what the window remembers
_NOT_STORED = ("first_run", "left_out")


def default_session_path() -> Path:
    return app_config_dir() / SESSION_FILE


class SessionStore:
    def __init__(self, path: Path | None = None):
        self.path = path or default_session_path()

    def load(self) -> SessionState:
        state = SessionState()
        try:  # the config folder may be shared or damaged: no pipe waited on, no huge read
            data, _ = read_regular(self.path, MAX_SESSION_BYTES)
            raw = json.loads(data.decode("utf-8"))
        except (OSError, ValueError, RecursionError):  # RecursionError: nested thousands deep
            return state
        if not isinstance(raw, dict):
            return state
        state.first_run = False
        for f in fields(SessionState):
            if f.name not in raw or f.name in _NOT_STORED:
                continue
            value: Any = raw[f.name]
            if f.name in _BYTES:
                with contextlib.suppress(ValueError, TypeError):
                    setattr(state, f.name, base64.b64decode(value))
                continue
            default = getattr(state, f.name)
            if f.name == "places":
                state.places = _places(value)
            elif f.name == "export_folders":
                state.export_folders = _folders(value)
            elif f.name == "desk_views":
                state.desk_views = _newest(value, MAX_DESK_VIEWS) if isinstance(value, dict) else {}
            elif isinstance(default, list):
                if isinstance(value, list):
                    setattr(state, f.name, _listed(f.name, value))
            elif isinstance(value, type(default)) and not (
                isinstance(value, bool) and not isinstance(default, bool)
            ):
                setattr(state, f.name, value)
        state.left_out = max(0, len(state.open_files) - MAX_OPEN_FILES)
        del state.open_files[MAX_OPEN_FILES:]
        kept = set(state.open_files)  # a place is kept for a story reopened, no other
        state.places = {path: place for path, place in state.places.items() if path in kept}
        return state

    def save(self, state: SessionState) -> None:
        """Store the state; failures are ignored (losing window geometry must not hurt)."""
        data = asdict(state)
        for name in _NOT_STORED:
            data.pop(name)
        for name in _BYTES:
            data[name] = base64.b64encode(getattr(state, name)).decode("ascii")
        with contextlib.suppress(SaveError, OSError):
            make_folder(self.path.parent)  # never a link planted as the config folder
            text = json.dumps(data, indent=1) + "\n"
            atomic_write_text(self.path, text, below=self.path.parent.parent)


def _listed(name: str, value: list[Any]) -> list[Any]:
    """A list of the session as the window uses it: the splitter's two whole numbers; the
    paths each once (a path listed 2,006 times was asked about 2,006 times), the recent ones
    at most ``MAX_RECENT`` (the open ones are cut to ``MAX_OPEN_FILES`` once counted)."""
    if name == "splitter":
        return [v for v in value if isinstance(v, int)][:2]
    paths = list(dict.fromkeys(v for v in value if isinstance(v, str)))
    return paths[:MAX_RECENT] if name == "recent" else paths


def _places(value: Any) -> dict[str, list[int]]:
    """The remembered places that are what they should be: path -> two whole numbers >= 0."""
    if not isinstance(value, dict):
        return {}
    return {
        path: [int(n) for n in place]
        for path, place in value.items()
        if isinstance(path, str)
        and isinstance(place, list)
        and len(place) == 2
        and all(isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in place)
    }


def _folders(value: Any) -> dict[str, str]:
    """The remembered export folders that are what they should be: text -> text, the newest
    ``MAX_EXPORT_FOLDERS``."""
    if not isinstance(value, dict):
        return {}
    kept = {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, str)}
    return _newest(kept, MAX_EXPORT_FOLDERS)


def _newest(value: dict[Any, Any], count: int) -> dict[str, Any]:
    """The last ``count`` entries of ``value`` whose key is text (the newest are last)."""
    return dict([(k, v) for k, v in value.items() if isinstance(k, str)][-count:])


def place_first_time(window: QWidget) -> None:
    """A window with no geometry kept yet: 1480x920 (or the screen less a margin), centred."""
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen()
    area = screen.availableGeometry() if screen else None
    if area is None or area.width() < 200:
        window.resize(1480, 920)
        return
    width, height = min(1480, area.width() - 40), min(920, area.height() - 40)
    window.resize(width, height)
    window.move(area.center().x() - width // 2, area.center().y() - height // 2)
