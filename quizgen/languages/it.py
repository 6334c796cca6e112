"""Italian."""

from . import LanguageProfile, words

PROFILE = LanguageProfile(
    code="it",
    name="Italiano",
    abbreviations=words(
        "Sig. Sigg. Sig.ra Dott. Dr. Prof. ecc. pag. n. es. ca. gen. feb. apr. giu. lug. "
        "ago. sett. ott. nov. dic."
    ),
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
    stop_lemmas=words("oh ah eh beh"),
    speech_verbs=words("dire dichiarare spiegare aggiungere affermare annunciare rispondere chiedere"),
)
