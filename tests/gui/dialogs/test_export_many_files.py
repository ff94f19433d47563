"""An export of a story with many photos names the first files written and counts the rest:
a Blogger post of 40 photos listed 42 files and made the dialog 796 px high, its buttons under
a laptop's 768 px screen (QA36 #3)."""

from __future__ import annotations

from netizen_editor.gui.dialogs.export_dialog import FILES_SHOWN
from tests.gui.exporting import export_now
from tests.photo_factory import jpeg_bytes, scene


def test_the_files_written_past_a_few_are_counted(make_window, qtbot, tmp_path, english):
    photos = 12
    for n in range(photos):
        (tmp_path / f"foto-{n}.jpg").write_bytes(jpeg_bytes(scene((64 + n, 48))))
    body = "\n\n".join(f"![Foto {n}](foto-{n}.jpg)\n*Foto: Redaksi*" for n in range(photos))
    story = tmp_path / "banjir.md"
    story.write_text(f"---\ntitle: Banjir Rob\n---\n\nIsi berita.\n\n{body}\n", encoding="utf-8")
    window = make_window([story])
    dialog = window.open_export_dialog()
    dialog.set_format("blogger")  # the post's photos are files of their own
    written = export_now(qtbot, dialog)
    assert len(written) > FILES_SHOWN + 1  # the page and its photos
    shown = dialog.result_label.text()
    assert shown.count("<a href=") == FILES_SHOWN
    assert f"… and {len(written) - FILES_SHOWN} more files (Show in Folder)" in shown
    assert dialog.sizeHint().height() < 700  # its buttons on a 1366x768 screen
    dialog.close()
