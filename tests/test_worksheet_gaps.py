"""Gaps a teacher would choose, on real texts: spread out, never on names, titles, credits or
in compounds, never given away elsewhere on the sheet; the page budget of the printed sheet."""

from __future__ import annotations

import io
import json
import re
import unicodedata
from dataclasses import replace
from itertools import combinations, pairwise
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SHARED_DATA
from pypdf import PdfReader

from quizgen import Options, make_quiz, read_article
from quizgen.cli import main
from quizgen.exercises.bank_distractors import compound_parts, field_rank, topic_nouns
from quizgen.exercises.gapfill import (
    MIN_TOKENS_APART,
    SAME_SENTENCE_APART,
    adjacent_parts,
    question_words,
    shown_sentences,
)
from quizgen.export.worksheet import (
    KEY_PAGE_SHARE,
    _document,
    filled_share,
    fitted_document,
    fitted_pdf,
    render_worksheet,
)
from quizgen.languages import get_language
from quizgen.model import Article, Quiz, VocabItem, WorksheetGap

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "de_russland_nordkorea_gipfel.txt"
KLEXIKON = SHARED_DATA / "klexikon"
# Development articles: Klexikon (children's encyclopedia) and Wikipedia on the same topics.
REAL_TEXTS = ["klexikon/Sturm.txt", "klexikon/Advent.txt", "wiki/Sturm.txt", "wiki/Armee.txt",
              "wiki/Integration.txt", "wiki/Afghanistan.txt"]


def needs_shared(name: str) -> Path:
    path = KLEXIKON / name
    if not path.is_file():
        pytest.skip(f"development data {path} is not here")
    return path


@pytest.fixture(scope="module")
def real_quizzes(sample_quiz) -> dict[str, Quiz]:
    quizzes = {"sample": sample_quiz}
    for name in REAL_TEXTS:
        path = KLEXIKON / name
        if path.is_file():
            quizzes[name] = make_quiz(read_article(str(path)), Options(lang="de"))
    return quizzes


