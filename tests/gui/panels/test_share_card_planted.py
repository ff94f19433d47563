"""The share card's picture read again at a path a colleague can swap (QA32 #9): the window's
thread never opens a FIFO put there, never follows a link out of the image's folder, and
decodes no more pixels than the photo pipeline would."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QColor, QImage

from netizen_editor.gui.panels.share_previews import ShareCardView

#: a colleague's program at the FIFO: each of its opens waits for a reader, and its close ends
#: that reader's read; it marks every open that found a reader (in a process of its own: the
#: window's thread holds Python's lock while Qt waits in open, so no thread here could answer)
WRITER = """
import os, sys
fifo, mark, stop = sys.argv[1:]
while not os.path.exists(stop):
    with open(fifo, "wb"):
        pass
    open(mark, "a").close()
"""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_swapped_in_at_the_featured_image_is_never_opened(qtbot, tmp_path):
    fifo, mark, stop = tmp_path / "utama.jpg", tmp_path / "opened", tmp_path / "stop"
    os.mkfifo(fifo)
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(fifo), str(mark), str(stop)])
    try:
        view = ShareCardView()
        qtbot.addWidget(view)
        image = view._load(fifo)
        was_opened = mark.exists()
    finally:
        stop.touch()
        release = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # the writer's last open returns
        writer.wait(timeout=60)
        os.close(release)
    assert image is None
    assert not was_opened, "the window's thread opened a FIFO (it waits there for a writer)"


@pytest.mark.skipif(os.name == "nt", reason="links need rights on Windows")
def test_a_link_swapped_in_at_the_featured_image_is_not_followed_out_of_its_folder(qtbot, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    picture = QImage(40, 20, QImage.Format.Format_RGB32)
    picture.fill(QColor("red"))
    assert picture.save(str(elsewhere / "secret.png"))
    story = tmp_path / "story"
    story.mkdir()
    (story / "utama.png").symlink_to(elsewhere / "secret.png")
    view = ShareCardView()
    qtbot.addWidget(view)
    assert view._load(story / "utama.png") is None
    (story / "own.png").write_bytes((elsewhere / "secret.png").read_bytes())
    image = view._load(story / "own.png")  # the same picture, in the folder: drawn
    assert image is not None and image.size().width() == 40


def test_a_picture_past_the_photo_pipelines_pixel_budget_is_not_decoded(
    qtbot, tmp_path, monkeypatch
):
    from netizen_editor.photos import limits

    picture = QImage(40, 20, QImage.Format.Format_RGB32)
    picture.fill(QColor("red"))
    assert picture.save(str(tmp_path / "utama.png"))
    view = ShareCardView()
    qtbot.addWidget(view)
    monkeypatch.setattr(limits, "PIXEL_BUDGET", 40 * 20 - 1)  # its header: one pixel too many
    assert view._load(tmp_path / "utama.png") is None
    monkeypatch.setattr(limits, "PIXEL_BUDGET", 40 * 20)
    assert view._load(tmp_path / "utama.png") is not None
