"""Front matter (and a body) a journalist or another tool can get wrong, through the whole
window: the article opens, typing and saving keep every byte, and the export either works or
says what is wrong and on which line."""

from __future__ import annotations

import pytest

from netizen_editor.history.article_id import article_id
from tests.gui.exporting import export_now

# name: (file text, the line the export dialog names, or None when the article exports)
NASTY = {
    "labels as a mapping": ("---\ntitle: Judul\nlabels: {a: 1}\n---\nIsi.\n", 3),
    "title as a list": ("---\ntitle: [satu, dua]\n---\nIsi.\n", 2),
    "date that is no date": ("---\ntitle: Judul\ndate: kemarin sore\n---\nIsi.\n", 3),
    "date out of range": ("---\ntitle: Judul\ndate: 99999-01-01\n---\nIsi.\n", 3),
    "status unknown": ("---\ntitle: Judul\nstatus: terbit\n---\nIsi.\n", 3),
    "front matter not a mapping": ("---\n- satu\n- dua\n---\nIsi.\n", 2),
    "broken yaml": ("---\ntitle: 'Judul\nauthor: [x\n---\nIsi.\n", 2),
    "tab in yaml": ("---\ntitle:\tJudul\n\tauthor: x\n---\nIsi.\n", 2),
    "a number where text belongs": ("---\ntitle: 1e999999\nslug: 123\n---\nIsi.\n", 3),
    "control character": ("---\ntitle: Judul\x07\n---\nIsi \x0b ok.\n", 2),
    "a body nested too deeply": ("---\ntitle: Judul\n---\nIsi.\n\n" + "- " * 3000 + "x\n", 6),
    "unclosed front matter": ("---\ntitle: Judul\n\nIsi tanpa penutup.\n", None),
    "only a separator": ("---\n", None),
    "nested aliases": (
        "---\na: &a [x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a]\nc: [*b, *b, *b]\n"
        "title: Judul\n---\nIsi.\n",
        None,
    ),
    "empty file": ("", None),
}


@pytest.mark.parametrize("name", NASTY)
def test_bad_front_matter_never_breaks_the_window(name, make_window, qtbot, tmp_path):
    text, bad_line = NASTY[name]
    path = tmp_path / "artikel.md"
    path.write_bytes(text.encode("utf-8"))
    window = make_window([path])
    tab = window.current_tab()
    assert tab.editor_text() == text
    tab.metadata_panel.refresh_from_text()

    # typing at the end still works, and saving writes exactly the text (with the id line a
    # first save adds to front matter it can read, issue 23)
    tab.editor.moveCursor(tab.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(tab.editor, " tambahan")
    window.registry["save"].trigger()
    saved = path.read_bytes().decode("utf-8")
    found = article_id(saved)
    if found is not None:
        saved = saved.replace(f"id: {found}\n", "", 1)
        if bad_line is not None and bad_line > text.split("\n").index("---", 1):
            bad_line += 1  # a line of the body: one further down
    assert saved == text + " tambahan"

    dialog = window.open_export_dialog()
    out = tmp_path / "keluar.html"
    dialog.output_edit.setText(str(out))
    export_now(qtbot, dialog)
    message = dialog.result_label.text()
    dialog.close()
    if bad_line is None:
        assert out.is_file() and "Exported" in message
    else:
        assert not out.exists()
        assert "cannot be exported" in message and f"artikel.md:{bad_line}:" in message
