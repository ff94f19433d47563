"""Status actions and renames: one edit of the front matter, kept in the history; a rename
within the desk takes the history along."""

from __future__ import annotations

import datetime as dt
import json
import os

import pytest

from netizen_editor.article.model import Article
from netizen_editor.desk.actions import (
    DeskActionError,
    StatusChanged,
    give_new_id,
    rename_article,
    set_status,
)
from netizen_editor.errors import NetizenError
from netizen_editor.history.article_id import article_id
from netizen_editor.history.store import History
from tests.desk.conftest import article, write

pytestmark = pytest.mark.usefixtures("english")


def test_a_status_is_one_front_matter_edit_kept_as_a_version(desk):
    path = write(desk / "banjir.md", article("Banjir", status="draft", author="Budi"))
    before = path.read_text(encoding="utf-8")
    set_status(path, "review", user="Rina")
    after = path.read_text(encoding="utf-8")
    found = article_id(after)
    assert found is not None  # the article got its id: its history is keyed by it
    assert Article.parse(after).meta["status"] == "review"
    assert after.replace("status: review", "status: draft").replace(f"id: {found}\n", "") == before
    versions = History(desk, found).versions().versions
    assert [(v.reason, v.author) for v in versions] == [("status", "Rina")]
    assert History(desk, found).read(versions[0].id)[1] == after


def test_published_keeps_the_live_url_and_spiked_keeps_it_too(desk):
    path = write(desk / "banjir.md", article("Banjir", status="ready"))
    set_status(path, "published", url="https://netizen.co.id/banjir", user="Rina")
    meta = Article.parse(path.read_text(encoding="utf-8")).meta
    assert (meta["status"], meta["url"]) == ("published", "https://netizen.co.id/banjir")
    set_status(path, "spiked", user="Rina")
    meta = Article.parse(path.read_text(encoding="utf-8")).meta
    assert (meta["status"], meta["url"]) == ("spiked", "https://netizen.co.id/banjir")
    found = article_id(path.read_text(encoding="utf-8"))
    reasons = [v.reason for v in History(desk, found).versions().versions]
    assert reasons == ["status", "status"]


def test_the_text_before_a_status_is_kept_when_the_history_lacks_it(desk):
    path = write(desk / "banjir.md", article("Banjir", id="a1b2c3", status="draft"))
    set_status(path, "review", user="Rina")
    versions = History(desk, "a1b2c3").versions().versions
    assert [v.reason for v in versions] == ["status", "save"]


def test_a_broken_article_or_a_link_is_not_written(desk, tmp_path):
    broken = write(desk / "rusak.md", "---\ntitle: [tidak ditutup\n---\nIsi.\n")
    with pytest.raises(Exception):  # noqa: B017 - an ArticleError says where
        set_status(broken, "review", user="Rina")
    assert broken.read_text(encoding="utf-8").startswith("---\ntitle: [tidak")
    target = write(tmp_path / "luar.md", article("Luar"))
    (desk / "tautan.md").symlink_to(target)
    with pytest.raises(DeskActionError):
        set_status(desk / "tautan.md", "review", user="Rina")
    assert "status" not in target.read_text(encoding="utf-8")
    with pytest.raises(ValueError):
        set_status(target, "terbit", user="Rina")


def test_a_rename_into_another_folder_takes_the_history_along(desk):
    path = write(desk / "banjir.md", article("Banjir", status="draft"))
    set_status(path, "review", user="Rina")
    found = article_id(path.read_text(encoding="utf-8"))
    (desk / "2026").mkdir()
    new = desk / "2026" / "banjir-jakarta.md"
    rename_article(path, new)
    assert not path.exists() and new.is_file()
    assert [v.reason for v in History(new.parent, found).versions().versions] == ["status"]
    assert History(desk, found).versions().versions == []
    assert not (desk / ".netizen").exists()  # no empty history folder left behind
    other = write(desk / "gempa.md", article("Gempa", status="draft"))
    set_status(other, "review", user="Rina")  # a history that stays here
    rename_article(new, desk / "banjir.md")  # and back
    assert [v.reason for v in History(desk, found).versions().versions] == ["status"]
    assert not (desk / "2026" / ".netizen").exists()
    rename_article(desk / "banjir.md", desk / "2026" / "banjir.md")  # away again
    assert (desk / ".netizen" / "history").is_dir()  # gempa's history is still there


