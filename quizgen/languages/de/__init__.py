"""German: the reference language."""

from .. import Language, LanguageProfile, words
from ..phrasing import Phrasing, numbers, tens

PROFILE = LanguageProfile(
    code="de",
    name="Deutsch",
    hanta_model="morphmodel_ger.pgz",
    hanta_tagset="stts",
    name_xpos="NE",
    closing_guillemet="«",  # »so«
    title_abbreviations=words("Dr. Prof. Nr. Hr. Hrn. Fr. St. Dipl. Ing. Mag. Abs. Art. S. Bd. Kap."),
    months=words(
        "Januar Februar März April Mai Juni Juli August September Oktober November Dezember "
        "Jänner Jan. Feb. Febr. Mär. Apr. Jun. Jul. Aug. Sep. Sept. Okt. Nov. Dez."
    ),
    sentence_starters=words(
        "der die das den dem des ein eine einer einen einem eines er sie es wir ihr ich du man "
        "dies diese dieser dieses diesen jetzt dann danach damals doch aber und oder denn so "
        "auch noch nun heute später zuvor außerdem trotzdem deshalb daher dabei dort hier "
        "im in am an auf mit nach bei von vor seit für als wenn weil dass ob wie wo was wer "
        "kein keine nicht nur alle viele mehr sein seine ihre ihr unser mein zum zur bis "
        "gegen unter über durch ohne während zwischen laut"
    ),
    articles={"m": "der", "f": "die", "n": "das", "pl": "die"},  # pl: Leute, Ferien (plural only)
    reflexive_pronoun="sich",
    plural_article="die",
    forms_per_lemma=2.4,
    relatives=("de", "en", "nl", "af", "da", "sv", "nb"),
    credit_markers=("trugen bei", "mitgearbeitet", "Mitarbeit:", "Foto:", "Fotos:", "Bild:", "Quelle:"),
    stop_lemmas=words("ach oh ah na hm naja tja ja nein okay ok"),
    speech_verbs=words(
        "sagen erklären betonen berichten mitteilen fragen antworten meinen schreiben "
        "erzählen rufen fügen hinzufügen warnen ankündigen bestätigen zitieren behaupten "
        "versichern kritisieren fordern"
    ),
    capitalised_nouns=True,
    split_hyphens=True,
    colon_ends_sentence=True,
    capitalises_nouns=True,
    stts_tags=True,
    verb_final_subordinates=True,
    name_lexicon="de",
    person_titles=words(
        "Präsident Präsidentin Herr Herrn Frau Fräulein Dr. Prof. Doktor Professor Professorin "
        "Kanzler Kanzlerin Minister Ministerin Vizeminister Admiral General Sprecher Sprecherin "
        "Chef Chefin Trainer Trainerin Bürgermeister Bürgermeisterin Papst König Königin Prinz "
        "Prinzessin Fürst Graf Gräfin Kaiser Kaiserin Onkel Tante Kommissar Pfarrer Pastor "
        "Bischof Regisseur Schauspieler Schauspielerin Sänger Sängerin Autor Autorin Senator "
        "Abgeordnete Gouverneur Leutnant Hauptmann Major Oberst Vorsitzender Vorsitzende "
        "Direktor Direktorin Richter Richterin"
    ),
    title_endings=("minister", "ministerin", "präsident", "präsidentin", "chef", "chefin",
                   "sprecher", "sprecherin", "sekretär", "sekretärin", "kanzler", "kanzlerin",
                   "direktor", "direktorin", "trainer", "trainerin", "vorsitzende",
                   "vorsitzender", "funktionär", "funktionärin"),
    compound_titles=True,
    title_inflections=("en", "n", "s"),
    name_lookalikes=words("Na Nu Ja Ah Oh Ach Ei Du Ihr Er Sie Es Wir Ich Ob So Wo Nun"),
    derivations=(
        ("ierung", "ieren"), ("ungen", "en"), ("ung", "en"), ("ung", "eln"), ("ung", "ern"),
        # Erleichterung, Änderung: -ern and -eln verbs keep their 'er'/'el' before 'ung'
        ("ung", "n"), ("erinnen", "en"), ("erin", "en"), ("heit", ""),
        ("heit", "d"), ("keit", ""), ("lich", "en"),  # Abwesenheit: abwesend
        ("lich", ""), ("isch", ""), ("ig", ""), ("bar", "en"), ("er", "en"), ("e", "en"),
        ("e", ""), ("in", ""),  # die Arbeitslose: arbeitslos
    ),
    negating_prefixes=("un",),
    infinitive_ending="en",
    derivation_vowels=(("ä", "a"), ("ö", "o"), ("ü", "u"), ("äu", "au")),
    cognate_endings=("isierung", "ierung", "isieren", "ieren", "ismus", "istisch", "isch",
                     "ität", "ung", "ist", "ell", "ie", "ik", "iv", "e", "en"),
    cognate_letters=(("ä", "a"), ("ö", "o"), ("ü", "u"), ("k", "c"), ("z", "c"), ("w", "v"),
                     ("j", "i")),
)

