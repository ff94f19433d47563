"""The export dialog says when a Blogger import file will come in as a draft, and why (QA25
F-F): a published story's comes in live, with nothing to say."""

from __future__ import annotations

import pytest

from tests.export.test_atom_draft import story


@pytest.mark.usefixtures("english")
def test_the_result_says_a_draft_and_why(make_window, tmp_path):
    for status, draft in (("review", True), ("published", False)):
        path = tmp_path / f"{status}.md"
        path.write_text(story(status), encoding="utf-8")
        window = make_window([path])
        dialog = window.open_export_dialog()
        dialog.set_format("atom")
        assert dialog.export() and (tmp_path / f"{status}.xml").is_file()
        said = "Blogger imports it as a draft: its status is review, not ready or published"
        assert (said in dialog.result_label.text()) == draft, status
        assert ("imports it as a draft" in dialog.result_label.text()) == draft, status
        dialog.close()
