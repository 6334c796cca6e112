"""Reading dictd dictionaries (`*.index` + `*.dict.dz` or `*.dict`) without loading them whole.

The index is one line per headword, `key<TAB>offset<TAB>length`, sorted by key, with offset and
length written in base 64 (dictd's alphabet A-Z a-z 0-9 + /). It is memory-mapped and searched
by bisection over byte positions, so opening a 12 MB index costs nothing and a lookup reads a
few dozen lines. The data file is dictzip: gzip whose header carries an "RA" extra field listing
the compressed size of each fixed-size chunk, so one entry is read by inflating only its chunks.
"""

from __future__ import annotations

import mmap
import os
import struct
import zlib
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ...errors import InputError

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUE = {c: i for i, c in enumerate(B64)}
GZIP_MAGIC = b"\x1f\x8b"
FEXTRA, FNAME, FCOMMENT, FHCRC = 4, 8, 16, 2
CHUNK_CACHE = 256  # inflated chunks kept (~60 kB each): ranking senses looks up hundreds of words


def b64_decode(text: str) -> int:
    """dictd's base-64 number: most significant digit first."""
    value = 0
    for char in text:
        try:
            value = value * 64 + _B64_VALUE[char]
        except KeyError:
            raise ValueError(f"bad base-64 digit {char!r} in {text!r}") from None
    return value


def b64_encode(value: int) -> str:
    digits = ""
    while True:
        value, rest = divmod(value, 64)
        digits = B64[rest] + digits
        if not value:
            return digits


def index_key(word: str) -> str:
    """How dictfmt turns a headword into an index key: lower case, letters, digits and spaces."""
    kept = "".join(c for c in word.lower() if c.isalnum() or c == " ")
    return " ".join(kept.split())


@dataclass(frozen=True)
class IndexEntry:
    key: str
    offset: int
    length: int


