"""The desk's Open By column says "You" for a story the user has open (QA37 #19: in Dewi's own
desk it said "Dewi", as if a colleague had it); its tip still names them and their computer."""

from __future__ import annotations

import datetime as dt
import json

from netizen_editor.gui.app import install_translators
from netizen_editor.gui.desk.filtering import COLUMNS
from netizen_editor.gui.desk.table_model import TIP_ROLE
from netizen_editor.settings import Settings
from netizen_editor.storage.sessions import hostname
from tests.gui import TIMEOUT

DEWI = "Dewi Lestari"


def open_by(model, path: str, role: int = 0) -> str:
    return model.index(model.row_of(path), COLUMNS.index("locked_by")).data(role)


def locked(model, path: str) -> bool:
    entry = model.entry(model.row_of(path))
    return entry is not None and entry.locked_by is not None


def plant_lock(folder, name: str, user: str, host: str) -> None:
    now = dt.datetime.now(dt.UTC).isoformat()
    lock = {"user": user, "host": host, "pid": 1, "since": now, "heartbeat": now}
    (folder / f".~lock.{name}#").write_text(json.dumps(lock), encoding="utf-8")


def test_the_users_own_open_story_reads_you(desk_window, qtbot, desk_folder, qapp):
    installed = install_translators(qapp, "id")
    try:
        window = desk_window(Settings(ui_language="id", default_author=DEWI))
        model = window.desk.panel.model
        window.files.open_path(desk_folder / "banjir-jakarta.md")  # locked as Dewi, here
        plant_lock(desk_folder, "pemilu-daerah.md", DEWI, "laptop-dewi")  # her other computer
        plant_lock(desk_folder / "olahraga", "timnas.md", "Rina Kartika", "laptop-rina")
        window.desk.refresh()
        for path in ("banjir-jakarta.md", "pemilu-daerah.md", "olahraga/timnas.md"):
            qtbot.waitUntil(lambda path=path: locked(model, path), timeout=TIMEOUT)
        assert open_by(model, "banjir-jakarta.md") == "Anda"
        tip = open_by(model, "banjir-jakarta.md", TIP_ROLE)
        assert DEWI in tip and hostname() in tip  # who and where, as the lock says
        assert open_by(model, "pemilu-daerah.md") == "Anda, di laptop-dewi"
        assert open_by(model, "olahraga/timnas.md") == "Rina Kartika"  # a colleague by name
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
