"""The export dialog keeps each format's file apart: a name typed or browsed follows the format
(it stayed, so the Blogger post replaced the article page and the Atom XML went into the
``.html``, QA37 #1); a format is never written under another's name; a file the app did not
just export is replaced only when the user says so; and a missing folder is made when the user
agrees, as the command line's ``-o keluar/`` makes it (QA37 #16). A file browsed to is not
asked about again only while it is as it was; another story's export and a side file are asked
about, all in one question (RV4 #2, #3)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from netizen_editor.gui.dialogs.export_targets import follow_format, misnamed
from tests.gui import Recorder
from tests.gui.exporting import export_now

STORY = "---\ntitle: Desa Digital\nstatus: ready\n---\n\nWarga desa belajar daring.\n"


def refuse(name: str):
    def asked(*args):
        raise AssertionError(f"unexpected question {name}{args}")

    return asked


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "desk" / "rilis-desa-digital.md"
    path.parent.mkdir()
    path.write_text(STORY, encoding="utf-8")
    return path


@pytest.fixture
def dialog(make_window, story):
    """The real window's Export dialog on the story; its questions fail the test unless the
    test answers them."""
    window = make_window([story])
    opened = window.open_export_dialog()
    opened.confirm_replace = refuse("confirm_replace")
    opened.confirm_make_folder = refuse("confirm_make_folder")
    yield opened
    if shiboken6.isValid(opened):  # a test may have closed it (deleted on close)
        opened.close()


def test_a_browsed_name_follows_the_format_and_the_three_exports_sit_side_by_side(
    dialog, qtbot, tmp_path
):
    out = tmp_path / "qa37-export"
    out.mkdir()
    dialog.ask_output_path = lambda current: out / "rilis-desa-digital.html"
    dialog.browse_button.click()
    assert export_now(qtbot, dialog) == [out / "rilis-desa-digital.html"]

    dialog.format_blogger.click()
    assert dialog.output_edit.text() == str(out / "rilis-desa-digital.blogger.html")
    assert export_now(qtbot, dialog)[:2] == [
        out / "rilis-desa-digital.blogger.html",
        out / "rilis-desa-digital.blogger.post.txt",
    ]
    dialog.format_atom.click()
    assert dialog.output_edit.text() == str(out / "rilis-desa-digital.xml")
    assert export_now(qtbot, dialog)[0] == out / "rilis-desa-digital.xml"

    assert sorted(p.name for p in out.iterdir()) == [
        "rilis-desa-digital.blogger.html",
        "rilis-desa-digital.blogger.post.txt",  # one post settings file for both
        "rilis-desa-digital.html",
        "rilis-desa-digital.xml",
    ]
    assert (out / "rilis-desa-digital.html").read_text("utf-8").startswith("<!DOCTYPE html>")
    assert (out / "rilis-desa-digital.xml").read_text("utf-8").startswith("<?xml")


def test_a_typed_name_follows_the_format_keeping_its_folder_and_stem(dialog, tmp_path):
    dialog.output_edit.setText(str(tmp_path / "kirim" / "Banjir.HTML"))
    dialog.format_atom.click()
    assert dialog.output_edit.text() == str(tmp_path / "kirim" / "Banjir.xml")
    dialog.format_blogger.click()
    assert dialog.output_edit.text() == str(tmp_path / "kirim" / "Banjir.blogger.html")
    dialog.format_page.click()
    assert dialog.output_edit.text() == str(tmp_path / "kirim" / "Banjir.html")
    dialog.output_edit.setText(str(tmp_path / "catatan.txt"))  # no format's name: as typed
    dialog.format_atom.click()
    assert dialog.output_edit.text() == str(tmp_path / "catatan.txt")


@pytest.mark.parametrize(
    ("fmt", "name", "said"),
    [
        ("atom", "rilis.html", "“rilis.html” is the name of an article page, not of a Blogger "
                               "import file (Atom): export to “rilis.xml”"),
        ("page", "rilis.xml", "“rilis.xml” is the name of a Blogger import file (Atom), not of "
                              "an article page: export to “rilis.html”"),
        ("page", "rilis.blogger.html", "“rilis.blogger.html” is the name of a Blogger post, "
                                       "not of an article page: export to “rilis.html”"),
    ],
)  # fmt: skip
def test_a_format_is_not_written_under_another_formats_name(
    dialog, qtbot, tmp_path, fmt, name, said
):
    dialog.set_format(fmt)
    dialog.output_edit.setText(str(tmp_path / name))  # typed after the format was picked
    assert export_now(qtbot, dialog) == []
    assert said in dialog.result_label.text()
    assert not (tmp_path / name).exists()


def test_a_blogger_post_may_go_into_any_html_name(dialog, qtbot, tmp_path):
    dialog.set_format("blogger")
    dialog.output_edit.setText(str(tmp_path / "post.html"))  # as the command line's -o post.html
    assert export_now(qtbot, dialog)[:2] == [tmp_path / "post.html", tmp_path / "post.post.txt"]


def test_a_file_the_app_did_not_just_export_is_replaced_only_when_the_user_says_so(
    dialog, qtbot, story
):
    page = story.with_suffix(".html")
    page.write_text("<p>halaman redaktur</p>\n", encoding="utf-8")
    dialog.confirm_replace = Recorder(False)
    assert export_now(qtbot, dialog) == []
    assert dialog.confirm_replace.calls == [([page], None)]
    assert "Not exported: “rilis-desa-digital.html” was left as it is." in (
        dialog.result_label.text()
    )
    assert page.read_text("utf-8") == "<p>halaman redaktur</p>\n"

    dialog.confirm_replace = Recorder(True)
    assert export_now(qtbot, dialog) == [page]
    assert page.read_text("utf-8").startswith("<!DOCTYPE html>")
    dialog.confirm_replace = refuse("confirm_replace")
    assert export_now(qtbot, dialog) == [page]  # its own export, exported again: not asked
    window = dialog.parentWidget()
    dialog.close()

    again = window.open_export_dialog()  # another dialog, the same export
    again.confirm_replace = refuse("confirm_replace")
    assert export_now(qtbot, again) == [page]
    page.write_text(page.read_text("utf-8") + "<!-- diedit -->\n", "utf-8")  # changed since
    again.confirm_replace = Recorder(False)
    assert export_now(qtbot, again) == []
    assert again.confirm_replace.calls == [([page], None)]
    assert page.read_text("utf-8").endswith("<!-- diedit -->\n")
    again.close()


def test_another_formats_export_is_not_replaced_unasked(dialog, qtbot, story):
    page = story.with_suffix(".html")
    assert export_now(qtbot, dialog) == [page]
    dialog.format_blogger.click()
    dialog.output_edit.setText(str(page))  # the post typed into the page's name
    dialog.confirm_replace = Recorder(False)
    assert export_now(qtbot, dialog) == []
    assert dialog.confirm_replace.calls == [([page], "page")]
    assert page.read_text("utf-8").startswith("<!DOCTYPE html>")  # the page kept


def test_a_browsed_file_a_colleague_wrote_since_is_asked_about(dialog, qtbot, tmp_path):
    """Browse…'s file dialog asked about the file as it was then: a colleague's page written
    there after the export was replaced unasked at the next export (RV4 #2)."""
    out = tmp_path / "web" / "rilis.html"
    out.parent.mkdir()
    out.write_text("a colleague's page", encoding="utf-8")
    dialog.ask_output_path = lambda current: out  # its file dialog asked "replace?": yes
    dialog.browse_button.click()
    assert export_now(qtbot, dialog) == [out]  # not asked again
    out.unlink()
    out.write_text("COLLEAGUE'S NEW PAGE, written after the export", encoding="utf-8")
    dialog.confirm_replace = Recorder(False)
    assert export_now(qtbot, dialog) == []
    assert dialog.confirm_replace.calls == [([out], None)]
    assert out.read_text("utf-8") == "COLLEAGUE'S NEW PAGE, written after the export"


def test_another_storys_export_of_the_same_name_is_asked_about(make_window, qtbot, tmp_path):
    """Two stories named rilis.md in two desk folders export to one keluar/rilis.html: the
    second replaced the first's page unasked, the app remembering its exports by file and
    format only (RV4 #3)."""
    one, two = tmp_path / "ekonomi" / "rilis.md", tmp_path / "politik" / "rilis.md"
    for path, title in ((one, "Ekonomi"), (two, "Politik")):
        path.parent.mkdir()
        path.write_text(STORY.replace("Desa Digital", title), encoding="utf-8")
    page = tmp_path / "keluar" / "rilis.html"
    page.parent.mkdir()
    window = make_window([one, two])
    for tab in window.all_tabs():
        window.activate_tab(tab)
        dialog = window.open_export_dialog()
        dialog.confirm_replace = Recorder(False)
        dialog.output_edit.setText(str(page))
        export_now(qtbot, dialog)
        dialog.close()
    assert dialog.confirm_replace.calls == [([page], None)]  # the second story's: asked
    assert "Ekonomi" in page.read_text("utf-8")


def test_every_file_the_export_would_replace_is_asked_about_in_one_question(
    dialog, qtbot, tmp_path
):
    """A Blogger post replaced a colleague's NAME.blogger.post.txt unasked, only the post
    itself being asked about (RV4 #3); exported again, the story's own files are not."""
    out = tmp_path / "web"
    out.mkdir()
    post, settings = out / "rilis.blogger.html", out / "rilis.blogger.post.txt"
    settings.write_text("Rina's own post settings", encoding="utf-8")
    dialog.format_blogger.click()
    dialog.output_edit.setText(str(post))
    dialog.confirm_replace = Recorder(False)
    assert export_now(qtbot, dialog) == []
    assert dialog.confirm_replace.calls == [([settings], None)]
    assert "Not exported: “rilis.blogger.post.txt” was left as it is." in (
        dialog.result_label.text()
    )
    assert settings.read_text("utf-8") == "Rina's own post settings"
    assert not post.exists()

    post.write_text("<p>Rina's post</p>", encoding="utf-8")
    dialog.confirm_replace = Recorder(False)
    assert export_now(qtbot, dialog) == []
    assert dialog.confirm_replace.calls == [([post, settings], None)]  # one question
    assert "Not exported: the 2 files were left as they are." in dialog.result_label.text()

    dialog.confirm_replace = Recorder(True)
    assert export_now(qtbot, dialog)[:2] == [post, settings]
    assert settings.read_text("utf-8") != "Rina's own post settings"
    dialog.confirm_replace = refuse("confirm_replace")
    assert export_now(qtbot, dialog)[:2] == [post, settings]  # its own, exported again


def test_the_question_about_many_files_names_them(dialog, tmp_path):
    seen: list[tuple[str, str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.text(), box.informativeText()))
        box.defaultButton().click()

    files = [tmp_path / "rilis.blogger.html", tmp_path / "rilis.blogger.post.txt"]
    files += [tmp_path / "rilis_images" / f"foto-{n}.jpg" for n in range(7)]
    del dialog.confirm_replace
    QTimer.singleShot(0, answer)
    assert dialog.confirm_replace(files, None) is False  # Enter keeps them
    shown = "\n".join(["rilis.blogger.html", "rilis.blogger.post.txt"]
                      + [f"rilis_images/foto-{n}.jpg" for n in range(4)])  # fmt: skip
    assert seen == [(
        f"9 files this export writes are already in {tmp_path}:\n{shown}\n… and 3 more",
        "Replace them with this export? What they hold now is lost.",
    )]  # fmt: skip


def test_enter_at_the_replace_question_keeps_the_file(dialog, qtbot, story):
    """The file may be a colleague's: the question's default button is Cancel (Enter keeps
    it), the folder's question's is Create Folder."""
    seen: list[tuple[str, str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.text(), box.defaultButton().text()))
        box.defaultButton().click()

    page = story.with_suffix(".html")
    page.write_text("<p>halaman redaktur</p>\n", encoding="utf-8")
    del dialog.confirm_replace, dialog.confirm_make_folder  # the dialog's own questions
    QTimer.singleShot(0, answer)
    assert dialog.confirm_replace([page], None) is False
    QTimer.singleShot(0, answer)
    assert dialog.confirm_make_folder(story.parent / "baru") is True
    assert seen == [
        (f"“rilis-desa-digital.html” is already in {story.parent}.", "Cancel"),
        (f"The folder {story.parent / 'baru'} does not exist.", "C&reate Folder"),
    ]


def test_a_missing_folder_is_made_when_the_user_agrees(dialog, qtbot, tmp_path):
    folder = tmp_path / "qa37-export" / "hari-ini"
    dialog.output_edit.setText(str(folder / "rilis.html"))
    dialog.confirm_make_folder = Recorder(False)
    assert export_now(qtbot, dialog) == []
    assert dialog.confirm_make_folder.calls == [(folder,)]
    assert "does not exist" in dialog.result_label.text()
    assert not (tmp_path / "qa37-export").exists()

    dialog.confirm_make_folder = Recorder(True)
    assert export_now(qtbot, dialog) == [folder / "rilis.html"]
    assert (folder / "rilis.html").read_text("utf-8").startswith("<!DOCTYPE html>")


def test_a_refused_export_leaves_no_folder_behind(make_window, qtbot, tmp_path, story):
    story.write_text("---\ntitle: [rusak\n---\n\nTeks.\n", encoding="utf-8")
    window = make_window([story])
    dialog = window.open_export_dialog()
    dialog.confirm_make_folder = Recorder(True)
    dialog.output_edit.setText(str(tmp_path / "baru" / "rilis.html"))
    assert export_now(qtbot, dialog) == []
    assert not (tmp_path / "baru").exists()  # the article was refused: nothing made
    dialog.close()


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges")
def test_a_missing_folder_is_not_made_through_a_link(dialog, qtbot, tmp_path, story):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (story.parent / "linkdir").symlink_to(elsewhere, target_is_directory=True)
    dialog.output_edit.setText(str(story.parent / "linkdir" / "baru" / "rilis.html"))
    assert export_now(qtbot, dialog) == []  # refused before any question
    assert "linkdir is a link, not a folder" in dialog.result_label.text()
    assert list(elsewhere.iterdir()) == []


def test_follow_format_and_misnamed_read_only_the_name(tmp_path):
    assert follow_format("/a.html/rilis", "atom") is None  # a name of no format's
    assert follow_format("keluar/", "atom") is None  # a folder: the format's name goes in it
    assert follow_format("/x/.html", "atom") is None  # a hidden file, not a page
    assert follow_format("/x/rilis.htm", "blogger") == "/x/rilis.blogger.html"
    assert misnamed(tmp_path / "rilis.txt", "atom") is None
    assert misnamed(tmp_path / "rilis.blogger.html", "blogger") is None
