"""The desk's Rename or Move to another folder: how long the window waits while the move reads
the story for the files it names and looks at the folder's other stories for the files they
share with it.

    .venv/bin/python -m benchmarks.bench_desk_move [--planted N ...] [--stories N]

Each case is a fresh folder ``Nasional/`` with the story ``banjir.md`` and its ``banjir_files/``;
the story moves to ``Teknologi/`` (:func:`netizen_editor.desk.actions.rename_article`, as the
window calls it). The cases: N planted stories of 4 MB that name ``banjir_files`` in every
paragraph (each one is read as an article: RV2 measured 9.4 s for five, with no bound); a folder
of ``--stories`` ordinary stories of about 800 words, none naming it (each is read, none parsed);
the same with twenty copies that use one of its photos; planted as QA24 #7 found them: the
story itself of 200,000 image addresses (6.4 MB), of 19,000 lines of addresses (just under
``MAX_LINES``), and one other story of 4 MB, 140,000 addresses (each of them, read whole as
an article, held the window 6 to 10 s). Printed: the seconds the move took, and what came of
it (moved, or refused with the reason). Aim: at most ``LOOK_SECONDS`` (3 s) in all.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.generate import generate_article
from netizen_editor.desk.actions import DeskActionError, rename_article
from netizen_editor.desk.story_files import LOOK_SECONDS, OTHER_BYTES, files_note

STORY = "---\ntitle: Banjir\n---\n\nJAKARTA - Banjir.\n\n![a](banjir_files/a.jpg)\n"
PLANTED_LINE = "![x](banjir_files/x.jpg) kata kata kata kata kata kata kata kata kata\n\n"


def make_folder(root: Path) -> Path:
    """``root/Nasional/banjir.md`` with its files folder, and an empty ``root/Teknologi``."""
    shutil.rmtree(root, ignore_errors=True)
    here = root / "Nasional"
    (here / "banjir_files").mkdir(parents=True)
    (here / "banjir_files" / "a.jpg").write_bytes(b"foto")
    (root / "Teknologi").mkdir()
    (here / "banjir.md").write_text(STORY, encoding="utf-8")
    return here


def planted(here: Path, count: int) -> None:
    blob = (PLANTED_LINE * (4 * 1024 * 1024 // len(PLANTED_LINE))).encode("utf-8")
    for n in range(count):
        (here / f"lain{n}.md").write_bytes(blob)


def addresses(count: int, lines: int = 2) -> str:
    """``count`` paragraphs of an image each, at distinct addresses none of which exists."""
    return "".join(f"![f](../x{n}/foto{n}.jpg)" + "\n" * lines for n in range(count))


def own_addresses(here: Path, count: int, lines: int = 2) -> None:
    (here / "banjir.md").write_text(STORY + addresses(count, lines), encoding="utf-8")


def other_addresses(here: Path, count: int) -> None:
    """Another story naming ``count`` files of banjir_files/ (cut under ``OTHER_BYTES``: a
    bigger file is not read)."""
    text = "".join(f"![f](banjir_files/x{n}.jpg)\n\n" for n in range(count))
    text = ("---\ntitle: Lain\n---\n\n" + text)[: OTHER_BYTES - 100]
    (here / "lain.md").write_text(text, encoding="utf-8")


def ordinary(here: Path, count: int, sharing: int = 0) -> None:
    texts = [generate_article(800, seed) for seed in range(8)]
    for n in range(count):
        text = texts[n % len(texts)]
        if n < sharing:
            text += "\n![Banjir](banjir_files/a.jpg)\n"
        (here / f"berita-{n:04d}.md").write_text(text, encoding="utf-8")


def timed_move(root: Path) -> tuple[float, str]:
    start = time.perf_counter()
    try:
        moved = rename_article(root / "Nasional" / "banjir.md", root / "Teknologi" / "banjir.md",
                               desk=root)  # fmt: skip
        said = "moved. " + files_note(moved)
    except DeskActionError as exc:
        said = "refused: " + exc.message
    return time.perf_counter() - start, said


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--planted", type=int, nargs="*", default=[1, 5, 50])
    parser.add_argument("--stories", type=int, default=3000)
    args = parser.parse_args()
    print(f"Desk move to another folder (look budget {LOOK_SECONDS:g} s)")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "desk"
        cases = [(f"{n} planted stories of 4 MB", lambda h, n=n: planted(h, n))
                 for n in args.planted]  # fmt: skip
        cases += [
            (f"{args.stories} stories, none naming it", lambda h: ordinary(h, args.stories)),
            (f"{args.stories} stories, 20 using a photo",
             lambda h: ordinary(h, args.stories, sharing=20)),
        ]  # fmt: skip
        cases += [
            ("the story: 200,000 addresses", lambda h: own_addresses(h, 200_000)),
            ("the story: 19,000 lines of them", lambda h: own_addresses(h, 19_000, 1)),
            ("the story: 4,900 in 9,800 lines", lambda h: own_addresses(h, 4_900)),
            ("another: 4 MB naming it (140,000)", lambda h: other_addresses(h, 160_000)),
            ("another: 9,900 naming it", lambda h: other_addresses(h, 9_900)),
        ]  # fmt: skip
        for name, fill in cases:
            fill(make_folder(root))
            took, said = timed_move(root)
            print(f"{name:34} {took:6.2f} s  {said[:110]}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
