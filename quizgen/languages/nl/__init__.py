"""Dutch."""

from .. import Language, LanguageProfile, words
from ..phrasing import Phrasing, numbers

PROFILE = LanguageProfile(
    code="nl",
    name="Nederlands",
    # No name lexicon of its own yet: the German one's place and first names (spelt alike).
    name_lexicon="de",
    hanta_model="morphmodel_dutch.pgz",
    hanta_tagset="cgn",
    title_abbreviations=words("dhr. mevr. mw. dr. prof. nr."),
    months=words("januari februari maart april mei juni juli augustus september oktober november december"),
    sentence_starters=words(
        "de het een hij zij ze het wij we ik jij u dit dat deze die maar en of dan toen "
        "in op met na voor als zijn haar hun niet geen"
    ),
    articles={"m": "de", "f": "de", "n": "het"},
    plural_article="de",
    forms_per_lemma=1.9,
    relatives=("de", "en", "nl", "af", "da", "sv", "nb"),
    credit_markers=("Foto:", "Bron:", "Met medewerking van"),
    stop_lemmas=words("oh ah eh nou"),
    speech_verbs=words("zeggen verklaren uitleggen toevoegen melden antwoorden vragen"),
    person_titles=words("president minister premier koning koningin prins prinses"),
)

# How questions are worded, and the words that decide whether a sentence reads alone.
PHRASING = Phrasing(
    copulas=words("is zijn was waren"),
    negated_articles={"een": "geen"},
    matching={
        "sie": "Welke kop past bij welke alinea? Verbindt u ze. Niet elke kop past.",
        "du": "Welke kop past bij welke alinea? Verbind ze. Niet elke kop past.",
    },
    paragraph='Alinea',
    and_word='en',
    context_words=words("hij zij ze dit dat deze"),
    context_starts=words("dan daar"),
    third_person=words("hij zij ze hem haar hen hun"),
    who_said="Wie zei: {quote}?",
    comparisons=words("als zoals"),
    true_false_note="In de tekst staat: {text}",
    quote_marks=("‘", "’"),
    number_words=numbers("twee drie vier vijf zes zeven acht negen tien elf twaalf"),
    place_prepositions=words("in uit naar"),
    speech_forms=words("zei zegt verklaarde legde voegde meldde antwoordde vroeg"),
)

# The worksheet's fixed words; templates look them up by key (`ui.word_bank`).
UI = {
    "example": "Voorbeeld", "points": "Punten", "points_short": "p.", "total": "Totaal",
    "level": "Niveau", "line": "r.", "key_file": "Antwoorden", "check": "Controleren",
    "right": "goed", "wrong": "fout", "explanation": "Waarom",
    "excerpt": "Fragment: het begin van de tekst.",
    # the gap-fill line's "two words are left over", for two, three and four
    "left_over": "Twee Drie Vier", "one_left_over": "Eén woord blijft over.",
    "title_choice": "Wat staat er in de tekst?", "title_true_false": "Juist of onjuist?",
    "title_true_false_not_given": "Juist, onjuist of staat niet in de tekst?",
    "title_matching": "Verbinden", "title_order": "Volgorde",
    "name": "Naam", "date": "Datum", "class": "Klas", "source": "Bron",
    "worksheet": "Werkblad", "teacher_version": "Docentenversie",
    "gapfill": "Invultekst",
    "word_bank": "Woordenlijst",
    "questions": "Vragen over de tekst",
    "true": "juist", "false": "onjuist",
    "answer_key": "Antwoorden", "gap": "Gat", "word": "Woord", "answer": "Antwoord",
    "page": "Pagina",
}

# Each worksheet section's one-line instruction, by register (formal, familiar).
FORMAL = {
    "gapfill": "Lees de tekst. Vul de gaten in met woorden uit de woordenlijst, in de juiste "
               "vorm. Twee woorden blijven over.",
    "gapfill_no_bank": "Lees de tekst. Vul in elk gat een passend woord in.",
    "split": "Gaten a en b: één werkwoord in twee delen.",
    "choice": "Kruis het juiste antwoord aan.",
    "true_false": "Juist of onjuist? Kruis een vakje aan.",
    "true_false_not_given": "Juist, onjuist of staat niet in de tekst? Kruis een vakje aan.",
    "matching": "Verbind. Schrijf de juiste letter in het vakje.",
    "order": "In welke volgorde staat het in de tekst? Schrijf 1, 2, 3 … in de vakjes.",
    "matching_web": "Verbind. Kies de juiste letter in de lijst.",
    "order_web": "In welke volgorde staat het in de tekst? Kies 1, 2, 3 … in de lijsten.",
    "open": "Beantwoord de vragen in hele zinnen.",
    "other": "Beantwoord de vragen.",
}
FAMILIAR = {**FORMAL, "gapfill_no_bank": "Lees de tekst. Vul in elk gat een passend woord in."}
INSTRUCTIONS = {"sie": FORMAL, "du": FAMILIAR}  # Dutch imperatives are the same in both registers

LANGUAGE = Language(profile=PROFILE, phrasing=PHRASING, ui=UI, instructions=INSTRUCTIONS,
                    iso_639_3="nld")
