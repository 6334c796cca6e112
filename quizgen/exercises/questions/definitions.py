"""What a thing of the text is (German): 'Der Puck ist eine schwarze Hartgummischeibe.' ->
'Was ist der Puck?', answered by the category alone ('eine schwarze Hartgummischeibe'),
without the rest of the sentence. The options are the categories the text gives its other
things, so the reader must know which is which: encyclopedia texts define many of them."""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType

from ...analysis.frequency import zipf
from ...languages import language_part
from ...model import Analysis, Question, Sentence, Token, VocabItem
from .common import Candidate, has_quote, question_id, quoted_sentences, rng_for
from .entities import PERSON, find_entities

MIN_OPTIONS = 3
INDEFINITE = {"ein", "eine"}
# Heads this common say nothing alone ('eine Art', 'ein Teil'): only with a genitive
# ('ein Arm des Ozeans') or an adjective ('eine schnelle Sportart') are they a category.
MAX_BARE_HEAD_ZIPF = 4.5
# What may follow the category: the sentence's end, a relative clause, a place or time
# ('ein Politiker in Russland'), a conjunction. Anything else (a noun in apposition, a
# participle) would leave the category cut in the middle; an attribute in the genitive
# ('polnischer Herkunft') or a parenthesis ('König (Pharao)') leaves it whole.
CATEGORY_ENDS_XPOS = {"$.", "$,", "$(", "$", "APPR", "APPRART", "KON", "PRELS", "ADJA"}
SUBJECT_XPOS = {"ART", "ADJA", "NN", "NE"}
# Things this common ('Norwegen', 'Pferde', 'Goethe') a reader can place in their kind
# without the text; a category of the text's own is still asked about them.
WELL_KNOWN_ZIPF = 3.3
# Letters a category's noun may share with its subject before it gives the answer away.
SHARED_PART = 4
# Heads that only relate a thing to another ('eine Art', 'ein Teil'): a category only with
# the genitive that says of what.
RELATIONAL_HEADS = frozenset("Art Gattung Teil Form Gruppe Sorte Begriff Bezeichnung Wort Ausdruck "
                             "Voraussetzung Beispiel Name Mitglied Abkürzung Faktor Grund Ursache "
                             "Folge Ergebnis Möglichkeit Problem Zeichen Mittel Ort Stelle Fall Sache "
                             "Ding Stück Menge Zahl Moment Sensation Schritt".split())
# The adjective's ending after 'ein' / 'eine' in the nominative: 'ein schneller', 'eine schnelle'.
NOMINATIVE_ENDINGS = {"ein": ("er", "es"), "eine": ("e",), "": ("e",)}  # '': 'tagaktive Tiere'
COPULAS = {"ist": (False, False), "war": (True, False), "sind": (False, True), "waren": (True, True)}


@dataclass(frozen=True)
class _Rules:
    """The language's rules this kind needs: its noun lexicon, its table of categories
    and how it finds a genitive attribute."""

    lang: str
    lexicon: ModuleType
    categories: ModuleType
    headings: ModuleType


def _rules(lang: str) -> _Rules | None:
    parts = [language_part(lang, name) for name in ("lexicon", "categories", "headings")]
    if any(part is None for part in parts):
        return None
    lexicon, categories, headings = parts
    assert lexicon and categories and headings
    return _Rules(lang, lexicon, categories, headings)


@dataclass(frozen=True)
class _Definition:
    sentence: int
    subject: str  # as the text writes it, in the nominative ('der Puck', 'Eishockey'); '' for none
    subject_lemmas: frozenset[str]
    category: str  # 'eine schwarze Hartgummischeibe'
    head: str  # the category's noun lemma
    past: bool  # 'war': the question asks in the past too
    plural: bool  # 'Pferde sind Säugetiere'
    is_person: bool


