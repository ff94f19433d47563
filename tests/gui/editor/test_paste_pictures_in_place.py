"""Rich text pasted with pictures written into it (a web page's or a mail's ``data:`` images)
keeps each picture where it stood, as File › Import does (QA33 #7: the text was pasted, then
every picture came after the whole of it, a chart two paragraphs below the text it
illustrated). Each picture's file name is kept first, its link goes in with the text, and the
file is written off the window's thread; a picture that is none has its link taken out again,
named in the warning; Undo takes the paste back in one step."""

from __future__ import annotations

import io
import re
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextCursor

from netizen_editor.gui.editor import image_import
from netizen_editor.importing import images
from netizen_editor.publish.preview_patch import PreviewRenderer
from netizen_editor.settings import Settings
from tests.gui import TIMEOUT
from tests.importing.test_data_pictures import PHOTO, carried
from tests.importing.test_picture_bounds import noise_png
from tests.photo_factory import scene, screenshot_png
from tests.samples import TEST_ARTICLE

FILES = "uji-coba_files"
STEM = "judul-uji-coba"  # the article's slug: a pasted picture's name


def png(path: Path) -> bytes:
    return screenshot_png(path, (400, 240)).read_bytes()  # a graphic: it stays PNG


def png_photo() -> bytes:
    buffer = io.BytesIO()
    scene((800, 600)).save(buffer, "PNG")  # a photo saved as PNG: its web copy is a JPEG
    return buffer.getvalue()


def mime(html: str) -> QMimeData:
    source = QMimeData()
    source.setHtml(html)
    source.setText("Satu. Dua. Tiga.")
    return source


def fragment(first: str, second: str) -> str:
    return f"<p>Satu.</p>{first}<p>Dua.</p>{second}<p>Tiga.</p>"


@pytest.fixture
def story(editor, article_file, monkeypatch):
    """The editor holding a saved story, the cursor at its end; the warnings it shows."""
    editor.article_file = lambda: article_file
    editor.setPlainText(TEST_ARTICLE + "\n")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    shown: list[str] = []
    monkeypatch.setattr("netizen_editor.gui.editor.markdown_editor.QMessageBox.warning",
                        lambda parent, title, text: shown.append(text))  # fmt: skip
    editor.shown = shown
    return editor


def paste(qtbot, editor, html: str) -> str:
    """``html`` pasted; the pasted part of the text as it was at once (the files not written
    yet)."""
    with qtbot.waitSignal(editor.images_inserted, timeout=TIMEOUT):
        editor.insertFromMimeData(mime(html))
        at_once = pasted_part(editor)
    return at_once


def pasted_part(editor) -> str:
    return editor.text()[len(TEST_ARTICLE) + 1 :]


def test_pasted_pictures_stand_between_the_paragraphs_they_stood_between(
    qtbot, story, article_file, tmp_path
):
    chart = carried(png(tmp_path / "chart.png"), "image/png", alt="Grafik: inflasi > 5%")
    at_once = paste(qtbot, story, fragment(chart, carried(PHOTO, alt="Foto lapangan")))
    expected = (
        "Satu.\n\n"
        f"![Grafik: inflasi > 5%]({FILES}/{STEM}-1.png)\n\n"
        "Dua.\n\n"
        f"![Foto lapangan]({FILES}/{STEM}-2.jpg)\n\n"
        "Tiga."
    )
    assert at_once == expected  # in place with the text, before the files are written
    assert pasted_part(story) == expected
    folder = article_file.parent / FILES
    assert sorted(p.name for p in folder.iterdir()) == [f"{STEM}-1.png", f"{STEM}-2.jpg"]
    assert story.shown == []


def test_a_broken_data_picture_is_left_out_with_the_warning(qtbot, story, article_file):
    broken = carried(b"\x89PNG\r\n\x1a\nnot a picture at all", "image/png", alt="Grafik rusak")
    paste(qtbot, story, fragment(broken, carried(PHOTO, alt="Foto lapangan")))
    # its link, and its paragraph that held nothing else, taken out again
    assert pasted_part(story) == (
        f"Satu.\n\nDua.\n\n![Foto lapangan]({FILES}/{STEM}-2.jpg)\n\nTiga."
    )
    assert sorted(p.name for p in (article_file.parent / FILES).iterdir()) == [f"{STEM}-2.jpg"]
    assert len(story.shown) == 1 and "gambar laman “Grafik rusak”" in story.shown[0]


