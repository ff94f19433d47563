"""A new story's label from its folder: only a label the site already uses."""

from __future__ import annotations

from netizen_editor.templates.labels import desk_label, folder_label, folder_labels


def test_a_folder_names_a_label_only_when_the_site_uses_it_spelled_as_the_site_does():
    known = ["Nasional", "DKI Jakarta", "Ekonomi"]
    assert desk_label("ekonomi", known) == "Ekonomi"
    assert desk_label("dki-jakarta", known) == "DKI Jakarta"
    assert desk_label("DKI_Jakarta", known) == "DKI Jakarta"
    assert desk_label("Docs", known) == ""  # a folder's name is no rubric
    assert desk_label("", known) == ""
    assert desk_label("ekonomi", []) == ""


def test_the_labels_of_the_stories_in_the_folder_are_known(tmp_path):
    folder = tmp_path / "olahraga"
    folder.mkdir()
    assert folder_label(folder) == ""  # nothing there yet: no label is guessed
    (folder / "bola.md").write_text("---\ntitle: Bola\nlabels: [Olahraga, Bola]\n---\nIsi.\n")
    (folder / "rusak.md").write_bytes(b"\xff\xfe\x00 not an article")
    (folder / "catatan.png").write_bytes(b"\x89PNG")
    assert sorted(folder_labels(folder)) == ["Bola", "Olahraga"]
    assert folder_label(folder) == "Olahraga"
    assert folder_label(tmp_path / "Docs", ["Olahraga"]) == ""
    assert folder_label(tmp_path / "ekonomi", ["Ekonomi"]) == "Ekonomi"  # the desk's labels
    assert folder_label(None, ["Ekonomi"]) == ""


def test_only_the_front_matter_of_the_folder_s_stories_is_read(tmp_path):
    """50 planted stories of 18 MB each were read whole and counted (7 s on opening a
    template, 1 GB read); only each one's first 16 KiB (its front matter) is read now."""
    import os
    import tracemalloc

    folder = tmp_path / "ekonomi"
    folder.mkdir()
    body = "kata " * 1_000_000  # 5 MB
    for n in range(3):
        (folder / f"{n}.md").write_text(f"---\nlabels: [Ekonomi]\n---\n{body}", encoding="utf-8")
    os.mkfifo(folder / "pipa.md")  # never waited on
    (folder / "nol.md").symlink_to("/dev/zero")  # never read through
    tracemalloc.start()
    try:
        labels = folder_labels(folder)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert labels == ["Ekonomi"] * 3
    assert peak < 2 * 1024 * 1024
