"""English."""

from .. import Language, LanguageProfile, words
from ..phrasing import Phrasing, numbers, tens

PROFILE = LanguageProfile(
    code="en",
    name="English",
    # No name lexicon of its own yet: the German one's place and first names (spelt alike).
    name_lexicon="de",
    hanta_model="morphmodel_en.pgz",
    hanta_tagset="claws5",
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

# How questions are worded, and the words that decide whether a sentence reads alone.
PHRASING = Phrasing(
    copulas=words("is are was were"),
    not_after="not",
    matching={
        "sie": "Which heading fits which paragraph? Match them. Not every heading fits.",
        "du": "Which heading fits which paragraph? Match them. Not every heading fits.",
    },
    paragraph='Paragraph',
    and_word='and',
    context_words=words("he she it they this these those"),
    context_starts=words("so then there"),
    third_person=words("he she it him her they them his its their"),
    leaning=words("also too other however you"),
    who_said="Who said: {quote}?",
    comparisons=words("like as"),
    country_aliases=words("Britain England Scotland Wales Holland USA America Burma"),
    continents=words("Europe Asia Africa America Oceania Antarctica Arctic Scandinavia"),
    true_false_note="The text says: {text}",
    quote_marks=("“", "”"),
    number_words=numbers("two three four five six seven eight nine ten eleven twelve"),
    tens_words=tens("twenty thirty forty fifty sixty seventy eighty ninety hundred"),
    place_prepositions=words("in from to"),
    speech_forms=words("said says told explained added asked answered wrote reported announced warned "
                      "claimed insisted"),
)

# The worksheet's fixed words; templates look them up by key (`ui.word_bank`).
UI = {
    "example": "Example", "points": "Points", "points_short": "pts", "total": "Total",
    "level": "Level", "line": "l.", "key_file": "Answer key", "check": "Check",
    "right": "right", "wrong": "wrong", "explanation": "Why",
    "excerpt": "Excerpt: the beginning of the text.",
    # the gap-fill line's "two words are left over", for two, three and four
    "left_over": "Two Three Four", "one_left_over": "One word is not needed.",
    "title_choice": "What does the text say?", "title_true_false": "True or false?",
    "title_true_false_not_given": "True, false or not given?",
    "title_matching": "Matching", "title_order": "Order",
    "name": "Name", "date": "Date", "class": "Class", "source": "Source",
    "worksheet": "Worksheet", "teacher_version": "Teacher's copy",
    "gapfill": "Gap-fill text",
    "word_bank": "Word bank",
    "questions": "Questions on the text",
    "true": "true", "false": "false",
    "answer_key": "Answer key", "gap": "Gap", "word": "Word", "answer": "Answer",
    "page": "Page",
}

# Each worksheet section's one-line instruction, by register (formal, familiar).
SECTIONS = {
    "gapfill": "Read the text. Fill the gaps with words from the word bank, in the right form. "
               "Two words are not needed.",
    "gapfill_no_bank": "Read the text. Fill each gap with a suitable word in the right form.",
    "split": "Gaps with a and b: one verb in two parts, e.g. (a) gave … (b) up.",
    "choice": "Tick the right answer.",
    "true_false": "True or false? Tick one box.",
    "true_false_not_given": "True, false or not in the text? Tick one box.",
    "matching": "Match them. Write the right letter in the box.",
    "order": "In what order does the text tell this? Write 1, 2, 3 … in the boxes.",
    "matching_web": "Match them. Choose the right letter in the list.",
    "order_web": "In what order does the text tell this? Choose 1, 2, 3 … in the lists.",
    "open": "Answer the questions in full sentences.",
    "other": "Answer the questions.",
}
INSTRUCTIONS = {"sie": SECTIONS, "du": SECTIONS}  # one form for both

LANGUAGE = Language(profile=PROFILE, phrasing=PHRASING, ui=UI, instructions=INSTRUCTIONS,
                    iso_639_3="eng")
