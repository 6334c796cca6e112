"""Italian."""

from .. import Language, LanguageProfile, closed_classes, words
from ..phrasing import Phrasing, numbers

PROFILE = LanguageProfile(
    code="it",
    name="Italiano",
    # No name lexicon of its own yet: the German one's place and first names (spelt alike).
    name_lexicon="de",
    title_abbreviations=words("Sig. Sigg. Sig.ra Dott. Dr. Prof. n."),
    months=words(
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
        "novembre dicembre"
    ),
    sentence_starters=words(
        "il lo la i gli le un uno una lui lei loro noi io questo questa questi ma e o poi "
        "quando se come in con dopo prima suo sua non"
    ),
    articles={"m": "il", "f": "la"},
    # "lo" before s + consonant, z, gn, ps, pn, x, y and i + vowel; "l'" before a vowel.
    article_forms=(
        ("m", r"s[^aeiouàèéìòù]|z|gn|ps|pn|x|y|i[aeiou]", "lo"),
        ("m", r"[aeiouàèéìòùh]", "l'"),
        ("f", r"[aeiouàèéìòù]", "l'"),
    ),
    gender_words={
        "il": "m", "lo": "m", "la": "f", "un": "m", "uno": "m", "una": "f", "un'": "f",
        "del": "m", "dello": "m", "della": "f", "al": "m", "allo": "m", "alla": "f", "nel": "m",
        "nello": "m", "nella": "f", "sul": "m", "sulla": "f", "col": "m", "questo": "m",
        "questa": "f", "quel": "m", "quello": "m", "quella": "f", "i": "m", "gli": "m",
        "le": "f", "dei": "m", "degli": "m", "delle": "f",
    },
    gender_endings=(
        ("zione", "f"), ("sione", "f"), ("tà", "f"), ("tù", "f"), ("ema", "m"), ("amma", "m"),
        ("ore", "m"), ("ice", "f"), ("ista", "m"), ("o", "m"), ("a", "f"),
    ),
    forms_per_lemma=2.4,
    relatives=("fr", "es", "it", "pt", "ca", "ro"),
    credit_markers=("hanno contribuito",),
    stop_lemmas=words("oh ah eh beh"),
    speech_verbs=words("dire dichiarare spiegare aggiungere affermare annunciare rispondere chiedere"),
    function_words=closed_classes(
        DET="il lo=il la=il l'=il i=il gli=il le=il un=uno uno una=uno un'=uno questo "
            "questa=questo questi=questo queste=questo quel=quello quello quella=quello "
            "quei=quello quegli=quello quelle=quello mio mia=mio miei=mio mie=mio tuo "
            "tua=tuo tuoi=tuo tue=tuo suo sua=suo suoi=suo sue=suo nostro nostra=nostro "
            "nostri=nostro nostre=nostro loro ogni alcuni=alcuno alcune=alcuno qualche "
            "ciascun=ciascuno ciascuna=ciascuno tutto tutta=tutto tutti=tutto tutte=tutto",
        PRON="io mi=io me=io tu ti=tu te=tu lui lei egli ella noi ci=noi vi=voi voi essi "
             "esse=essi si=si ne che chi cui ciò quale quali=quale nessuno niente nulla "
             "qualcuno qualcosa",
        ADP="di a da in con su per tra fra d'=di del=di dello=di della=di dell'=di dei=di "
            "degli=di delle=di al=a allo=a alla=a all'=a ai=a agli=a alle=a dal=da dallo=da "
            "dalla=da dall'=da dai=da dagli=da dalle=da nel=in nello=in nella=in nell'=in "
            "nei=in negli=in nelle=in sul=su sullo=su sulla=su sull'=su sui=su sugli=su "
            "sulle=su col=con verso contro dopo durante senza secondo presso entro",
        CCONJ="e ed=e o od=o ma né però oppure",
        SCONJ="se perché quando mentre come benché sebbene affinché poiché",
        ADV="non più meno molto poco tanto troppo anche già ancora sempre mai qui qua lì là "
            "dove così poi ora adesso oggi ieri domani solo soltanto pure",
    ),
    article_clitics=words("lo la l' le gli"),
    before_verbs=words("mi ti si ci vi ne non lo li gli"),
    auxiliaries=words("essere potere dovere volere"),
    helping_verbs=words("avere stare"),
    degree_adverbs=words("molto troppo più meno così tanto assai"),
    participle_endings=("ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta",
                        "uti", "ute", "tto", "tta", "tti", "tte", "so", "sa", "si", "se",
                        "sto", "sta", "sti", "ste"),
    gerund_endings=("ando", "endo"),
    # Not "prima" and "secondo", which are more often "before" and "according to".
    ordinal_endings=("primo", "primi", "esimo", "esima", "esimi", "esime", "terzo", "terza",
                     "terzi", "terze"),
    person_titles=words("presidente ministro ministra signor signora re regina papa"),
    verb_endings=("are", "ere", "ire", "rre"),
    verb_form_endings=("ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "uti", "ute",
                       "ò", "ando", "endo", "rà", "ranno"),
    adverb_endings=("mente",),
    adjective_endings=("oso", "osa", "ico", "ica", "abile", "ibile", "ivo", "iva", "ante", "ente"),
)

