"""Input readers: format choice, encodings, limits, and a property test over any text."""

from __future__ import annotations

import io
import json
import re
import sys
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from output_checks import check_card_spans, check_cloze, check_json

from quizgen import Options, QuizgenError, make_quiz
from quizgen.analysis import detect
from quizgen.analysis.analyze import analyze
from quizgen.analysis.detect import detect_language, known_word_share
from quizgen.build import build, write_outputs
from quizgen.cli import main
from quizgen.errors import LanguageError
from quizgen.export.anki_notes import cloze_text
from quizgen.ingest import decode, read_articles
from quizgen.ingest.markdown import read_markdown
from quizgen.ingest.sniff import choose_format, sniff
from quizgen.ingest.text import MAX_PARAGRAPH_CHARS, split_paragraphs
from quizgen.runtime.progress import progress_bar

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "de_russland_nordkorea_gipfel.txt"
LONG_BOOK = ROOT.parent / "shared" / "data" / "long" / "de_essig_taifun.txt"


@pytest.mark.parametrize(("data", "expected"), [
    (b"<!DOCTYPE html><html><body><p>Hallo</p></body></html>", "html"),
    (b"\xef\xbb\xbf  <html lang='de'><p>Hallo</p></html>", "html"),
    (b"<?xml version='1.0'?>\n<html xmlns='http://www.w3.org/1999/xhtml'></html>", "html"),
    (b"WEBVTT\n\n00:01.000 --> 00:02.000\nHallo\n", "vtt"),
    (b"1\n00:00:01,000 --> 00:00:02,000\nHallo\n", "srt"),
    (b"# Titel\n\nText mit [Link](https://example.org) und **fett**.\n", "markdown"),
    (b"Ein Satz mit <b>Tag</b> bleibt Text.\nNoch einer.\n", "text"),
    (b"Die Preise stiegen um 3 % auf 1.000 Euro.\n", "text"),
    (b"PK\x03\x04\x00\x00mimetypeapplication/epub+zip", "epub"),
], ids=["html-doctype", "html-bom", "xhtml", "vtt", "srt", "markdown", "text-with-tag", "text",
        "epub"])
def test_sniff(data, expected):
    assert sniff(data) == expected


@pytest.mark.parametrize(("source", "data", "input_format", "expected"), [
    ("a.txt", b"<!DOCTYPE html><html></html>", "auto", "text"),  # the extension says so
    ("a.HTM", b"Hallo", "auto", "html"),
    ("a.markdown", b"Hallo", "auto", "markdown"),
    ("a.txt", b"PK\x03\x04\x00\x00mimetypeapplication/epub+zip", "auto", "epub"),
    ("a.unknown", b"WEBVTT\n", "auto", "vtt"),
    ("-", b"<html><p>x</p></html>", "auto", "html"),
    ("a.html", b"<html></html>", "text", "text"),  # --input-format wins
], ids=["txt-ext-wins", "htm-upper", "markdown-ext", "epub-content", "unknown-ext", "stdin",
        "override"])
def test_choose_format(source, data, input_format, expected):
    assert choose_format(source, data, input_format) == expected


TEXT = "Größere Übungen für Straßenbahnfahrer – „Gänsefüßchen“ kosten 5 €."


@pytest.mark.parametrize(("data", "expected"), [
    (TEXT.encode("utf-8"), TEXT),
    (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), TEXT),
    (TEXT.encode("utf-16"), TEXT),
    (TEXT.encode("utf-16-be").join([b"\xfe\xff", b""]), TEXT),
    ((TEXT + " Mehr Text für die Erkennung der Kodierung.\n" * 3).encode("cp1252"),
     TEXT + " Mehr Text für die Erkennung der Kodierung.\n" * 3),
    ((TEXT + " Noch ein Satz über Äpfel und Öfen.\n" * 3).encode("latin-1", "replace"),
     (TEXT + " Noch ein Satz über Äpfel und Öfen.\n" * 3).encode("latin-1", "replace").decode("latin-1")),
], ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "cp1252", "latin1"])
def test_decode(data, expected):
    assert decode(data, "x.txt").lstrip("\ufeff") == expected


