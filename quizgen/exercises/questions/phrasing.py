"""How questions are worded in each language: one table, so generators stay language-free."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Phrasing:
    who_said: str  # {quote} is the quotation, already cut to a readable length
    true_false_note: str  # explanation of a false statement: {text} is the original sentence
    quote_marks: tuple[str, str]
    # Number words learners meet in texts; generators only handle these and digits.
    number_words: dict[str, int] = field(default_factory=dict)
    # Continents and world regions: asked and swapped only among themselves.
    continents: frozenset[str] = frozenset()
    # Everyday country names that CLDR lists under another name ('Vereinigtes Königreich').
    country_aliases: frozenset[str] = frozenset()
    # Words of comparison: a number after them is a figure of speech ('wie zwei Kinder').
    comparisons: frozenset[str] = frozenset()
    # Round numbers written as words ('zwanzig Minuten'): asked against other round numbers.
    tens_words: dict[str, int] = field(default_factory=dict)
    # Prepositions that put a name in a place ("in Moskau"); evidence that it is a place.
    place_prepositions: frozenset[str] = frozenset()
    # Title nouns that stand before a person's name ("Präsident Putin").
    who: str | None = None  # subject questions need German word order; None elsewhere
    who_country: str | None = None  # a country as subject: 'Welches Land ...?', not 'Wer ...?'
    # Inflected speech verbs the lemmatiser may miss ('a déclaré', 'dijo').
    speech_forms: frozenset[str] = frozenset()
    # Words that point outside their sentence when they open it ('Er ...', 'Dann ...'), and
    # third-person pronouns: such a sentence is unclear on its own.
    context_words: frozenset[str] = frozenset()
    context_starts: frozenset[str] = frozenset()
    third_person: frozenset[str] = frozenset()
    # Negating a copula clause for a false statement: 'ist ein' -> 'ist kein' (articles),
    # 'is a' -> 'is not a' (a word after the copula), 'es un' -> 'no es un' (a word before).
    copulas: frozenset[str] = frozenset()
    negated_articles: dict[str, str] = field(default_factory=dict)
    not_after: str = ""
    not_before: str = ""
    # Words inside a sentence that tie it to another ('ebenfalls', 'andere'): not a statement alone.
    leaning: frozenset[str] = frozenset()
    # Paragraph topics: the instruction by register (formal "sie", informal "du"), the word
    # for a paragraph ("Absatz 3") and the word joining a heading's two nouns.
    matching: dict[str, str] = field(default_factory=dict)
    paragraph: str = "Paragraph"
    and_word: str = "and"
    # German kinds only: vocabulary in context ({word}, {text}), cause and purpose, source.
    meaning: str = ""
    why: str = ""
    what_for: str = ""
    source: str = ""  # {text} is the statement as a dass-clause
    role: str = ""  # {name} is a person of the text
    how_old: str = ""  # {name}
    how_many_years: str = ""
    years: str = ""


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _numbers(words: str, start: int = 2) -> dict[str, int]:
    return {w: n for n, w in enumerate(words.split(), start=start)}


def _tens(words: str) -> dict[str, int]:
    return {w: 10 * n for n, w in enumerate(words.split(), start=2)}


PHRASING: dict[str, Phrasing] = {
    "de": Phrasing(
        copulas=_set("ist war sind waren"),
        negated_articles={"ein": "kein", "eine": "keine", "einen": "keinen", "einem": "keinem",
                          "einer": "keiner"},
        matching={
            "sie": "Ordnen Sie jedem Absatz eine Überschrift zu. Nicht alle Überschriften werden gebraucht.",
            "du": "Ordne jedem Absatz eine Überschrift zu. Nicht alle Überschriften werden gebraucht.",
        },
        paragraph='Absatz',
        and_word='und',
        meaning='Was bedeutet „{word}“ in diesem Satz? {text}',
        why='Warum',
        what_for='Wozu',
        source='Woher stammt die Information, dass {text}?',
        role='Wer ist {name}?',
        how_old="Wie alt wurde {name}?",
        how_many_years="Wie viele Jahre",
        years="Jahre",
        context_words=_set(""),
        context_starts=_set("so da dann dort hier trotzdem deshalb daher darum"),
        third_person=_set("er sie es ihm ihn ihnen ihr"),
        leaning=_set("ebenfalls ebenso andere anderen anderer anderes aber jedoch dagegen hingegen solche "
                     "solchen solcher deshalb daher darum deswegen dadurch"),
        who="Wer",
        who_country="Welches Land",
        comparisons=_set("wie"),
        country_aliases=_set("Großbritannien England Schottland Wales Nordirland Holland USA Amerika "
                             "Sowjetunion UdSSR Weißrussland Birma Burma DDR BRD"),
        continents=_set("Europa Asien Afrika Amerika Nordamerika Südamerika Lateinamerika Ozeanien "
                        "Antarktis Arktis Nahost Skandinavien"),
        who_said="Wer sagte: {quote}?",
        true_false_note="Im Text steht: {text}",
        quote_marks=("„", "“"),
        number_words=_numbers("zwei drei vier fünf sechs sieben acht neun zehn elf zwölf"),
        tens_words=_tens("zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig hundert"),
        place_prepositions=_set("in im aus nach"),
    ),
    "en": Phrasing(
        copulas=_set("is are was were"),
        not_after="not",
        matching={
            "sie": "Which heading fits which paragraph? Match them. Not every heading fits.",
            "du": "Which heading fits which paragraph? Match them. Not every heading fits.",
        },
        paragraph='Paragraph',
        and_word='and',
        context_words=_set("he she it they this these those"),
        context_starts=_set("so then there"),
        third_person=_set("he she it him her they them his its their"),
        leaning=_set("also too other however you"),
        who_said="Who said: {quote}?",
        comparisons=_set("like as"),
        country_aliases=_set("Britain England Scotland Wales Holland USA America Burma"),
        continents=_set("Europe Asia Africa America Oceania Antarctica Arctic Scandinavia"),
        true_false_note="The text says: {text}",
        quote_marks=("“", "”"),
        number_words=_numbers("two three four five six seven eight nine ten eleven twelve"),
        tens_words=_tens("twenty thirty forty fifty sixty seventy eighty ninety hundred"),
        place_prepositions=_set("in from to"),
        speech_forms=_set("said says told explained added asked answered wrote reported announced warned "
                          "claimed insisted"),
    ),
    "fr": Phrasing(
        matching={
            "sie": "Quel titre correspond à quel paragraphe ? Associez-les. Certains titres ne servent pas.",
            "du": "Quel titre correspond à quel paragraphe ? Associe-les. Certains titres ne servent pas.",
        },
        paragraph='Paragraphe',
        and_word='et',
        context_words=_set("il elle ils elles ce cela ceci"),
        context_starts=_set("alors"),
        third_person=_set("il elle ils elles lui leur"),
        who_said="Qui a dit : {quote} ?",
        comparisons=_set("comme"),
        true_false_note="Le texte dit : {text}",
        quote_marks=("« ", " »"),
        number_words=_numbers("deux trois quatre cinq six sept huit neuf dix onze douze"),
        place_prepositions=_set("à en de"),
        speech_forms=_set("dit déclaré affirmé expliqué ajouté annoncé répondu demandé estimé souligné"),
    ),
    "es": Phrasing(
        copulas=_set("es son era eran fue fueron"),
        not_before="no",
        matching={
            "sie": "¿Qué título corresponde a cada párrafo? Relacione. Sobra algún título.",
            "du": "¿Qué título corresponde a cada párrafo? Relaciona. Sobra algún título.",
        },
        paragraph='Párrafo',
        and_word='y',
        context_words=_set("él ella ellos ellas esto eso"),
        context_starts=_set("entonces"),
        third_person=_set("él ella ellos ellas"),
        who_said="¿Quién dijo: {quote}?",
        comparisons=_set("como"),
        true_false_note="El texto dice: {text}",
        quote_marks=("«", "»"),
        number_words=_numbers("dos tres cuatro cinco seis siete ocho nueve diez once doce"),
        place_prepositions=_set("en desde a"),
        speech_forms=_set("dijo dice declaró explicó añadió afirmó anunció respondió preguntó aseguró"),
    ),
    "it": Phrasing(
        copulas=_set("è sono era erano fu furono"),
        not_before="non",
        matching={
            "sie": "Quale titolo corrisponde a quale paragrafo? Abbini. Alcuni titoli sono in più.",
            "du": "Quale titolo corrisponde a quale paragrafo? Abbina. Alcuni titoli sono in più.",
        },
        paragraph='Paragrafo',
        and_word='e',
        context_words=_set("lui lei loro questo"),
        context_starts=_set("allora"),
        third_person=_set("lui lei loro esso essa"),
        who_said="Chi ha detto: {quote}?",
        comparisons=_set("come"),
        true_false_note="Il testo dice: {text}",
        quote_marks=("«", "»"),
        number_words=_numbers("due tre quattro cinque sei sette otto nove dieci undici dodici"),
        place_prepositions=_set("a in da"),
        speech_forms=_set("detto dice dichiarato spiegato aggiunto affermato annunciato risposto chiesto"),
    ),
    "nl": Phrasing(
        copulas=_set("is zijn was waren"),
        negated_articles={"een": "geen"},
        matching={
            "sie": "Welke kop past bij welke alinea? Verbindt u ze. Niet elke kop past.",
            "du": "Welke kop past bij welke alinea? Verbind ze. Niet elke kop past.",
        },
        paragraph='Alinea',
        and_word='en',
        context_words=_set("hij zij ze dit dat deze"),
        context_starts=_set("dan daar"),
        third_person=_set("hij zij ze hem haar hen hun"),
        who_said="Wie zei: {quote}?",
        comparisons=_set("als zoals"),
        true_false_note="In de tekst staat: {text}",
        quote_marks=("‘", "’"),
        number_words=_numbers("twee drie vier vijf zes zeven acht negen tien elf twaalf"),
        place_prepositions=_set("in uit naar"),
        speech_forms=_set("zei zegt verklaarde legde voegde meldde antwoordde vroeg"),
    ),
}


def phrasing(lang: str) -> Phrasing:
    """The wording for `lang`; English wording for a language without its own table."""
    return PHRASING.get(lang, PHRASING["en"])
