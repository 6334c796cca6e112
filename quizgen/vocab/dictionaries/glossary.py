"""A teacher's glossary: TSV or CSV rows of lemma, meaning and an optional note."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from ...errors import InputError, UsageError

HEADER_WORDS = frozenset({"lemma", "word", "term", "wort"})


@dataclass(frozen=True)
class GlossaryEntry:
    lemma: str
    meaning: str
    note: str | None = None

    @property
    def text(self) -> str:
        return f"{self.meaning} ({self.note})" if self.note else self.meaning


def _dialect(path: Path, text: str) -> str:
    """Tab for .tsv files and for text whose first row has a tab; comma otherwise."""
    if path.suffix.lower() == ".tsv":
        return "\t"
    first = next((line for line in text.splitlines() if line.strip()), "")
    return "\t" if "\t" in first else ","


def _rows(path: Path, text: str) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text), delimiter=_dialect(path, text))
    rows = [[cell.strip() for cell in row] for row in reader]
    rows = [r for r in rows if any(r) and not r[0].startswith("#")]
    if rows and rows[0][0].lower() in HEADER_WORDS:
        rows = rows[1:]
    return rows


class Glossary:
    """Lemma -> meaning, matched exactly first and then regardless of case."""

    def __init__(self, path: Path, entries: list[GlossaryEntry]) -> None:
        self.path = path
        self.name = path.name
        self._exact = {e.lemma: e for e in entries}
        self._folded = {e.lemma.casefold(): e for e in reversed(entries)}

    def __len__(self) -> int:
        return len(self._exact)

    @classmethod
    def read(cls, path: str | Path) -> Glossary:
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except FileNotFoundError as exc:
            raise UsageError(f"glossary {str(path)!r} does not exist") from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read glossary {str(path)!r}: {exc}") from exc
        entries = []
        for number, row in enumerate(_rows(path, text), start=1):
            if len(row) < 2 or not row[0] or not row[1]:
                raise InputError(f"glossary {str(path)!r}: row {number} {row!r} needs a lemma and a meaning")
            note = row[2] if len(row) > 2 and row[2] else None
            entries.append(GlossaryEntry(row[0], row[1], note))
        return cls(path, entries)

    def lookup(self, lemma: str) -> GlossaryEntry | None:
        return self._exact.get(lemma) or self._folded.get(lemma.casefold())
