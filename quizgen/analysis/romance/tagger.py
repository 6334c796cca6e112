"""Universal POS and lemmas for French, Spanish and Italian without a trained tagger.

Each word gets the content parts of speech its lexicon allows (romance/lexicon.py), with a lemma
under each; a few context rules choose among them, left to right:

- after an article (or a preposition fused with one, "du", "del", "nella") a noun, or an
  adjective when a noun follows ("le premier ministre");
- after a subject or object clitic, "ne" or "se" a verb ("il la voit");
- after an auxiliary a participle is a verb, and an adjective stays one ("est située",
  "est grande");
- after a preposition an infinitive is a verb ("pour faire"), otherwise a noun;
- right after a noun an adjective rather than a noun, a verb rather than a noun;
- otherwise noun, then adjective, verb, adverb.

Function words, punctuation, numbers and capitalised words inside a sentence (names) are
settled before that, as the old spelling-based guess did; words the lexicon does not know
still get that guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ...languages import LanguageProfile, get_language
from ..frequency import zipf
from ..marks import set_name
from ..segment import sentences
from .lexicon import Lexicon, load_lexicon

PUNCT = re.compile(r"^[\W_]+$")

# A form this much more frequent than its lookup lemma is a word of its own ("progetto" is
# "project" far more often than "I plan", so its lemma is not "progettare").
OWN_WORD_MARGIN = 0.3

FALLBACK_ORDER = ("NOUN", "ADJ", "VERB", "ADV")
# Words skipped when looking for what an auxiliary governs: "a déjà été", "n'est pas situé".
MAX_AUX_GAP = 3


@dataclass
class Word:
    token: Token
    form: str  # lower case
    options: dict[str, str]  # content POS -> lemma, from the lexicon
    fixed: str | None = None  # a tag settled without context
    lemma: str | None = None  # the lemma going with `fixed`


class RomanceTagger:
    """Universal POS and lemmas from POS-keyed lexicons and context, for fr, es and it."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.profile: LanguageProfile = get_language(lang)
        self._lexicon: Lexicon | None = None

    @property
    def lexicon(self) -> Lexicon | None:
        if self._lexicon is None:
            self._lexicon = load_lexicon(self.lang)
        return self._lexicon

    def better_lemma(self, form: str, lemma: str) -> str:
        """Spacy's lookup tables give one lemma per form, often a verb's; keep a frequent form
        that is not a verb form as its own lemma."""
        if lemma == form or not lemma.endswith(self.profile.verb_endings):
            return lemma
        if form.endswith(self.profile.verb_form_endings):
            return lemma
        return form if zipf(form, self.lang) >= zipf(lemma, self.lang) + OWN_WORD_MARGIN else lemma

    def guess(self, token: Token) -> str:
        """The part of speech of a word no lexicon knows, from its lookup lemma's ending."""
        if token.is_stop:
            return "X"
        lemma, form = (token.lemma_ or token.text).lower(), token.text.lower()
        if lemma.endswith(self.profile.adverb_endings) and len(lemma) > 6:
            return "ADV"
        plural = form in (lemma + "s", lemma + "x")
        if lemma != form and not plural and lemma.endswith(self.profile.verb_endings):
            return "VERB"
        if lemma.endswith(self.profile.adjective_endings):
            return "ADJ"
        return "NOUN"

    # -- settling what needs no context

    def word(self, token: Token, sentence_initial: bool) -> Word:
        text, form = token.text, token.text.lower()
        lexicon = self.lexicon
        if PUNCT.match(text):
            return Word(token, form, {}, "PUNCT", text)
        # Capitalised too: a sentence start the splitter missed ("La"), but not an acronym
        # ("DA").
        acronym = text.isupper() and sum(c.isalpha() for c in text) > 1
        if form in self.profile.function_words and not acronym:
            upos, lemma = self.profile.function_words[form]
            return Word(token, form, {}, upos, lemma)
        options = lexicon.analyses(form) if lexicon else {}
        if form.endswith(self.profile.ordinal_endings) and form.isalpha():
            return Word(token, form, {}, "ADJ", options.get("ADJ", form))
        if token.like_num:
            return Word(token, form, {}, "NUM", form)
        if text[:1].isupper() and not sentence_initial:
            return Word(token, form, {}, "PROPN", text)
        if not options:
            if token.lemma_ and text[:1].islower():
                token.lemma_ = self.better_lemma(form, token.lemma_.lower())
            return Word(token, form, {}, self.guess(token), token.lemma_ or text)
        return Word(token, form, options)

    # -- context

    def __call__(self, doc: Doc) -> Doc:
        for sent in sentences(doc):
            words = [self.word(token, token.i == sent.start) for token in sent]
            tags: list[str] = []
            for i, word in enumerate(words):
                upos, lemma = self.decide(words, tags, i)
                tags.append(upos)
                word.token.pos_ = upos
                word.token.tag_ = "_"
                word.token.lemma_ = lemma or word.token.text
                set_name(word.token, upos == "PROPN")
        return doc

    def decide(self, words: list[Word], tags: list[str], i: int) -> tuple[str, str | None]:
        word = words[i]
        if word.fixed:
            if word.fixed == "DET" and word.form in self.profile.article_clitics \
                    and self.is_object_clitic(words, tags, i):
                lexicon = self.lexicon
                return "PRON", (lexicon and lexicon.lemma(word.form, "PRON")) or word.lemma
            return word.fixed, word.lemma
        verb = word.options.get("VERB")
        # A participle of an auxiliary is one only after another ("a été", "ha sido"), not
        # in "debido a".
        participle = "ADJ" in word.options and self.is_participle(word)  # not "était"
        if self.is_auxiliary(word) and not self.after_article(words, tags, i) and (
                not participle or self.after_auxiliary(words, tags, i)):
            always = verb in self.profile.auxiliaries
            return ("AUX" if always or self.governs_participle(words, i) else "VERB"), verb
        if "VERB" not in word.options and self.after_clitic(words, tags, i):
            lexicon = self.lexicon
            verb = lexicon.verb_by_rules(word.form) if lexicon else None
            if verb:
                return "VERB", verb  # "elle lutte": the lexicon has only the noun
        upos = self.choose(words, tags, i)
        if upos == "NOUN" and "NOUN" not in word.options:
            return upos, self.noun_lemma(word.form)
        return upos, word.options[upos]

    def choose(self, words: list[Word], tags: list[str], i: int) -> str:
        word = words[i]
        options = word.options
        if self.after_article(words, tags, i):
            if "ADJ" in options and i + 1 < len(words) and self.noun_only(words[i + 1]):
                return "ADJ"  # "le premier ministre", "la nueva ley"
            if "NOUN" in options or "ADJ" not in options:
                return "NOUN"  # "la route": French lists such nouns only as verb forms
            if "VERB" in options and not self.profile.nouns_include_verb_forms:
                return "NOUN"  # "le fait", "les blessés"
            return "ADJ"
        if len(options) == 1:
            return next(iter(options))
        verb = options.get("VERB")
        if verb == word.form or (self.is_participle(word) and "NOUN" not in options):
            return "VERB"  # infinitives and participles: "pour voir", "située", "ubicado"
        previous = words[i - 1] if i else None
        if "VERB" in options and self.after_clitic(words, tags, i):
            return "VERB"
        if self.after_auxiliary(words, tags, i):
            if "VERB" in options and self.is_participle(word):
                return "VERB"
            if "ADJ" in options:
                return "ADJ"
        if tags and tags[-1] == "ADP":
            if "VERB" in options and (options["VERB"] == word.form
                                      or word.form.endswith(self.profile.gerund_endings)):
                return "VERB"  # "pour faire", "en faisant"
            if "ADJ" in options and i + 1 < len(words) and self.noun_only(words[i + 1]):
                return "ADJ"
        if tags and tags[-1] in ("NOUN", "PROPN"):
            if "ADJ" in options:
                return "ADJ"
            if "VERB" in options:
                return "VERB"
        if "ADJ" in options and tags:
            if tags[-1] == "ADV" and previous and previous.form in self.profile.degree_adverbs:
                return "ADJ"  # "très grande"
            if tags[-1] == "ADJ" and tags[-2:-1] in (["NOUN"], ["PROPN"]):
                return "ADJ"  # "une station balnéaire algérienne"
        if tags[-1:] == ["CCONJ"] and len(tags) > 1 and tags[-2] in options:
            return tags[-2]  # "nationale et européenne"
        return next(pos for pos in FALLBACK_ORDER if pos in options)

    def after_clitic(self, words: list[Word], tags: list[str], i: int) -> bool:
        """After a subject or object clitic, "ne" or "se" ("il joue", "qui dresse")."""
        return bool(i) and words[i - 1].form in self.profile.before_verbs \
            and tags[-1] in ("PRON", "ADV")

    def after_article(self, words: list[Word], tags: list[str], i: int) -> bool:
        """Right after an article, or a preposition fused with one ("du", "al", "nella": an
        ADP whose lemma is not its form, unlike an elided "d'")."""
        if not tags:
            return False
        previous = words[i - 1]
        if tags[-1] == "DET":
            return True
        return tags[-1] == "ADP" and previous.lemma != previous.form and not previous.form.endswith("'")

    def noun_only(self, word: Word) -> bool:
        """A word that can be a noun and not an adjective ("ministre", not "français")."""
        return not word.fixed and "NOUN" in word.options and "ADJ" not in word.options

    def is_participle(self, word: Word) -> bool:
        verb = word.options.get("VERB")
        return bool(verb) and verb != word.form and word.form.endswith(
            self.profile.participle_endings + self.profile.gerund_endings)

    def governs_participle(self, words: list[Word], i: int) -> bool:
        """A participle, gerund or adjective follows within a few adverbs or pronouns:
        "a mangé", "n'a pas encore été", "está cansado", "estaba comiendo"."""
        for word in words[i + 1 : i + 1 + MAX_AUX_GAP]:
            if word.fixed in ("ADV", "PRON"):
                continue
            if word.fixed:
                return False
            return self.is_participle(word) or ("ADJ" in word.options and "NOUN" not in word.options)
        return False

    def after_auxiliary(self, words: list[Word], tags: list[str], i: int) -> bool:
        for back in range(i - 1, max(i - 1 - MAX_AUX_GAP, -1), -1):
            if tags[back] == "AUX":
                return True
            if tags[back] != "ADV":
                return False
        return False

    def is_object_clitic(self, words: list[Word], tags: list[str], i: int) -> bool:
        """'le', 'la', 'les' before a verb: after a subject clitic or "ne" ("il la voit", "ne
        les a"), before an auxiliary or clitic, or (where the noun lexicon also lists nouns
        that are verb forms) before a word that can only be a verb ("la compró")."""
        if i + 1 >= len(words):
            return False
        following = words[i + 1]
        if following.fixed == "PRON" and following.form in self.profile.before_verbs:
            return True  # "le lui", "les y"
        if following.options.get("VERB") in self.profile.helping_verbs:
            return True  # "l'a vu", "la ha visto"; but "l'est" is the east
        if self.after_clitic(words, tags, i):
            return "VERB" in following.options
        return (self.profile.nouns_include_verb_forms and not following.fixed
                and set(following.options) == {"VERB"})

    def is_auxiliary(self, word: Word) -> bool:
        verb = word.options.get("VERB")
        return verb in self.profile.auxiliaries or verb in self.profile.helping_verbs

    def noun_lemma(self, form: str) -> str:
        """A noun the lexicon lists only as a verb form: its singular by spelling."""
        if len(form) > 3 and form.endswith(self.profile.plural_letters):
            return form[:-1]
        return form