def check_gaps(quiz: Quiz) -> None:
    worksheet = quiz.worksheet
    profile = get_language("de")
    shown = shown_sentences(quiz.analysis, quiz.options.excerpt)
    visible = " ".join([quiz.title, *(s.text for s in shown)])
    asked = question_words(q for q in quiz.questions if q.id in worksheet.question_ids)
    positions = []
    offset = {}
    total = 0
    for sentence in shown:
        offset[sentence.index] = total
        total += len(sentence.tokens)
    for gap in (worksheet.example, *worksheet.gaps):
        sentence = quiz.analysis.sentences[gap.sentence]
        assert sentence.kind == "body", gap
        for start, end in gap.item.spans:
            n = next(i for i, t in enumerate(sentence.tokens) if t.start == start)
            token = sentence.tokens[n]
            assert not token.is_name and token.upos != "PROPN", token
            assert "-" not in sentence.text[max(0, start - 1): end + 1], token  # no compound part
            if n:
                assert sentence.tokens[n - 1].text not in profile.person_titles, token
            if gap.item.pos == "NOUN" and 0 < n < len(sentence.tokens) - 1:  # no list item
                around = (sentence.tokens[n - 1], sentence.tokens[n + 1])
                assert not all(t.text == "," or t.upos == "CCONJ" for t in around), token
            word = sentence.text[start:end]
            # given away nowhere: once in the text and title, never in a question
            assert len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", visible, re.I)) == 1, word
            assert word.lower() not in asked and gap.lemma.lower() not in asked, word
        positions.append(offset[gap.sentence] + next(
            i for i, t in enumerate(sentence.tokens) if t.start == gap.item.start))
    assert all(b - a > MIN_TOKENS_APART for a, b in pairwise(positions))
    # one gap a sentence, the example's included: the rest of the sentence is the context;
    # a second one only far from the first, in a short text that runs out of sentences
    gapped = [gap.sentence for gap in (worksheet.example, *worksheet.gaps)]
    for (a, sentence_a), (b, sentence_b) in combinations(zip(positions, gapped, strict=True), 2):
        assert sentence_a != sentence_b or abs(a - b) > SAME_SENTENCE_APART, (a, b)
    if len(worksheet.gaps) >= 6:  # spread: every third of the text has a gap
        thirds = {position * 3 // total for position in positions}
        assert thirds == {0, 1, 2}
    # the word bank lists every word alike: nouns with their article, each with its meaning
    for word in worksheet.word_bank:
        noun = word.lemma[:1].isupper()
        assert not noun or word.text.split()[0] in profile.articles.values(), word
        assert word.gloss, word


@pytest.mark.parametrize("name", ["sample", *REAL_TEXTS])
def test_gaps_a_teacher_would_choose(real_quizzes, name):
    if name not in real_quizzes:
        needs_shared(name)
    quiz = real_quizzes[name]
    assert quiz.worksheet.example is not None
    # one gap a sentence: a short text (Klexikon's Advent, 400 words) has fewer sentences to give
    assert len(quiz.worksheet.gaps) >= (8 if quiz.worksheet.words >= 500 else 6)
    check_gaps(quiz)


@pytest.mark.parametrize("name", ["sample", *REAL_TEXTS])
def test_distractors_are_nowhere_on_the_sheet(real_quizzes, name):
    """A distractor printed in the text is ruled out at a glance: they come from the
    frequency list, in a gap's kind, with a meaning (a noun with its article)."""
    if name not in real_quizzes:
        pytest.skip(f"development data {name} is not here")
    quiz = real_quizzes[name]
    worksheet = quiz.worksheet
    shown = " ".join([quiz.title, *(s.text for s in shown_sentences(quiz.analysis, quiz.options.excerpt))])
    words = {w.lower() for w in re.findall(r"\w+", shown)}
    distractors = [w for w in worksheet.word_bank if w.distractor]
    assert 2 <= len(distractors) <= 4
    gap_kinds = {g.item.pos for g in worksheet.gaps}
    for word in distractors:
        stem = word.lemma.lower()[: max(4, len(word.lemma) - 2)]
        assert not any(w.startswith(stem) for w in words), word
        assert word.gloss, word
        if word.text.split()[0] in get_language("de").articles.values():
            assert "NOUN" in gap_kinds
        else:
            assert word.lemma.islower() and gap_kinds & {"VERB", "ADJ"}, word


@pytest.mark.parametrize("name", ["sample", *REAL_TEXTS])
def test_distractors_fill_no_gap(real_quizzes, name):
    """A distractor that shares a part with a gap word ('Fruchtsaft', 'Apfelsaft') might fill it."""
    if name not in real_quizzes:
        pytest.skip(f"development data {name} is not here")
    quiz = real_quizzes[name]
    for word in (w for w in quiz.worksheet.word_bank if w.distractor):
        parts = {p.lower() for p in compound_parts(word.lemma, "de")}
        for gap in quiz.worksheet.gaps:
            assert not parts & {p.lower() for p in compound_parts(gap.lemma, "de")}, (word, gap)
            assert gap.lemma.lower() not in word.lemma.lower(), (word, gap)


@pytest.mark.parametrize("name", ["sample", "wiki/Apfel.txt"])
def test_distractors_are_of_the_texts_field(real_quizzes, name):
    """A word of another field ('Raumstation' on a text about apples) is ruled out at a
    glance: where the frequency list has words built on the text's key nouns, the bank's
    distractors are such words."""
    quiz = real_quizzes.get(name) or make_quiz(read_article(str(needs_shared(name))), Options(lang="de"))
    shown = shown_sentences(quiz.analysis, quiz.options.excerpt)
    nouns = [t.lemma for s in shown for t in s.tokens if t.upos == "NOUN" and not t.is_name]
    topic = topic_nouns(nouns, "de")
    distractors = [w for w in quiz.worksheet.word_bank if w.distractor]
    assert len(distractors) >= 2
    for word in distractors:
        pos = "NOUN" if word.lemma[:1].isupper() else "VERB"
        assert field_rank(word.lemma.lower(), pos, topic, "de"), (word, topic)


def test_fixed_forms_of_address_and_titles_get_no_gap(sample_quiz):
    text = ("Sitzung des Ausschusses\n\nFrau Präsidentin, Herr Kommissar, meine Damen und Herren, "
            "die Verhandlungen über die Fischereiabkommen sind gescheitert. Herr Kommissar, "
            "Ihre Behörde hat die Fangquoten ohne Rücksprache verändert. Frau Präsidentin, wir "
            "verlangen eine Untersuchung der Vorgänge und eine Entschädigung der Küstenfischer. "
            "Verteidigungsminister Pistorius schwieg zu den Vorwürfen der Abgeordneten.")
    article = Article("Sitzung des Ausschusses", tuple(text.split("\n\n")), source="x.txt")
    quiz = make_quiz(article, Options(lang="de", questions=0, level="A1"))
    words = {g.answer for g in (quiz.worksheet.example, *quiz.worksheet.gaps) if g}
    assert words, "the text has words rare enough for gaps"
    assert not words & {"Präsidentin", "Kommissar", "Verteidigungsminister", "Pistorius"}
    check_gaps(quiz)


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def pdf_pages(quiz: Quiz, teacher: bool = False, key: bool = False) -> list[str]:
    """The sheet as `--format pdf` writes it."""
    reader = PdfReader(io.BytesIO(fitted_pdf(quiz, teacher, key)))
    return [page.extract_text() for page in reader.pages]


@pytest.mark.parametrize("name", ["sample", "klexikon/Advent.txt", "wiki/Sturm.txt",
                                  "wiki/Integration.txt"])
def test_page_budget(real_quizzes, name):
    if name not in real_quizzes:
        needs_shared(name)
    quiz = real_quizzes[name]
    student = pdf_pages(quiz)
    assert 300 <= quiz.worksheet.words <= 950
    assert len(student) <= 3
    key = pdf_pages(quiz, teacher=True, key=True)
    assert "Lösungen" in key[-1] and "Lösungen" not in "".join(student)
    # the key never leaves a few rows alone on a page of their own
    last_lines = [line for line in key[-1].splitlines() if line.strip()]
    assert len(last_lines) >= 10 or any("Lösungen" in line for line in last_lines)


def test_key_is_as_short_as_its_layouts_allow():
    """The teacher's key is the filled sheet and the answer key; where the key would end on a
    loose page, set closer or flowing after the questions, it takes no more pages than needed
    (Unfall once printed three key pages for a two-page sheet)."""
    quiz = make_quiz(read_article(str(needs_shared("klexikon/Unfall.txt"))), Options(lang="de"))
    fitted = fitted_document(quiz, teacher=True, key=True)
    layouts = [_document(render_worksheet(quiz, True, True, closer, key_on_new_page=new))
               for closer in (False, True) for new in (False, True)]
    assert len(fitted.pages) == min(len(d.pages) for d in layouts)
    assert len(fitted.pages) <= len(fitted_document(quiz, teacher=False, key=False).pages) + 1


@pytest.mark.parametrize("name", ["sample", "klexikon/Advent.txt", "wiki/Sturm.txt", "wiki/Armee.txt"])
def test_key_wastes_no_page(real_quizzes, name):
    """No page of the key is left mostly empty: neither the last page of questions before
    the answer key nor a few rows of the key spilled onto a page of their own."""
    if name not in real_quizzes:
        pytest.skip(f"development data {name} is not here")
    document = fitted_document(real_quizzes[name], teacher=True, key=True)
    shares = [filled_share(page) for page in document.pages]
    assert min(shares) >= KEY_PAGE_SHARE, shares
    assert "answer-key" in render_worksheet(real_quizzes[name], True, True)


def test_long_text_gets_an_excerpt(sample_article):
    quiz = make_quiz(sample_article, Options(lang="de", excerpt=250))
    assert 250 <= quiz.worksheet.words < 400
    assert quiz.worksheet.last_sentence < len(quiz.analysis.sentences) - 1
    evidence = {i for q in quiz.questions if q.id in quiz.worksheet.question_ids for i in q.evidence}
    assert max(evidence, default=-1) <= quiz.worksheet.last_sentence  # questions on the excerpt
    html = render_worksheet(quiz)
    assert "Auszug: der Anfang des Textes" in html and len(pdf_pages(quiz)) <= 2


def test_cli_gaps_and_no_word_bank(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(SAMPLE), "--lang", "de", "--out", str(out),
                                       "--format", "json,html", "--gaps", "5", "--no-word-bank",
                                       "--max-cards", "3", "--source", "AP, 14.09.2023"])
    assert result.exit_code == 0, result.output
    data = json.loads((out / "de-russland-nordkorea-gipfel.json").read_text(encoding="utf-8"))
    assert len(data["worksheet"]["gaps"]) == 5 and data["worksheet"]["word_bank"] == []
    assert data["worksheet"]["address"] == "sie" and len(data["cloze_cards"]) == 3
    html = (out / "de-russland-nordkorea-gipfel.html").read_text(encoding="utf-8")
    assert "Quelle: AP, 14.09.2023" in html and '<aside class="word-bank"' not in html
    assert str(SAMPLE) not in html and "seeds/" not in html  # never a file path
    assert (out / "de-russland-nordkorea-gipfel-key.html").is_file()


