"""The export dialog converts and writes off the window's thread: a 2-3 MB story or many photos
held the whole window for seconds, frozen and silent. Meanwhile the dialog says so, its Export
button is off, and closing it neither crashes nor loses the export."""

from __future__ import annotations

import threading
from pathlib import Path
from types import SimpleNamespace

import pytest
import shiboken6
from PySide6.QtCore import QTimer

from benchmarks.generate import generate_article
from netizen_editor.export.page import PageExporter
from tests.gui import TIMEOUT
from tests.gui.exporting import EXPORT_TIMEOUT, export_now


@pytest.fixture
def gated(monkeypatch):
    """The page's conversion waits at its start until the test opens ``gate`` (a timer on the
    window's thread does): an export as long as the test wants. On the window's thread, as it
    ran before, nothing could open it: it goes on after TIMEOUT, the timer's turn after it."""
    gate = threading.Event()
    threads: list[str] = []
    convert = PageExporter.export

    def export(self, *args, **kwargs):
        threads.append(threading.current_thread().name)
        gate.wait(TIMEOUT / 1000)
        return convert(self, *args, **kwargs)

    monkeypatch.setattr(PageExporter, "export", export)
    return SimpleNamespace(gate=gate, threads=threads)


def export_into_missing(dialog, folder: Path) -> None:
    """``dialog`` exports to ``folder``/x.html, ``folder`` not there: the user agrees to make
    it (the export makes it once the article is converted)."""
    dialog.confirm_make_folder = lambda asked: asked == folder
    dialog.output_edit.setText(str(folder / "x.html"))


def plant_file(folder: Path) -> None:
    """A file takes the name of the folder the export is about to make: the export fails,
    off the window's thread."""
    folder.write_text("bukan folder\n", encoding="utf-8")


def when_the_loop_turns(work) -> list[object]:
    """Run ``work`` at the window's event loop's next turn; what it returned, once it has."""
    seen: list[object] = []
    QTimer.singleShot(0, lambda: seen.append(work()))
    return seen


def test_a_long_story_exports_while_the_window_goes_on(make_window, qtbot, tmp_path):
    story = tmp_path / "panjang.md"
    story.write_text(generate_article(100_000, 1), encoding="utf-8")  # ~0.7 MB
    window = make_window([story])
    dialog = window.open_export_dialog()
    ended: list[list[Path]] = []
    dialog.ended.connect(ended.append)
    turns = when_the_loop_turns(lambda: list(ended))  # the export's end not in yet
    with qtbot.waitSignal(dialog.ended, timeout=EXPORT_TIMEOUT):
        dialog.export()
    assert turns == [[]]  # the window's loop turned before the export ended
    assert ended[0] == [tmp_path / "panjang.html"] and ended[0][0].stat().st_size > 500_000


def test_the_dialog_says_it_exports_with_its_button_off(make_window, qtbot, article_file, gated):
    window = make_window([article_file])
    dialog = window.open_export_dialog()

    def look() -> tuple[str, bool, bool, bool]:
        shown = (dialog.result_label.text(), dialog.export_button.isEnabled(),
                 dialog.format_group.isEnabled(), dialog.output_edit.isEnabled())  # fmt: skip
        gated.gate.set()
        return shown

    seen = when_the_loop_turns(look)
    written = export_now(qtbot, dialog)
    assert seen == [("Exporting…", False, False, False)]  # while it ran
    assert written == [article_file.with_suffix(".html")] and written[0].is_file()
    assert gated.threads == ["export"]  # not the window's thread
    assert dialog.export_button.isEnabled() and dialog.format_group.isEnabled()
    assert "Exported." in dialog.result_label.text()
    assert window.statusBar().currentMessage() == f"Exported to {written[0]}"


def test_one_export_at_a_time(make_window, qtbot, article_file, gated):
    window = make_window([article_file])
    dialog = window.open_export_dialog()
    with qtbot.waitSignal(dialog.ended, timeout=EXPORT_TIMEOUT) as ended:
        assert dialog.export() is True
        assert dialog.export() is False  # Enter pressed again, say: the first one runs on
        gated.gate.set()
    assert ended.args == [[article_file.with_suffix(".html")]]
    assert gated.threads == ["export"]
    assert dialog.export_button.isEnabled()


def test_a_refused_export_button_stays_off_after_the_export(make_window, qtbot, tmp_path):
    """The checks' refusal (a suggestion not decided) keeps the button off: the export's end
    puts it back as it was, not on."""
    story = tmp_path / "saran.md"
    story.write_text("---\ntitle: Banjir Rob\n---\n\nWarga {++sudah ++}mengungsi.\n", "utf-8")
    window = make_window([story])
    dialog = window.open_export_dialog()
    assert not dialog.export_button.isEnabled()
    assert export_now(qtbot, dialog) == []
    assert not dialog.export_button.isEnabled() and dialog.output_edit.isEnabled()


def test_closing_the_dialog_mid_export_still_writes_and_says_so(
    make_window, qtbot, article_file, gated
):
    window = make_window([article_file])
    dialog = window.open_export_dialog()
    page = article_file.with_suffix(".html")

    def close() -> bool:
        dialog.close()
        gated.gate.set()
        return page.exists()

    closed = when_the_loop_turns(close)
    assert dialog.export()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=EXPORT_TIMEOUT)
    assert closed == [False]  # closed before the page was written
    assert page.is_file()  # the export ended all the same
    assert window.statusBar().currentMessage() == f"Exported to {page}"