def _category(tokens: tuple[Token, ...], at: int, rules: _Rules) -> tuple[str, str] | None:
    """The indefinite noun phrase from tokens[at] ('eine schnelle Mannschaftssportart', 'ein
    Arm des Meeres'): (its text, its head lemma); None where it does not end cleanly."""
    plural = at < len(tokens) and tokens[at].xpos in ("NN", "ADJA")
    if not plural and (at >= len(tokens) or tokens[at].text.lower() not in INDEFINITE
                       or tokens[at].xpos != "ART"):
        return None
    end, article = (at, "") if plural else (at + 1, tokens[at].text.lower())
    while end < len(tokens) and tokens[end].xpos == "ADJA" and tokens[end].text.replace("-", "").isalpha():
        if not tokens[end].text.endswith(NOMINATIVE_ENDINGS[article]):
            return None  # 'eine bestimmten Art': not a nominative the text wrote right
        end += 1
    if end >= len(tokens) or tokens[end].xpos != "NN" or not tokens[end].text.isalpha():
        return None
    head = tokens[end]
    if plural and rules.lexicon.noun_info(head.lemma).plural != head.text:
        return None  # 'Pferde sind Fluchttiere', never a mass noun ('Obst ist Zucker')
    words = [t.text for t in tokens[at : end + 1]]
    if not plural:
        words[0] = words[0].lower()
    genitive = rules.headings.genitive_phrase(tokens, end + 1)
    after = genitive[2] if genitive else end + 1
    if genitive:
        words.append(genitive[0])
    elif head.lemma in RELATIONAL_HEADS or (
            end == at + (not plural) and zipf(head.lemma, rules.lang) > MAX_BARE_HEAD_ZIPF):
        return None
    if after >= len(tokens) or tokens[after].xpos not in CATEGORY_ENDS_XPOS:
        return None
    return " ".join(words), head.lemma


def _subject(sentence: Sentence, verb: int) -> tuple[str, frozenset[str]] | None:
    """The sentence's opening noun phrase before its verb 'ist'/'war': 'Der Puck', 'Ein
    Märchen', 'Eishockey', or a name before its dates or its pronunciation ('Otto Waalkes
    (* 22. Juli 1948 in Emden), häufig nur Otto genannt, ist ...')."""
    tokens = sentence.tokens[:verb]
    run = next((i for i, t in enumerate(tokens) if t.xpos not in SUBJECT_XPOS), len(tokens))
    if run < len(tokens) and tokens[run].text == "oder":
        # 'Der Kugelschreiber oder Kugelstift (im Saarland auch Dauerschreiber) ist ...'
        names = next((i for i, t in enumerate(tokens) if i > run and t.xpos not in ("NN", "NE")), len(tokens))
        if names == run + 1:
            return None
        tokens, after = tokens[:run], tokens[names:]
    else:
        tokens, after = tokens[:run], tokens[run:]
    if after:
        # What follows the name is set off, and the verb comes right after it.
        if after[0].text not in (",", "(") or after[-1].text not in (",", ")"):
            return None
        if after[0].text == "," and not all(t.xpos == "NE" for t in tokens):
            return None  # 'Der Apfel, der ...,': the relative clause may be what defines it
        if after[0].text == "(" and after[-1].text == ")" and any(t.text in "()" for t in after[1:-1]):
            return None
    if not tokens or tokens[-1].xpos not in ("NN", "NE"):
        return None
    if tokens[0].xpos == "ART" and tokens[0].text.lower() not in ("der", "die", "das", "ein", "eine"):
        return None
    text = sentence.text[tokens[0].start : tokens[-1].end]
    if tokens[0].xpos == "ART":
        text = text[0].lower() + text[1:]
    return text, frozenset(t.lemma for t in tokens if t.xpos in ("NN", "NE"))


def _shares_a_part(d: _Definition) -> bool:
    """'Das Luftschiff ist ein Luftfahrzeug', 'Der Kugelschreiber ist ein Schreibgerät': the
    subject's own word gives the category away."""
    head = d.head.lower()
    return any(lemma.lower()[i : i + SHARED_PART] in head for lemma in d.subject_lemmas
               for i in range(len(lemma) - SHARED_PART + 1))


def _person_noun(noun: str, rules: _Rules) -> bool:
    """'König', 'Physikerin': a noun with a feminine in -in (or one itself) names people."""
    genders = rules.lexicon.noun_lexicon().gender
    return noun + "in" in genders or (noun.endswith("in") and genders.get(noun[:-2]) == "m")


