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


def answers(window, *texts: str) -> list[tuple[str, str]]:
    """The one-line questions the Insert menu asks, answered in turn; the questions asked."""
    asked: list[tuple[str, str]] = []
    queue = list(texts)

    def ask(title: str, label: str) -> str | None:
        asked.append((title, label))
        return queue.pop(0)

    window.inserter.ask_text = ask
    return asked


def test_add_update_puts_a_timed_update_first_and_the_page_shows_it(make_window, qtbot, tmp_path):
    from netizen_editor.article.dates import newsroom_zone
    from netizen_editor.settings import Settings
    from tests.gui.preview_fixtures import js

    article = tmp_path / "banjir.md"
    article.write_text(
        "---\ntitle: Banjir Rob\nstatus: draft\n---\nJAKARTA, Netizen.co.id - Banjir rob.\n",
        encoding="utf-8",
    )
    window = make_window([article], settings=Settings(ui_language="en", timezone="WITA"))
    tab = window.current_tab()
    answers(window, "BPBD membuka dua posko.", "Korban bertambah: lima orang.")
    window.registry["add_update"].trigger()
    window.registry["add_update"].trigger()
    text = tab.editor_text()
    assert text.index("Korban bertambah") < text.index("BPBD membuka")  # newest first
    assert text.count("+08:00\n") == 2  # the newsroom's zone (WITA), not the machine's
    now = __import__("datetime").datetime.now(newsroom_zone("WITA"))
    assert f"- time: {now:%Y-%m-%d}T" in text
    window.registry["undo"].trigger()  # one undo step each
    assert "Korban bertambah" not in tab.editor_text() and "BPBD" in tab.editor_text()
    window.registry["redo"].trigger()
    shown = "[...document.querySelectorAll('.updates li')].map(li => li.textContent)"
    qtbot.waitUntil(lambda: len(js(qtbot, tab.preview, shown) or []) == 2, timeout=TIMEOUT)
    first, second = js(qtbot, tab.preview, shown)
    assert first.startswith("Pembaruan · ") and first.endswith("Korban bertambah: lima orang.")
    assert "WITA" in first and second.endswith("BPBD membuka dua posko.")


def test_embed_a_post_by_its_address(make_window, qtbot, tmp_path):
    from tests.gui.preview_fixtures import js

    article = tmp_path / "banjir.md"
    article.write_text("---\ntitle: Banjir\n---\nParagraf satu.\n\nParagraf dua.\n", "utf-8")
    window = make_window([article])
    tab = window.current_tab()
    tab.editor.go_to_line(5)  # the blank line between the paragraphs
    answers(window, "https://www.instagram.com/p/C1a2B3c4D5e/?igsh=MWQ")
    window.registry["embed"].trigger()
    text = tab.editor_text()
    assert (
        "Paragraf satu.\n\n"
        '<iframe src="https://www.instagram.com/p/C1a2B3c4D5e/embed" width="400" height="560" '
        'title="Instagram"'
    ) in text
    assert "</iframe>\n\nParagraf dua.\n" in text  # a block of its own
    card = "document.querySelector('#nz-body .embed-card')?.textContent || ''"
    qtbot.waitUntil(lambda: "Instagram" in js(qtbot, tab.preview, card), timeout=TIMEOUT)
    assert js(qtbot, tab.preview, "document.querySelectorAll('iframe').length") == 0

    answers(window, "https://example.com/berita")
    warned: list[str] = []
    import PySide6.QtWidgets as widgets

    real = widgets.QMessageBox.warning
    widgets.QMessageBox.warning = lambda parent, title, text: warned.append(text)
    try:
        window.registry["embed"].trigger()
    finally:
        widgets.QMessageBox.warning = real
    assert warned and "example.com" in warned[0]
    assert tab.editor_text() == text  # nothing inserted