def test_a_picture_stored_under_another_name_has_its_link_set_right(qtbot, story, article_file):
    # named .png before its web copy was made, it became a JPEG (much smaller for a photo)
    at_once = paste(qtbot, story, fragment(carried(png_photo(), "image/png", alt="Sawah"), ""))
    assert at_once == f"Satu.\n\n![Sawah]({FILES}/{STEM}-1.png)\n\nDua.\n\nTiga."
    assert pasted_part(story) == f"Satu.\n\n![Sawah]({FILES}/{STEM}-1.jpg)\n\nDua.\n\nTiga."
    assert (article_file.parent / FILES / f"{STEM}-1.jpg").is_file()


@pytest.mark.parametrize("first", ["broken", "photo"])
def test_undo_takes_the_paste_back_in_one_step(qtbot, story, first):
    pictures = {
        "broken": carried(b"\x89PNG\r\n\x1a\nbroken", "image/png", alt="rusak"),
        "photo": carried(png_photo(), "image/png", alt="Sawah"),  # its link set right
    }
    paste(qtbot, story, fragment(pictures[first], carried(PHOTO, alt="Foto lapangan")))
    settled = story.text()
    story.undo()
    assert story.text() == TEST_ARTICLE + "\n"
    story.redo()
    assert story.text() == settled


def test_a_number_a_colleague_took_is_not_used(qtbot, story, article_file):
    folder = article_file.parent / FILES
    folder.mkdir()
    (folder / f"{STEM}-1.webp").write_bytes(b"a colleague's")
    paste(qtbot, story, fragment(carried(PHOTO, alt="Foto"), ""))
    assert pasted_part(story) == f"Satu.\n\n![Foto]({FILES}/{STEM}-2.jpg)\n\nDua.\n\nTiga."
    assert (folder / f"{STEM}-1.webp").read_bytes() == b"a colleague's"


def test_the_same_picture_twice_is_one_file_linked_twice(qtbot, story, article_file):
    photo = carried(PHOTO, alt="Foto")
    paste(qtbot, story, fragment(photo, photo))
    link = f"![Foto]({FILES}/{STEM}-1.jpg)"
    assert pasted_part(story) == f"Satu.\n\n{link}\n\nDua.\n\n{link}\n\nTiga."
    assert [p.name for p in (article_file.parent / FILES).iterdir()] == [f"{STEM}-1.jpg"]


def test_an_untitled_story_gets_the_pictures_after_its_save(editor):
    # no folder yet: the text goes in without them, they wait for the save as before
    asked: list[bool] = []
    editor.needs_save_for_image.connect(lambda: asked.append(True))
    editor.insertFromMimeData(mime(fragment(carried(PHOTO, alt="Foto"), "")))
    assert editor.text() == "Satu.\n\nDua.\n\nTiga."
    assert editor.has_pending_images() and asked == [True]


def test_a_link_taken_out_after_an_edit_is_an_undo_step_of_its_own(qtbot, story):
    # joined to the step before, it would go with the colleague's edit at one Undo
    broken = carried(b"\x89PNG\r\n\x1a\nbroken", "image/png", alt="rusak")
    with qtbot.waitSignal(story.images_inserted, timeout=TIMEOUT):
        story.insertFromMimeData(mime(fragment(broken, "")))
        edit = QTextCursor(story.document())
        edit.beginEditBlock()  # an edit before the pictures are stored (a formatting action's)
        edit.insertText("Sisipan. ")
        edit.endEditBlock()
    assert story.text().endswith("\n\nSatu.\n\nDua.\n\nTiga.")
    story.undo()  # the link's taking out: the edit stays
    assert story.text().startswith("Sisipan. ---") and "](uji-coba_files/" in story.text()
    story.undo()
    assert not story.text().startswith("Sisipan.")


