"""The worksheet's fixed words (instructions, headings) in each supported language.

One table, one row per language: templates look words up by key (`ui.word_bank`) and never
hold a sentence of their own, so a new language is one new row here.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

from .errors import UsageError

FALLBACK = "en"

UI_STRINGS: dict[str, dict[str, str]] = {
    "de": {
        "name": "Name", "date": "Datum", "class": "Klasse", "source": "Quelle",
        "worksheet": "Arbeitsblatt", "teacher_version": "Lehrerfassung",
        "gapfill": "Lückentext",
        "gapfill_instructions": "Lies den Text. Setze die Wörter aus dem Wortkasten in der richtigen "
                                "Form in die nummerierten Lücken ein.",
        "word_bank": "Wortkasten",
        "questions": "Fragen zum Text",
        "choice_instructions": "Kreuze die richtige Antwort an.",
        "true_false_instructions": "Richtig oder falsch? Kreuze an.",
        "order_instructions": "Bring die Ereignisse in die richtige Reihenfolge (1, 2, 3 …).",
        "open_instructions": "Beantworte die Frage in ganzen Sätzen.",
        "true": "richtig", "false": "falsch",
        "answer_key": "Lösungen", "gap": "Lücke", "word": "Wort", "answer": "Antwort",
        "page": "Seite",
    },
    "en": {
        "name": "Name", "date": "Date", "class": "Class", "source": "Source",
        "worksheet": "Worksheet", "teacher_version": "Teacher's copy",
        "gapfill": "Gap-fill text",
        "gapfill_instructions": "Read the text. Fill each numbered gap with a word from the word bank, "
                                "in the right form.",
        "word_bank": "Word bank",
        "questions": "Questions on the text",
        "choice_instructions": "Tick the right answer.",
        "true_false_instructions": "True or false? Tick one box.",
        "order_instructions": "Put the events in the right order (1, 2, 3 …).",
        "open_instructions": "Answer the question in full sentences.",
        "true": "true", "false": "false",
        "answer_key": "Answer key", "gap": "Gap", "word": "Word", "answer": "Answer",
        "page": "Page",
    },
    "fr": {
        "name": "Nom", "date": "Date", "class": "Classe", "source": "Source",
        "worksheet": "Fiche de travail", "teacher_version": "Version enseignant",
        "gapfill": "Texte à trous",
        "gapfill_instructions": "Lis le texte. Complète chaque trou numéroté avec un mot de la banque "
                                "de mots, à la bonne forme.",
        "word_bank": "Banque de mots",
        "questions": "Questions sur le texte",
        "choice_instructions": "Coche la bonne réponse.",
        "true_false_instructions": "Vrai ou faux ? Coche une case.",
        "order_instructions": "Remets les événements dans le bon ordre (1, 2, 3 …).",
        "open_instructions": "Réponds à la question par des phrases complètes.",
        "true": "vrai", "false": "faux",
        "answer_key": "Corrigé", "gap": "Trou", "word": "Mot", "answer": "Réponse",
        "page": "Page",
    },
    "es": {
        "name": "Nombre", "date": "Fecha", "class": "Clase", "source": "Fuente",
        "worksheet": "Hoja de trabajo", "teacher_version": "Versión del profesor",
        "gapfill": "Texto con huecos",
        "gapfill_instructions": "Lee el texto. Completa cada hueco numerado con una palabra del banco "
                                "de palabras, en la forma correcta.",
        "word_bank": "Banco de palabras",
        "questions": "Preguntas sobre el texto",
        "choice_instructions": "Marca la respuesta correcta.",
        "true_false_instructions": "¿Verdadero o falso? Marca una casilla.",
        "order_instructions": "Ordena los acontecimientos (1, 2, 3 …).",
        "open_instructions": "Responde a la pregunta con frases completas.",
        "true": "verdadero", "false": "falso",
        "answer_key": "Soluciones", "gap": "Hueco", "word": "Palabra", "answer": "Respuesta",
        "page": "Página",
    },
    "it": {
        "name": "Nome", "date": "Data", "class": "Classe", "source": "Fonte",
        "worksheet": "Scheda di lavoro", "teacher_version": "Versione per l'insegnante",
        "gapfill": "Testo con lacune",
        "gapfill_instructions": "Leggi il testo. Completa ogni lacuna numerata con una parola della "
                                "banca delle parole, nella forma giusta.",
        "word_bank": "Banca delle parole",
        "questions": "Domande sul testo",
        "choice_instructions": "Segna la risposta giusta.",
        "true_false_instructions": "Vero o falso? Segna una casella.",
        "order_instructions": "Metti gli eventi nell'ordine giusto (1, 2, 3 …).",
        "open_instructions": "Rispondi alla domanda con frasi complete.",
        "true": "vero", "false": "falso",
        "answer_key": "Soluzioni", "gap": "Lacuna", "word": "Parola", "answer": "Risposta",
        "page": "Pagina",
    },
    "nl": {
        "name": "Naam", "date": "Datum", "class": "Klas", "source": "Bron",
        "worksheet": "Werkblad", "teacher_version": "Docentenversie",
        "gapfill": "Invultekst",
        "gapfill_instructions": "Lees de tekst. Vul elk genummerd gat in met een woord uit de "
                                "woordenlijst, in de juiste vorm.",
        "word_bank": "Woordenlijst",
        "questions": "Vragen over de tekst",
        "choice_instructions": "Kruis het juiste antwoord aan.",
        "true_false_instructions": "Juist of onjuist? Kruis een vakje aan.",
        "order_instructions": "Zet de gebeurtenissen in de juiste volgorde (1, 2, 3 …).",
        "open_instructions": "Beantwoord de vraag in hele zinnen.",
        "true": "juist", "false": "onjuist",
        "answer_key": "Antwoorden", "gap": "Gat", "word": "Woord", "answer": "Antwoord",
        "page": "Pagina",
    },
}


def ui_language(ui_lang: str | None, article_lang: str) -> str:
    """The language of the fixed words: the one asked for, else the article's, else English."""
    if ui_lang:
        code = ui_lang.strip().lower()
        if code not in UI_STRINGS:
            raise UsageError(f"unknown --ui-lang {ui_lang!r}; choose one of {', '.join(UI_STRINGS)}")
        return code
    return article_lang if article_lang in UI_STRINGS else FALLBACK


def ui_strings(code: str) -> MappingProxyType[str, Any]:
    """Read-only, so a template cannot change the table for the next render."""
    return MappingProxyType(UI_STRINGS[code])
