"""A file a colleague planted at the name a photo's web copy takes in ``STORY_files`` (QA32 #8):
told apart from the web copy without being read whole."""

from __future__ import annotations

import os
import tracemalloc

from netizen_editor.photos.importing import import_photo
from tests.photo_factory import phone_jpeg

#: a planted sparse file (no disk used) far larger than any web copy, and the memory the
#: import may take while it stands there: a web copy of 300×200 pixels is a few KB
PLANTED_BYTES = 512 * 1024 * 1024
MEMORY_BOUND = 64 * 1024 * 1024


def test_a_big_file_planted_at_the_photos_name_is_not_read_and_the_photo_takes_foto_1(tmp_path):
    article = tmp_path / "desk" / "s.md"
    planted = tmp_path / "desk" / "s_files" / "foto.jpg"
    planted.parent.mkdir(parents=True)
    article.write_text("---\ntitle: S\n---\n\nIsi.\n", encoding="utf-8")
    with open(planted, "wb") as handle:
        os.truncate(handle.fileno(), PLANTED_BYTES)
    (tmp_path / "mine").mkdir()
    own = phone_jpeg(tmp_path / "mine" / "foto.jpg", size=(300, 200))
    tracemalloc.start()
    try:
        done = import_photo(article, source=own)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert done.relative == "s_files/foto-1.jpg"
    assert planted.stat().st_size == PLANTED_BYTES  # the colleague's file is left as it was
    assert peak < MEMORY_BOUND, f"{peak} bytes taken: the planted file was read"


def test_the_same_web_copy_at_the_name_is_reused_and_another_of_its_size_is_not(tmp_path):
    article = tmp_path / "desk" / "s.md"
    article.parent.mkdir()
    article.write_text("Isi.\n", encoding="utf-8")
    (tmp_path / "mine").mkdir()
    own = phone_jpeg(tmp_path / "mine" / "foto.jpg", size=(300, 200))
    first = import_photo(article, source=own)
    assert import_photo(article, source=own).path == first.path  # read, and the same bytes
    size = first.path.stat().st_size
    first.path.write_bytes(b"\0" * size)  # as long as the web copy, other bytes
    assert import_photo(article, source=own).relative == "s_files/foto-1.jpg"
