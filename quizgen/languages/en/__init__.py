"""English."""

from .. import LanguageProfile, words

PROFILE = LanguageProfile(
    code="en",
    name="English",
    hanta_model="morphmodel_en.pgz",
    title_abbreviations=words("Mr. Mrs. Ms. Dr. Prof. St. No. Gen. Gov. Sen. Rep. Lt. Col. Sgt. Capt. Mt."),
    months=words(
        "January February March April May June July August September October November December"
    ),
    sentence_starters=words(
        "the a an he she it we they i you this that these those then but and or so there "
        "here in on at with after before when if as his her their our my its no not all"
    ),
    forms_per_lemma=1.6,
    relatives=("de", "en", "nl", "af", "da", "sv", "nb"),
    credit_markers=("contributed", "Reporting by", "Editing by"),
    stop_lemmas=words("oh ah uh um hm okay ok yeah"),
    speech_verbs=words("say tell explain add ask answer write report announce warn claim insist"),
    person_titles=words("President Mr. Mrs. Ms. Dr. Prof. Minister Senator Governor General "
                        "Admiral King Queen Prince Princess Pope Mayor Councillor Councilor"),
    derivations=(("ation", "ate"), ("ment", ""), ("ness", ""), ("ity", ""), ("ly", ""),
                 ("er", ""), ("ing", "")),
    cognate_endings=("isation", "ization", "ation", "istic", "ical", "ism", "ise", "ize",
                     "ity", "ist", "ic", "al", "ive", "y", "e"),
    cognate_letters=(("k", "c"), ("z", "c"), ("w", "v"), ("j", "i")),
)
