"""File › History… with a planted big version (QA32 #13): the compare runs off the window's
thread, which stays usable and says "Comparing…" meanwhile; a newer choice replaces an older
compare; the difference shown is cut at ``MAX_HTML_CHARS`` with a last line naming the changes
not shown and the command that shows them (a 12 MB version whose every paragraph differs made
27 MB of HTML, 14 s and 2 GB on the window's thread at each click)."""

from __future__ import annotations

import re
import shlex
import threading

from PySide6.QtCore import QTimer

from netizen_editor.gui.dialogs import compare_html, compare_work
from netizen_editor.gui.dialogs.compare_dialog import CURRENT, CompareDialog
from netizen_editor.gui.dialogs.compare_html import MAX_HTML_CHARS, diff_html
from netizen_editor.history.diff import word_diff
from netizen_editor.history.store import History
from tests.gui import TIMEOUT
from tests.gui.dialogs.test_compare_dialog import compared

STORY = "55555555-5555-5555-5555-555555555555"
HEAD = f"---\ntitle: Banjir\nid: {STORY}\n---\n\n"


def story(tag: str, paragraphs: int) -> str:
    """A story whose every paragraph has ``tag`` in it (two tags: every paragraph differs)."""
    return HEAD + "".join(f"{tag} {n} kata{n} tambahan {tag}.\n\n" for n in range(paragraphs))


def planted(tmp_path, old: str, new: str) -> CompareDialog:
    """The story is ``new``; its history holds ``old`` (a version as a colleague's folder may
    have it, the newest one: the window compares it first)."""
    path = tmp_path / "banjir.md"
    path.write_text(new, encoding="utf-8")
    History(tmp_path, STORY, author="Eve").keep(old, "save")
    return CompareDialog(path, new, History(tmp_path, STORY))


def test_a_big_version_whose_every_paragraph_differs_shows_its_start_and_says_the_rest(
    qtbot, tmp_path
):
    """~3.5 MB a side: the difference shown stops within the bound and its last line says how
    many changes are not shown and which command shows them all."""
    old, new = story("lama", 60_000), story("baru", 60_000)
    dialog = planted(tmp_path, old, new)
    qtbot.addWidget(dialog)
    compared(qtbot, dialog)
    version = dialog.entries[0].key
    assert dialog.chosen() is dialog.entries[0] and dialog.to_combo.currentData() == CURRENT
    assert "words added" in dialog.summary.text()  # the counts are of the whole difference
    shown = dialog.diff_view.toPlainText()
    assert len(shown) < MAX_HTML_CHARS < len(old)  # the old window showed all of it
    last = shown.rstrip().rsplit("\n", 1)[-1]
    command = shlex.join(["netizen-editor", "history", str(tmp_path / "banjir.md"),
                          "--diff", version])  # fmt: skip
    # (the counts in the app's language: "539.375 words" in Indonesian, the tests' default)
    assert re.fullmatch(r"… [\d.]+ more changes? not shown \([\d.]+ words\): see .*", last)
    assert last.endswith(command)


def test_the_compare_runs_off_the_windows_thread_which_answers_meanwhile(
    qtbot, tmp_path, monkeypatch
):
    """While the difference is made (here held until the test lets it go) the window answers
    a zero-ms timer and says it is comparing; the difference is made on another thread."""
    release = threading.Event()
    threads: list[int] = []

    def held(old: str, new: str, **options: bool):
        threads.append(threading.get_ident())
        release.wait(TIMEOUT / 1000)  # the window's answer comes first, unless it waits
        return word_diff(old, new, **options)

    monkeypatch.setattr(compare_work, "word_diff", held)
    dialog = planted(tmp_path, story("lama", 3), story("baru", 3))
    qtbot.addWidget(dialog)
    answered: list[str] = []
    QTimer.singleShot(0, lambda: answered.append(dialog.summary.text()))
    qtbot.waitUntil(lambda: bool(answered and threads), timeout=TIMEOUT)
    assert answered == ["Comparing…"] and dialog.comparing()
    assert threads != [threading.get_ident()]
    release.set()
    compared(qtbot, dialog)
    assert "6 words added, 6 deleted" in dialog.summary.text()
    assert "baru" in dialog.diff_view.toPlainText()


def test_a_newer_choice_replaces_the_compare_under_way(qtbot, tmp_path, monkeypatch):
    """The first compare is held; the user chooses another version meanwhile: the first's
    result is never shown, the newer one is (and nothing in between is compared)."""
    release = threading.Event()
    compares: list[str] = []

    def held(old: str, new: str, **options: bool):
        compares.append(old)
        if len(compares) == 1:
            release.wait(TIMEOUT / 1000)
        return word_diff(old, new, **options)

    monkeypatch.setattr(compare_work, "word_diff", held)
    path = tmp_path / "banjir.md"
    first, second, now = story("satu", 2), story("dua", 2), story("tiga", 2)
    path.write_text(now, encoding="utf-8")
    history = History(tmp_path, STORY, author="Eve")
    history.keep(first, "save")
    history.keep(second, "status")
    dialog = CompareDialog(path, now, History(tmp_path, STORY))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(compares), timeout=TIMEOUT)  # the newest, held
    dialog.select(1)  # the older one
    dialog.to_combo.setCurrentIndex(dialog.to_combo.findData(dialog.entries[0].key))
    assert dialog.summary.text() == "Comparing…"
    release.set()
    compared(qtbot, dialog)
    assert compares == [second, first]  # the choice and the text to compare with: one
    assert "dua" in dialog.diff_view.toPlainText() and "tiga" not in dialog.diff_view.toPlainText()
    assert "words added" in dialog.summary.text() and dialog.diff is not None


def test_the_line_counts_what_is_not_shown(monkeypatch):
    """Cut at a small bound: the HTML within it, and the changes and words shown and those
    the last line counts add up to the whole difference."""
    monkeypatch.setattr(compare_html, "MAX_HTML_CHARS", 3_000)
    old = "".join(f"kata{n} lama{n} " for n in range(200)) + "\n"
    new = "".join(f"kata{n} baru{n} " for n in range(200)) + "\n"
    diff = word_diff(old, new)
    shown = diff_html(diff, command="netizen-editor history x.md --diff V")
    assert len(shown) <= 3_000
    found = re.search(r"… (\d+) more changes not shown \((\d+) words\): see netizen-editor "
                      r"history x\.md --diff V</p>$", shown)  # fmt: skip
    assert found is not None
    whole = re.findall(r">baru\d+</span>", shown)  # each change ends with its addition
    assert whole and int(found[1]) == 200 - len(whole)
    spans = re.findall(r"<span style='[^']*'>([^<]*)</span>", shown)
    words = sum(len(re.findall(r"\w+", span)) for span in spans)
    assert int(found[2]) == 400 - words
