"""A folder input reads articles only: word lists and glossaries beside them are not
articles, and each file passed over is named once on standard error."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from quizgen.cli import main
from quizgen.ingest import expand_folders

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "de_russland_nordkorea_gipfel.txt"


@pytest.fixture
def folder(tmp_path) -> Path:
    top = tmp_path / "course"
    (top / "woche2").mkdir(parents=True)
    shutil.copyfile(SAMPLE, top / "gipfel.txt")
    (top / "known.txt").write_text("Haus\nBaum\n", encoding="utf-8")
    (top / "glossary.tsv").write_text("Rakete\trocket\n", encoding="utf-8")
    (top / "woche2" / "meine-woerter.txt").write_text("Limousine\n", encoding="utf-8")
    (top / "woche2" / "bild.png").write_bytes(b"\x89PNG")
    (top / ".notizen.txt").write_text("privat", encoding="utf-8")
    return top


@pytest.mark.parametrize(("name", "reason"), [
    ("known.txt", "named like a word list or glossary"),
    ("known-words-a2.txt", "named like a word list or glossary"),
    ("glossary.csv", "named like a word list or glossary"),
    ("kapitel1-glossary.tsv", "named like a word list or glossary"),
    ("notes.docx", "not a format quizgen reads as an article"),
    ("known.md", None), ("glossary.html", None), ("unknown-soldier.txt", None),
], ids=lambda value: str(value))
def test_which_files_of_a_folder_are_articles(tmp_path, name, reason):
    (tmp_path / name).write_text("Text.", encoding="utf-8")
    (tmp_path / "zz-article.txt").write_text("Ein Artikel.", encoding="utf-8")
    expanded, skipped = expand_folders([str(tmp_path)])
    if reason is None:
        assert expanded == [str(tmp_path / name), str(tmp_path / "zz-article.txt")] and skipped == []
    else:
        assert [(Path(p).name, r[:len(reason)]) for p, r in skipped] == [(name, reason)]


def test_files_given_as_word_list_or_glossary_are_not_articles(folder):
    listed = folder / "woche2" / "meine-woerter.txt"
    expanded, skipped = expand_folders([str(folder)], [str(listed), None])
    assert expanded == [str(folder / "gipfel.txt")]
    assert dict(skipped)[str(listed)] == "given as a word list or glossary"


def test_a_build_of_a_folder_names_each_skipped_file_once(folder, tmp_path):
    """Given twice, the folder's articles are built twice, but each skipped file named once."""
    out = tmp_path / "out"
    result = CliRunner().invoke(main, [
        "build", str(folder), str(folder), "--lang", "de", "--format", "json", "--out", str(out),
        "--known-words", str(folder / "woche2" / "meine-woerter.txt"), "-q"])
    assert result.exit_code == 0, result.output
    skipped = [line for line in result.output.splitlines() if line.startswith("quizgen: skipped")]
    names = [line.split(":")[1].strip().split(" ")[1] for line in skipped]
    assert sorted(Path(n).name for n in names) == ["bild.png", "glossary.tsv", "known.txt",
                                                    "meine-woerter.txt"]
    assert "gipfel.json" in {p.name for p in out.iterdir()}
    assert not {"known.json", "glossary.json", "meine-woerter.json"} & {p.name for p in out.iterdir()}
