from __future__ import annotations

import subprocess
import sys

import pytest

from netizen_editor import __version__
from netizen_editor.cli import main
from tests.samples import ROOT

GOOD = "---\ntitle: Judul\n---\nIsi berita.\n"


@pytest.fixture(autouse=True)
def isolated_config(tmp_path, monkeypatch):
    from netizen_editor import i18n

    monkeypatch.setenv("NETIZEN_EDITOR_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("NETIZEN_EDITOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(i18n, "_language", i18n.language())  # a command sets it: put it back


@pytest.fixture
def english_settings(tmp_path):
    """Settings that say English: the export speaks the settings' language."""
    (tmp_path / "config").mkdir(exist_ok=True)
    (tmp_path / "config" / "settings.toml").write_text('ui_language = "en"\n', encoding="utf-8")


def run(*args: str) -> int:
    return main(["export", *args])


def test_version_from_the_installed_entry_point():
    out = subprocess.run(
        [sys.executable, "-m", "netizen_editor", "--version"], capture_output=True, text=True
    )
    assert out.returncode == 0
    assert out.stdout.strip() == f"netizen-editor {__version__}"


def test_one_file_exports_beside_the_input(tmp_path):
    src = tmp_path / "a.md"
    src.write_text(GOOD, encoding="utf-8")
    assert run(str(src)) == 0
    assert '<h1 class="post-title">Judul</h1>' in (tmp_path / "a.html").read_text()


def test_one_file_to_a_named_output_as_blogger(tmp_path):
    src = tmp_path / "a.md"
    src.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "post.html"
    assert run(str(src), "-o", str(out), "--format", "blogger") == 0
    assert out.read_text().startswith("<p>")
    assert (tmp_path / "post.post.txt").exists()


def test_an_output_ending_in_a_separator_is_a_folder_made_for_it(tmp_path, monkeypatch):
    src = tmp_path / "a.md"
    src.write_text(GOOD, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run("a.md", "-o", "keluar/") == 0
    assert (tmp_path / "keluar").is_dir()
    assert '<h1 class="post-title">Judul</h1>' in (tmp_path / "keluar" / "a.html").read_text()
    assert run("a.md", "-o", "keluar/", "--format", "blogger") == 0
    assert run("a.md", "-o", "keluar/", "--format", "atom") == 0
    names = sorted(p.name for p in (tmp_path / "keluar").iterdir())
    # the Blogger body and the Atom file share one post settings file
    assert names == ["a.blogger.html", "a.blogger.post.txt", "a.html", "a.xml"]
    assert "<html" in (tmp_path / "keluar" / "a.html").read_text().lower()  # not replaced


def test_a_front_matter_key_written_twice_is_a_warning_on_export(tmp_path, capsys):
    src = tmp_path / "a.md"
    src.write_text("---\ntitle: Judul\ndateline: Bogor\ndateline:\n---\nIsi.\n", encoding="utf-8")
    assert run(str(src)) == 0
    err = capsys.readouterr().err
    assert f"{src}:4: " in err and "'dateline'" in err and "3" in err


@pytest.mark.parametrize(
    ("text", "line", "said"),
    [
        ("b---\ntitle: X\nstatus: draft\n---\nIsi.\n", 1, "'b---'"),  # a stray letter
        ("b\n---\ntitle: X\nstatus: draft\n---\nIsi.\n", 1, "'b'"),  # a stray line
        ("Catatan redaksi\n---\ntitle: Banjir\nstatus: draft\n---\nBody\n", 2,
         "must start on the first line"),  # a note above the fence: its heading underline
        ("\n---\ntitle: X\nIsi.\n", 2, "no closing '---'"),
    ],
)  # fmt: skip
@pytest.mark.parametrize("form", ["page", "blogger", "atom"])
@pytest.mark.usefixtures("english_settings")
def test_front_matter_read_as_text_is_refused_by_export(tmp_path, capsys, text, line, said, form):
    src = tmp_path / "lead.md"
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert run(str(src), "-o", str(out) + "/", "--format", form) == 2  # the YAML is no lead
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"{src}:{line}: ") and said in err[0]
    assert err[0].endswith("; not exported, or the keys would be published as the article's "
                           "opening text")  # fmt: skip
    assert err[1] == "netizen-editor: 1 of 1 file(s) not exported"
    assert not out.exists()  # nothing written, not even the folder


def test_a_refused_front_matter_leaves_the_old_export_and_the_others(tmp_path, capsys):
    bad, good = tmp_path / "a.md", tmp_path / "b.md"
    bad.write_text("Catatan redaksi\n---\ntitle: Banjir\n---\nIsi.\n", encoding="utf-8")
    good.write_text(GOOD, encoding="utf-8")
    (tmp_path / "a.html").write_text("old export", encoding="utf-8")
    assert run(str(bad)) == 2
    assert (tmp_path / "a.html").read_text(encoding="utf-8") == "old export"
    assert run(str(bad), str(good)) == 2
    assert (tmp_path / "a.html").read_text(encoding="utf-8") == "old export"
    assert '<h1 class="post-title">Judul</h1>' in (tmp_path / "b.html").read_text()
    assert f"{bad}:2: front matter harus dimulai di baris pertama" in capsys.readouterr().err


def test_each_format_has_its_own_name_beside_the_input(tmp_path):
    src = tmp_path / "a.md"
    src.write_text(GOOD, encoding="utf-8")
    for fmt in ("page", "blogger", "atom"):
        assert run(str(src), "--format", fmt) == 0
    assert {"a.html", "a.blogger.html", "a.xml"} <= {p.name for p in tmp_path.iterdir()}


def test_many_files_go_into_a_folder_with_progress(tmp_path, capsys):
    sources = []
    for i in range(3):
        sources.append(tmp_path / f"a{i}.md")
        sources[-1].write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    assert run(*map(str, sources), "-o", str(out)) == 0
    assert sorted(p.name for p in out.iterdir()) == ["a0.html", "a1.html", "a2.html"]
    err = capsys.readouterr().err
    assert "[1/3]" in err and "[3/3]" in err


def test_settings_file_and_skin(tmp_path):
    settings = tmp_path / "s.toml"
    settings.write_text(
        'site_name = "Contoh.id"\nadsense_client = "ca-pub-1"\n[ad_slots]\ntop = "11"\n',
        encoding="utf-8",
    )
    src = tmp_path / "a.md"
    src.write_text(GOOD, encoding="utf-8")
    assert run(str(src), "--settings", str(settings), "--skin", "plain") == 0
    html = (tmp_path / "a.html").read_text()
    assert "Contoh.id" in html and '<main class="plain">' in html
    assert 'data-ad-slot="11"' in html


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"---\ntitle: ok\n---\nIsi \xff\xfe berita", "not valid UTF-8 at byte 22 (line 4)"),
        (b"\x00\x01\x02binary\x00" * 20, "not a text file"),
        (b"---\ntitle: [a\n---\nIsi", ":2: broken YAML"),
        (b"---\ntitle: ok\nlabels: Politik\n---\nIsi", ":3: 'labels' must be a list"),
        (b"---\ntitle: ok\n---\nIsi.\n\n" + b"- " * 3000 + b"x", ":6: this block nests"),
        (b"Isi.\n\n" + b"*" * 20000 + b"x" + b"*" * 20000, ":3: this block nests"),
    ],
)
@pytest.mark.usefixtures("english_settings")
def test_bad_input_exit_2_with_one_clear_line(tmp_path, capsys, content, expected):
    src = tmp_path / "bad.md"
    src.write_bytes(content)
    assert run(str(src)) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert any(str(src) in line and expected in line for line in err), err
    assert not (tmp_path / "bad.html").exists()


