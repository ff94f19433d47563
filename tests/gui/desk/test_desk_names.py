"""The desk's name question (QA25 F-Q): its example names one of the desk's own folders, a folder
typed in another case is the desk's own (no ``ekonomi/`` beside ``Ekonomi/``), a taken name is
asked again saying why, and a note of an earlier action goes at the next one that succeeds."""

from __future__ import annotations

from tests.gui import TIMEOUT
from tests.gui.desk.conftest import story
from tests.gui.desk.test_controller import select
from tests.gui.questions import answer_input


def add_stories(desk_folder, folder: str, count: int) -> None:
    (desk_folder / folder).mkdir(parents=True, exist_ok=True)
    for n in range(count):
        text = story(f"Berita {folder} {n}", "draft", "Budi Santoso", [folder],
                     "2026-12-01T08:00:00+07:00")  # fmt: skip
        (desk_folder / folder / f"berita-{n}.md").write_text(text, encoding="utf-8")


def new_story_answers(window, qtbot, names: list[str | None]) -> list[str]:
    """New Story… (berita), the name question answered with ``names`` in turn (None: Cancel);
    the labels it showed."""
    answers = [answer_input(qtbot, name) for name in names]  # as Rename's test does
    window.desk.panel.new_button.click()
    dialog = window.desk.template_dialog
    assert dialog is not None and dialog.select("berita")
    dialog.accept()
    return [label for labels in answers for label in labels]


def opened(window, qtbot, file) -> None:
    current = window.current_tab
    qtbot.waitUntil(lambda: current() is not None and current().path == file, timeout=TIMEOUT)


def test_the_example_names_the_desk_folder_with_the_most_stories(desk_window, qtbot, desk_folder):
    add_stories(desk_folder, "Nasional", 2)
    window = desk_window(rows=7)
    labels = new_story_answers(window, qtbot, [None])
    assert labels == ["Name in the desk (a folder first puts it there, e.g. Nasional/name.md):"]


def test_a_folder_typed_in_another_case_is_the_desks_own(desk_window, qtbot, desk_folder):
    add_stories(desk_folder, "Nasional", 1)
    window = desk_window(rows=6)
    new_story_answers(window, qtbot, ["nasional/gempa.md"])
    opened(window, qtbot, desk_folder / "Nasional" / "gempa.md")
    assert [p.name for p in desk_folder.iterdir() if p.name.lower() == "nasional"] == ["Nasional"]
    assert window.files.close_tab(window.current_tab())  # untouched: gone again
    new_story_answers(window, qtbot, ["EKONOMI/inflasi"])  # the desk's "ekonomi", as it is
    opened(window, qtbot, desk_folder / "ekonomi" / "inflasi.md")
    assert not (desk_folder / "EKONOMI").exists()


def test_a_taken_name_is_asked_again_saying_why(desk_window, qtbot, desk_folder):
    window = desk_window()
    before = (desk_folder / "banjir-jakarta.md").read_bytes()
    labels = new_story_answers(
        window, qtbot, ["banjir-jakarta.md", "Banjir-Jakarta", "banjir-jakarta-2.md"]
    )
    opened(window, qtbot, desk_folder / "banjir-jakarta-2.md")
    assert len(labels) == 3
    why = "banjir-jakarta.md: there is a file of that name already; another name?"
    assert labels[1].endswith("\n" + why) and labels[2].endswith("\n" + why)  # another case too
    assert (desk_folder / "banjir-jakarta.md").read_bytes() == before
    assert window.desk.panel.message_label.text() == ""  # said in the question, not the desk


def test_a_note_goes_at_the_next_action_that_succeeds(desk_window, qtbot, desk_folder):
    window = desk_window()
    panel = window.desk.panel
    message = panel.message_label

    def refused() -> None:  # a rename onto a taken name: the desk's note says so
        select(window, "pemilu-daerah.md")
        answer_input(qtbot, "banjir-jakarta.md")
        panel.rename_button.click()
        qtbot.waitUntil(lambda: message.isVisible(), timeout=TIMEOUT)
        assert "there is a file of that name already" in message.text()

    refused()
    assert window.desk.open_story("olahraga/timnas.md") is not None  # a story opened
    assert not message.isVisible()
    refused()
    new_story_answers(window, qtbot, ["daerah/gempa.md"])  # a new story made, then closed
    opened(window, qtbot, desk_folder / "daerah" / "gempa.md")
    assert not message.isVisible()
    refused()
    assert window.files.close_tab(window.current_tab())  # the untouched draft goes
    assert not (desk_folder / "daerah").exists()
    assert not message.isVisible()


def test_a_name_windows_cannot_use_is_asked_again_saying_why(desk_window, qtbot, desk_folder):
    """QA28 L3: "siapa pelakunya?.md", "con.md" or a folder "ekonomi." made on Linux cannot be
    opened by a colleague on Windows (Samba mangles the name; the lock no longer matches)."""
    window = desk_window()
    names = ["siapa pelakunya?.md", "Con.md", "ekonomi./harga.md", "ekonomi/harga"]
    labels = new_story_answers(window, qtbot, names)
    opened(window, qtbot, desk_folder / "ekonomi" / "harga.md")
    assert len(labels) == 4
    assert labels[1].endswith(
        '\n“siapa pelakunya?.md”: < > : " | ? * are not allowed in a name on Windows, so '
        "colleagues on Windows could not open it; another name?"
    )
    assert "“Con.md”: CON, PRN, AUX, NUL, COM1–COM9 and LPT1–LPT9 are Windows' own" in labels[2]
    assert "“ekonomi.”: a name on Windows cannot end in a dot or a space" in labels[3]
    assert not (desk_folder / "ekonomi.").exists()
    assert not any("?" in p.name or p.name.lower() == "con.md" for p in desk_folder.rglob("*"))