def test_separable_verb_is_one_gap_with_blanks_a_and_b(sample_quiz):
    sentences = sample_quiz.analysis.sentences
    item = next(v for v in sample_quiz.vocabulary
                if v.extra_spans and not adjacent_parts(v, sentences[v.sentence]))
    text = sentences[item.sentence].text
    answer = " … ".join(text[s:e] for s, e in sorted(item.spans))
    worksheet = replace(sample_quiz.worksheet, gaps=(WorksheetGap(1, answer, item),), example=None)
    quiz = replace(sample_quiz, worksheet=worksheet)
    html = render_worksheet(quiz, teacher=False, key=False)
    assert html.count('data-gap="1a"') == 1 and html.count('data-gap="1b"') == 1
    assert "Lücken mit a und b: ein Verb in zwei Teilen" in html
    pages = pdf_pages(quiz, teacher=True, key=True)
    assert nfkc("1. " + answer) in nfkc(" ".join(pages))


def test_separable_verb_whose_parts_stand_together_is_one_blank(sample_quiz):
    """'legt nahe' side by side: one blank for both words, no a/b and no line about a/b."""
    sentences = sample_quiz.analysis.sentences
    sentence = next(s for s in sentences if " legt nahe," in s.text)
    start = sentence.text.index("legt nahe")
    item = VocabItem("nahelegen", "legt", "VERB", 3.0, sentence.index, start, start + 4,
                     extra_spans=((start + 5, start + 9),), gloss="suggest")
    assert adjacent_parts(item, sentence)
    worksheet = replace(sample_quiz.worksheet, gaps=(WorksheetGap(1, "legt nahe", item),),
                        example=None)
    html = render_worksheet(replace(sample_quiz, worksheet=worksheet), teacher=True, key=False)
    assert html.count('data-gap="1"') == 1 and 'data-gap="1a"' not in html
    assert re.search(r'data-gap="1">.*?>legt nahe</span>', html)
    assert "Lücken mit a und b" not in html


