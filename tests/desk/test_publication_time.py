"""A story marked published takes the time it went live as its ``date`` (QA37 #6: after "Sudah
terbit" at 10.55 the byline, the page's times and the feed's <published> still said 10.43, the
moment the release was imported), in the status's one edit; the other statuses leave it."""

from __future__ import annotations

import datetime as dt

import pytest

from netizen_editor.article.dates import newsroom_now, newsroom_zone
from netizen_editor.article.model import Article
from netizen_editor.desk.actions import publication_time, set_status
from netizen_editor.history.article_id import article_id
from netizen_editor.history.store import History
from tests.desk.conftest import article, write

pytestmark = pytest.mark.usefixtures("english")

WIB = newsroom_zone("WIB")
IMPORTED = "2026-12-08T10:43:00+07:00"


def meta(path) -> dict:
    return Article.parse(path.read_text(encoding="utf-8")).meta


def test_published_without_a_time_takes_now_as_the_storys_date(desk):
    path = write(desk / "rilis.md", article("Rilis", status="ready", date=IMPORTED))
    before = newsroom_now("WIB")
    set_status(path, "published", url="https://netizen.co.id/2026/12/rilis.html", user="Hadi")
    after = newsroom_now("WIB")
    date = meta(path)["date"]
    assert isinstance(date, dt.datetime) and before <= date <= after  # no longer 10.43
    assert date.utcoffset() == dt.timedelta(hours=7) and date.second == 0  # the newsroom's minute


def test_the_time_given_is_written_in_the_statuss_one_edit_kept_in_the_history(desk):
    path = write(desk / "rilis.md", article("Rilis", status="ready", date=IMPORTED))
    went_live = dt.datetime(2026, 12, 8, 10, 55, tzinfo=WIB)
    set_status(path, "published", url="https://netizen.co.id/2026/12/rilis.html", user="Hadi",
               published_at=went_live)  # fmt: skip
    text = path.read_text(encoding="utf-8")
    assert "date: 2026-12-08T10:55:00+07:00\n" in text and "10:43" not in text
    assert meta(path)["status"] == "published"
    history = History(desk, article_id(text))
    versions = history.versions().versions
    assert [v.reason for v in versions] == ["status"]  # one edit: status, url and date
    assert history.read(versions[0].id)[1] == text


def test_an_embargoed_storys_later_date_is_kept(desk):
    path = write(desk / "embargo.md", article("Embargo", status="ready",
                                               date="2099-01-02T06:00:00+07:00"))  # fmt: skip
    set_status(path, "published", url="https://netizen.co.id/2099/01/embargo.html", user="Hadi")
    assert "date: 2099-01-02T06:00:00+07:00\n" in path.read_text(encoding="utf-8")
    assert publication_time(meta(path)["date"], "WIB") == dt.datetime(2099, 1, 2, 6, tzinfo=WIB)
    now = dt.datetime(2026, 12, 8, 10, 55, tzinfo=WIB)
    assert publication_time(dt.date(2026, 12, 1), "WIB", now) == now  # an earlier bare date
    assert publication_time(None, "WIB", now) == now


def test_the_other_statuses_leave_the_date_as_it_is(desk):
    path = write(desk / "rilis.md", article("Rilis", status="draft", date=IMPORTED))
    for status in ("review", "ready", "spiked", "draft"):
        set_status(path, status, user="Hadi")
        assert f"date: {IMPORTED}\n" in path.read_text(encoding="utf-8"), status
    with pytest.raises(ValueError):
        set_status(path, "ready", user="Hadi", published_at=dt.datetime.now(WIB))


def test_a_story_published_already_keeps_its_publication_time(desk):
    """Published again (a colleague's click that raced): its time stays the first one."""
    url = "https://netizen.co.id/2026/12/rilis.html"
    path = write(desk / "rilis.md", article("Rilis", status="published", date=IMPORTED, url=url))
    set_status(path, "published", user="Hadi")  # (the story gets its id)
    assert meta(path)["date"] == dt.datetime(2026, 12, 8, 10, 43, tzinfo=WIB)


def test_a_story_published_once_keeps_its_first_time_when_published_again(desk):
    """Review RV4 #6: published at 10.55, put back to review for a correction, published
    again: its date (the byline's and the feed's time) said the correction's time."""
    url = "https://netizen.co.id/2026/12/rilis.html"
    path = write(desk / "rilis.md", article("Rilis", status="ready", date=IMPORTED))
    went_live = dt.datetime(2026, 12, 8, 10, 55, tzinfo=WIB)
    set_status(path, "published", url=url, user="Hadi", published_at=went_live)
    set_status(path, "review", user="Hadi")
    set_status(path, "published", user="Hadi")  # the correction done: no time asked
    assert meta(path)["date"] == went_live
    assert went_live_of(path) == went_live  # what the dialog offers: the first time


def went_live_of(path) -> dt.datetime:
    from netizen_editor.desk.actions import went_live

    return went_live(Article.parse(path.read_text(encoding="utf-8")), "WIB")