@pytest.mark.parametrize(("text", "title", "paragraphs"), [
    ("# Brot\n\nEin *guter* Laib.\n\n- Mehl\n- Wasser\n", "Brot",
     ("Brot", "Ein guter Laib.", "Mehl", "Wasser")),
    ("---\ntitle: 'Mein Brot'\ntags: [backen]\n---\n# Brot\n\nText.\n", "Mein Brot", ("Brot", "Text.")),
    ("Vorwort.\n\n---\n\nNachwort.\n", "Vorwort.", ("Vorwort.", "Nachwort.")),
    ("Text mit `code` und [Link](https://x.org).\n\n```\nprint(1)\n```\n", "Text mit code und Link.",
     ("Text mit code und Link.",)),
    ("<div>Block <script>alert(1)</script>aus HTML</div>\n\n> Zitat\n", "Block aus HTML",
     ("Block aus HTML", "Zitat")),
], ids=["heading-and-list", "front-matter", "rule-is-no-front-matter", "code-dropped", "html-block"])
def test_markdown(text, title, paragraphs):
    article = read_markdown(text, "x.md")
    assert (article.title, article.paragraphs) == (title, paragraphs)


LANGUAGE_SAMPLES = [
    ("Der Stadtrat hat am Mittwochabend eine neue Straßenbahnlinie beschlossen, die den "
     "Hauptbahnhof mit den Wohngebieten im Norden verbindet.", "de"),
    ("The city council approved a new tram line on Wednesday evening, connecting the main "
     "station with the growing neighbourhoods in the north.", "en"),
    ("Le conseil municipal a approuvé mercredi soir une nouvelle ligne de tramway qui reliera "
     "la gare centrale aux quartiers du nord.", "fr"),
    ("El ayuntamiento aprobó el miércoles por la noche una nueva línea de tranvía que conectará "
     "la estación central con los barrios del norte.", "es"),
    ("Il consiglio comunale ha approvato mercoledì sera una nuova linea tranviaria che "
     "collegherà la stazione centrale con i quartieri a nord.", "it"),
    ("De gemeenteraad heeft woensdagavond een nieuwe tramlijn goedgekeurd die het centraal "
     "station met de groeiende wijken in het noorden verbindt.", "nl"),
    ("A câmara municipal aprovou na quarta-feira à noite uma nova linha de elétrico que ligará "
     "a estação central aos bairros do norte.", "Portuguese"),
    ("L'ajuntament va aprovar dimecres al vespre una nova línia de tramvia que connectarà "
     "l'estació central amb els barris del nord.", "Catalan"),
    ("Die stadsraad het Woensdagaand 'n nuwe tremlyn goedgekeur wat die hoofstasie met die "
     "groeiende woonbuurte in die noorde sal verbind.", "Afrikaans"),
    ("Rada miejska zatwierdziła w środę wieczorem nową linię tramwajową, która połączy dworzec "
     "główny z dzielnicami na północy.", "Polish"),
]


@pytest.mark.parametrize(("text", "expected"), LANGUAGE_SAMPLES,
                         ids=[lang for _, lang in LANGUAGE_SAMPLES])
def test_detect_language_names_unsupported_neighbours(text, expected):
    if len(expected) == 2:
        assert detect_language(text, "x.txt") == expected
    else:
        with pytest.raises(LanguageError, match=f"x.txt: this text looks like {expected}, which"):
            detect_language(text, "x.txt")


