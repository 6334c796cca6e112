"""The TOML config file: exactly the option names, each with the type its option takes.

Keys are the build options' names as the command line spells them (`max-cards`,
`known-words`; underscores work too). A value of the wrong type is a one-line error naming
the key, never an internal error further on.
"""

from __future__ import annotations

import difflib
import tomllib
from dataclasses import fields
from pathlib import Path
from typing import Any

from .errors import UsageError
from .options import Options, read_word_list

# Spellings the command line uses for an Options field of another name.
ALIASES = {"format": "formats"}
# Lists the command line takes comma-separated ("--format html,tsv"); a config may do the same.
COMMA_LISTS = frozenset({"formats", "cards", "anki_decks"})
# Options a config file does not set: they are worked out during a build.
DERIVED = frozenset({"collection_words", "known_words_file"})
# Settings whose string value is a file to read, as the command line's --known-words is.
WORD_LIST_FILES = frozenset({"known_words"})


def _kind(type_name: str) -> str:
    """The value kind a field takes, from its annotation ('float | None' -> 'float')."""
    base = type_name.replace(" | None", "").strip()
    if base.startswith(("frozenset", "tuple", "list")):
        return "list"
    return base


FIELD_KINDS: dict[str, str] = {f.name: _kind(str(f.type)) for f in fields(Options) if f.name not in DERIVED}
TUPLES = frozenset(f.name for f in fields(Options) if str(f.type).startswith("tuple"))


def setting_name(key: str, path: str) -> str:
    """The Options field for `key`, or an error naming the closest option."""
    name = key.replace("-", "_")
    name = ALIASES.get(name, name)
    if name in FIELD_KINDS:
        return name
    spelt = [n.replace("_", "-") for n in (*FIELD_KINDS, *ALIASES)]
    close = difflib.get_close_matches(key.replace("_", "-"), spelt, n=1, cutoff=0.6)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    raise UsageError(f"config file {path!r}: unknown setting {key!r}{hint}")


def _type_error(key: str, value: Any, expected: str, path: str) -> UsageError:
    return UsageError(f"config file {path!r}: {key} must be {expected}, not {value!r}")


def _list_value(name: str, key: str, value: Any, path: str) -> frozenset[str] | tuple[str, ...]:
    if isinstance(value, str):
        if name in WORD_LIST_FILES:
            return read_word_list(value)
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _type_error(key, value, "a list of strings", path)
    if name in COMMA_LISTS:
        value = [part.strip() for v in value for part in v.split(",") if part.strip()]
        if name != "anki_decks":  # deck names keep their case; format and card names have none
            value = [v.lower() for v in value]
    return tuple(value) if name in TUPLES else frozenset(value)


def convert(name: str, key: str, value: Any, path: str) -> Any:
    """`value` as field `name` takes it, or a one-line UsageError."""
    kind = FIELD_KINDS[name]
    if kind == "list":
        return _list_value(name, key, value, path)
    if kind == "bool":
        if not isinstance(value, bool):
            raise _type_error(key, value, "true or false", path)
        return value
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise _type_error(key, value, "a whole number", path)
        return value
    if kind == "float":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _type_error(key, value, "a number", path)
        return float(value)
    if not isinstance(value, str):
        raise _type_error(key, value, "a string", path)
    return value


def load_config(path: str | Path) -> dict[str, Any]:
    """The settings of the TOML file at `path` (top level, or a [quizgen] table)."""
    where = str(path)
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"cannot read config file {where!r}: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise UsageError(f"config file {where!r} is not UTF-8 text") from exc
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"config file {where!r} is not valid TOML: {exc}") from exc
    table = data.get("quizgen", data)
    if not isinstance(table, dict):
        raise UsageError(f"config file {where!r}: [quizgen] must be a table")
    config: dict[str, Any] = {}
    for key, value in table.items():
        if isinstance(value, dict):
            raise UsageError(f"config file {where!r}: unknown table [{key}]")
        name = setting_name(key, where)
        config[name] = convert(name, key, value, where)
        if name in WORD_LIST_FILES and isinstance(value, str):
            config[f"{name}_file"] = value
    return config
