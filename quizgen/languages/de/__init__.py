"""German: the reference language."""

from .. import LanguageProfile, words

PROFILE = LanguageProfile(
    code="de",
    name="Deutsch",
    hanta_model="morphmodel_ger.pgz",
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
    split_hyphens=True,
    colon_ends_sentence=True,
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
        ("erinnen", "en"), ("erin", "en"), ("heit", ""), ("keit", ""), ("lich", "en"),
        ("lich", ""), ("isch", ""), ("ig", ""), ("bar", "en"), ("er", "en"), ("e", "en"),
        ("in", ""),
    ),
    cognate_endings=("isierung", "ierung", "isieren", "ieren", "ismus", "istisch", "isch",
                     "ität", "ung", "ist", "ell", "ie", "ik", "iv", "e", "en"),
    cognate_letters=(("ä", "a"), ("ö", "o"), ("ü", "u"), ("k", "c"), ("z", "c"), ("w", "v"),
                     ("j", "i")),
)
