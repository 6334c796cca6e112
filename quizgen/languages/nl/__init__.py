"""Dutch."""

from .. import LanguageProfile, words

PROFILE = LanguageProfile(
    code="nl",
    name="Nederlands",
    hanta_model="morphmodel_dutch.pgz",
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
