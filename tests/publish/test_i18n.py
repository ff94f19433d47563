"""Every message of the preview, the page and the skins (netizen_editor/publish) has its
Indonesian text, and a skin that does not exist is told in the user's language."""

from __future__ import annotations

import re

import pytest

from netizen_editor.errors import SkinError
from tests.messages import CORE, tr_calls, untranslated

#: the render budget's two messages are constants (each a catalog key): tests/test_i18n.py
COMPUTED = {"netizen_editor/publish/body.py", "netizen_editor/publish/mdext/budget.py"}


def test_every_message_of_the_publishing_has_an_indonesian_text():
    literals, computed = tr_calls(CORE / "publish")
    assert "there is no skin named '{name}' (available: {skins})" in literals
    assert {where.rsplit(":", 1)[0] for where in computed} <= COMPUTED, computed
    assert untranslated(literals) == []


@pytest.mark.usefixtures("indonesian")
def test_an_unknown_skin_is_told_in_indonesian(tmp_path, monkeypatch):
    from netizen_editor.publish.skins import load_skin

    monkeypatch.setenv("NETIZEN_EDITOR_CONFIG_DIR", str(tmp_path / "config"))  # built-ins only

    with pytest.raises(SkinError) as caught:
        load_skin("tidak-ada")
    assert caught.value.message == "tidak ada tema bernama 'tidak-ada' (tersedia: gradient, plain)"


def test_the_export_command_tells_an_unknown_skin_in_the_settings_language(
    tmp_path, capsys, monkeypatch
):
    from netizen_editor import i18n
    from netizen_editor.cli import main

    monkeypatch.setattr(i18n, "_language", "en")  # the command sets it from its settings
    monkeypatch.setenv("NETIZEN_EDITOR_CONFIG_DIR", str(tmp_path / "config"))  # none: Indonesian
    article = tmp_path / "a.md"
    article.write_text("---\ntitle: Uji\n---\nIsi.\n", encoding="utf-8")
    assert main(["export", str(article), "--skin", "nope"]) == 2
    assert capsys.readouterr().err == (
        "netizen-editor: tidak ada tema bernama 'nope' (tersedia: gradient, plain)\n"
    )
    assert not (tmp_path / "a.html").exists()


@pytest.mark.parametrize(
    ("language", "badges"),
    [("id", ["Draf", "Di Editor", None, "Sudah Terbit", "Di-spike"]),
     ("en", ["Draft", "Review", None, "Published", "Spiked"])],
)  # fmt: skip
def test_the_previews_status_badge_names_the_status_in_the_users_language(
    language, badges, monkeypatch
):
    from netizen_editor import i18n
    from netizen_editor.article.model import Article
    from netizen_editor.publish.page_view import render_page
    from netizen_editor.settings import Settings

    monkeypatch.setattr(i18n, "_language", language)
    for status, badge in zip(("draft", "review", "ready", "published", "spiked"), badges,
                             strict=True):  # fmt: skip
        article = Article.parse(f"---\ntitle: Uji\nstatus: {status}\n---\nIsi.\n")
        page = render_page(article, Settings(), "preview", "<p>Isi.</p>")
        found = re.findall(r'<span class="badge badge-status">([^<]*)</span>', page)
        assert found == ([] if badge is None else [badge]), status  # "ready": no badge
        exported = render_page(article, Settings(), "page", "<p>Isi.</p>")
        assert 'class="badge' not in exported  # the badge is the preview's alone
