"""File › Import… of a saved web page carrying its photo in itself (a ``data:`` image): the tab
opens with the photo stored in the article's folder and said in the status bar (QA30 #2: "0
images", nothing stored, no word); a picture that cannot be used is named in the warnings."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from tests.gui.window.test_import_controller import SETTINGS, answer_dialogs
from tests.importing.test_data_pictures import carried, page


def test_the_window_imports_the_page_s_own_photo_and_names_what_it_left_out(
    make_window, tmp_path, monkeypatch
):
    source = tmp_path / "small-foto.html"
    source.write_text(page(carried(), carried(kind="text/plain", alt="catatan")), "utf-8")
    asked = answer_dialogs(monkeypatch, source)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    window = make_window([], settings=SETTINGS)
    window.registry["import"].trigger()
    out = asked[0]  # the page's own small-foto_files/ is never written into: another name
    tab = window.current_tab()
    assert tab is not None and tab.path == out
    photo = f"{out.stem}_files/panen-raya-di-sleman-1.jpg"
    assert f"![foto kegiatan]({photo})" in tab.editor_text()
    assert (tmp_path / photo).is_file()
    assert len(shown) == 1
    assert "small-foto.html imported: 0 suggestion(s), 0 comment(s), 1 image(s)" in shown[0]
    assert ("• an image was left out: the page's picture “catatan”: its data: address holds "
            "text/plain, not a picture") in shown[0]  # fmt: skip
