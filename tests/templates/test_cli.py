"""``netizen-editor new [--template NAME] [-o FILE] [--list-templates]``."""

from __future__ import annotations

from netizen_editor.article.model import Article
from netizen_editor.cli import main
from netizen_editor.settings import Settings


def _settings(tmp_path, **values):
    path = tmp_path / "settings.toml"
    Settings(**values).save(path)
    return ["--settings", str(path)]


def test_list_templates(tmp_path, capsys):
    folder = tmp_path / "desk-templates"
    folder.mkdir()
    (folder / "olahraga.md").write_text("---\ntitle: x\n---\n")
    code = main(["new", "--list-templates", *_settings(tmp_path, templates_folder=str(folder))])
    out = capsys.readouterr().out.splitlines()
    assert code == 0
    assert "ralat  built-in" in out  # in Indonesian too (the default): scripts read it
    assert f"olahraga  {folder / 'olahraga.md'}" in out


def test_an_unknown_template_exits_2_listing_the_templates(tmp_path, capsys):
    code = main(["new", "--template", "beritaa", *_settings(tmp_path)])
    err = capsys.readouterr().err
    assert code == 2
    assert "beritaa" in err and "berita, feature" in err


def test_new_writes_the_article_from_the_template(tmp_path, capsys):
    out = tmp_path / "ekonomi" / "ralat-harga.md"
    out.parent.mkdir()
    code = main(["new", "--template", "ralat", "-o", str(out),
                 *_settings(tmp_path, default_author="Budi")])  # fmt: skip
    assert code == 0
    article = Article.parse(out.read_text(encoding="utf-8"))
    assert article.meta["template"] == "ralat"
    assert article.get("author") == "Budi"
    assert "meralat berita" in article.body
    assert str(out) in capsys.readouterr().err


def test_the_label_is_the_output_folder_only_when_its_stories_carry_it(tmp_path):
    out = tmp_path / "ekonomi" / "a.md"
    out.parent.mkdir()
    (out.parent / "lama.md").write_text("---\ntitle: Lama\nlabels: [Ekonomi, Pangan]\n---\nIsi.\n")
    assert main(["new", "--template", "berita", "-o", str(out), *_settings(tmp_path)]) == 0
    assert Article.parse(out.read_text()).labels == ["Ekonomi"]
    docs = tmp_path / "Docs" / "b.md"  # a folder is no rubric: the label is left to fill in
    docs.parent.mkdir()
    assert main(["new", "--template", "berita", "-o", str(docs), *_settings(tmp_path)]) == 0
    assert Article.parse(docs.read_text()).labels == ["[Rubrik]()"]


def test_an_existing_file_is_not_replaced_without_force(tmp_path, capsys):
    out = tmp_path / "a.md"
    out.write_text("tulisan lama")
    assert main(["new", "--template", "berita", "-o", str(out), *_settings(tmp_path)]) == 2
    assert out.read_text() == "tulisan lama"
    assert "--force" in capsys.readouterr().err
    assert main(["new", "--template", "berita", "-o", str(out), "--force",
                 *_settings(tmp_path)]) == 0  # fmt: skip
    assert "template: berita" in out.read_text()


def test_without_o_the_article_goes_to_stdout(tmp_path, capsys):
    assert main(["new", "--template", "live", *_settings(tmp_path)]) == 0
    assert "template: live" in capsys.readouterr().out


def test_without_a_template_the_blank_article(tmp_path, capsys):
    assert main(["new", *_settings(tmp_path, default_author="Ani")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("---\ntitle: ''") and "author: Ani" in out


def test_a_broken_template_exits_2_with_its_file_and_line(tmp_path, capsys):
    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "rusak.md").write_text("---\ntitle: x\n---\n{{ ''.__class__ }}\n")
    args = ["new", "--template", "rusak", *_settings(tmp_path, templates_folder=str(folder))]
    assert main(args) == 2
    assert f"{folder / 'rusak.md'}:4: " in capsys.readouterr().err


def test_stories_from_a_template_with_an_id_each_get_none(tmp_path):
    folder = tmp_path / "templat"
    folder.mkdir()
    (folder / "withid.md").write_text(
        "---\ntitle: Templat\nid: 0b6f5c1e-1111-4222-8333-444455556666\n---\nteks\n"
    )
    settings = _settings(tmp_path, templates_folder=str(folder))
    for name in ("a.md", "b.md"):
        assert main(["new", "--template", "withid", "-o", str(tmp_path / name), *settings]) == 0
        text = (tmp_path / name).read_text(encoding="utf-8")
        assert "id" not in Article.parse(text).meta and "0b6f5c1e" not in text


def test_list_templates_says_on_stderr_what_the_folder_held_beyond_those_read(
    tmp_path, capsys, monkeypatch
):
    from netizen_editor.templates import library

    monkeypatch.setattr(library, "MAX_TEMPLATES", 2)
    folder = tmp_path / "desk-templates"
    folder.mkdir()
    for name in ("zz", "olahraga", "berita"):
        (folder / f"{name}.md").write_text("---\ntitle: x\n---\n")
    code = main(["new", "--list-templates", *_settings(tmp_path, templates_folder=str(folder))])
    captured = capsys.readouterr()
    assert code == 0
    assert f"berita  {folder / 'berita.md'}" in captured.out.splitlines()
    assert "zz" not in captured.out
    assert f"{folder}: 1 templat tidak dibaca: paling banyak 2" in captured.err


def test_a_folder_as_o_is_said_at_once_and_an_empty_template_is_a_usage_error(tmp_path, capsys):
    """QA29 L9: ``new -o .`` asked for --force, and with it said "is a folder"; ``--template ""``
    (a shell variable not set) wrote a blank article."""
    english = _settings(tmp_path, ui_language="en")
    assert main(["new", "-o", str(tmp_path), *english]) == 2
    err = capsys.readouterr().err
    assert "is a folder" in err and "--force" not in err
    try:
        code = main(["new", "--template", "", "-o", str(tmp_path / "a.md"), *english])
    except SystemExit as stop:  # argparse's usage error
        code = stop.code
    assert code == 2 and not (tmp_path / "a.md").exists()
    assert "an empty name" in capsys.readouterr().err
