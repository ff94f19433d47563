"""The status bar's saved-state field draws on every machine: no emoji (an emoji font is not
on our Linux bundle nor on most newsroom laptops; they showed an empty box), read-only's
padlock is an icon beside the text."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QStatusBar

from netizen_editor.gui.window.status import StatusFields


@pytest.fixture
def fields(qtbot) -> Iterator[StatusFields]:
    bar = QStatusBar()
    qtbot.addWidget(bar)
    fields = StatusFields(bar)
    bar.resize(900, 30)
    bar.show()
    qtbot.waitExposed(bar)
    yield fields  # the bar lives until the test is done


def drawable(text: str) -> bool:
    """Every character in the Basic Multilingual Plane and none a pictograph (emoji)."""
    return all(ord(c) <= 0xFFFF and unicodedata.category(c) != "Cs" for c in text) and not any(
        0x1F000 <= ord(c) <= 0x1FAFF for c in text
    )


@pytest.mark.parametrize("state", ["saved", "unsaved", "untitled", "read_only", ""])
def test_every_saved_state_text_is_drawable_without_an_emoji_font(fields, state):
    fields.set_saved(state)
    assert drawable(fields.saved.text())


def test_read_only_shows_a_padlock_icon_beside_its_text(fields):
    fields.set_saved("read_only")
    assert fields.saved.text() == "Read-only"
    assert fields.saved_icon.isVisible()
    image = fields.saved_icon.pixmap().toImage()
    assert not image.isNull() and image.height() >= 12
    inked = sum(
        image.pixelColor(x, y).alpha() > 0
        for x in range(image.width())
        for y in range(image.height())
    )
    assert inked >= image.width() * image.height() // 4  # the padlock is drawn, not blank
    icon_box, text_box = fields.saved_icon.geometry(), fields.saved.geometry()
    assert icon_box.right() < text_box.left() and text_box.left() - icon_box.right() < 12


def test_the_padlock_goes_with_the_read_only_state(fields):
    fields.set_saved("read_only")
    fields.set_saved("saved")
    assert not fields.saved_icon.isVisible()
    assert fields.saved.text().endswith("Saved")


LONG = (
    "/tmp/berita/satu-baris.md:4: this block is too complex to render in time (runs of "
    "brackets, deep nesting or thousands of tags); simplify it " * 6
)


def test_a_long_problem_is_drawn_cut_short_and_asks_for_no_width(fields):
    fields.set_problem("short")
    narrow = fields.problem.minimumSizeHint().width()
    fields.set_problem(LONG)
    assert fields.problem.minimumSizeHint().width() == narrow
    assert fields.problem.text() == "⚠ " + LONG  # the whole text stays readable
    assert fields.problem.toolTip() == LONG
    assert fields.problem.is_elided()
    fields.set_problem("short")
    assert not fields.problem.is_elided()


def test_a_problem_waits_under_a_passing_message_instead_of_over_it(fields):
    bar = fields.problem.parentWidget()
    while not isinstance(bar, QStatusBar):
        bar = bar.parentWidget()
    bar.showMessage("Iklan disisipkan")
    fields.set_problem("front matter, baris 5: YAML rusak")
    assert not fields.problem.isVisibleTo(bar)  # the two were drawn over each other
    bar.clearMessage()
    assert fields.problem.isVisibleTo(bar)
    bar.showMessage("Tersimpan")
    assert not fields.problem.isVisibleTo(bar)
    fields.set_problem("")
    bar.clearMessage()
    assert not fields.problem.isVisibleTo(bar)  # nothing to show