# Long texts (over detect.LONG_SAMPLE characters) are placed among quizgen's languages first,
# then among that language's relatives.
LONG_LANGUAGE_SAMPLES = [
    ("O governo anunciou ontem um novo plano para melhorar o transporte público nas grandes "
     "cidades. Segundo o ministro, os investimentos vão chegar a vários milhões de euros até ao "
     "final do próximo ano, e as obras começam já no verão. Muitos moradores dizem que não "
     "acreditam nas promessas, porque já ouviram anúncios parecidos antes. A oposição critica a "
     "falta de informação sobre os custos e pede uma discussão no parlamento.", "Portuguese"),
    ("Die regering het gister 'n nuwe plan aangekondig om openbare vervoer in die groot stede te "
     "verbeter. Volgens die minister sal die beleggings teen die einde van volgende jaar etlike "
     "miljoene rand beloop, en die werk begin reeds in die somer. Baie inwoners sê hulle glo nie "
     "die beloftes nie, want hulle het al soortgelyke aankondigings gehoor. Die opposisie "
     "kritiseer die gebrek aan inligting oor die koste.", "Afrikaans"),
    ("Regeringen presenterade i går en ny plan för att förbättra kollektivtrafiken i de stora "
     "städerna. Enligt ministern kommer investeringarna att uppgå till flera miljoner kronor före "
     "slutet av nästa år, och arbetet börjar redan i sommar. Många invånare säger att de inte tror "
     "på löftena, eftersom de har hört liknande besked tidigare. Oppositionen kritiserar bristen "
     "på information om kostnaderna och kräver en debatt i riksdagen.", "Swedish"),
    ("Hallitus esitteli eilen uuden suunnitelman joukkoliikenteen parantamiseksi suurissa "
     "kaupungeissa. Ministerin mukaan investoinnit nousevat useisiin miljooniin euroihin ensi "
     "vuoden loppuun mennessä, ja työt alkavat jo kesällä. Monet asukkaat sanovat, etteivät he "
     "usko lupauksiin, koska he ovat kuulleet samanlaisia ilmoituksia aiemmin. Oppositio "
     "arvostelee kustannuksia koskevan tiedon puutetta ja vaatii keskustelua eduskunnassa.",
     "Finnish"),
    (" ".join(text for text, lang in LANGUAGE_SAMPLES[:6] if lang == "es") * 3, "es"),
    (" ".join(text for text, lang in LANGUAGE_SAMPLES[:6] if lang == "nl") * 3, "nl"),
]


@pytest.mark.parametrize(("text", "expected"), LONG_LANGUAGE_SAMPLES,
                         ids=[lang for _, lang in LONG_LANGUAGE_SAMPLES])
def test_detect_language_of_a_long_text(text, expected):
    assert len(text) >= detect.LONG_SAMPLE
    if len(expected) == 2:
        assert detect_language(text, "x.txt") == expected
    else:
        with pytest.raises(LanguageError, match=f"x.txt: this text looks like {expected}, which"):
            detect_language(text, "x.txt")


@pytest.mark.parametrize(("text", "lang", "share"), [
    ("Der Hund schläft im warmen Garten", "de", 1.0),
    ("Koira nukkuu lämpimässä puutarhassa", "de", 0.0),
    ("Der Hund nukkuu im puutarhassa", "de", 0.6),
    ("1234 !!! 🐝", "de", 0.0),
], ids=["german", "finnish", "mixed", "no-words"])
def test_known_word_share(text, lang, share):
    assert known_word_share(text, lang) == pytest.approx(share)


@pytest.mark.parametrize(("text", "paragraphs"), [
    ("Ein  Satz.\t\tNoch \t einer.", ("Ein Satz. Noch einer.",)),
    ("Erste Zeile\nzweite Zeile", ("Erste Zeile", "zweite Zeile")),
    ("Ein Absatz,\n  umbrochen.\n \t\nDer zweite\u00a0\n Absatz.",
     ("Ein Absatz, umbrochen.", "Der zweite Absatz.")),
    ("\n\n  Eins. \n\n\n\nZwei.  \n", ("Eins.", "Zwei.")),
], ids=["spaces-and-tabs", "lines-without-blank-lines", "wrapped-lines", "many-blank-lines"])
def test_paragraphs_and_white_space(text, paragraphs):
    assert split_paragraphs(text) == paragraphs


def test_one_megabyte_line_is_cut_into_paragraphs_without_loss():
    words = ("Haus Regierung Gipfel Verhandlung " * 40_000)[:1_000_000]
    paragraphs = split_paragraphs(words)
    assert max(len(p) for p in paragraphs) <= MAX_PARAGRAPH_CHARS
    assert " ".join(paragraphs).split() == words.split()


def test_one_megabyte_word_is_cut_too():
    paragraphs = split_paragraphs("x" * 1_000_000)
    assert len(paragraphs) == 1_000_000 // MAX_PARAGRAPH_CHARS
    assert "".join(paragraphs) == "x" * 1_000_000


