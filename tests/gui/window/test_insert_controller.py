"""The Insert menu's actions that ask first, on the real window."""

from __future__ import annotations

from netizen_editor.gui.editor.image_import import ImportItem
from tests.gui import TIMEOUT
from tests.photo_factory import phone_jpeg


def test_image_on_an_untitled_article_asks_to_save_before_the_picture(make_window, qtbot, tmp_path):
    window = make_window([])
    tab = window.current_tab()
    assert tab.path is None
    qtbot.keyClicks(tab.editor, "Banjir rob menggenangi pesisir.")
    asked: list[str] = []
    target = tmp_path / "banjir.md"

    def save_path(suggested):
        asked.append("save")
        return target

    def insert_image(folder, alt=""):
        asked.append("image")
        assert folder == str(tmp_path)  # the article has its folder by now
        return ImportItem(path=photo, alt="Warga mengungsi", caption="Air naik", credit="Andi")

    photo = phone_jpeg(tmp_path / "IMG_0001.jpg", size=(800, 600))
    window.prompts.save_path = save_path
    window.prompts.insert_image = insert_image
    with qtbot.waitSignal(tab.editor.images_inserted, timeout=TIMEOUT):
        window.registry["image"].trigger()
    assert asked == ["save", "image"]
    assert target.is_file()
    assert '![Warga mengungsi](IMG_0001.jpg "Air naik. Foto: Andi")' in tab.editor_text()


def test_a_refused_save_asks_nothing_more(make_window, qtbot):
    window = make_window([])
    asked: list[str] = []
    window.prompts.save_path = lambda suggested: asked.append("save")  # cancelled: None
    window.prompts.insert_image = lambda folder, alt="": asked.append("image")
    window.registry["image"].trigger()
    assert asked == ["save"]