class DictdIndex:
    """A sorted dictd index, memory-mapped and searched by bisection."""

    def __init__(self, path: Path) -> None:
        self.path = path
        with open(path, "rb") as handle:
            size = handle.seek(0, 2)
            self._map = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) if size else b""

    def _line_at(self, pos: int) -> tuple[int, int]:
        """Start and end of the line holding byte `pos`."""
        start = self._map.rfind(b"\n", 0, pos) + 1
        end = self._map.find(b"\n", pos)
        return start, len(self._map) if end < 0 else end

    def _first_at_or_after(self, key: bytes) -> int:
        """Byte position of the first line whose key is >= `key`."""
        low, high = 0, len(self._map)
        while low < high:
            start, end = self._line_at((low + high) // 2)
            line_key = self._map[start:end].split(b"\t", 1)[0]
            if line_key < key:
                low = end + 1
            else:
                high = start
        return low

    def lookup(self, word: str) -> list[IndexEntry]:
        """Every index line whose key equals `word`'s key, in file order."""
        key = index_key(word).encode("utf-8")
        found = []
        for line_key, line in self._lines_from(key):
            if line_key != key:
                break  # the longer keys built on it follow ('elefantenbulle'): none is it
            found.append(self._parse(line.decode("utf-8", "replace").split("\t")))
        return found

    def _lines_from(self, key: bytes) -> Iterator[tuple[bytes, bytes]]:
        """(key, line) of the index lines from the first whose key is `key` or after, as
        long as their keys start with `key`: the index is sorted, so they stand together."""
        pos = self._first_at_or_after(key)
        while pos < len(self._map):
            start, end = self._line_at(pos)
            line = self._map[start:end]
            line_key = line.split(b"\t", 1)[0]
            if not line_key.startswith(key):
                return
            yield line_key, line
            pos = end + 1

    def keys_starting(self, prefix: str, limit: int = 200) -> list[str]:
        """Up to `limit` distinct index keys that start with `prefix`'s key, in index order:
        the headwords built on a word ('elefantenbulle' for 'elefant')."""
        found: list[str] = []
        for line_key, _ in self._lines_from(index_key(prefix).encode("utf-8")):
            if len(found) >= limit:
                break
            if not found or found[-1] != line_key.decode("utf-8", "replace"):
                found.append(line_key.decode("utf-8", "replace"))
        return found

    def _parse(self, fields: list[str]) -> IndexEntry:
        if len(fields) < 3:
            raise InputError(f"{str(self.path)!r}: malformed index line {chr(9).join(fields)!r}")
        try:
            return IndexEntry(fields[0], b64_decode(fields[1]), b64_decode(fields[2]))
        except ValueError as exc:
            raise InputError(f"{str(self.path)!r}: {exc}") from exc


def _skip_zero_terminated(data: bytes, pos: int) -> int:
    return data.index(b"\0", pos) + 1


def read_gzip_header(head: bytes) -> tuple[int, bytes]:
    """Length of a gzip header and the payload of its FEXTRA field (b"" if none)."""
    if head[:2] != GZIP_MAGIC or head[2] != 8:
        raise ValueError("not a gzip file")
    flags, pos, extra = head[3], 10, b""
    if flags & FEXTRA:
        (xlen,) = struct.unpack_from("<H", head, pos)
        extra, pos = head[pos + 2 : pos + 2 + xlen], pos + 2 + xlen
    if flags & FNAME:
        pos = _skip_zero_terminated(head, pos)
    if flags & FCOMMENT:
        pos = _skip_zero_terminated(head, pos)
    if flags & FHCRC:
        pos += 2
    return pos, extra


def random_access_field(extra: bytes) -> tuple[int, list[int]] | None:
    """dictzip's RA subfield: (uncompressed chunk length, compressed size of each chunk)."""
    pos = 0
    while pos + 4 <= len(extra):
        ident, size = extra[pos : pos + 2], struct.unpack_from("<H", extra, pos + 2)[0]
        body = extra[pos + 4 : pos + 4 + size]
        if ident == b"RA" and len(body) >= 6:
            _version, chunk_len, count = struct.unpack_from("<HHH", body)
            return chunk_len, list(struct.unpack_from(f"<{count}H", body, 6))
        pos += 4 + size
    return None


class DictdData:
    """The text of a dictd `.dict` or `.dict.dz` file, read by byte offset and length."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle = open(path, "rb")  # noqa: SIM115 - kept open for the dictionary's lifetime
        self._chunks: OrderedDict[int, bytes] = OrderedDict()
        self._whole: bytes | None = None
        self._chunk_len = 0
        self._starts: list[int] = []
        if self._handle.read(2) == GZIP_MAGIC:
            self._open_gzip()
        self._handle.seek(0)

    def _open_gzip(self) -> None:
        self._handle.seek(0)
        head = self._handle.read(12 + 65535 + 4096)
        try:
            start, extra = read_gzip_header(head)
        except (ValueError, IndexError, struct.error) as exc:
            raise InputError(f"{str(self.path)!r}: broken gzip header ({exc})") from exc
        layout = random_access_field(extra)
        if layout is None:  # plain gzip: no random access, inflate once
            self._handle.seek(0)
            self._whole = zlib.decompress(self._handle.read(), zlib.MAX_WBITS | 16)
            return
        self._chunk_len, sizes = layout
        self._starts = [start]
        for size in sizes:
            self._starts.append(self._starts[-1] + size)

    def _chunk(self, number: int) -> bytes:
        if number in self._chunks:
            self._chunks.move_to_end(number)
            return self._chunks[number]
        if number + 1 >= len(self._starts):
            raise InputError(f"{str(self.path)!r}: entry lies past the last chunk")
        raw = self._read_at(self._starts[number], self._starts[number + 1] - self._starts[number])
        try:
            data = zlib.decompressobj(-zlib.MAX_WBITS).decompress(raw)
        except zlib.error as exc:
            raise InputError(f"{str(self.path)!r}: chunk {number} is corrupt ({exc})") from exc
        self._chunks[number] = data
        if len(self._chunks) > CHUNK_CACHE:
            self._chunks.popitem(last=False)
        return data

    def read(self, offset: int, length: int) -> str:
        if self._whole is not None:
            raw = self._whole[offset : offset + length]
        elif self._starts:
            first, last = offset // self._chunk_len, (offset + length - 1) // self._chunk_len
            joined = b"".join(self._chunk(n) for n in range(first, last + 1))
            skip = offset - first * self._chunk_len
            raw = joined[skip : skip + length]
        else:
            raw = self._read_at(offset, length)
        return raw.decode("utf-8", "replace")

    def _read_at(self, offset: int, length: int) -> bytes:
        """`length` bytes from `offset`, leaving the file position alone: processes forked
        after the dictionary was opened share its file descriptor, and with seek() and
        read() each would move the others' position in the middle of a read."""
        if not hasattr(os, "pread"):  # Windows, which does not fork
            self._handle.seek(offset)
            return self._handle.read(length)
        parts, fd = [], self._handle.fileno()
        while length > 0:
            part = os.pread(fd, length, offset)
            if not part:
                break
            parts.append(part)
            offset, length = offset + len(part), length - len(part)
        return b"".join(parts)

    def close(self) -> None:
        self._handle.close()


class DictdDictionary:
    """A dictd dictionary: look a word up, get the raw text of every matching entry."""

    def __init__(self, index_path: Path, data_path: Path) -> None:
        self.name = index_path.name.removesuffix(".index")
        self.index_path = index_path
        self.index = DictdIndex(index_path)
        self.data = DictdData(data_path)

    @classmethod
    def open(cls, path: str | Path) -> DictdDictionary:
        """Open from the index, the data file, or their common stem."""
        index, data = dictd_files(Path(path))
        return cls(index, data)

    def lookup(self, word: str) -> list[str]:
        return [self.data.read(e.offset, e.length) for e in self.index.lookup(word)]

    def headwords_starting(self, prefix: str, limit: int = 200) -> list[str]:
        return self.index.keys_starting(prefix, limit)


def dictd_files(path: Path) -> tuple[Path, Path]:
    """The (index, data) pair a user's path names; raises InputError if either is missing."""
    name = path.name
    for suffix in (".index", ".dict.dz", ".dict"):
        if name.endswith(suffix):
            name = name.removesuffix(suffix)
            break
    stem = path.with_name(name)
    index = stem.with_name(name + ".index")
    data = next((p for p in (stem.with_name(name + ".dict.dz"), stem.with_name(name + ".dict"))
                 if p.is_file()), None)
    if not index.is_file() or data is None:
        raise InputError(f"no dictd dictionary at {str(path)!r} (need {name}.index and {name}.dict.dz)")
    return index, data
