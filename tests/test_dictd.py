"""The dictd reader and the FreeDict entry parser, on tiny dictionaries built here."""

from __future__ import annotations

import gzip
import struct
import zlib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.errors import InputError
from quizgen.vocab.dictionaries.dictd import DictdDictionary, b64_decode, b64_encode, index_key
from quizgen.vocab.dictionaries.freedict import parse_entry

ENTRIES = [
    ("Apfel", "Apfel /ˈapfəl/ <masc, n, sg>\napple <n>\n"),
    ("Bank", "Bank /bˈaŋk/ <fem, n, sg>\nbench <n>\n"),
    ("Bank", "Bank /bˈaŋk/ <fem, n, sg>\n [fin.] bank <n>\n"),
    ("Übung", "Übung <fem, n, sg>\nexercise <n>, practice <n>\n see: {Übungen}\n"),
    ("Zypresse", "Zypresse <fem, n, sg>\ncypress <n>\n" + "   Note: a long note. " * 8 + "\n"),
    ("sich an etw. beteiligen", "sich an etw. beteiligen <v>\ntake part in sth. <v>\n"),
]


def dictzip(data: bytes, chunk_len: int) -> bytes:
    """A dictzip file as dictzip(1) writes it: full flush after each chunk, sizes in 'RA'."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    chunks = []
    for start in range(0, len(data), chunk_len):
        last = start + chunk_len >= len(data)
        piece = compressor.compress(data[start:start + chunk_len])
        chunks.append(piece + compressor.flush(zlib.Z_FINISH if last else zlib.Z_FULL_FLUSH))
    sizes = [len(c) for c in chunks]
    ra = struct.pack(f"<HHH{len(sizes)}H", 1, chunk_len, len(sizes), *sizes)
    extra = b"RA" + struct.pack("<H", len(ra)) + ra
    header = b"\x1f\x8b\x08" + bytes([4 | 8]) + b"\0\0\0\0\x02\x03"
    header += struct.pack("<H", len(extra)) + extra + b"tiny.dict\0"
    trailer = struct.pack("<II", zlib.crc32(data), len(data) & 0xFFFFFFFF)
    return header + b"".join(chunks) + trailer


def write_dictd(folder: Path, kind: str, chunk_len: int = 40) -> Path:
    data, rows = b"", []
    for headword, text in ENTRIES:
        raw = text.encode("utf-8")
        rows.append((index_key(headword).encode(), len(data), len(raw)))
        data += raw
    rows.sort(key=lambda r: r[0])  # stable: equal keys keep file order
    lines = [f"{k.decode()}\t{b64_encode(o)}\t{b64_encode(n)}\n" for k, o, n in rows]
    (folder / "tiny.index").write_text("".join(lines), encoding="utf-8")
    if kind == "dictzip":
        (folder / "tiny.dict.dz").write_bytes(dictzip(data, chunk_len))
    elif kind == "gzip":
        (folder / "tiny.dict.dz").write_bytes(gzip.compress(data, mtime=0))
    else:
        (folder / "tiny.dict").write_bytes(data)
    return folder / "tiny.index"


@pytest.fixture(params=["dictzip", "gzip", "plain"])
def tiny(request, tmp_path) -> DictdDictionary:
    return DictdDictionary.open(write_dictd(tmp_path, request.param))


def test_dictzip_is_valid_gzip(tmp_path):
    data = "".join(text for _, text in ENTRIES).encode()
    assert gzip.decompress(dictzip(data, 40)) == data


@pytest.mark.parametrize(("word", "expected"), [
    ("Apfel", ["Apfel /ˈapfəl/ <masc, n, sg>\napple <n>\n"]),  # first key in the index
    ("APFEL", ["Apfel /ˈapfəl/ <masc, n, sg>\napple <n>\n"]),  # keys are case-folded
    ("Bank", [ENTRIES[1][1], ENTRIES[2][1]]),  # two entries, file order
    ("übung", [ENTRIES[3][1]]),  # non-ASCII key
    ("Zypresse", [ENTRIES[4][1]]),  # spans several chunks
    ("sich an etw. beteiligen", [ENTRIES[5][1]]),  # punctuation dropped from the key
    ("Aal", []), ("Banker", []), ("Zzz", []), ("", []),  # before, between, after
], ids=["first", "case", "duplicates", "umlaut", "multi-chunk", "phrase", "before-first",
        "between", "after-last", "empty"])
def test_lookup(tiny, word, expected):
    assert tiny.lookup(word) == expected


@pytest.mark.parametrize(("prefix", "limit", "expected"), [
    ("Ba", 10, ["bank"]),  # one key for the two 'Bank' entries
    ("sich", 10, ["sich an etw beteiligen"]),
    ("", 2, ["apfel", "bank"]),  # at most `limit`
    ("Banker", 10, []), ("Zz", 10, []),
], ids=["duplicates", "phrase", "limit", "none-between", "none-after"])
def test_headwords_starting(tiny, prefix, limit, expected):
    assert tiny.headwords_starting(prefix, limit) == expected


def test_lookup_reads_only_needed_chunks(tmp_path):
    dictionary = DictdDictionary.open(write_dictd(tmp_path, "dictzip", chunk_len=16))
    dictionary.lookup("Bank")
    sizes = [len(text.encode()) for _, text in ENTRIES]
    first, end = sizes[0], sum(sizes[:3])  # the two Bank entries' bytes
    assert set(dictionary.data._chunks) == set(range(first // 16, (end - 1) // 16 + 1))
    assert len(dictionary.data._chunks) < len(dictionary.data._starts) - 1


@pytest.mark.parametrize("name", ["tiny", "tiny.index", "tiny.dict.dz"], ids=["stem", "index", "data"])
def test_open_by_any_name(tmp_path, name):
    write_dictd(tmp_path, "dictzip")
    assert DictdDictionary.open(tmp_path / name).lookup("Apfel")


def test_missing_data_file_is_an_input_error(tmp_path):
    (tmp_path / "lonely.index").write_text("a\tA\tB\n")
    with pytest.raises(InputError, match="lonely"):
        DictdDictionary.open(tmp_path / "lonely.index")


def test_corrupt_chunk_is_an_input_error(tmp_path):
    write_dictd(tmp_path, "dictzip")
    raw = bytearray((tmp_path / "tiny.dict.dz").read_bytes())
    raw[-40:-8] = b"\xff" * 32
    (tmp_path / "tiny.dict.dz").write_bytes(bytes(raw))
    with pytest.raises(InputError, match="corrupt"):
        DictdDictionary.open(tmp_path / "tiny").lookup("sich an etw. beteiligen")


@given(st.integers(min_value=0, max_value=2**40))
def test_base64_round_trip(value):
    assert b64_decode(b64_encode(value)) == value


@pytest.mark.parametrize(("digits", "value"), [("A", 0), ("B", 1), ("/", 63), ("BA", 64), ("B0", 116)],
                         ids=["zero", "one", "max-digit", "carry", "real"])
def test_base64_values(digits, value):
    assert b64_decode(digits) == value


PARSE_CASES = [
    ("Anlage /ˈanlˌɑːɡə/ <fem, n, sg>\n [comp.] attachment <n>attm.,  /ˈatm/\n"
     "         Note: computer file\n   Synonym: {Anhang}\n\n see: {Anhänge}, {Anlagen}\n",
     "Anlage", "/ˈanlˌɑːɡə/", {"n"}, {"f"}, [("attachment",)], ("Anhänge", "Anlagen")),
    ("Gipfel /ɡˈɪpfəl/ <pl>\nsummits\n see: {Gipfel}\n",
     "Gipfel", "/ɡˈɪpfəl/", {"pl"}, set(), [("summits",)], ("Gipfel",)),
    ("Anlage /ˈanlˌɑːɡə/ (Anl. /ˈanl/) <fem, n, sg>\nenclosure <n>enc.,  /ˈɛnk/\n",
     "Anlage", "/ˈanlˌɑːɡə/", {"n"}, {"f"}, [("enclosure",)], ()),
    ("Gipfel /ɡˈɪpfəl/ <masc, n, sg>\nheight <n>h,  /hˈɑː/ ht,  /hˌɑːtˈeː/\n",
     "Gipfel", "/ɡˈɪpfəl/", {"n"}, {"m"}, [("height",)], ()),
    ("treffen /tɾˈɛfən/ <v, trans>\nafflict sb. <v>, smite sb. <v>\n"
     '      "ins Schwarze treffen"  - hit the mark\n',
     "treffen", "/tɾˈɛfən/", {"v"}, set(), [("afflict sb.", "smite sb.")], ()),
    ("chat /ʃa/\n<n, masc>\n1. cat\n2. tomcat, male cat\n",
     "chat", "/ʃa/", {"n"}, {"m"}, [("cat",), ("tomcat", "male cat")], ()),
    ("Leiter <masc, fem, n, sg>\nladder <n>\n",
     "Leiter", None, {"n"}, {"m", "f"}, [("ladder",)], ()),
    ("sich über etw. freuen /zɪç ˌyːbɜ ˈɛtf frˈɔøən/ <v, refl>\nrejoice at/in/over sth. <v>\n",
     "sich über etw. freuen", "/zɪç ˌyːbɜ ˈɛtf frˈɔøən/", {"v"}, set(), [("rejoice at/in/over sth.",)], ()),
]


@pytest.mark.parametrize(("text", "headword", "ipa", "pos", "genders", "senses", "see"), PARSE_CASES,
                         ids=["labels-notes-refs", "plural-entry", "abbreviation", "translation-ipa",
                              "example-dropped", "numbered-senses", "two-genders",
                              "alternatives-are-no-ipa"])
def test_parse_entry(text, headword, ipa, pos, genders, senses, see):
    entry = parse_entry(text)
    assert (entry.headword, entry.pronunciation) == (headword, ipa)
    assert (set(entry.pos), set(entry.genders)) == (pos, genders)
    assert [s.translations for s in entry.senses] == senses
    assert entry.see_also == see