def test_bad_input_among_good_ones_exports_the_good_ones(tmp_path, capsys):
    good, bad = tmp_path / "good.md", tmp_path / "bad.md"
    good.write_text(GOOD, encoding="utf-8")
    bad.write_bytes(b"---\ntitle: [\n---\n")
    out = tmp_path / "out"
    assert run(str(good), str(bad), "-o", str(out)) == 2
    assert (out / "good.html").exists() and not (out / "bad.html").exists()
    from netizen_editor.i18n import tr

    summary = tr("{failed} of {total} file(s) not exported", failed=1, total=2)
    assert summary in capsys.readouterr().err and summary.startswith("1 ")


@pytest.mark.usefixtures("english_settings", "english")  # a bad --settings: told in its language
def test_missing_file_and_bad_settings(tmp_path, capsys):
    assert run(str(tmp_path / "nope.md")) == 2
    assert "nope.md" in capsys.readouterr().err
    settings = tmp_path / "s.toml"
    settings.write_text('ui_language = "en"\nsite_name = 5\n', encoding="utf-8")
    src = tmp_path / "a.md"
    src.write_text(GOOD, encoding="utf-8")
    assert run(str(src), "--settings", str(settings)) == 2
    assert "'site_name' must be text" in capsys.readouterr().err
    assert run(str(src), "--skin", "nope") == 2
    assert "no skin named 'nope'" in capsys.readouterr().err


@pytest.mark.usefixtures("english_settings")  # Indonesian: tests/export/test_i18n.py
def test_failed_export_leaves_the_existing_output_untouched(tmp_path, monkeypatch, capsys):
    src = tmp_path / "a.md"
    src.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "a.html"
    out.write_text("old export", encoding="utf-8")
    from netizen_editor.storage import atomic

    def failing_replace(a, b, *args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic, "_replace", failing_replace)
    assert run(str(src)) == 2
    monkeypatch.undo()
    assert out.read_text(encoding="utf-8") == "old export"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    assert "disk is full" in capsys.readouterr().err.lower()


