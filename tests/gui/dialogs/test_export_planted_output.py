"""The export dialog's words for a big file planted at the export's name on a drive without
hard links (QA32 #4): the file named and what to do, no traceback, nothing written."""

from __future__ import annotations

import errno
import os

from netizen_editor import i18n
from netizen_editor.gui.dialogs.export_dialog import ExportDialog
from netizen_editor.settings import Settings
from netizen_editor.snapshot import take_snapshot
from tests.gui.exporting import export_now

STORY = "---\ntitle: Banjir Rob\n---\n\nWarga mengungsi.\n"


def test_a_big_file_at_the_export_that_cannot_be_kept_is_named_in_the_dialog(
    qtbot, tmp_path, monkeypatch
):
    monkeypatch.setattr(i18n, "_language", "en")

    def no_hard_links(*_args, **_kwargs):  # FAT, exFAT, some shares
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_hard_links)
    path = tmp_path / "banjir.md"
    path.write_text(STORY, encoding="utf-8")
    out = tmp_path / "banjir.html"
    with open(out, "wb") as planted:
        os.truncate(planted.fileno(), 512 * 1024**2)  # sparse: no disk used
    settings = Settings(ui_language="en")
    dialog = ExportDialog(take_snapshot(1, STORY, path, settings), path, settings)
    qtbot.addWidget(dialog)
    dialog.output_edit.setText(str(out))
    dialog.confirm_replace = lambda file, own: True  # replaced, says the user: refused all the same
    assert export_now(qtbot, dialog) == []
    assert dialog.result_label.text() == (
        f"{out}: too large to be replaced by an export (512 MB); move or delete it"
    )
    assert out.stat().st_size == 512 * 1024**2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["banjir.html", "banjir.md"]