def test_the_sheet_numbers_the_paragraphs_its_questions_name():
    """Questions and the key say "Absatz 3"; the student must be able to find paragraph 3."""
    paragraphs = ("Der Hafen", *(
        f"Im {n}. Abschnitt beschreibt der Bericht die Arbeit der Hafenkräne, die Schiffe "
        f"entladen. Die Kräne heben Container auf Lastwagen, die sie zu den Lagerhallen "
        f"bringen. Nachts ruht der Betrieb, und die Mannschaft wartet die Maschinen." for n in range(1, 6)))
    quiz = make_quiz(Article("Der Hafen", paragraphs, source="hafen.txt"),
                     Options(lang="de", questions=0, formats=("html",)))
    html = render_worksheet(quiz, teacher=False, key=False)
    numbers = re.findall(r'<span class="para-no">(\d+)</span>', html)
    assert numbers == ["1", "2", "3", "4", "5"]  # the heading is not counted, as in "Absatz N"


@pytest.mark.parametrize(("lemma", "pos", "form", "misleading"), [
    ("höchster", "ADJ", "höchster", True),  # a superlative: the dictionary lists 'hoch'
    ("größten", "ADJ", "größten", True),
    ("finster", "ADJ", "finstere", False),
    ("Geschriebene", "NOUN", "Geschriebene", True),  # a nominalised participle
    ("Geschriebenes", "NOUN", "Geschriebenes", True),
    ("Gerste", "NOUN", "Gerste", False),
    ("Geste", "NOUN", "Gesten", False),
    ("annähern", "VERB", "annähernd", True),  # the participle as a word of its own
    ("annähern", "VERB", "annähert", False),
    ("Cis", "NOUN", "cista", True),  # a lower-case word read as a noun
])
def test_misleading_german_headwords(lemma, pos, form, misleading):
    from quizgen.languages.de.headwords import misleading_headword

    assert misleading_headword(lemma, pos, form) is misleading


