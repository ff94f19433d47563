"""What the window remembers between runs: geometry, splitter, open articles, recent files.

Stored as JSON in the config folder (``session.json``), written atomically; tests point the
folder elsewhere with ``NETIZEN_EDITOR_CONFIG_DIR``. A missing or broken file gives defaults.
"""

from __future__ import annotations

import base64
import contextlib
import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from netizen_editor.storage.atomic import SaveError, atomic_write_text, make_folder
from netizen_editor.storage.datadirs import app_config_dir

SESSION_FILE = "session.json"
MAX_RECENT = 10
DEFAULT_SPLIT = (45, 55)  # editor : preview, in percent


@dataclass
class SessionState:
    geometry: bytes = b""
    window_state: bytes = b""
    splitter: list[int] = field(default_factory=list)
    open_files: list[str] = field(default_factory=list)
    active: int = 0
    recent: list[str] = field(default_factory=list)
    export_folder: str = ""
    export_format: str = "page"
    open_folder: str = ""
    preview_visible: bool = True
    preview_width: str = "desktop"
    preview_zoom: str = "fit"  # "fit" (the desktop page in the pane) or "actual" (100 %)
    preview_scale: float = 1.0  # Ctrl+wheel over the preview
    first_run: bool = True  # False once a session was stored

    def add_recent(self, path: Path | str) -> None:
        name = str(Path(path).absolute())
        self.recent = [name] + [p for p in self.recent if p != name]
        del self.recent[MAX_RECENT:]


_BYTES = ("geometry", "window_state")


def default_session_path() -> Path:
    return app_config_dir() / SESSION_FILE


class SessionStore:
    def __init__(self, path: Path | None = None):
        self.path = path or default_session_path()

    def load(self) -> SessionState:
        state = SessionState()
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return state
        if not isinstance(raw, dict):
            return state
        state.first_run = False
        for f in fields(SessionState):
            if f.name not in raw or f.name == "first_run":
                continue
            value: Any = raw[f.name]
            if f.name in _BYTES:
                with contextlib.suppress(ValueError, TypeError):
                    setattr(state, f.name, base64.b64decode(value))
                continue
            default = getattr(state, f.name)
            if isinstance(default, list):
                if isinstance(value, list):
                    kind = int if f.name == "splitter" else str
                    setattr(state, f.name, [v for v in value if isinstance(v, kind)])
            elif isinstance(value, type(default)) and not (
                isinstance(value, bool) and not isinstance(default, bool)
            ):
                setattr(state, f.name, value)
        return state

    def save(self, state: SessionState) -> None:
        """Store the state; failures are ignored (losing window geometry must not hurt)."""
        data = asdict(state)
        data.pop("first_run")
        for name in _BYTES:
            data[name] = base64.b64encode(getattr(state, name)).decode("ascii")
        with contextlib.suppress(SaveError, OSError):
            make_folder(self.path.parent)  # never a link planted as the config folder
            text = json.dumps(data, indent=1) + "\n"
            atomic_write_text(self.path, text, below=self.path.parent.parent)
