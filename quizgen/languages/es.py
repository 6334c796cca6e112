"""Spanish."""

from . import LanguageProfile, words

PROFILE = LanguageProfile(
    code="es",
    name="Español",
    abbreviations=words(
        "Sr. Sra. Srta. Dr. Dra. Ud. Uds. etc. p. ej. aprox. núm. pág. Av. Avda. EE. UU. "
        "ene. feb. abr. jun. jul. ago. sept. oct. nov. dic."
    ),
    title_abbreviations=words("Sr. Sra. Srta. Dr. Dra. núm. Av. Avda."),
    months=words("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"),
    sentence_starters=words(
        "el la los las un una unos unas él ella ellos ellas nosotros yo se este esta estos "
        "pero y o entonces en con después antes cuando si como su sus no"
    ),
    articles={"m": "el", "f": "la"},
    plural_article=None,
    stop_lemmas=words("oh ah eh bueno"),
    speech_verbs=words("decir declarar explicar añadir afirmar anunciar responder preguntar"),
)