# How questions are worded, and the words that decide whether a sentence reads alone.
PHRASING = Phrasing(
    copulas=words("è sono era erano fu furono"),
    not_before="non",
    matching={
        "sie": "Quale titolo corrisponde a quale paragrafo? Abbini. Alcuni titoli sono in più.",
        "du": "Quale titolo corrisponde a quale paragrafo? Abbina. Alcuni titoli sono in più.",
    },
    paragraph='Paragrafo',
    and_word='e',
    context_words=words("lui lei loro questo"),
    context_starts=words("allora"),
    third_person=words("lui lei loro esso essa"),
    who_said="Chi ha detto: {quote}?",
    comparisons=words("come"),
    true_false_note="Il testo dice: {text}",
    quote_marks=("«", "»"),
    number_words=numbers("due tre quattro cinque sei sette otto nove dieci undici dodici"),
    place_prepositions=words("a in da"),
    speech_forms=words("detto dice dichiarato spiegato aggiunto affermato annunciato risposto chiesto"),
)

# The worksheet's fixed words; templates look them up by key (`ui.word_bank`).
UI = {
    "example": "Esempio", "points": "Punti", "points_short": "p.", "total": "Totale",
    "level": "Livello", "line": "r.", "key_file": "Soluzioni", "check": "Controlla",
    "right": "giusto", "wrong": "sbagliato", "explanation": "Perché",
    "excerpt": "Estratto: l'inizio del testo.",
    # the gap-fill line's "two words are left over", for two, three and four
    "left_over": "Due Tre Quattro", "one_left_over": "Una parola avanza.",
    "title_choice": "Che cosa dice il testo?", "title_true_false": "Vero o falso?",
    "title_true_false_not_given": "Vero, falso o non è nel testo?",
    "title_matching": "Abbinare", "title_order": "Ordine",
    "name": "Nome", "date": "Data", "class": "Classe", "source": "Fonte",
    "worksheet": "Scheda di lavoro", "teacher_version": "Versione per l'insegnante",
    "gapfill": "Testo con lacune",
    "word_bank": "Banca delle parole",
    "questions": "Domande sul testo",
    "true": "vero", "false": "falso",
    "answer_key": "Soluzioni", "gap": "Lacuna", "word": "Parola", "answer": "Risposta",
    "page": "Pagina",
}

# Each worksheet section's one-line instruction, by register (formal, familiar).
FORMAL = {
    "gapfill": "Legga il testo. Completi le lacune con le parole della banca, nella forma "
               "giusta. Due parole avanzano.",
    "gapfill_no_bank": "Legga il testo. Completi ogni lacuna con una parola adatta.",
    "split": "Lacune a e b: una sola parola in due parti.",
    "choice": "Segni la risposta giusta.",
    "true_false": "Vero o falso? Segni una casella.",
    "true_false_not_given": "Vero, falso o non è nel testo? Segni una casella.",
    "matching": "Abbini. Scriva la lettera giusta nella casella.",
    "order": "In quale ordine lo racconta il testo? Scriva 1, 2, 3 … nelle caselle.",
    "matching_web": "Abbini. Scelga la lettera giusta nell'elenco.",
    "order_web": "In quale ordine lo racconta il testo? Scelga 1, 2, 3 … negli elenchi.",
    "open": "Risponda alle domande con frasi complete.",
    "other": "Risponda alle domande.",
}
FAMILIAR = {
    "gapfill": "Leggi il testo. Completa le lacune con le parole della banca, nella forma "
               "giusta. Due parole avanzano.",
    "gapfill_no_bank": "Leggi il testo. Completa ogni lacuna con una parola adatta.",
    "split": "Lacune a e b: una sola parola in due parti.",
    "choice": "Segna la risposta giusta.",
    "true_false": "Vero o falso? Segna una casella.",
    "true_false_not_given": "Vero, falso o non è nel testo? Segna una casella.",
    "matching": "Abbina. Scrivi la lettera giusta nella casella.",
    "order": "In quale ordine lo racconta il testo? Scrivi 1, 2, 3 … nelle caselle.",
    "matching_web": "Abbina. Scegli la lettera giusta nell'elenco.",
    "order_web": "In quale ordine lo racconta il testo? Scegli 1, 2, 3 … negli elenchi.",
    "open": "Rispondi alle domande con frasi complete.",
    "other": "Rispondi alle domande.",
}
INSTRUCTIONS = {"sie": FORMAL, "du": FAMILIAR}

LANGUAGE = Language(profile=PROFILE, phrasing=PHRASING, ui=UI, instructions=INSTRUCTIONS,
                    iso_639_3="ita")
