"""Which desk an open story is in: the desks are kept with their links resolved, a tab names its
file as it was opened."""

from __future__ import annotations

from netizen_editor.desk.desk_folder import desk_folder_of


def test_the_nearest_desk_holding_the_story_named_as_the_tab_names_it(tmp_path):
    desk = tmp_path / "redaksi"
    (desk / "nasional" / "kanal").mkdir(parents=True)
    story = desk / "nasional" / "kanal" / "banjir.md"  # gone: only its folder is there
    assert desk_folder_of(story, []) is None
    assert desk_folder_of(story, ["", str(tmp_path / "lain")]) is None
    assert desk_folder_of(story, [str(desk)]) == desk
    assert desk_folder_of(story, [str(desk), str(desk / "nasional")]) == desk / "nasional"
    link = tmp_path / "meja"
    link.symlink_to(desk)  # the story opened through a link to the desk
    assert desk_folder_of(link / "nasional" / "kanal" / "banjir.md", [str(desk)]) == link


def test_a_folder_that_leads_into_the_desk_through_a_link_is_not_in_it(tmp_path):
    desk = tmp_path / "redaksi"
    (desk / "nasional").mkdir(parents=True)
    elsewhere = tmp_path / "lain"
    elsewhere.mkdir()
    (elsewhere / "pintas").symlink_to(desk / "nasional")
    # lain/pintas/banjir.md is redaksi/nasional/banjir.md, but lain/ is not the desk
    assert desk_folder_of(elsewhere / "pintas" / "banjir.md", [str(desk)]) is None