# Development articles where the tagger's lemma misleads or a name has a dictionary gloss
# ("Limes": limit): (article, lemmas that must not be gapped or be the example).
MISREAD = [("klexikon/Germanen.txt", {"Limes", "Thing"}), ("wiki/Zeit.txt", {"annähern"}),
           ("klexikon/Brief.txt", {"Geschriebenes", "Geschriebene"}),
           ("wiki/Afghanistan.txt", {"höchster", "hoch"})]


@pytest.mark.parametrize(("name", "lemmas"), MISREAD)
def test_no_gap_with_a_misleading_headword_or_on_a_name(name, lemmas):
    quiz = make_quiz(read_article(str(needs_shared(name))), Options(lang="de"))
    worksheet = quiz.worksheet
    gapped = {g.lemma for g in (worksheet.example, *worksheet.gaps) if g is not None}
    assert not gapped & lemmas
    assert not {w.lemma for w in worksheet.word_bank} & lemmas
    check_gaps(quiz)


def test_matching_key_names_each_paragraphs_own_lines(sample_quiz):
    """A matching task's items are paragraphs: the key names each one's lines, in the items'
    order, not one span from the first item's paragraph to the last one's."""
    from quizgen.export.worksheet import common_context

    context = common_context(sample_quiz)
    layout = context["text"]
    [view] = [q for s in context["sections"] for q in s.questions if q.kind == "matching"]
    spans = view.lines.split(", ")
    assert len(spans) == len(view.items)
    evidence = next(q for q in sample_quiz.questions if q.id == view.id).evidence
    for span, sentence in zip(spans, evidence, strict=True):
        first = layout.sentence_lines[sentence][0]
        [paragraph] = [lines for lines in layout.paragraphs
                       if lines and lines[0].number <= first <= lines[-1].number]
        low, _, high = span.partition("–")
        assert (int(low), int(high or low)) == (paragraph[0].number, paragraph[-1].number)


@pytest.mark.parametrize(("text", "gappable"), [
    ("Die Stadt leidet unter Wasser- oder Luftverschmutzung.", False),
    ("Die Stadt leidet unter Boden-, Wasser- und Luftverschmutzung.", False),
    ("Die Stadt leidet unter der Luftverschmutzung.", True),
])
def test_no_gap_completes_a_shortened_pair(text, gappable):
    """'Wasser- oder (3) ___': the first half needs the gap word's head, so it gives the gap away."""
    from quizgen.analysis.analyze import analyze
    from quizgen.exercises.gap_rules import suitable

    analysis = analyze(Article("t", (text,)), "de")
    sentence = analysis.sentences[0]
    token = next(t for t in sentence.tokens if t.text == "Luftverschmutzung")
    item = VocabItem(lemma="Luftverschmutzung", form=token.text, pos="NOUN", zipf=2.5, sentence=0,
                     start=token.start, end=token.end, gender="f", gloss="air pollution")
    assert suitable(item, sentence, "de") is gappable
