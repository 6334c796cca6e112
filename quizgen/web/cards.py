"""A few cards of a built deck as Anki itself shows them: the .apkg imported into a scratch
collection of the real Anki library, each card's question and answer rendered by it."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from ..errors import DependencyError

SHOWN = 4


def render_cards(apkg: Path, count: int = SHOWN) -> list[tuple[str, str]]:
    """(question HTML, answer HTML) of the first `count` cards, in the deck's order."""
    try:
        from anki.collection import Collection, ImportAnkiPackageRequest
    except ImportError as exc:
        raise DependencyError("card preview needs the Anki library (pip install anki)") from exc
    scratch = Path(tempfile.mkdtemp(prefix="cards-", dir=apkg.parent.parent))
    try:
        collection = Collection(str(scratch / "preview.anki2"))
        try:
            collection.import_anki_package(ImportAnkiPackageRequest(package_path=str(apkg)))
            cards = sorted(collection.find_cards(""))[:count]
            return [(card.question(), card.answer())
                    for card in (collection.get_card(cid) for cid in cards)]
        finally:
            collection.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
