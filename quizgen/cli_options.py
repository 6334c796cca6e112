"""The command line's shared parts: the option groups several commands take, the Options
they make, and how errors become exit codes and one-line messages."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import fields
from functools import wraps
from typing import Any

import click

from .errors import QuizgenError
from .languages import SUPPORTED
from .options import LEVEL_LEMMAS, Options, load_config, read_word_list


def _fail(message: str, code: int) -> None:
    click.echo(f"quizgen: error: {message}", err=True)
    sys.exit(code)


def handle_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """QuizgenError -> one line and its exit code; anything else -> exit 1 (traceback with --debug)."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        debug = kwargs.pop("debug", False)
        click.get_current_context().meta["quizgen.debug"] = debug
        try:
            return func(*args, **kwargs)
        except QuizgenError as exc:
            if debug:
                raise
            _fail(str(exc), exc.exit_code)
        except KeyboardInterrupt:
            _fail("interrupted", 130)
        except Exception as exc:
            if debug:
                raise
            _fail(f"internal error: {exc.__class__.__name__}: {exc} (run with --debug for details)", 1)

    return wrapper


# What Options leaves unset means its own default: the help shows that default, read from
# Options, so that the two cannot disagree.
OPTION_DEFAULTS: dict[str, Any] = {f.name: f.default for f in fields(Options)}


def shown_default(name: str) -> str:
    """'[default: 10]' for the Options field `name` (a tuple as a comma-separated list)."""
    value = OPTION_DEFAULTS[name]
    return f"[default: {','.join(value) if isinstance(value, tuple) else value}]"


def debug_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--debug", is_flag=True, help="Show tracebacks for errors.")(func)


def analysis_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Options every command that analyses text shares."""
    decorators = [
        click.option("--lang", default=OPTION_DEFAULTS["lang"], show_default=True,
                     help=f"Language of the text ({', '.join(SUPPORTED)}) or auto."),
        click.option("--spacy-model", default=None,
                     help="A trained spaCy pipeline to use instead of quizgen's own analysis "
                          "(default: one installed for the language; none: quizgen's own)."),
        click.option("--max-input-mb", type=float, default=OPTION_DEFAULTS["max_input_mb"], show_default=True,
                     help="Refuse input files larger than this many megabytes."),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


def selection_options(func: Callable[..., Any]) -> Callable[..., Any]:
    decorators = [
        click.option("--level", type=click.Choice(list(LEVEL_LEMMAS), case_sensitive=False),
                     default=None,
                     help=f"Learner's CEFR level; sets the vocabulary size. {shown_default('level')}"),
        click.option("--min-zipf", type=float, default=None, help="Only words at least this frequent."),
        click.option("--max-zipf", type=float, default=None,
                     help="Only words less frequent than this (overrides --level)."),
        click.option("--cognates", type=click.Choice(["keep", "last", "drop"]), default=None,
                     help="Words spelt like their meaning (Artillerie/artillery): keep them in "
                          f"rank, rank them last or drop them. {shown_default('cognates')}"),
        click.option("--max-cards", type=int, default=None,
                     help=f"At most this many words (0: all). {shown_default('max_cards')}"),
        click.option("--known-words", type=click.Path(dir_okay=False), default=None,
                     help="File of lemmas the learner knows, one per line."),
        click.option("--include", multiple=True, help="Always choose this lemma (repeatable)."),
        click.option("--exclude", multiple=True, help="Never choose this lemma (repeatable)."),
        click.option("--config", type=click.Path(dir_okay=False), default=None,
                     help="TOML file with default options."),
        *collection_options(),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


def collection_options() -> list[Callable[..., Any]]:
    """The learner's Anki collection as a guide to what they know (docs/anki.md)."""
    return [
        click.option("--anki-collection", type=click.Path(dir_okay=False), default=None,
                     help="The learner's Anki collection (collection.anki2, .colpkg or .apkg): "
                          "skip the words they know, keep their edits."),
        click.option("--anki-decks", default=None,
                     help='Comma-separated deck names or patterns to read ("Deutsch*"). '
                          "[default: every deck]"),
        click.option("--known-interval", type=int, default=None,
                     help="Days of review interval at which a card's words count as known. "
                          + shown_default("known_interval")),
    ]


def comma_list(value: str, lower: bool = True) -> tuple[str, ...]:
    return tuple(v.strip().lower() if lower else v.strip() for v in value.split(",") if v.strip())


def make_options(**given: Any) -> Options:
    """Options from the config file, then the command line (which wins)."""
    settings: dict[str, Any] = {}
    config = given.pop("config", None)
    if config:
        settings.update(load_config(config))
    known = given.pop("known_words", None)
    if known:
        settings["known_words"] = read_word_list(known)
        settings["known_words_file"] = known
    for key in ("include", "exclude", "drop_questions"):
        values = given.pop(key, ())
        if values:
            settings[key] = frozenset(values)
    fmt = given.pop("format", None)
    if fmt:
        settings["formats"] = comma_list(fmt)
    for key in ("cards", "anki_decks"):
        value = given.pop(key, None)
        if value:
            settings[key] = comma_list(value, lower=key == "cards")
    settings.update({k: v for k, v in given.items() if v is not None})
    for key in ("known_words", "include", "exclude", "drop_questions"):
        if key in settings and not isinstance(settings[key], frozenset):
            settings[key] = frozenset(settings[key])
    if "formats" in settings and isinstance(settings["formats"], list):
        settings["formats"] = tuple(settings["formats"])
    return Options(**settings)
