"""A link planted as the folder an output is named in (``-o linkdir/x.md``, ``linkdir`` leading
elsewhere) is refused by every writer of the command line with the line ``export -o linkdir/``
always gave, exit 2, and nothing is written where it leads (QA35 F5: ``import``, ``new`` and
``review -o`` wrote the story, ``NAME_files/`` and ``.netizen/history/`` there, and ``export -o
linkdir/x.html`` too). Folders further up are followed (a home folder that is a link to another
disk), and an output beside its input, in the input's own folder, is not refused."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from netizen_editor.cli import main
from netizen_editor.storage.atomic import LinkRefused, SaveError
from netizen_editor.storage.output_folder import check_output_folder
from tests.importing.documents import press_release_docx
from tests.photo_factory import jpeg_bytes, scene

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges")

REFUSED = (
    "netizen-editor: {folder} is a link, not a folder: the app does not write through links"
    " (remove the link or choose another place)"
)
STORY = "---\ntitle: Uji\nid: ol1\n---\n\nNetizen.co.id - Isi {++baru++}.\n"
CLEAN = "---\ntitle: Uji Bersih\nid: ol2\n---\n\nNetizen.co.id - Isi.\n"
#: each writer: its words for an input and an output, its input in the desk, its output's name
WRITERS: dict[str, tuple[Callable[[str, str], list[str]], str, str]] = {
    "export": (lambda src, out: ["export", src, "-o", out], "c.md", "x.html"),
    "import": (lambda src, out: ["import", src, "-o", out], "r.docx", "imp.md"),
    "new": (lambda src, out: ["new", "--template", "berita", "-o", out], "", "new.md"),
    "review": (lambda src, out: ["review", src, "--accept-all", "-o", out], "s.md", "rev.md"),
}


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The desk folder the commands run in: a story with a suggestion, a clean one, a release."""
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "s.md").write_text(STORY, encoding="utf-8")
    (folder / "c.md").write_text(CLEAN, encoding="utf-8")
    (folder / "r.docx").write_bytes(press_release_docx(jpeg_bytes(scene((320, 240)))))
    monkeypatch.chdir(folder)
    return folder


@pytest.fixture
def elsewhere(tmp_path: Path) -> Path:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    return folder


def run(writer: str, out: str, folder: str = "") -> int:
    """Run ``writer`` on its input (in ``folder`` of the desk) with ``-o out``."""
    words, source, _name = WRITERS[writer]
    return main(words(folder + source, out))


@pytest.mark.parametrize("writer", list(WRITERS))
def test_a_link_as_the_folder_of_the_output_is_refused_by_every_writer(
    desk: Path, elsewhere: Path, capsys: pytest.CaptureFixture[str], writer: str
) -> None:
    (desk / "linkdir").symlink_to(elsewhere, target_is_directory=True)
    assert run(writer, "linkdir/" + WRITERS[writer][2]) == 2
    assert capsys.readouterr().err.splitlines() == [REFUSED.format(folder="linkdir")]
    assert list(elsewhere.iterdir()) == []  # no story, no NAME_files/, no .netizen/
    assert main(["export", "c.md", "-o", "linkdir/"]) == 2  # the line export gives
    assert capsys.readouterr().err.splitlines() == [REFUSED.format(folder="linkdir")]


@pytest.mark.parametrize("writer", list(WRITERS))
def test_a_link_further_up_the_path_is_followed(
    desk: Path, elsewhere: Path, capsys: pytest.CaptureFixture[str], writer: str
) -> None:
    """``/home/user -> /data/home``: only the folder named for the file is looked at."""
    (elsewhere / "keluar").mkdir()
    (desk / "home").symlink_to(elsewhere, target_is_directory=True)
    name = WRITERS[writer][2]
    assert run(writer, f"home/keluar/{name}") == 0, capsys.readouterr().err
    assert (elsewhere / "keluar" / name).is_file()


@pytest.mark.parametrize("writer", ["export", "import", "review"])
def test_an_output_beside_its_input_in_a_linked_folder_is_written(
    desk: Path, elsewhere: Path, capsys: pytest.CaptureFixture[str], writer: str
) -> None:
    """The input was read in that folder (where the writer puts its output without -o)."""
    (desk / "linkdir").symlink_to(elsewhere, target_is_directory=True)
    _words, source, name = WRITERS[writer]
    (elsewhere / source).write_bytes((desk / source).read_bytes())
    assert run(writer, f"linkdir/{name}", folder="linkdir/") == 0
    assert (elsewhere / name).is_file(), capsys.readouterr().err
    if writer == "export":  # the folder itself named, as before: the input's own
        assert main(["export", "linkdir/c.md", "-o", "linkdir/"]) == 0
        assert (elsewhere / "c.html").is_file()


def test_export_into_the_folder_above_is_no_longer_refused(
    desk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``-o ../`` was refused as "`..` is not inside `.`" by the check of the -o folder."""
    (desk / "bawah").mkdir()
    monkeypatch.chdir(desk / "bawah")
    assert main(["export", "../c.md", "-o", "../"]) == 0, capsys.readouterr().err
    assert (desk / "c.html").is_file()


def test_the_check_looks_at_the_folder_named_and_nothing_else(
    tmp_path: Path, elsewhere: Path
) -> None:
    link = tmp_path / "linkdir"
    link.symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(LinkRefused) as refused:
        check_output_folder(link / "a.md")
    assert refused.value.path == link
    check_output_folder(link / "a.md", beside=link / "b.md")  # the input's own folder
    with pytest.raises(LinkRefused):  # the same place under another name is another folder
        check_output_folder(link / "a.md", beside=elsewhere / "b.md")
    check_output_folder(link / "sub" / "a.md")  # missing: the writer makes it or says so
    with pytest.raises(LinkRefused) as refused:  # out of where the link leads (RV3 #3)
        check_output_folder(link / ".." / "a.md")
    assert refused.value.path == link
    check_output_folder(tmp_path / "sub" / ".." / "a.md")  # a folder's ".." is its parent
    check_output_folder(Path("a.md"))  # the working folder
    (tmp_path / "berkas").write_text("x", encoding="utf-8")
    with pytest.raises(SaveError, match="is a file, not a folder"):
        check_output_folder(tmp_path / "berkas" / "a.md")


@pytest.mark.parametrize("writer", list(WRITERS))
def test_a_link_stepped_out_of_with_dot_dot_is_refused_by_every_writer(
    desk: Path, elsewhere: Path, capsys: pytest.CaptureFixture[str], writer: str
) -> None:
    """``-o linkdir/../y.md`` went where the link leads, then up: beside ``elsewhere``."""
    (desk / "linkdir").symlink_to(elsewhere, target_is_directory=True)
    assert run(writer, "linkdir/../" + WRITERS[writer][2]) == 2
    assert capsys.readouterr().err.splitlines() == [REFUSED.format(folder="linkdir")]
    assert not (elsewhere.parent / WRITERS[writer][2]).exists()  # nothing written up there
