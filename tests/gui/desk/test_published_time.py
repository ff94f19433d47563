"""Sudah Terbit asks when the story went live, beside its address, and writes it as the story's
date (QA37 #6: published at 10.55, the byline, the page's times and the feed's <published> said
10.43, the moment the release was imported)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime, QTimer
from PySide6.QtWidgets import QApplication

from netizen_editor.article.dates import newsroom_now, newsroom_zone
from netizen_editor.gui.desk.questions import PublishedDialog
from tests.gui import type_at_end
from tests.gui.desk.test_controller import meta, select, wait_status
from tests.gui.questions import answer_box

WIB = newsroom_zone("WIB")
STORY = "olahraga/timnas.md"  # ready, dated 2026-12-05 19.30
ADDRESS = "https://netizen.co.id/2026/12/timnas-menang-tipis-atas-vietnam.html"
WENT_LIVE = dt.datetime(2026, 12, 8, 10, 55, tzinfo=WIB)


def answer_published(qtbot, url: str, when: dt.datetime | None = None) -> list[dict]:
    """Answer the next Published question with ``url`` and ``when`` (None: the time offered);
    what it showed first."""
    seen: list[dict] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, PublishedDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append({"time": box.published_at(), "shown": box.time_edit.text(),
                     "url": box.textValue()})  # fmt: skip
        if when is not None:
            box.time_edit.setDateTime(
                QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))
            )
        box.setTextValue(url)
        box.accept()

    QTimer.singleShot(0, answer)
    return seen


def test_published_offers_now_and_writes_the_time_given_as_the_storys_date(
    desk_window, qtbot, desk_folder
):
    window = desk_window()
    file = desk_folder / STORY
    select(window, STORY)
    before = newsroom_now("WIB")
    seen = answer_published(qtbot, ADDRESS, WENT_LIVE)
    window.desk.panel.action_buttons["published"].click()
    after = newsroom_now("WIB")
    assert seen and before <= seen[0]["time"] <= after  # now, not the story's 2026-12-05
    assert seen[0]["shown"] == seen[0]["time"].strftime("%Y-%m-%d %H:%M")
    assert meta(file)["status"] == "published" and meta(file)["url"] == ADDRESS
    assert meta(file)["date"] == WENT_LIVE
    assert "date: 2026-12-08T10:55:00+07:00\n" in file.read_text(encoding="utf-8")
    wait_status(qtbot, window, STORY, "published")


def test_an_embargoed_storys_later_date_is_offered_and_kept(desk_window, qtbot, desk_folder):
    file = desk_folder / STORY
    text = file.read_text(encoding="utf-8")
    file.write_text(text.replace("2026-12-05T19:30:00+07:00", "2099-01-02T06:00:00+07:00"),
                    encoding="utf-8")  # fmt: skip
    window = desk_window()
    select(window, STORY)
    seen = answer_published(qtbot, ADDRESS)
    window.desk.panel.action_buttons["published"].click()
    assert seen and seen[0]["time"] == dt.datetime(2099, 1, 2, 6, 0, tzinfo=WIB)
    assert seen[0]["url"].startswith("https://netizen.co.id/2099/01/")  # Blogger's month
    assert "date: 2099-01-02T06:00:00+07:00\n" in file.read_text(encoding="utf-8")


def test_an_open_story_follows_and_keep_puts_the_time_back_after_an_undo(
    desk_window, qtbot, desk_folder
):
    window = desk_window()
    file = desk_folder / STORY
    tab = window.files.open_path(file)
    type_at_end(qtbot, tab, " Tambahan.")
    select(window, STORY)
    answer_published(qtbot, ADDRESS, WENT_LIVE)
    window.desk.panel.action_buttons["published"].click()
    assert "date: 2026-12-08T10:55:00+07:00\n" in tab.editor_text() and tab.is_dirty()
    tab.editor.undo()  # the desk's whole step: status, address and time
    assert "2026-12-05T19:30:00+07:00" in tab.editor_text()
    answer_box(qtbot, "&Keep Published")
    window.registry["save"].trigger()
    assert meta(file)["status"] == "published" and meta(file)["date"] == WENT_LIVE
    assert file.read_text(encoding="utf-8").endswith("Tambahan.")
