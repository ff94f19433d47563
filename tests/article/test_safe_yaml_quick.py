"""The quick YAML path (libyaml) gives exactly what the reference loader gives, or steps aside:
on any front matter text, the value ``safe_yaml.load`` returns is the pure-Python loader's,
and its errors are the reference loader's."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netizen_editor.article import safe_yaml

PIECES = [
    "title", "status", "labels", "date", "author", ":", ": ", " ", "  ", "\n", "\r\n", "- ",
    "[", "]", "{", "}", ",", "'", '"', "\\", "#", " #", "&a ", "*a", "!!str ", "!!int ", "?",
    "|", ">", "2026-12-06", "T10:30:00+07:00", "10:30", "yes", "no", "null", "~", "1e3",
    "0x1F", "0o17", "-1", ".5", ".nan", "Jakarta", "Banjir di Jakarta", "é", "\u2028", "\x85",
    "\t", "...", "---", "%", "@", "`", "\ud83d", "\\ud83d\\ude00", "<<: ",
]  # fmt: skip


def _reference(text: str) -> object:
    try:
        loader = safe_yaml._Loader(text)
        try:
            return ("ok", repr(loader.get_single_data()))
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        return ("error", str(exc))


def _loaded(text: str) -> object:
    try:
        return ("ok", repr(safe_yaml.load(text)))
    except yaml.YAMLError as exc:
        return ("error", str(exc))


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_the_quick_path_reads_as_the_reference_does(pieces):
    text = "".join(pieces)
    assert _loaded(text) == _reference(text)


@pytest.mark.parametrize(
    "text",
    [
        "title: Banjir\nlabels: [Nasional, Daerah]\ndate: 2026-12-06T10:30:00+07:00\n",
        "labels:\n  - Nasional\n  - Daerah\nid: 3f0c\n",
        "title: 'It''s'\nsummary: \"baris\\nbaru\"\n",
        "a: " + "[" * 30 + "]" * 30,  # deeper than the quick path takes: the reference says
        "a:\n" + "".join(" " * n + f"k{n}:\n" for n in range(1, 60)),
        "date: 2023-09-31\n",
        "n: !!int abc\n",
    ],
)
def test_typical_and_hostile_front_matter(text):
    assert _loaded(text) == _reference(text)


def test_the_quick_path_is_taken_for_a_plain_front_matter():
    assert safe_yaml._quick("title: Banjir\nlabels: [Nasional]\nauthor: Budi\n")
    assert not safe_yaml._quick("a: " + "[" * 30)
    assert not safe_yaml._quick("a:\tb")


def test_a_few_aliases_read_as_copies_of_what_they_name():
    from netizen_editor.article import safe_yaml

    text = "editor: &e Sari\nreviewer: *e\nlabels: &l [Nasional, Ekonomi]\ntags: *l\n"
    assert safe_yaml.load(text) == {
        "editor": "Sari",
        "reviewer": "Sari",
        "labels": ["Nasional", "Ekonomi"],
        "tags": ["Nasional", "Ekonomi"],
    }