# How questions are worded, and the words that decide whether a sentence reads alone.
PHRASING = Phrasing(
    copulas=words("ist war sind waren"),
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
    wh={"year": "Wann", "since": "Seit wann", "century": "In welchem Jahrhundert", "person": "Wer",
        "many": "Wie viele {unit}",
        "much": "Wie viel {unit}", "in": "Wo", "nach": "Wohin", "aus": "Woher"},
    hedges=words("rund etwa ungefähr fast knapp circa ca. mehr als weniger"),
    defining=words("ist war"),
    compass_preposition="im",
    compass=("Norden", "Osten", "Süden", "Westen"),
    compass_hedges=words("ganz weit"),
    title_pronouns={"eine": words("sie"), "ein": words("er")},  # not "es": "gibt es"
    context_words=words(""),
    context_starts=words("so da dann dort hier trotzdem deshalb daher darum"),
    third_person=words("er sie es ihm ihn ihnen ihr"),
    leaning=words("ebenfalls ebenso andere anderen anderer anderes aber jedoch dagegen hingegen solche "
                 "solchen solcher deshalb daher darum deswegen dadurch"),
    who="Wer",
    who_country="Welches Land",
    comparisons=words("wie"),
    country_aliases=words("Großbritannien England Schottland Wales Nordirland Holland USA Amerika "
                         "Sowjetunion UdSSR Weißrussland Birma Burma DDR BRD"),
    continents=words("Europa Asien Afrika Amerika Nordamerika Südamerika Lateinamerika Ozeanien "
                    "Antarktis Arktis Nahost Skandinavien"),
    who_said="Wer sagte: {quote}?",
    true_false_note="Im Text steht: {text}",
    quote_marks=("„", "“"),
    number_words=numbers("zwei drei vier fünf sechs sieben acht neun zehn elf zwölf"),
    tens_words=tens("zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig hundert"),
    place_prepositions=words("in im aus nach"),
)

# The worksheet's fixed words; templates look them up by key (`ui.word_bank`).
UI = {
    "example": "Beispiel", "points": "Punkte", "points_short": "P.", "total": "Gesamt",
    "level": "Niveau", "line": "Z.", "key_file": "Lösungen", "check": "Prüfen",
    "right": "richtig", "wrong": "falsch", "explanation": "Begründung",
    "excerpt": "Auszug: der Anfang des Textes.",
    # the gap-fill line's "two words are left over", for two, three and four
    "left_over": "Zwei Drei Vier", "one_left_over": "Ein Wort bleibt übrig.",
    "title_choice": "Was steht im Text?", "title_true_false": "Richtig oder falsch?",
    "title_true_false_not_given": "Richtig, falsch oder nicht im Text?",
    "title_matching": "Zuordnen", "title_order": "Reihenfolge",
    "name": "Name", "date": "Datum", "class": "Klasse", "source": "Quelle",
    "worksheet": "Arbeitsblatt", "teacher_version": "Lehrerfassung",
    "gapfill": "Lückentext",
    "word_bank": "Wortkasten",
    "questions": "Fragen zum Text",
    "true": "richtig", "false": "falsch",
    "answer_key": "Lösungen", "gap": "Lücke", "word": "Wort", "answer": "Antwort",
    "page": "Seite",
}

# Each worksheet section's one-line instruction, by register (formal, familiar).
FORMAL = {
    "gapfill": "Lesen Sie den Text. Setzen Sie die Wörter aus dem Wortkasten in der richtigen "
               "Form in die Lücken ein. Zwei Wörter bleiben übrig.",
    "gapfill_no_bank": "Lesen Sie den Text. Setzen Sie in jede Lücke ein passendes Wort in der "
                       "richtigen Form ein.",
    "split": "Lücken mit a und b: ein Verb in zwei Teilen, z. B. (a) teilte … (b) mit.",
    "choice": "Kreuzen Sie die richtige Antwort an.",
    "true_false": "Stimmen die Aussagen mit dem Text überein? Kreuzen Sie an.",
    "true_false_not_given": "Was sagt der Text zu den Aussagen? Kreuzen Sie an.",
    "matching": "Ordnen Sie zu. Schreiben Sie den richtigen Buchstaben in das Kästchen.",
    "order": "In welcher Reihenfolge steht das im Text? Schreiben Sie 1, 2, 3 … in die Kästchen.",
    "matching_web": "Ordnen Sie zu. Wählen Sie den richtigen Buchstaben in der Liste.",
    "order_web": "In welcher Reihenfolge steht das im Text? Wählen Sie 1, 2, 3 … in den Listen.",
    "open": "Beantworten Sie die Fragen in ganzen Sätzen.",
    "other": "Beantworten Sie die Fragen.",
}
FAMILIAR = {
    "gapfill": "Lies den Text. Setze die Wörter aus dem Wortkasten in der richtigen Form in "
               "die Lücken ein. Zwei Wörter bleiben übrig.",
    "gapfill_no_bank": "Lies den Text. Setze in jede Lücke ein passendes Wort in der richtigen "
                       "Form ein.",
    "split": "Lücken mit a und b: ein Verb in zwei Teilen, z. B. (a) teilte … (b) mit.",
    "choice": "Kreuze die richtige Antwort an.",
    "true_false": "Stimmen die Aussagen mit dem Text überein? Kreuze an.",
    "true_false_not_given": "Was sagt der Text zu den Aussagen? Kreuze an.",
    "matching": "Ordne zu. Schreib den richtigen Buchstaben in das Kästchen.",
    "order": "In welcher Reihenfolge steht das im Text? Schreib 1, 2, 3 … in die Kästchen.",
    "matching_web": "Ordne zu. Wähle den richtigen Buchstaben in der Liste.",
    "order_web": "In welcher Reihenfolge steht das im Text? Wähle 1, 2, 3 … in den Listen.",
    "open": "Beantworte die Fragen in ganzen Sätzen.",
    "other": "Beantworte die Fragen.",
}
INSTRUCTIONS = {"sie": FORMAL, "du": FAMILIAR}

LANGUAGE = Language(profile=PROFILE, phrasing=PHRASING, ui=UI, instructions=INSTRUCTIONS,
                    iso_639_3="deu")
