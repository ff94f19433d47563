"""The checks' counts on the desk: the same findings as ``netizen-editor check``, cached by the
text's content hash (a file touched but not changed is not checked again)."""

from __future__ import annotations

import os

import pytest

from netizen_editor.checks.context import context_for
from netizen_editor.checks.findings import Level
from netizen_editor.checks.registry import run_checks
from netizen_editor.desk import list_desk
from netizen_editor.settings import Settings
from tests.desk.conftest import article, write

pytestmark = pytest.mark.usefixtures("english")


def test_the_counts_are_those_of_the_check_command(desk, cache):
    text = article("banjir", summary="pendek") + "Beresiko sekali menurut warga.\n"
    path = write(desk / "a.md", text)
    settings = Settings()
    (entry,) = list_desk(desk, checks=True, cache_dir=cache, settings=settings)
    findings = run_checks(context_for(text, path, settings))
    assert entry.errors == sum(1 for f in findings if f.level == Level.ERROR)
    assert entry.warnings == sum(1 for f in findings if f.level == Level.WARNING)
    assert entry.errors + entry.warnings > 0
    assert list_desk(desk, cache_dir=cache, settings=settings)[0].errors is None  # not asked


def test_counts_are_cached_by_content_hash(desk, cache, monkeypatch):
    path = write(desk / "a.md", article("Banjir"))
    first = list_desk(desk, checks=True, cache_dir=cache, settings=Settings())
    from netizen_editor.desk import checks

    def no_checks(*args, **kwargs):
        raise AssertionError("checked again")

    monkeypatch.setattr(checks.DeskChecks, "count", no_checks)
    os.utime(path, (3_000_000, 3_000_000))  # touched, the same text
    again = list_desk(desk, checks=True, cache_dir=cache, settings=Settings())
    assert (again[0].errors, again[0].warnings) == (first[0].errors, first[0].warnings)
    monkeypatch.undo()
    write(desk / "a.md", article("Banjir") + "Beresiko.\n")
    changed = list_desk(desk, checks=True, cache_dir=cache, settings=Settings())
    assert changed[0].errors is not None


def test_a_poll_with_a_budget_makes_the_rest_of_the_counts_at_the_next_polls(desk, cache):
    from netizen_editor.desk import DeskPoller

    for n in range(3):
        write(desk / f"{n}.md", article(f"Berita {n}"))
    poller = DeskPoller(desk, cache, settings=Settings())
    assert all(e.errors is None for e in poller.poll().entries)  # the first look: no checks
    poller.checks, poller.check_budget_s = True, 0.0
    counted = [sum(e.errors is not None for e in poller.poll().entries) for _ in range(3)]
    assert counted == [1, 2, 3]  # one a poll (the budget is spent after the first)


def test_counts_turned_on_show_in_every_row_also_those_the_index_had(desk, cache, english):
    """The window's poller looks first without the checks and then turns them on; rows whose
    counts the index already had (a ``desk --checks`` before) get them too, not only the rows
    that changed (they stayed empty)."""
    from netizen_editor.desk import DeskPoller, list_desk

    for n in range(3):
        write(desk / f"a{n}.md", article(f"Berita {n}") + "Warga menunggu kepastain.\n")
    assert all(e.errors is not None for e in list_desk(desk, checks=True, cache_dir=cache))
    poller = DeskPoller(desk, cache)
    first = poller.poll()
    assert all(e.errors is None for e in first.entries)  # no counts asked for yet
    poller.checks, poller.check_budget_s = True, 0.3
    more = poller.check_more()
    assert more.changed == {"a0.md", "a1.md", "a2.md"}
    assert all(e.errors is not None and e.warnings for e in more.entries)
    poller.close()


def test_the_counts_tag_follows_the_settings_the_checks_read_and_only_those():
    from dataclasses import replace

    from netizen_editor.desk.checks import checks_tag
    from netizen_editor.settings import Settings

    base = Settings()
    assert checks_tag(replace(base, editor_font="Serif", editor_font_size=16)) == checks_tag(base)
    assert checks_tag(replace(base, default_author="Rina")) == checks_tag(base)
    for changed in ({"site_url": "https://kabar.example"}, {"site_name": "Kabar"},
                    {"timezone": "WIT"}, {"house_style": "/srv/gaya.toml"}):  # fmt: skip
        assert checks_tag(replace(base, **changed)) != checks_tag(base), changed
