"""Export the reference articles through the real command line (``netizen-editor export``),
for the comparison in test_reference_exports.py and for ``python -m tests.reference.update``.

The articles: the built-in sample (resources/samples/putin-kim.md, read where the app reads
it) and every ``articles/*.md``. Each is exported in every format into ``<format>/``, under
the name the command gives it (``NAME.html``; ``NAME.html`` + ``NAME.post.txt`` for
``blogger``; ``NAME.xml`` + ``NAME.blogger.post.txt`` for ``atom``), with ``settings.toml`` and
private config, data and cache folders, so nothing of the machine reaches the outputs.
The references are those files, under ``expected/<format>/``.

Determinism: every reference article has a ``date`` (an article without one is stamped with
the time of the export, and the app has no switch for a fixed "now"), and none has local
images (their web copies would follow the Pillow version). What could still vary is the
folder the export ran in; :func:`normalise` puts ``<EXPORT>`` in its place. No export names
a version or a generation time today; if one ever does, normalise it there and say so.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from netizen_editor import i18n
from netizen_editor.cli import main
from netizen_editor.export import EXPORTERS
from tests.samples import SAMPLE_PATH

HERE = Path(__file__).resolve().parent
EXPECTED = HERE / "expected"
SETTINGS = HERE / "settings.toml"
FORMATS = tuple(EXPORTERS)  # page, blogger, atom
UPDATE = ".venv/bin/python -m tests.reference.update"


def articles() -> dict[str, Path]:
    """Reference name → article file."""
    found = {"putin-kim": SAMPLE_PATH}
    found.update((p.stem, p) for p in sorted((HERE / "articles").glob("*.md")))
    return found


def normalise(data: bytes, folder: Path) -> bytes:
    """``data`` with the export folder's path (as given and resolved) replaced by ``<EXPORT>``."""
    for path in sorted({str(folder), str(folder.resolve())}, key=len, reverse=True):
        data = data.replace(path.encode(), b"<EXPORT>")
    return data


@contextlib.contextmanager
def _private(folder: Path) -> Iterator[None]:
    """Config, data and cache folders of the export's own; the UI language put back after."""
    names = ("NETIZEN_EDITOR_CONFIG_DIR", "NETIZEN_EDITOR_DATA_DIR", "NETIZEN_EDITOR_CACHE_DIR")
    before = {name: os.environ.get(name) for name in names}
    language = i18n.language()
    try:
        for name in names:
            os.environ[name] = str(folder / name.rsplit("_", 2)[1].lower())
        yield
    finally:
        i18n.set_language(language)
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def export(name: str, fmt: str, folder: Path) -> dict[str, bytes]:
    """Export the article ``name`` as ``fmt`` inside ``folder`` with the command line; every
    file it wrote, as ``"<format>/<file name>"`` → normalised bytes."""
    source = articles()[name]
    work = folder / "articles"
    work.mkdir(parents=True, exist_ok=True)
    article = work / f"{name}.md"
    shutil.copyfile(source, article)
    out = folder / fmt / f"{name}{EXPORTERS[fmt].suffix}"
    out.parent.mkdir(exist_ok=True)  # the command writes into a folder, it does not make one
    argv = ["export", str(article), "--format", fmt, "-o", str(out), "--settings", str(SETTINGS)]
    said = io.StringIO()  # what the command prints (the files it wrote, warnings)
    with _private(folder / "private"), redirect_stdout(said), redirect_stderr(said):
        status = main(argv)
    if status != 0:
        raise AssertionError(f"netizen-editor {' '.join(argv)} exited {status}:\n{said.getvalue()}")
    return {
        f"{fmt}/{p.relative_to(folder / fmt).as_posix()}": normalise(p.read_bytes(), folder)
        for p in sorted((folder / fmt).rglob("*"))
        if p.is_file() and p.name.split(".")[0] == name
    }


def expected(name: str, fmt: str) -> dict[str, bytes]:
    """The references of ``name`` in ``fmt``, as :func:`export` gives the fresh files."""
    folder = EXPECTED / fmt
    return {
        f"{fmt}/{p.relative_to(folder).as_posix()}": p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name.split(".")[0] == name
    }


def export_all() -> dict[str, bytes]:
    """Every reference article in every format, freshly exported."""
    files: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory(prefix="netizen-reference-") as tmp:
        for name in articles():
            for fmt in FORMATS:
                files.update(export(name, fmt, Path(tmp) / name))
    return files