def test_output_never_overwrites_the_input(tmp_path, capsys):
    src = tmp_path / "a.html"
    src.write_text(GOOD, encoding="utf-8")
    assert run(str(src)) == 2
    assert src.read_text(encoding="utf-8") == GOOD


@pytest.mark.usefixtures("english_settings")  # Indonesian: tests/export/test_export_images.py
def test_missing_image_is_a_warning_not_a_failure(tmp_path, capsys):
    src = tmp_path / "a.md"
    src.write_text("Isi.\n\n![x](hilang.png)\n", encoding="utf-8")
    assert run(str(src)) == 0
    assert (
        f"{src}:3: warning: image 'hilang.png' is not used: the file is not there"
        in capsys.readouterr().err
    )


def test_core_never_imports_pyside6():
    code = (
        "import sys, pkgutil, importlib, netizen_editor\n"
        "for m in pkgutil.walk_packages(netizen_editor.__path__, 'netizen_editor.'):\n"
        "    if not m.name.startswith('netizen_editor.gui'):\n"
        "        importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.startswith('PySide6')]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    root = ROOT / "netizen_editor"
    offenders = [
        str(p)
        for p in root.rglob("*.py")
        if "gui" not in p.relative_to(root).parts and "PySide6" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_export_help_is_in_the_settings_language(tmp_path, capsys, monkeypatch):
    """The help follows the settings' language as a whole, argparse's own words too; here a
    catalog that marks every text it is asked for."""
    from netizen_editor import i18n

    class Everything(dict):
        def get(self, key, default=None):
            return f"ID{key}"

    monkeypatch.setattr(i18n, "catalog", lambda lang: Everything())
    (tmp_path / "config").mkdir(exist_ok=True)
    (tmp_path / "config" / "settings.toml").write_text('ui_language = "id"\n', encoding="utf-8")
    with pytest.raises(SystemExit):
        run("--help")
    shown = capsys.readouterr().out
    assert shown.startswith("IDusage: netizen-editor export")
    for english in ("options:", "show this help", "Export Markdown", "output file", "skin name"):
        assert shown.count(english) == shown.count("ID" + english), english


@pytest.mark.parametrize(("language", "said"), [
    ("en", "its output {out} is also the output of {first}"),
    ("id", "hasilnya {out} juga hasil dari {first}"),
])  # fmt: skip
def test_two_inputs_of_one_name_into_one_folder(tmp_path, capsys, language, said):
    """The second article whose page would land on the first's is not exported, in the
    settings' language; the first is."""
    settings = tmp_path / "s.toml"
    settings.write_text(f'ui_language = "{language}"\n', encoding="utf-8")
    first, second = tmp_path / "a" / "berita.md", tmp_path / "b" / "berita.md"
    for src in (first, second):
        src.parent.mkdir()
        src.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    code = run(str(first), str(second), "-o", f"{out}/", "--settings", str(settings))
    assert code != 0
    err = capsys.readouterr().err
    assert said.format(out=out / "berita.html", first=first) in err
    assert sorted(p.name for p in out.iterdir()) == ["berita.html"]


def _without_a_screen(tmp_path) -> dict[str, str]:
    """The environment of a machine with no display: no DISPLAY, WAYLAND_DISPLAY or
    QT_QPA_PLATFORM (the tests' offscreen), and a user without settings (Indonesian)."""
    import os

    hidden = ("DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET", "QT_QPA_PLATFORM")
    env = {k: v for k, v in os.environ.items() if k not in hidden}
    for name in ("CONFIG", "DATA", "CACHE"):
        env[f"NETIZEN_EDITOR_{name}_DIR"] = str(tmp_path / name.lower())
    return env


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 / Wayland only")
def test_the_window_without_a_screen_says_so_in_one_line_before_qt_starts(tmp_path):
    code = (
        "import sys; from netizen_editor.cli import main; code = main([]); "
        "print(code, 'PySide6' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=_without_a_screen(tmp_path), timeout=120)  # fmt: skip
    assert out.returncode == 0, out.stderr  # the process ends on its own: no abort
    assert out.stdout == "2 False\n"  # Qt never imported (nor its platform plugin loaded)
    assert out.stderr == (
        "netizen-editor: tidak ada layar untuk membuka jendela (DISPLAY maupun WAYLAND_DISPLAY "
        "tidak diatur); perintah-perintahnya (netizen-editor --help) tetap bisa dipakai tanpa "
        "layar\n"
    )