def _definitions(analysis: Analysis, rules: _Rules) -> list[_Definition]:
    quoted = quoted_sentences(analysis)
    people = {form for e in find_entities(analysis) if e.kind == PERSON for form in e.forms}
    found = []
    for s in analysis.sentences:
        if s.kind != "body" or s.index in quoted or has_quote(s.text):
            continue
        verbs = [i for i, t in enumerate(s.tokens) if t.xpos == "VAFIN" and t.text in COPULAS]
        if not verbs:
            continue
        verb = s.tokens[verbs[0]].text
        past, plural = COPULAS[verb]
        category = _category(s.tokens, verbs[0] + 1, rules)
        if category is None or (s.tokens[verbs[0] + 1].xpos != "ART") != plural:
            continue  # 'sind' with a plural, 'ist' with 'ein'/'eine'
        if plural and _person_noun(category[1], rules):
            continue  # 'Die Pharaonen waren Könige': who, not what, and not asked by kind
        # 'Er ist eine Obstart': no question without its subject, but a category to choose from.
        subject = _subject(s, verbs[0]) or ("", frozenset())
        is_person = _person_noun(category[1], rules) or (any(t.is_name for t in s.tokens[: verbs[0]]) and any(
            len(form) > 2 and form in subject[0] for form in people))
        found.append(_Definition(s.index, *subject, *category, past, plural, is_person))
    return found


def _text_options(d: _Definition, definitions: list[_Definition]) -> list[str]:
    """The categories the text gives its other things: never one of the same thing, nor one
    naming it ('eine Krankheit des Kulturapfels' for the Kulturapfel)."""
    return sorted({o.category for o in definitions
                   if o.head != d.head and o.plural == d.plural and not (o.subject_lemmas & d.subject_lemmas)
                   and not any(lemma in o.category for lemma in d.subject_lemmas)})


def _kind_options(d: _Definition, analysis: Analysis, rules: _Rules) -> list[str]:
    """Other categories of the answer's kind that the text never names: a text on an actor
    who went into politics makes 'ein Politiker' a second answer."""
    named = {t.lemma.lower() for s in analysis.sentences for t in s.tokens if t.upos == "NOUN"}
    nouns = [n for n in rules.categories.sibling_categories(d.head)
             if not any(lemma.endswith(n.lower()) for lemma in named)]
    phrases = (rules.lexicon.noun_info(n).plural if d.plural else rules.categories.with_article(n)
               for n in nouns)
    return [p for p in phrases if p]


def _is_title(d: _Definition, analysis: Analysis) -> bool:
    title = {w.lower() for w in analysis.article.title.replace("_", " ").split()}
    return any(lemma.lower() in title for lemma in d.subject_lemmas)


def definition_questions(analysis: Analysis, vocabulary: tuple[VocabItem, ...]) -> list[Candidate]:
    rules = _rules(analysis.language)
    if rules is None:
        return []
    definitions = _definitions(analysis, rules)
    found = []
    asked: set[frozenset[str]] = set()
    for d in definitions:
        if not d.subject or d.subject_lemmas in asked:
            continue  # a thing's first definition: a later one may be another of the same
        asked.add(d.subject_lemmas)
        if _shares_a_part(d):
            continue
        answer, others, of_kind = d.category, _text_options(d, definitions), False
        if len(others) + 1 < MIN_OPTIONS:
            # Fewer rather than weak: the category alone against others of its kind, or nothing.
            named = d.subject.split(" ", 1)[-1] if d.subject[0].islower() else d.subject
            if zipf(named, rules.lang) >= WELL_KNOWN_ZIPF or _is_title(d, analysis):
                # 'Was ist Norwegen? Ein Land', 'Was ist der Elch? Ein Säugetier' (the text's
                # own topic, its kind known from the title): known before reading, against
                # the kind's others
                continue
            answer = (rules.lexicon.noun_info(d.head).plural if d.plural
                      else rules.categories.with_article(d.head)) or ""
            others, of_kind = _kind_options(d, analysis, rules), True
            if not answer or len(others) + 1 < MIN_OPTIONS:
                continue
        asker = "Wer" if d.is_person else "Was"
        verb = next(v for v, form in COPULAS.items() if form == (d.past, d.plural))
        prompt = f"{asker} {verb} {d.subject}?"
        evidence = (d.sentence,)
        qid = question_id(rules.lang, "definition", analysis, evidence, d.subject)
        rng = rng_for(analysis, qid)
        # The table lists a kind's categories nearest first ('Kleinstadt', 'Dorf' after 'Großstadt').
        wrong = others[:3] if of_kind else rng.sample(others, min(3, len(others)))
        at = rng.randrange(len(wrong) + 1)
        options = (*wrong[:at], answer, *wrong[at:])
        found.append(Candidate(Question(qid, "definition", prompt, options, answer, evidence), 2.0))
    return found