@pytest.mark.usefixtures("english")  # the core's message in English
def test_a_failure_after_the_dialog_was_closed_opens_it_again(
    make_window, qtbot, article_file, tmp_path, gated
):
    window = make_window([article_file])
    dialog = window.open_export_dialog()
    export_into_missing(dialog, tmp_path / "tidak-ada")

    def close() -> bool:
        dialog.close()
        plant_file(tmp_path / "tidak-ada")
        gated.gate.set()
        return dialog.isVisible()

    closed = when_the_loop_turns(close)
    with qtbot.waitSignal(dialog.ended, timeout=EXPORT_TIMEOUT) as ended:
        assert dialog.export()
    assert closed == [False] and ended.args == [[]]  # closed while it ran
    assert dialog.isVisible() and "is a file, not a folder" in dialog.result_label.text()
    assert dialog.export_button.isEnabled()
    dialog.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=TIMEOUT)  # deleted as asked


@pytest.mark.usefixtures("english")
def test_a_failure_is_shown_with_its_message(make_window, qtbot, article_file, tmp_path, gated):
    window = make_window([article_file])
    dialog = window.open_export_dialog()
    export_into_missing(dialog, tmp_path / "tidak-ada")
    exported: list[list[Path]] = []
    dialog.exported.connect(exported.append)

    def look() -> str:
        plant_file(tmp_path / "tidak-ada")
        gated.gate.set()
        return dialog.result_label.text()

    seen = when_the_loop_turns(look)
    assert export_now(qtbot, dialog) == []
    assert seen == ["Exporting…"]
    assert "is a file, not a folder" in dialog.result_label.text()
    assert dialog.result_label.styleSheet() == "color: #b3261e;"  # in red, as before
    assert exported == [] and dialog.export_button.isEnabled() and dialog.isVisible()


def test_an_error_no_export_should_have_is_said_not_waited_on(
    make_window, qtbot, article_file, monkeypatch
):
    def broken(*args, **kwargs):
        raise RuntimeError("rusak di tengah jalan")

    monkeypatch.setattr(PageExporter, "export", broken)
    window = make_window([article_file])
    dialog = window.open_export_dialog()
    assert export_now(qtbot, dialog) == []
    assert dialog.result_label.text() == ("The article cannot be exported: rusak di tengah jalan")
    assert dialog.export_button.isEnabled()


def test_a_tab_closed_while_its_export_ran_gets_nothing_from_it(
    make_window, qtbot, article_file, gated
):
    """The dialog closed, then the story's tab: the export still writes its files, and the
    window keeps no version of a tab that is gone (its text went with it)."""
    window = make_window([article_file])
    tab = window.current_tab()
    dialog = window.open_export_dialog()
    page = article_file.with_suffix(".html")
    kept: list[object] = []
    window.files.versions.keep = lambda *args, **kwargs: kept.append(args)

    def close() -> bool:
        dialog.close()
        assert window.files.close_tab(tab)
        gated.gate.set()
        return page.exists()

    closed = when_the_loop_turns(close)
    assert dialog.export()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=EXPORT_TIMEOUT)
    assert closed == [False] and page.is_file() and kept == []
    assert "Exported to" not in window.statusBar().currentMessage()


def test_an_export_dialog_leaves_no_connection_on_its_tab(make_window, qtbot, article_file):
    """Each Export dialog connected a function to its tab's closing and never took it away
    (RV3 #6): one more at each export, for the tab's life, holding on to a dialog gone."""
    from PySide6.QtCore import SIGNAL

    window = make_window([article_file])
    tab = window.current_tab()
    before = tab.receivers(SIGNAL("closing()"))
    for _ in range(3):
        dialog = window.open_export_dialog()
        assert tab.receivers(SIGNAL("closing()")) == before + 1  # while it is open
        assert export_now(qtbot, dialog) == [article_file.with_suffix(".html")]
        dialog.close()
        qtbot.waitUntil(lambda dialog=dialog: not shiboken6.isValid(dialog), timeout=TIMEOUT)
    assert tab.receivers(SIGNAL("closing()")) == before
    assert window.files.close_tab(tab)  # nothing left to call on the dialogs that are gone


@pytest.mark.usefixtures("english")
def test_a_failure_after_the_dialog_was_closed_is_said_in_the_one_open_since(
    make_window, qtbot, article_file, tmp_path, gated
):
    """The user closed the Export dialog while its export ran and opened another: the failure
    opened the first again beside it, two Export dialogs on the window. The one open says it,
    naming the file, and stays the only one."""
    from netizen_editor.gui.dialogs.export_dialog import ExportDialog

    window = make_window([article_file])
    first = window.open_export_dialog()
    export_into_missing(first, tmp_path / "tidak-ada")
    second: list[ExportDialog] = []

    def close_and_open_another() -> None:
        first.close()
        plant_file(tmp_path / "tidak-ada")
        second.append(window.open_export_dialog())
        gated.gate.set()

    when_the_loop_turns(close_and_open_another)
    with qtbot.waitSignal(first.ended, timeout=EXPORT_TIMEOUT) as ended:
        assert first.export()
    assert ended.args == [[]] and second
    qtbot.waitUntil(lambda: not shiboken6.isValid(first), timeout=TIMEOUT)  # not shown again
    (dialog,) = [d for d in window.findChildren(ExportDialog) if d.isVisible()]
    assert dialog is second[0]
    note = dialog.notes.text() if dialog.notes is not None else ""
    assert note.startswith("The export to x.html failed after its dialog was closed: ")
    assert "is a file, not a folder" in note
    assert dialog.result_label.text() == ""  # its own export's place: nothing exported yet
    written = export_now(qtbot, dialog)  # its own export goes on, the note stays
    assert written == [article_file.with_suffix(".html")]
    assert dialog.notes is not None and dialog.notes.text() == note
