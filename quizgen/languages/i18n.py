"""The worksheet's fixed words (instructions, headings) in each supported language.

One table, one row per language: templates look words up by key (`ui.word_bank`) and never
hold a sentence of their own, so a new language needs one new row here (docs/languages.md
lists its other places).
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

from ..errors import UsageError

FALLBACK = "en"

UI_STRINGS: dict[str, dict[str, str]] = {
    "de": {
        "example": "Beispiel", "points": "Punkte", "points_short": "P.", "total": "Gesamt",
        "level": "Niveau", "line": "Z.", "key_file": "Lösungen", "check": "Prüfen",
        "right": "richtig", "wrong": "falsch", "explanation": "Begründung",
        "excerpt": "Auszug: der Anfang des Textes (etwa {words} von {total} Wörtern).",
        "title_choice": "Was steht im Text?", "title_true_false": "Richtig oder falsch?",
        "title_true_false_not_given": "Richtig, falsch oder nicht im Text?",
        "title_matching": "Zuordnen", "title_order": "Reihenfolge",
        "name": "Name", "date": "Datum", "class": "Klasse", "source": "Quelle",
        "worksheet": "Arbeitsblatt", "teacher_version": "Lehrerfassung",
        "gapfill": "Lückentext",
        "word_bank": "Wortkasten",
        "questions": "Fragen zum Text",
        "true": "richtig", "false": "falsch",
        "answer_key": "Lösungen", "gap": "Lücke", "word": "Wort", "answer": "Antwort",
        "page": "Seite",
    },
    "en": {
        "example": "Example", "points": "Points", "points_short": "pts", "total": "Total",
        "level": "Level", "line": "l.", "key_file": "Answer key", "check": "Check",
        "right": "right", "wrong": "wrong", "explanation": "Why",
        "excerpt": "Excerpt: the beginning of the text (about {words} of {total} words).",
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
    },
    "fr": {
        "example": "Exemple", "points": "Points", "points_short": "pts", "total": "Total",
        "level": "Niveau", "line": "l.", "key_file": "Corrigé", "check": "Vérifier",
        "right": "juste", "wrong": "faux", "explanation": "Pourquoi",
        "excerpt": "Extrait : le début du texte (environ {words} mots sur {total}).",
        "title_choice": "Que dit le texte ?", "title_true_false": "Vrai ou faux ?",
        "title_true_false_not_given": "Vrai, faux ou pas dans le texte ?",
        "title_matching": "Associer", "title_order": "Ordre",
        "name": "Nom", "date": "Date", "class": "Classe", "source": "Source",
        "worksheet": "Fiche de travail", "teacher_version": "Version enseignant",
        "gapfill": "Texte à trous",
        "word_bank": "Banque de mots",
        "questions": "Questions sur le texte",
        "true": "vrai", "false": "faux",
        "answer_key": "Corrigé", "gap": "Trou", "word": "Mot", "answer": "Réponse",
        "page": "Page",
    },
    "es": {
        "example": "Ejemplo", "points": "Puntos", "points_short": "p.", "total": "Total",
        "level": "Nivel", "line": "l.", "key_file": "Soluciones", "check": "Comprobar",
        "right": "correcto", "wrong": "incorrecto", "explanation": "Por qué",
        "excerpt": "Fragmento: el comienzo del texto (unas {words} de {total} palabras).",
        "title_choice": "¿Qué dice el texto?", "title_true_false": "¿Verdadero o falso?",
        "title_true_false_not_given": "¿Verdadero, falso o no está en el texto?",
        "title_matching": "Relacionar", "title_order": "Orden",
        "name": "Nombre", "date": "Fecha", "class": "Clase", "source": "Fuente",
        "worksheet": "Hoja de trabajo", "teacher_version": "Versión del profesor",
        "gapfill": "Texto con huecos",
        "word_bank": "Banco de palabras",
        "questions": "Preguntas sobre el texto",
        "true": "verdadero", "false": "falso",
        "answer_key": "Soluciones", "gap": "Hueco", "word": "Palabra", "answer": "Respuesta",
        "page": "Página",
    },
    "it": {
        "example": "Esempio", "points": "Punti", "points_short": "p.", "total": "Totale",
        "level": "Livello", "line": "r.", "key_file": "Soluzioni", "check": "Controlla",
        "right": "giusto", "wrong": "sbagliato", "explanation": "Perché",
        "excerpt": "Estratto: l'inizio del testo (circa {words} di {total} parole).",
        "title_choice": "Che cosa dice il testo?", "title_true_false": "Vero o falso?",
        "title_true_false_not_given": "Vero, falso o non è nel testo?",
        "title_matching": "Abbinare", "title_order": "Ordine",
        "name": "Nome", "date": "Data", "class": "Classe", "source": "Fonte",
        "worksheet": "Scheda di lavoro", "teacher_version": "Versione per l'insegnante",
        "gapfill": "Testo con lacune",
        "word_bank": "Banca delle parole",
        "questions": "Domande sul testo",
        "true": "vero", "false": "falso",
        "answer_key": "Soluzioni", "gap": "Lacuna", "word": "Parola", "answer": "Risposta",
        "page": "Pagina",
    },
    "nl": {
        "example": "Voorbeeld", "points": "Punten", "points_short": "p.", "total": "Totaal",
        "level": "Niveau", "line": "r.", "key_file": "Antwoorden", "check": "Controleren",
        "right": "goed", "wrong": "fout", "explanation": "Waarom",
        "excerpt": "Fragment: het begin van de tekst (ongeveer {words} van {total} woorden).",
        "title_choice": "Wat staat er in de tekst?", "title_true_false": "Juist of onjuist?",
        "title_true_false_not_given": "Juist, onjuist of staat niet in de tekst?",
        "title_matching": "Verbinden", "title_order": "Volgorde",
        "name": "Naam", "date": "Datum", "class": "Klas", "source": "Bron",
        "worksheet": "Werkblad", "teacher_version": "Docentenversie",
        "gapfill": "Invultekst",
        "word_bank": "Woordenlijst",
        "questions": "Vragen over de tekst",
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
