"""Links that lead through each other (QA32 #14): a ring of links is listed with each link's
problem without a walk round the ring for every link, a chain of links inside the desk is read
once for the whole walk, and one resolution stops after as many links as the kernel follows."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from netizen_editor.desk import list_desk
from netizen_editor.desk.links import MAX_LINKS, Links
from netizen_editor.desk.walk import desk_root, walk_desk
from tests.desk.conftest import article, write

pytestmark = [
    pytest.mark.usefixtures("english"),
    # Windows resolves a link in the system (the final path of a handle), not by reading links
    pytest.mark.skipif(os.name == "nt", reason="links are read one by one on POSIX only"),
]


def ring(folder: Path, count: int) -> None:
    """x0.md -> x1.md -> ... -> x{count-1}.md -> x0.md"""
    for n in range(count):
        os.symlink(f"x{(n + 1) % count}.md", folder / f"x{n}.md")


def chain(folder: Path, count: int, end: str) -> None:
    """c0.md -> c1.md -> ... -> c{count-1}.md -> ``end``"""
    for n in range(count):
        os.symlink(f"c{n + 1}.md" if n + 1 < count else end, folder / f"c{n}.md")


@pytest.fixture
def readlinks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every link read (``os.readlink``, which ``Path.resolve`` calls too on POSIX)."""
    read: list[str] = []
    real_readlink = os.readlink

    def readlink(path: str | Path, *, dir_fd: int | None = None) -> str:
        read.append(os.fspath(path))
        return real_readlink(path, dir_fd=dir_fd)

    monkeypatch.setattr(os, "readlink", readlink)
    return read


def test_a_ring_of_links_is_listed_link_by_link_but_not_walked_round_for_each(
    desk, cache, readlinks
):
    (desk / "N").mkdir()
    ring(desk / "N", 200)
    problems = {e.path: e.problem for e in list_desk(desk, cache_dir=cache)}
    assert problems == {f"N/x{n}.md": "a link in a loop; not read" for n in range(200)}
    # before: each link's resolve went round the ring, 200 links read for each of the 200
    assert len(readlinks) < 200


def test_a_chain_of_links_inside_the_desk_is_read_once_for_the_walk(desk, readlinks):
    write(desk / "asli.md", article("Asli"))
    chain(desk, 40, "asli.md")
    root = desk_root(desk)
    files = walk_desk(root).files
    assert {files[f"c{n}.md"].read_at for n in range(40)} == {str(root / "asli.md")}
    assert all(files[f"c{n}.md"].problem is None for n in range(40))
    # before: 40 + 39 + ... + 1 = 820 links read, each link walking the rest of the chain
    assert len(readlinks) == 40


def test_a_link_through_a_folder_link_and_dot_dot_is_read_where_it_leads(desk, tmp_path, cache):
    write(desk / "asli" / "a.md", article("Asli"))
    write(tmp_path / "luar" / "rahasia.md", article("Rahasia"))
    (desk / "pintas").symlink_to(desk / "asli")
    (desk / "keluar").symlink_to(tmp_path / "luar")
    write(desk / "sub" / "x.txt", "")
    os.symlink("../pintas/../pintas/a.md", desk / "sub" / "salinan.md")
    os.symlink("../keluar/rahasia.md", desk / "sub" / "bocor.md")
    os.symlink("x.txt/a.md", desk / "sub" / "buntu.md")  # a file taken for a folder
    entries = {e.path: e for e in list_desk(desk, cache_dir=cache)}
    assert entries["sub/salinan.md"].title == "Asli"
    assert entries["sub/bocor.md"].problem == "a link to outside the desk; not read"
    assert entries["keluar"].problem == "a link to outside the desk; not read"
    assert entries["sub/buntu.md"].problem == "a link in a loop; not read"  # as before
    assert entries["sub/bocor.md"].title == ""


def test_one_resolution_reads_at_most_as_many_links_as_the_kernel_follows(tmp_path, readlinks):
    """What the kernel said may change before the link is resolved: a ring planted meanwhile
    ends with ELOOP after ``MAX_LINKS`` links, a chain one link longer than that too."""
    ring(tmp_path, 200)
    with pytest.raises(OSError) as raised:
        Links().resolve(str(tmp_path / "x0.md"))
    assert raised.value.errno == errno.ELOOP
    assert len(readlinks) == MAX_LINKS
    write(tmp_path / "akhir.md", "")
    chain(tmp_path, MAX_LINKS, "akhir.md")
    assert Links().resolve(str(tmp_path / "c0.md")) == str(tmp_path.resolve() / "akhir.md")
    os.symlink("c0.md", tmp_path / "awal.md")
    for follow in (os.stat, lambda path: Links().resolve(str(path))):  # the kernel, and here
        with pytest.raises(OSError):
            follow(tmp_path / "awal.md")
    assert os.path.realpath(tmp_path / "awal.md", strict=True)  # Python's own has no bound


def test_a_chain_longer_than_the_kernel_follows_is_listed_as_a_loop(desk, cache):
    """41 links to a story: the system cannot open the first (ELOOP), so it is not read at
    the story either (before, Python's resolve walked it to the end and read it)."""
    write(desk / "asli.md", article("Asli"))
    chain(desk, MAX_LINKS + 1, "asli.md")
    entries = {e.path: e for e in list_desk(desk, cache_dir=cache)}
    assert entries["c0.md"].problem == "a link in a loop; not read"
    assert entries["c1.md"].title == "Asli"
