"""Open a Copy of a story a colleague holds offers a file name in the interface language."""

from __future__ import annotations

from dataclasses import replace

import pytest

from netizen_editor.settings import Settings
from tests.gui.window.test_locking import answer_lock_dialog


@pytest.mark.parametrize(("language", "tail"), [("id", "salinan"), ("en", "copy")])
def test_open_a_copy_suggests_a_name_in_the_interface_language(
    make_window, article_file, monkeypatch, language, tail
):
    make_window([article_file], settings=replace(Settings(ui_language="en"), default_author="Budi"))
    taken = article_file.with_name(f"uji-coba-{tail}.md")
    taken.write_text("punya orang lain\n", encoding="utf-8")
    settings = replace(Settings(ui_language=language), default_author="Rina")
    second = make_window(restore=False, settings=settings)
    answer_lock_dialog(monkeypatch, second, "copy")
    suggested = []
    second.prompts.save_path = lambda path: suggested.append(path) or path
    tab = second.files.open_path(article_file)
    assert suggested == [article_file.with_name(f"uji-coba-{tail}-2.md")]
    assert tab is not None and tab.path == suggested[0]
    assert taken.read_text(encoding="utf-8") == "punya orang lain\n"
