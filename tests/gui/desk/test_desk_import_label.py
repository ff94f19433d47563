"""File › Import… into a folder of the desk gives the story the folder's label, as New Story
does (QA31 F8): the desk's labels count, so a first story in a new ``nasional/`` is "Nasional"
like the desk's other national stories."""

from __future__ import annotations

from netizen_editor.article.model import Article
from netizen_editor.gui.window import import_controller
from tests.gui.window.test_import_controller import release


def test_an_import_into_a_desk_folder_takes_its_label(desk_window, desk_folder, tmp_path,
                                                      monkeypatch):  # fmt: skip
    source = release(tmp_path)
    out = desk_folder / "nasional" / "rilis.md"
    out.parent.mkdir()  # no story in it yet: the label is the desk's
    monkeypatch.setattr(import_controller, "ask_document", lambda parent, folder: source)
    monkeypatch.setattr(import_controller, "ask_output",
                        lambda parent, suggested, tracked: (out, False))  # fmt: skip
    window = desk_window()
    window.registry["import"].trigger()
    assert window.current_tab().path == out
    assert Article.parse(out.read_text(encoding="utf-8")).labels == ["Nasional"]
