"""A skin is a name, never a path; a user's skin renders in Jinja2's sandbox."""

from __future__ import annotations

import pytest

from netizen_editor.cli import main
from netizen_editor.errors import SkinError
from netizen_editor.publish.skins import available_skins, load_skin, user_skins_dir


@pytest.mark.parametrize("name", ["../../etc", "/tmp/x", "gradient/../plain", "..", "a b"])
def test_a_path_is_refused_with_the_list_of_skins(name, tmp_path, capsys):
    with pytest.raises(SkinError, match="available: gradient, plain"):
        load_skin(name)
    src = tmp_path / "a.md"
    src.write_text("# Judul\n\nIsi.\n", encoding="utf-8")
    assert main(["export", str(src), "--skin", name]) == 2
    assert "Traceback" not in capsys.readouterr().err


def _user_skin(name: str, page: str) -> None:
    folder = user_skins_dir() / name
    folder.mkdir(parents=True)
    (folder / "page.html.j2").write_text(page, encoding="utf-8")
    (folder / "style.css").write_text("body{}", encoding="utf-8")
    for part in ("header", "footer"):
        (folder / f"{part}.html.j2").write_text("", encoding="utf-8")


def _export(tmp_path, skin: str) -> int:
    src = tmp_path / "a.md"
    src.write_text("# Judul\n\nIsi.\n", encoding="utf-8")
    return main(["export", str(src), "--skin", skin])


def test_a_skin_in_the_user_folder_is_chosen_by_name(tmp_path):
    _user_skin("redaksi", "<html><body>KULIT-REDAKSI</body></html>")
    assert "redaksi" in available_skins()
    assert _export(tmp_path, "redaksi") == 0
    assert "KULIT-REDAKSI" in (tmp_path / "a.html").read_text(encoding="utf-8")


def test_a_user_skin_cannot_reach_python_objects(tmp_path, capsys):
    _user_skin("jahat", "{{ ''.__class__.__mro__[1].__subclasses__() }}")
    assert _export(tmp_path, "jahat") == 2
    err = capsys.readouterr().err
    assert "skin 'jahat'" in err and "Traceback" not in err
    assert not (tmp_path / "a.html").exists()


def test_a_users_new_skin_is_found_once_its_template_is_there(tmp_path, monkeypatch):
    """The skins are listed again only when a skins folder changes; a skin whose template is
    added after its folder was made is still found when it is asked for."""
    from netizen_editor.publish import skins

    root = tmp_path / "user-skins"
    root.mkdir()
    monkeypatch.setattr(skins, "user_skins_dir", lambda: root)
    assert "baru" not in skins.available_skins()
    (root / "baru").mkdir()
    assert "baru" not in skins.available_skins()  # no template yet: not a skin
    plain = skins.skins_dir() / "plain"
    for part in plain.iterdir():
        if part.is_file():
            (root / "baru" / part.name).write_bytes(part.read_bytes())
    assert skins.load_skin("baru").name == "baru"