def test_a_paste_decodes_its_pictures_within_what_one_import_may(
    qtbot, story, article_file, monkeypatch
):
    # a pasted page of 200 pictures of 16 MP decoded them all (87 s); an import stops at its
    # budget, and so does a paste now: the rest are not stored, one box names them
    monkeypatch.setattr(images, "IMPORT_PIXEL_BUDGET", 2 * 60 * 60)  # two of these pictures
    monkeypatch.setattr(images, "NAMED_LEFT_OUT", 2)
    plots = "".join(f"<p>Petak {n}.</p>" + carried(noise_png(900 + n, 60), "image/png",
                                                   alt=f"petak {n}") for n in range(6))  # fmt: skip
    paste(qtbot, story, f"<p>Satu.</p>{plots}<p>Tiga.</p>")
    assert len(list((article_file.parent / FILES).iterdir())) == 2
    text = pasted_part(story)
    assert text.count(f"]({FILES}/") == 2  # the links of those left out taken out again
    assert "![petak 1](" in text and "![petak 2](" not in text
    assert "Petak 5.\n\nTiga." in text  # the text all in
    (box,) = story.shown
    assert box.split("\n") == [
        "gambar laman “petak 2” tidak disertakan: gambar-gambar yang ditempel sebelumnya "
        "sudah menghabiskan batas olah satu kali tempel (0 megapiksel)",
        "gambar laman “petak 3” tidak disertakan: gambar-gambar yang ditempel sebelumnya "
        "sudah menghabiskan batas olah satu kali tempel (0 megapiksel)",
        "2 gambar lain juga tidak disertakan karena alasan yang sama",
    ]


@pytest.fixture
def held(monkeypatch):
    """The pictures' storing held until the test lets it go (``held.set()``)."""
    gate = threading.Event()
    store = image_import.run_import

    def run_import(*args, **kwargs):
        gate.wait(TIMEOUT / 1000)
        return store(*args, **kwargs)

    monkeypatch.setattr(image_import, "run_import", run_import)
    yield gate
    gate.set()


def test_the_preview_says_a_pasted_picture_is_being_stored_until_it_is(
    qtbot, story, article_file, held
):
    # its link went in before its file was written: the preview said "Photo not shown: … the
    # file is not there; exports leave it out" for that moment
    with qtbot.waitSignal(story.images_inserted, timeout=TIMEOUT):
        story.insertFromMimeData(mime(fragment(carried(PHOTO, alt="Foto lapangan"), "")))
        link = f"{FILES}/{STEM}-1.jpg"
        assert link in story.text()
        assert notes(story.text(), article_file) == [f"Foto sedang disimpan: {link}…"]
        held.set()
    assert (article_file.parent / link).is_file()
    qtbot.waitUntil(lambda: notes(story.text(), article_file) == [], timeout=TIMEOUT)


def test_a_pasted_picture_that_is_never_stored_is_not_said_to_be_stored(
    qtbot, story, article_file, held
):
    with qtbot.waitSignal(story.images_inserted, timeout=TIMEOUT):
        story.insertFromMimeData(mime(fragment(carried(PHOTO, alt="Foto"), "")))
        held.set()
    link = f"{FILES}/{STEM}-1.jpg"
    (article_file.parent / link).unlink()  # gone after all: missing, as any other
    qtbot.waitUntil(lambda: notes(story.text(), article_file) != [
        f"Foto sedang disimpan: {link}…"], timeout=TIMEOUT)  # fmt: skip
    assert notes(story.text(), article_file) == [
        f"Foto tidak ditampilkan: {link} — berkas tidak ada; ekspor tidak menyertakannya"
    ]


def notes(text: str, article: Path) -> list[str]:
    """The notes the preview shows where the photos of ``text`` would be."""
    renderer = PreviewRenderer()
    state = renderer.state(renderer.parse(text, article), Settings())
    return re.findall(r'class="nz-refused-photo"[^>]*>([^<]*)<', "\n".join(state.chunks))
