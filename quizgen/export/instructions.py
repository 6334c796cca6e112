"""One-line instructions for each worksheet section, per language and register.

`--address sie|du` picks the register: the formal (Sie, vous, usted, Lei, u) or the
familiar one (du, tu, tú, tu, je). English has one form for both. A sheet never mixes them.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

KEYS = ("gapfill", "gapfill_no_bank", "split", "choice", "true_false", "true_false_not_given",
        "matching", "order", "open", "other")

_DE_SIE = {
    "gapfill": "Lesen Sie den Text. Setzen Sie die Wörter aus dem Wortkasten in der richtigen "
               "Form in die Lücken ein. Zwei Wörter bleiben übrig.",
    "gapfill_no_bank": "Lesen Sie den Text. Setzen Sie in jede Lücke ein passendes Wort in der "
                       "richtigen Form ein.",
    "split": "Lücken mit a und b: ein Verb in zwei Teilen, z. B. (a) teilte … (b) mit.",
    "choice": "Kreuzen Sie die richtige Antwort an.",
    "true_false": "Richtig oder falsch? Kreuzen Sie an.",
    "true_false_not_given": "Richtig, falsch oder steht nicht im Text? Kreuzen Sie an.",
    "matching": "Ordnen Sie zu. Schreiben Sie den richtigen Buchstaben in das Kästchen.",
    "order": "In welcher Reihenfolge steht das im Text? Schreiben Sie 1, 2, 3 … in die Kästchen.",
    "open": "Beantworten Sie die Fragen in ganzen Sätzen.",
    "other": "Beantworten Sie die Fragen.",
}
_DE_DU = {
    "gapfill": "Lies den Text. Setze die Wörter aus dem Wortkasten in der richtigen Form in "
               "die Lücken ein. Zwei Wörter bleiben übrig.",
    "gapfill_no_bank": "Lies den Text. Setze in jede Lücke ein passendes Wort in der richtigen "
                       "Form ein.",
    "split": "Lücken mit a und b: ein Verb in zwei Teilen, z. B. (a) teilte … (b) mit.",
    "choice": "Kreuze die richtige Antwort an.",
    "true_false": "Richtig oder falsch? Kreuze an.",
    "true_false_not_given": "Richtig, falsch oder steht nicht im Text? Kreuze an.",
    "matching": "Ordne zu. Schreib den richtigen Buchstaben in das Kästchen.",
    "order": "In welcher Reihenfolge steht das im Text? Schreib 1, 2, 3 … in die Kästchen.",
    "open": "Beantworte die Fragen in ganzen Sätzen.",
    "other": "Beantworte die Fragen.",
}
_EN = {
    "gapfill": "Read the text. Fill the gaps with words from the word bank, in the right form. "
               "Two words are not needed.",
    "gapfill_no_bank": "Read the text. Fill each gap with a suitable word in the right form.",
    "split": "Gaps with a and b: one verb in two parts, e.g. (a) gave … (b) up.",
    "choice": "Tick the right answer.",
    "true_false": "True or false? Tick one box.",
    "true_false_not_given": "True, false or not in the text? Tick one box.",
    "matching": "Match them. Write the right letter in the box.",
    "order": "In what order does the text tell this? Write 1, 2, 3 … in the boxes.",
    "open": "Answer the questions in full sentences.",
    "other": "Answer the questions.",
}
_FR_VOUS = {
    "gapfill": "Lisez le texte. Complétez les trous avec les mots de la banque de mots, à la "
               "bonne forme. Deux mots restent.",
    "gapfill_no_bank": "Lisez le texte. Complétez chaque trou avec un mot qui convient.",
    "split": "Trous a et b : un seul mot en deux parties.",
    "choice": "Cochez la bonne réponse.",
    "true_false": "Vrai ou faux ? Cochez une case.",
    "true_false_not_given": "Vrai, faux ou pas dans le texte ? Cochez une case.",
    "matching": "Associez. Écrivez la bonne lettre dans la case.",
    "order": "Dans quel ordre le texte le raconte-t-il ? Écrivez 1, 2, 3 … dans les cases.",
    "open": "Répondez aux questions par des phrases complètes.",
    "other": "Répondez aux questions.",
}
_FR_TU = {
    "gapfill": "Lis le texte. Complète les trous avec les mots de la banque de mots, à la "
               "bonne forme. Deux mots restent.",
    "gapfill_no_bank": "Lis le texte. Complète chaque trou avec un mot qui convient.",
    "split": "Trous a et b : un seul mot en deux parties.",
    "choice": "Coche la bonne réponse.",
    "true_false": "Vrai ou faux ? Coche une case.",
    "true_false_not_given": "Vrai, faux ou pas dans le texte ? Coche une case.",
    "matching": "Associe. Écris la bonne lettre dans la case.",
    "order": "Dans quel ordre le texte le raconte-t-il ? Écris 1, 2, 3 … dans les cases.",
    "open": "Réponds aux questions par des phrases complètes.",
    "other": "Réponds aux questions.",
}
_ES_USTED = {
    "gapfill": "Lea el texto. Complete los huecos con las palabras del banco, en la forma "
               "correcta. Sobran dos palabras.",
    "gapfill_no_bank": "Lea el texto. Complete cada hueco con una palabra adecuada.",
    "split": "Huecos a y b: una sola palabra en dos partes.",
    "choice": "Marque la respuesta correcta.",
    "true_false": "¿Verdadero o falso? Marque una casilla.",
    "true_false_not_given": "¿Verdadero, falso o no está en el texto? Marque una casilla.",
    "matching": "Relacione. Escriba la letra correcta en la casilla.",
    "order": "¿En qué orden lo cuenta el texto? Escriba 1, 2, 3 … en las casillas.",
    "open": "Responda a las preguntas con frases completas.",
    "other": "Responda a las preguntas.",
}
_ES_TU = {
    "gapfill": "Lee el texto. Completa los huecos con las palabras del banco, en la forma "
               "correcta. Sobran dos palabras.",
    "gapfill_no_bank": "Lee el texto. Completa cada hueco con una palabra adecuada.",
    "split": "Huecos a y b: una sola palabra en dos partes.",
    "choice": "Marca la respuesta correcta.",
    "true_false": "¿Verdadero o falso? Marca una casilla.",
    "true_false_not_given": "¿Verdadero, falso o no está en el texto? Marca una casilla.",
    "matching": "Relaciona. Escribe la letra correcta en la casilla.",
    "order": "¿En qué orden lo cuenta el texto? Escribe 1, 2, 3 … en las casillas.",
    "open": "Responde a las preguntas con frases completas.",
    "other": "Responde a las preguntas.",
}
_IT_LEI = {
    "gapfill": "Legga il testo. Completi le lacune con le parole della banca, nella forma "
               "giusta. Due parole avanzano.",
    "gapfill_no_bank": "Legga il testo. Completi ogni lacuna con una parola adatta.",
    "split": "Lacune a e b: una sola parola in due parti.",
    "choice": "Segni la risposta giusta.",
    "true_false": "Vero o falso? Segni una casella.",
    "true_false_not_given": "Vero, falso o non è nel testo? Segni una casella.",
    "matching": "Abbini. Scriva la lettera giusta nella casella.",
    "order": "In quale ordine lo racconta il testo? Scriva 1, 2, 3 … nelle caselle.",
    "open": "Risponda alle domande con frasi complete.",
    "other": "Risponda alle domande.",
}
_IT_TU = {
    "gapfill": "Leggi il testo. Completa le lacune con le parole della banca, nella forma "
               "giusta. Due parole avanzano.",
    "gapfill_no_bank": "Leggi il testo. Completa ogni lacuna con una parola adatta.",
    "split": "Lacune a e b: una sola parola in due parti.",
    "choice": "Segna la risposta giusta.",
    "true_false": "Vero o falso? Segna una casella.",
    "true_false_not_given": "Vero, falso o non è nel testo? Segna una casella.",
    "matching": "Abbina. Scrivi la lettera giusta nella casella.",
    "order": "In quale ordine lo racconta il testo? Scrivi 1, 2, 3 … nelle caselle.",
    "open": "Rispondi alle domande con frasi complete.",
    "other": "Rispondi alle domande.",
}
_NL_U = {
    "gapfill": "Lees de tekst. Vul de gaten in met woorden uit de woordenlijst, in de juiste "
               "vorm. Twee woorden blijven over.",
    "gapfill_no_bank": "Lees de tekst. Vul in elk gat een passend woord in.",
    "split": "Gaten a en b: één werkwoord in twee delen.",
    "choice": "Kruis het juiste antwoord aan.",
    "true_false": "Juist of onjuist? Kruis een vakje aan.",
    "true_false_not_given": "Juist, onjuist of staat niet in de tekst? Kruis een vakje aan.",
    "matching": "Verbind. Schrijf de juiste letter in het vakje.",
    "order": "In welke volgorde staat het in de tekst? Schrijf 1, 2, 3 … in de vakjes.",
    "open": "Beantwoord de vragen in hele zinnen.",
    "other": "Beantwoord de vragen.",
}
_NL_JE = {**_NL_U, "gapfill_no_bank": "Lees de tekst. Vul in elk gat een passend woord in."}

INSTRUCTIONS: dict[str, dict[str, dict[str, str]]] = {
    "de": {"sie": _DE_SIE, "du": _DE_DU},
    "en": {"sie": _EN, "du": _EN},
    "fr": {"sie": _FR_VOUS, "du": _FR_TU},
    "es": {"sie": _ES_USTED, "du": _ES_TU},
    "it": {"sie": _IT_LEI, "du": _IT_TU},
    "nl": {"sie": _NL_U, "du": _NL_JE},  # Dutch imperatives are the same in both registers
}


def instructions(lang: str, address: str, distractors: int = 2) -> MappingProxyType[str, Any]:
    """The section instructions; the gap-fill line says how many words are left over."""
    table = dict(INSTRUCTIONS[lang][address])
    if distractors != 2:
        table["gapfill"] = _left_over(table["gapfill"], distractors)
    return MappingProxyType(table)


_TWO = {"Zwei": "{n}", "Two": "{n}", "Deux": "{n}", "Sobran dos": "Sobran {n}",
        "Due": "{n}", "Twee": "{n}"}


def _left_over(line: str, n: int) -> str:
    if n == 0:  # no word is left over: the last sentence goes
        return line.rsplit(". ", 1)[0] + "."
    for word, pattern in _TWO.items():
        if word in line:
            return line.replace(word, pattern.format(n=n))
    return line
