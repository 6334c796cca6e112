"""The page's own words in English and German, and which of the two a browser asks for."""

from __future__ import annotations

UI_LANGS = ("en", "de")

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "title": "quizgen: material for a class from a text",
        "switch": "Deutsch", "texts": "1. Text", "paste": "Paste a text",
        "paste_hint": "The first line is taken as the title.", "use_text": "Use this text",
        "upload": "or upload files (.txt, .md, .html, .epub, .srt, .vtt)", "upload_go": "Upload",
        "your_texts": "Texts", "remove": "remove", "no_texts": "No text yet.",
        "settings": "2. Settings", "build": "Build", "lang": "Language of the text",
        "level": "Learners' level", "max_cards": "Cards (words)", "gaps": "Gaps",
        "questions": "Questions", "address": "Address", "paper": "Paper",
        "gloss_lang": "Language of the meanings", "hint": "Card hint",
        "auto": "detect",
        "usual": "usual (English; German for English texts)",
        "lemma": "dictionary form", "first-letter": "first letter", "gloss": "meaning", "none": "none",
        "sie": "Sie (formal)", "du": "du (informal)",
        "building": "Building…", "cancel": "Cancel", "cancelled": "The build was cancelled.",
        "words": "3. Words", "keep": "keep", "word": "dictionary form", "meaning": "meaning",
        "sentence": "sentence", "frequency": "frequency (Zipf)", "count": "count",
        "apply_words": "Apply and rebuild", "add_word": "Add a word from the text",
        "left_out": "Left out", "restore": "restore",
        "questions_h": "4. Questions", "drop": "drop", "apply_questions": "Apply and rebuild",
        "dropped": "Dropped questions", "answer": "answer",
        "preview": "5. Preview", "student": "Worksheet", "key": "Teacher's key",
        "cards": "Anki cards", "downloads": "6. Downloads", "all_zip": "Everything as .zip",
        "command": "The same with the command line (in the session folder):",
        "recipe": "Recipe", "save_recipe": "Save recipe (.json)", "load_recipe": "Load a recipe",
        "load": "Load", "new_session": "New session", "not_added":
        "Not found in the text as a word to learn:", "article": "Text",
        "front": "front", "back": "back", "language_found": "language",
    },
    "de": {
        "title": "quizgen: Unterrichtsmaterial aus einem Text",
        "switch": "English", "texts": "1. Text", "paste": "Text einfügen",
        "paste_hint": "Die erste Zeile gilt als Titel.", "use_text": "Diesen Text verwenden",
        "upload": "oder Dateien hochladen (.txt, .md, .html, .epub, .srt, .vtt)",
        "upload_go": "Hochladen", "your_texts": "Texte", "remove": "entfernen",
        "no_texts": "Noch kein Text.",
        "settings": "2. Einstellungen", "build": "Erstellen", "lang": "Sprache des Textes",
        "level": "Niveau der Lernenden", "max_cards": "Karten (Wörter)", "gaps": "Lücken",
        "questions": "Fragen", "address": "Anrede", "paper": "Papier",
        "gloss_lang": "Sprache der Bedeutungen", "hint": "Hinweis auf der Karte",
        "auto": "erkennen",
        "usual": "üblich (Englisch; Deutsch bei englischen Texten)",
        "lemma": "Grundform", "first-letter": "erster Buchstabe", "gloss": "Bedeutung", "none": "keiner",
        "sie": "Sie (förmlich)", "du": "du (vertraut)",
        "building": "Wird erstellt…", "cancel": "Abbrechen",
        "cancelled": "Das Erstellen wurde abgebrochen.",
        "words": "3. Wörter", "keep": "behalten", "word": "Grundform", "meaning": "Bedeutung",
        "sentence": "Satz", "frequency": "Häufigkeit (Zipf)", "count": "Anzahl",
        "apply_words": "Übernehmen und neu erstellen", "add_word": "Ein Wort aus dem Text hinzufügen",
        "left_out": "Weggelassen", "restore": "zurückholen",
        "questions_h": "4. Fragen", "drop": "weglassen", "apply_questions": "Übernehmen und neu erstellen",
        "dropped": "Weggelassene Fragen", "answer": "Lösung",
        "preview": "5. Vorschau", "student": "Arbeitsblatt", "key": "Lösungsblatt",
        "cards": "Anki-Karten", "downloads": "6. Herunterladen", "all_zip": "Alles als .zip",
        "command": "Dasselbe auf der Kommandozeile (im Sitzungsordner):",
        "recipe": "Rezept", "save_recipe": "Rezept speichern (.json)",
        "load_recipe": "Ein Rezept laden", "load": "Laden", "new_session": "Neue Sitzung",
        "not_added": "Im Text nicht als Lernwort gefunden:", "article": "Text",
        "front": "Vorderseite", "back": "Rückseite", "language_found": "Sprache",
    },
}


def negotiate(accept_language: str) -> str:
    """The first of the browser's languages (by q-value) that the page speaks; else English."""
    ranked = []
    for position, part in enumerate(accept_language.split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        ranked.append((-quality, position, tag.strip().lower().split("-")[0]))
    for _, _, lang in sorted(ranked):
        if lang in UI_LANGS:
            return lang
    return "en"
