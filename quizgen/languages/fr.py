"""French."""

from . import LanguageProfile, words

PROFILE = LanguageProfile(
    code="fr",
    name="Français",
    abbreviations=words(
        "M. MM. Mme. Mmes. Mlle. Dr. Pr. St. Ste. etc. cf. p. ex. av. apr. J.-C. env. n° No. "
        "janv. févr. avr. juil. sept. oct. nov. déc."
    ),
    title_abbreviations=words("M. MM. Mme. Mlle. Dr. Pr. St. Ste."),
    months=words("janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
    sentence_starters=words(
        "le la les un une des il elle ils elles nous vous je on ce cette ces mais et ou donc "
        "puis alors en dans à au aux avec après avant quand si comme son sa ses leur"
    ),
    articles={"m": "le", "f": "la"},
    plural_article="les",
    stop_lemmas=words("oh ah euh hein bah"),
    speech_verbs=words("dire déclarer expliquer ajouter affirmer annoncer répondre demander"),
)
