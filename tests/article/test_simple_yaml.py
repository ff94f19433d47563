"""Front matter of one-line entries read without a YAML parser gives exactly what the
reference (pure-Python) loader gives, or steps aside: ``load_simple`` answers a value only for
a text the loader reads to that very value (types too: ``yes`` is True, a date a date), and
None for everything else, errors included (the loader says them, with their lines)."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from benchmarks.generate import generate_article
from netizen_editor.article import safe_yaml
from netizen_editor.article.simple_yaml import load_simple
from netizen_editor.grammar.frontmatter import inner, split_front_matter

KEYS = ["title", "labels", "date", "id", "x-y", "_a", "A1", "yes", "on", "null", "No", "a" * 130]
VALUES = [
    "", "Jakarta", "Banjir di Jakarta", "Kim's", "C#", "a #b", "a: b", "a:b", "a:", "http://x.id/a",
    "[x]", "Laporan [x]", "{a: b}", "&a x", "*a", "!!str x", "|", ">", "- a", "-1", "-x", "?a",
    "%x", "@x", "`x`", "~", "null", "Null", "yes", "No", "ON", "true", "0", "12", "1_000", "0x1F",
    "0o17", "1:20", "1e3", "1.5", ".5", ".inf", ".nan", "2024-03-14", "2023-02-30",
    "2024-03-14T09:00:00+07:00", "2024-03-14 09:00", "2024-03-14T25:00:00", "9" * 5000,
    '"Laporan: Warga"', '"a\\nb"', '"a"b"', '"a', "'It''s'", "'a: b'", "'a", "''", '""',
    "[Nasional, Ekonomi]", "[]", "[ ]", "[a,,b]", "[a, b, ]", "[a,b]", "[yes, 2024]",
    "[a: b]", "[a?b]", "['a', b]", '["a"]', "[a] x", "[[a]]", "é", "\u00a0x\u00a0", "x\u00a0",
    "a  b", "a ", "\ud83d", "\x07", "\t", "\ufeff", "\u2028", "\x85", "...", "---", "<<",
    "=", "a\rb", "# c",
]  # fmt: skip
INDENTS = ["", " ", "  ", "    "]


@st.composite
def front_matters(draw) -> str:
    lines = []
    for _ in range(draw(st.integers(0, 10))):
        kind = draw(st.sampled_from(["entry", "entry", "entry", "item", "blank", "comment",
                                     "indented", "raw"]))  # fmt: skip
        if kind == "entry":
            key, value = draw(st.sampled_from(KEYS)), draw(st.sampled_from(VALUES))
            gap = draw(st.sampled_from([" ", "  ", "", "\t"])) if value else ""
            lines.append(f"{key}:{gap}{value}{draw(st.sampled_from(['', ' ', '  ']))}")
        elif kind == "item":
            value = draw(st.sampled_from(VALUES))
            lines.append(f"{draw(st.sampled_from(INDENTS))}-{' ' if value else ''}{value}")
        elif kind == "blank":
            lines.append(draw(st.sampled_from(INDENTS)))
        elif kind == "comment":
            lines.append(f"{draw(st.sampled_from(INDENTS))}# catatan: a")
        elif kind == "indented":
            lines.append(f"{draw(st.sampled_from(INDENTS[1:]))}{draw(st.sampled_from(VALUES))}")
        else:
            lines.append(draw(st.sampled_from(VALUES)))
    end = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    return end.join(lines) + draw(st.sampled_from(["", end]))


#: values of one-line front matter as newsrooms write it (and a few the resolver turns into
#: something other than text)
COMMON = [
    "Jakarta", "Banjir di Jakarta", "Kim's", "C#", "a:b", "http://x.id/a", "Laporan [x]", "~",
    "null", "yes", "No", "12", "1:20", "1.5", ".nan", "2024-03-14", "2024-03-14T09:00:00+07:00",
    "2024-03-14 09:00", '"Laporan: Warga"', "'a: b'", "''", '""', "[Nasional, Ekonomi]", "[]",
    "[a,b]", "[yes, 2024]", "é", "x\u00a0", "a  b", "2023-02-30", "[a, b, ]", "a #b",
]  # fmt: skip


@st.composite
def simple_front_matters(draw) -> str:
    lines = []
    for _ in range(draw(st.integers(1, 8))):
        key = draw(st.sampled_from(KEYS[:7]))
        if draw(st.integers(0, 4)) == 0:  # a list of "- item" lines
            lines.append(f"{key}:")
            indent = draw(st.sampled_from(INDENTS))
            for value in draw(st.lists(st.sampled_from(COMMON), min_size=1, max_size=3)):
                lines.append(f"{indent}- {value}")
        else:
            lines.append(f"{key}: {draw(st.sampled_from(COMMON))}")
        if draw(st.integers(0, 5)) == 0:
            lines.append(draw(st.sampled_from(["", "# catatan", "  # catatan: a"])))
    end = draw(st.sampled_from(["\n", "\r\n"]))
    return end.join(lines) + end


def _reference(text: str) -> tuple[str, str]:
    try:
        loader = safe_yaml._Loader(text)
        try:
            return ("ok", repr(loader.get_single_data()))
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        return ("error", str(exc))


def _loaded(text: str) -> tuple[str, str]:
    try:
        return ("ok", repr(safe_yaml.load(text)))
    except yaml.YAMLError as exc:
        return ("error", str(exc))


@settings(max_examples=6000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(front_matters())
@example("labels:\n- a\n- b\nstatus: draft")
@example("labels:\n  - a\n - b\n")
@example("a: b\n  c\n")
@example("a:\n  - b\n  c: d\n")
def test_a_value_only_where_the_loader_reads_that_value(text):
    simple = load_simple(text)
    if simple is not None:
        assert _reference(text) == ("ok", repr(simple))
    assert _loaded(text) == _reference(text)  # safe_yaml.load, which tries it first


@settings(max_examples=4000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(simple_front_matters())
def test_common_front_matter_read_both_ways(text):
    simple = load_simple(text)
    if simple is not None:
        assert _reference(text) == ("ok", repr(simple))
    assert _loaded(text) == _reference(text)


def test_newsroom_front_matter_is_read_without_the_parser():
    for seed in range(8):
        raw, _body, _line = split_front_matter(generate_article(300, seed))
        text, _first = inner(raw)
        assert load_simple(text) is not None
        assert repr(load_simple(text)) == _reference(text)[1]
    text = "title: ''\nsummary: ''\nauthor: Rina\ndate: 2026-12-06T10:30:00+07:00\n"
    text += "dateline: ''\nlabels: []\nstatus: draft\n"  # a new article's
    assert load_simple(text) == {
        "title": "", "summary": "", "author": "Rina",
        "date": dt.datetime(2026, 12, 6, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=7))),
        "dateline": "", "labels": [], "status": "draft",
    }  # fmt: skip
    crlf = "labels:\r\n  - Nasional\r\n  - Daerah\r\nverified: yes\r\n"
    assert load_simple(crlf) == {"labels": ["Nasional", "Daerah"], "verified": True}


@pytest.mark.parametrize(
    "text",
    [
        "date: 2023-02-30\n",  # the loader says it is no date, with its line
        "n: " + "9" * 5000 + "\n",
        "title: Banjir: Jakarta\n",
        "summary: satu\n  dua\n",  # a continued line
        "corrections:\n  - date: 2026-01-01\n    text: x\n",  # a list of mappings
        'title: "a\\u00e9"\n',  # an escape
        "yes: x\n",
        "",
        "# only a comment\n",
    ],
)
def test_what_is_left_to_the_loader(text):
    assert load_simple(text) is None


@settings(max_examples=2000, deadline=None)
@given(
    st.integers(0, 9999), st.integers(0, 99), st.integers(0, 99),
    st.none() | st.tuples(st.integers(0, 99), st.integers(0, 99), st.integers(0, 99)),
    st.sampled_from(["", "Z", "+07:00", "-03:30", "+00:00", "+14:00", "-99:99", "+24:00"]),
)  # fmt: skip
def test_dates_and_times_as_the_loader_makes_them(year, month, day, time, zone):
    """The quick reading of an ISO 8601 date gives PyYAML's value and type, or leaves the
    text to the loader (a day that does not exist)."""
    text = f"{year:04d}-{month:02d}-{day:02d}"
    if time is not None:
        text += "T{:02d}:{:02d}:{:02d}".format(*time) + zone
    document = f"date: {text}\n"
    try:
        expected = yaml.safe_load(document)
    except (yaml.YAMLError, ValueError, OverflowError):
        expected = None
    got = load_simple(document)
    if expected is None:
        assert got is None
    else:
        assert got == expected and type(got["date"]) is type(expected["date"])
        if isinstance(expected["date"], dt.datetime):
            assert got["date"].utcoffset() == expected["date"].utcoffset()