def test_long_line_gives_sentences_of_at_most_120_tokens(tmp_path):
    path = tmp_path / "zeile.txt"
    path.write_text(("die Regierung verhandelt weiter über den Gipfel " * 1000).strip())
    analysis = analyze(read_articles(str(path))[0], "de")
    assert max(len(s.tokens) for s in analysis.sentences) == 120
    assert max(len(s.text) for s in analysis.sentences) < 2_000


def test_standard_input_over_the_limit_is_refused(tmp_path):
    result = CliRunner().invoke(main, ["build", "-", "--max-input-mb", "0.01", "--out", str(tmp_path)],
                                input=SEED.read_bytes() * 3)
    assert result.exit_code == 2
    assert result.stderr == ("quizgen: error: -: larger than the maximum input size of 0.01 MB "
                             "(raise it with --max-input-mb)\n")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_one_megabyte_line_builds_in_bounded_time(tmp_path):
    path = tmp_path / "zeile.txt"
    words = re.sub(r"[^\w\s-]", "", SEED.read_text(encoding="utf-8")).split()
    path.write_text(" ".join(words * (1_000_000 // len(" ".join(words)) + 1))[:1_000_000])
    report = build([str(path)], Options(lang="de", formats=("json",), out=str(tmp_path / "out")))
    assert not report.failures and len(report.written) == 1
    check_json(report.written[0])
    sentences = json.loads(report.written[0].read_text(encoding="utf-8"))["article"]["sentences"]
    assert max(len(s["text"]) for s in sentences) < 2_000


@pytest.mark.slow
@pytest.mark.skipif(not LONG_BOOK.exists(), reason=f"the development novel {LONG_BOOK} is not here")
def test_hundred_thousand_word_book_builds(tmp_path):
    report = build([str(LONG_BOOK)], Options(formats=("json",), out=str(tmp_path)))
    assert not report.failures
    check_json(report.written[0])


# ---------------------------------------------------------------- property: any text

SEED_WORDS = SEED.read_text(encoding="utf-8").split()
HOSTILE_BITS = ["{{c1::x}}", "{{c2::y::z}}", "::", "{{", "}}", "{%", "%}", "<script>", "</p>",
                "&amp;", "&#123;", "\u200b", "\u200d", "\x07", "\x00", "\u202e", "\ufeff", "🐝",
                "👩\u200d👩\u200d👧", "مرحبا", "\n", "\n\n", ".", "…", "«", "»", "\t", "\r"]
PIECES = st.one_of(
    st.sampled_from(SEED_WORDS), st.sampled_from(SEED_WORDS), st.sampled_from(SEED_WORDS),
    st.sampled_from(HOSTILE_BITS),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=6),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces=st.lists(PIECES, max_size=200), lang=st.sampled_from(["de", "auto"]))
def test_any_text_builds_valid_outputs_or_raises_quizgen_error(pieces, lang):
    text = " ".join(pieces)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "text.txt"
        source.write_bytes(text.encode("utf-8"))
        options = Options(lang=lang, formats=("json",), out=tmp)
        try:
            quiz = make_quiz(read_articles(str(source))[0], options)
        except QuizgenError as refused:
            # Refused only as bad input: one line that names the input, exit code 2.
            message = str(refused)
            assert refused.exit_code == 2, message
            assert "\n" not in message and message.startswith(str(source)), message
            assert "internal error" not in message
            return
        [written] = write_outputs(quiz, "text", options)
        check_json(written)
    for card in quiz.cloze_cards:
        sentence = quiz.analysis.sentences[card.sentence].text
        check_card_spans(card.spans, card.answer, sentence)
        check_cloze(cloze_text(sentence, card.spans, card.hint), card.answer, sentence)


# ---------------------------------------------------------------- progress bar

class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("stream", "enabled", "shown"), [
    (Terminal(), True, True),
    (Terminal(), False, False),
    (io.StringIO(), True, False),
], ids=["terminal", "quiet", "piped"])
def test_progress_bar_only_on_a_terminal(monkeypatch, stream, enabled, shown):
    monkeypatch.setattr(sys, "stderr", stream)
    assert list(progress_bar(["a", "b", "c"], enabled)) == ["a", "b", "c"]
    assert ("/3" in stream.getvalue()) == shown
    assert bool(stream.getvalue()) == shown
