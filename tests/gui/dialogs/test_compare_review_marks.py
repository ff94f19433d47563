"""File › History… on the real window, a desk editor's version with review marks against the
reporter's text after her decisions and reply (QA37 #9): each mark is shown as read, whole
(added, deleted or unchanged, never struck through in pieces), and the words counted are the
text's as read, not the marks' syntax and attributions (27 words deleted, for three decisions
and a reply)."""

from __future__ import annotations

from netizen_editor.gui.dialogs.compare_dialog import CompareDialog
from netizen_editor.history.store import History
from tests.gui.dialogs.test_compare_dialog import compared

STORY = "688a53f3-958d-49d6-aacb-cba4da206e55"
HADI, DEWI = "@Pak Hadi (2026-12-08T10:52+07:00)", "@Dewi (2026-12-08T10:54+07:00)"
HEAD = f"---\ntitle: Jabar Luncurkan 500 Desa Digital\nid: {STORY}\n---\n\n"
REVIEWED = HEAD + (
    f"Pemerintah Provinsi Jawa Barat {{++resmi ++}}{{>>{HADI}<<}}meluncurkan program 500 Desa "
    f"Digital. Warga bisa mengurus KTP {{--langsung --}}{{>>{HADI}<<}}di balai desa.\n\n"
    f"Program ini untuk {{~~memperkecil~>mempersempit~~}}{{>>{HADI}<<}} kesenjangan.\n\n"
    f"Di Desa Sukamaju, {{==Siti Aminah==}}{{>>{HADI}: Umurnya berapa?<<}}, warga setempat, "
    "tidak perlu lagi ke kecamatan.\n"
)
DECIDED = HEAD + (
    "Pemerintah Provinsi Jawa Barat resmi meluncurkan program 500 Desa Digital. Warga bisa "
    "mengurus KTP langsung di balai desa.\n\n"
    "Program ini untuk mempersempit kesenjangan.\n\n"
    f"Di Desa Sukamaju, {{==Siti Aminah==}}{{>>{HADI}: Umurnya berapa?<<}}{{>>{DEWI}: Sudah: 42 "
    "tahun.<<} (42), pedagang sayur, tidak perlu lagi ke kecamatan.\n"
)


def test_the_marks_are_shown_as_read_and_counted_as_the_texts_words(make_window, qtbot,
                                                                     tmp_path):  # fmt: skip
    story = tmp_path / "desa.md"
    story.write_text(DECIDED, encoding="utf-8")
    History(tmp_path, STORY, author="Pak Hadi").keep(REVIEWED, "save")
    window = make_window([story])
    window.registry["history"].trigger()
    dialog = compared(qtbot, window.findChild(CompareDialog))
    assert dialog.entries[0].author == "Pak Hadi"  # his version, against the current text
    # "langsung" kept (his deletion rejected); "warga setempat" became "(42), pedagang sayur";
    # the suggestions accepted and the reply count no word of the text
    assert "4 words added, 2 deleted" in dialog.summary.text()
    shown = dialog.diff_view.toPlainText()
    for mark in ("⟨+resmi · Pak Hadi⟩", "⟨−langsung · Pak Hadi⟩",
                 "⟨memperkecil → mempersempit · Pak Hadi⟩", "⟨Pak Hadi: Umurnya berapa?⟩",
                 "⟨Dewi: Sudah: 42 tahun.⟩"):  # fmt: skip
        assert mark in shown
    for syntax in ("{++", "++}", "{--", "{~~", "~>", "{==", "{>>", "<<}", "2026-12-08T"):
        assert syntax not in shown
    # each mark deleted or added whole, the reply a piece of its own beside the words
    for piece in dialog.diff.pieces:
        assert piece.text.count("{") == piece.text.count("}"), piece
