"""What the speller remembers stays bounded however long an article is edited."""

from __future__ import annotations

import os

import pytest

from netizen_editor.spelling import nonstandard
from netizen_editor.spelling import speller as speller_module
from netizen_editor.spelling.check import word_list_paths
from netizen_editor.storage.datadirs import CONFIG_ENV


@pytest.fixture(autouse=True)
def _own_config(tmp_path, monkeypatch):
    monkeypatch.setenv(CONFIG_ENV, str(tmp_path / "config"))


def test_suggestions_are_kept_for_the_words_asked_last(monkeypatch):
    speller = speller_module.Speller(extra_lists=word_list_paths(""))
    monkeypatch.setattr(speller_module, "SUGGESTIONS_KEPT", 3)
    for word in ("kalimt", "rumahh", "jalann", "kotaa"):
        speller.suggest(word, "id")
    assert speller.cached_suggestions("kalimt", "id") is None  # the oldest went first
    assert speller.cached_suggestions("kotaa", "id") is not None
    speller.cached_suggestions("rumahh", "id")  # read: kept longer than jalann
    speller.suggest("sekolahh", "id")
    assert speller.cached_suggestions("jalann", "id") is None
    assert speller.cached_suggestions("rumahh", "id") is not None
    assert speller.suggest("kalimt", "id")  # asked again: computed again, the same


def test_known_words_and_standard_forms_are_forgotten_when_too_many(monkeypatch):
    speller = speller_module.Speller(extra_lists=word_list_paths(""))
    monkeypatch.setattr(speller_module, "KNOWN_KEPT", 10)
    for i in range(25):
        speller.known(f"katax{i}", "id")
    assert len(speller._known) <= 10
    assert speller.known("rumah", "id") and not speller.known("katax3", "id")
    table = nonstandard.load_table()
    monkeypatch.setattr(nonstandard, "ANSWERS_KEPT", 10)
    for i in range(25):
        table.standard_form(f"katax{i}")
    assert len(table._cache) <= 10
    assert table.standard_form("beresiko") == "berisiko"


def test_a_list_taken_away_never_takes_the_dictionarys_own_words(tmp_path):
    """A newsroom list that had "kata" in it, once changed or no longer used, took "kata" out of
    the dictionary too: every "kata" of every story was a typo (seen in a full test run)."""
    listed = tmp_path / "redaksi.txt"
    listed.write_text("kata\nkopdarr\n", encoding="utf-8")
    speller = speller_module.Speller(extra_lists=[listed])
    assert speller.known("kata") and speller.known("kopdarr")
    listed.write_text("kopdarr\n", encoding="utf-8")  # a colleague took the words out
    os.utime(listed, ns=(1, 1))
    speller.refresh_lists()
    assert speller.known("kata") and speller.known("kopdarr")
    speller.use_lists([])  # the list no longer used
    assert speller.known("kata") and not speller.known("kopdarr")