def test_a_rename_never_replaces_a_file_nor_takes_a_held_story(desk):
    path = write(desk / "banjir.md", article("Banjir"))
    other = write(desk / "lain.md", article("Lain"))
    with pytest.raises(DeskActionError):
        rename_article(path, other)
    with pytest.raises(DeskActionError):
        rename_article(path, desk / "banjir.docx")
    now = dt.datetime.now(dt.UTC).isoformat()
    lock = {"user": "Sri", "host": "lain", "pid": 1, "since": now, "heartbeat": now}
    (desk / ".~lock.banjir.md#").write_text(json.dumps(lock), encoding="utf-8")
    with pytest.raises(DeskActionError, match="Sri"):
        rename_article(path, desk / "baru.md")
    assert path.is_file() and other.read_text(encoding="utf-8") == article("Lain")
    (desk / ".~lock.banjir.md#").write_bytes(b"\x00 not a lock")  # someone's, as for the window
    with pytest.raises(DeskActionError, match="has it open"):
        rename_article(path, desk / "baru.md")
    os.unlink(desk / ".~lock.banjir.md#")
    rename_article(path, desk / "baru.md")
    assert (desk / "baru.md").is_file()


def test_a_colleagues_file_made_at_the_new_name_during_a_rename_is_never_replaced(
    desk, monkeypatch
):
    import netizen_editor.desk.listing as listing

    path = write(desk / "banjir.md", article("Banjir"))
    looked = listing.lock_holder

    def colleague_saves_meanwhile(story):  # between the look at the name and the rename
        write(desk / "baru.md", article("Punya Rina"))
        return looked(story)

    monkeypatch.setattr(listing, "lock_holder", colleague_saves_meanwhile)
    with pytest.raises(DeskActionError, match=r"already|sudah ada"):
        rename_article(path, desk / "baru.md")
    assert (desk / "baru.md").read_text(encoding="utf-8") == article("Punya Rina")
    assert path.read_text(encoding="utf-8") == article("Banjir")


def test_a_new_storys_rubric_is_its_folder_never_the_desk_or_a_date():
    from netizen_editor.desk.actions import rubric_of

    assert rubric_of("nasional/gempa.md") == "nasional"
    assert rubric_of("nasional/2026-12-06/gempa.md") == "nasional"
    assert rubric_of("2026-12-06/gempa.md") == ""
    assert rubric_of("2026/12/06/gempa.md") == ""
    assert rubric_of("gempa.md") == ""  # at the desk's top: the desk's name is no rubric
    assert rubric_of("ekonomi\\beras.md") == "ekonomi"


def test_a_new_id_is_one_front_matter_edit_and_starts_its_own_history(desk):
    """A copy made outside the app gets an id of its own: only the ``id`` line changes, its
    text starts the new id's history, and the original's history is left as it was."""
    text = article("Banjir", id="cerita-1")
    original = write(desk / "banjir.md", text)
    copy = write(desk / "banjir-salinan.md", text)
    History(desk, "cerita-1", author="Budi").keep(text, "save")
    new = give_new_id(copy, user="Rina")
    after = copy.read_text(encoding="utf-8")
    assert new != "cerita-1" and article_id(after) == new
    assert after == text.replace("id: cerita-1", f"id: {new}")
    assert original.read_text(encoding="utf-8") == text
    assert [v.author for v in History(desk, "cerita-1").versions().versions] == ["Budi"]
    versions = History(desk, new).versions().versions
    assert [(v.reason, v.author) for v in versions] == [("save", "Rina")]
    assert History(desk, new).read(versions[0].id)[1] == after


def test_a_new_id_is_never_written_through_a_link_or_into_broken_front_matter(desk, tmp_path):
    outside = write(tmp_path / "outside.md", article("Luar", id="cerita-1"))
    (desk / "tautan.md").symlink_to(outside)
    with pytest.raises(DeskActionError, match="link"):
        give_new_id(desk / "tautan.md", user="Rina")
    assert "cerita-1" in outside.read_text(encoding="utf-8")
    broken = write(desk / "rusak.md", "---\ntitle: [Banjir\nid: cerita-1\n---\nIsi.\n")
    with pytest.raises(NetizenError):
        give_new_id(broken, user="Rina")
    assert "id: cerita-1" in broken.read_text(encoding="utf-8")


def test_a_status_set_meanwhile_is_not_overwritten(desk):
    """Budi confirmed Spike on a row that said Review while Rina had set Ready: the file ended
    spiked and Budi was never told (QA15). Given the status he saw, nothing is written."""
    path = write(desk / "banjir.md", article("Banjir", status="review"))
    set_status(path, "ready", user="Rina", expected="review")  # Rina, from the same row
    before = path.read_bytes()
    with pytest.raises(StatusChanged) as caught:
        set_status(path, "spiked", user="Budi", expected="review")
    assert path.read_bytes() == before  # untouched: still ready
    found = article_id(before.decode("utf-8"))
    assert [v.author for v in History(desk, found).versions().versions] == ["Rina"]
    changed = caught.value
    assert (changed.now, changed.by) == ("ready", "Rina")
    assert len(changed.at) == 5 and changed.at[2] == ":"  # HH:MM
    assert "its status was set to ready meanwhile; nothing was written" in changed.located()
    set_status(path, "spiked", user="Budi", expected="ready")  # asked again: he still wants it
    assert Article.parse(path.read_text(encoding="utf-8")).meta["status"] == "spiked"


def test_a_status_changed_outside_the_app_names_no_one(desk):
    path = write(desk / "banjir.md", article("Banjir", status="draft"))
    set_status(path, "review", user="Rina")
    path.write_text(path.read_text(encoding="utf-8").replace("review", "ready"), encoding="utf-8")
    with pytest.raises(StatusChanged) as caught:
        set_status(path, "spiked", user="Budi", expected="review")
    assert (caught.value.now, caught.value.by, caught.value.at) == ("ready", "", "")
    set_status(path, "review", user="Budi", expected="ready")
    assert Article.parse(path.read_text(encoding="utf-8")).meta["status"] == "review"


@pytest.mark.parametrize("planted", [".netizen", ".netizen/history", ".netizen/history/ID"])
def test_a_move_never_writes_the_history_through_a_link_beside_the_target(desk, tmp_path, planted):
    """QA18 P5: a link planted at the target's ``.netizen``, ``history`` or id folder refuses
    the move as one on the old side does: no version lands outside, the story keeps its name."""
    text = article("Banjir", id="cerita-1")
    path = write(desk / "banjir.md", text)
    History(desk, "cerita-1", author="Budi").keep(text, "save")
    kept = sorted(os.listdir(desk / ".netizen" / "history" / "cerita-1"))
    outside = tmp_path / "outside"
    outside.mkdir()
    link = desk / "sub" / planted.replace("ID", "cerita-1")
    link.parent.mkdir(parents=True)
    link.symlink_to(outside, target_is_directory=True)
    with pytest.raises(DeskActionError, match="is a link; the history is not moved through it"):
        rename_article(path, desk / "sub" / "banjir.md")
    assert os.listdir(outside) == []
    assert sorted(os.listdir(desk / ".netizen" / "history" / "cerita-1")) == kept
    assert path.read_text(encoding="utf-8") == text and not (desk / "sub" / "banjir.md").exists()


def test_a_history_joined_half_way_goes_back_when_a_version_cannot_move(desk, monkeypatch):
    """Versions already beside the target (a story moved back): when one cannot be moved, those
    moved return and the story keeps its name."""
    import netizen_editor.desk.actions as actions

    text = article("Banjir", id="cerita-1")
    path = write(desk / "banjir.md", text)
    clock = [dt.datetime(2026, 12, 7, 1, 0, tzinfo=dt.UTC)]
    history = History(desk, "cerita-1", author="Budi", clock=lambda: clock[0])
    for n in range(3):
        clock[0] += dt.timedelta(hours=1)
        history.keep(text + f"\n{n}\n", "status")
    kept = sorted(os.listdir(history.path))
    (desk / "sub" / ".netizen" / "history" / "cerita-1").mkdir(parents=True)
    real_move, calls = actions.move_into, []

    def fails_the_second(source, folder, *, below=None):
        calls.append(source)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real_move(source, folder, below=below)

    monkeypatch.setattr(actions, "move_into", fails_the_second)
    with pytest.raises(DeskActionError):
        rename_article(path, desk / "sub" / "banjir.md")
    assert sorted(os.listdir(history.path)) == kept
    assert os.listdir(desk / "sub" / ".netizen" / "history" / "cerita-1") == []
    assert path.is_file() and not (desk / "sub" / "banjir.md").exists()


@pytest.mark.parametrize("linked", ["ekonomi", "ekonomi/2026"])
@pytest.mark.parametrize("given_desk", [True, False])
def test_a_move_into_a_folder_that_is_a_link_is_refused(desk, tmp_path, linked, given_desk):
    """A subfolder of the desk that is a link (to outside, or to another folder of the desk)
    is no place to move a story to: the core refuses it as the window does, naming the link,
    and moves nothing (neither the story nor its history)."""
    text = article("Banjir", id="cerita-1")
    path = write(desk / "banjir.md", text)
    History(desk, "cerita-1", author="Budi").keep(text, "save")
    kept = sorted(os.listdir(desk / ".netizen" / "history" / "cerita-1"))
    outside = tmp_path / "outside"
    (outside / "2026").mkdir(parents=True)
    link = desk / linked
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(outside / "2026" if "/" in linked else outside, target_is_directory=True)
    target = desk / "ekonomi" / "2026" / "banjir.md"
    with pytest.raises(DeskActionError, match="is a link; the story is not moved") as caught:
        rename_article(path, target, desk=desk if given_desk else None)
    assert caught.value.path == link
    assert sorted(p.name for p in outside.rglob("*")) == ["2026"]  # nothing written there
    assert sorted(os.listdir(desk / ".netizen" / "history" / "cerita-1")) == kept
    assert path.read_text(encoding="utf-8") == text


def test_a_move_out_of_the_desk_given_is_refused(desk, tmp_path):
    path = write(desk / "banjir.md", article("Banjir"))
    (tmp_path / "lain").mkdir()
    with pytest.raises(DeskActionError, match="is not inside the desk"):
        rename_article(path, tmp_path / "lain" / "banjir.md", desk=desk)
    assert path.is_file()
