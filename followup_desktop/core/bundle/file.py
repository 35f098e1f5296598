"""Reading a bundle file without holding it in memory (ijson, an incremental JSON parser).

Pass one reads the whole file, keeps its top level (everything but the applications) and
counts the applications, so a file that is cut short or not JSON is refused before anything
is written. Pass two hands out the applications one at a time.
"""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

from followup_desktop.core.bundle.rows import BundleError

MAX_BUNDLE_BYTES = 2 * 1024**3  # refuse absurd files before reading them
MAX_DEPTH = 64  # a bundle nests about ten levels deep; far deeper is an attack on the parser
_STARTS = frozenset(("start_map", "start_array"))
_ENDS = frozenset(("end_map", "end_array"))
_ITEM_STARTS = frozenset(("start_map", "start_array", "string", "number", "boolean", "null"))


@contextmanager
def reading(path: Path) -> Iterator[Any]:
    """Open a bundle file (size checked, a UTF-8 byte order mark skipped), turning every way it can
    fail to be read or parsed inside the block, by ijson or json, into a BundleError."""
    import json

    import ijson

    try:
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > MAX_BUNDLE_BYTES:
                raise BundleError(f"{path.name} is too large to be a bundle ({size // 2**20} MB).")
            if fh.read(len(codecs.BOM_UTF8)) != codecs.BOM_UTF8:  # some editors start UTF-8 with a BOM
                fh.seek(0)
            yield fh
    except BundleError:
        raise
    except FileNotFoundError as exc:
        raise BundleError(f"There is no file {path}.") from exc
    except IsADirectoryError as exc:
        raise BundleError(f"{path} is a folder, not a bundle file.") from exc
    except OSError as exc:
        raise BundleError(f"{path} cannot be read: {exc.strerror or exc}.") from exc
    except UnicodeDecodeError as exc:
        raise BundleError(f"{path.name} is not a bundle: it is not UTF-8 text.") from exc
    except (ijson.JSONError, json.JSONDecodeError, RecursionError) as exc:
        detail = _parser_words(exc)
        if "invalid bytes in UTF8" in detail:  # Latin-1 and other encodings: the C parser's words
            raise BundleError(f"{path.name} is not a bundle: it is not UTF-8 text.") from exc
        if "premature EOF" in detail:  # the C parser calls every error "incomplete": read its words
            detail = "it ends too soon; the file may have been cut short"
        raise BundleError(f"{path.name} is not a bundle: it is not valid JSON ({detail}).") from exc


_QUOTED = re.compile("'[^']*'|\"[^\"]*\"")


def _parser_words(exc: BaseException) -> str:
    """What the JSON parser says went wrong, without the file's text it quotes.

    The C parser's message is bytes, and its lines after the first show the text around the
    fault: a bundle's text is private, and not always readable. Only the first line is kept.
    """
    message = exc.args[0] if exc.args else ""
    if isinstance(message, bytes):
        message = message.decode("utf-8", "replace")
    first = (str(message).strip().splitlines() or ["unreadable"])[0]
    return _QUOTED.sub("…", first)[:200]


_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")  # \ud800-\udfff: half of a pair, or a lone half


def _parser_for(fh: BinaryIO) -> Any:
    """ijson's C parser; its pure-Python one for a file that holds a surrogate escape.

    The C parser turns a lone surrogate escape ("\\ud800") into "?", or (a lone low half) into bytes
    that are not UTF-8 at all; the store's rule for such text is U+FFFD, which the Python parser's
    lone surrogate becomes when it is stored. Escapes are rare, so the slower parser seldom runs.
    """
    import ijson

    start, tail = fh.tell(), b""
    try:
        while chunk := fh.read(2**16):  # small pieces: import's memory stays bounded
            if _SURROGATE_ESCAPE.search(chunk) or _SURROGATE_ESCAPE.search(tail + chunk[:5]):
                return ijson.get_backend("python")
            tail = chunk[-5:]
        return ijson
    finally:
        fh.seek(start)


def scan(path: str | os.PathLike[str]) -> tuple[dict[str, Any], int, int]:
    """Pass one: the top level without the applications' contents, how many applications, the size."""
    import ijson

    path = Path(path)
    top: dict[str, Any] = {}
    count = 0
    with reading(path) as fh:
        size = os.fstat(fh.fileno()).st_size
        events = _parser_for(fh).basic_parse(fh, use_float=True)  # no prefixes: they grow with the nesting
        first = next(events, None)
        if first is None:  # pragma: no cover - the parser reports an empty file as cut short
            raise BundleError(f"{path.name} is not a bundle: it is not valid JSON (the file is empty).")
        if first[0] != "start_map":
            raise BundleError('This file is not a FollowUp Desktop bundle (its "format" is missing or wrong).')
        key, builder, depth, in_applications = "", None, 1, False
        for event, value in events:
            before = depth
            if event in _STARTS:
                depth += 1
                if depth > MAX_DEPTH:
                    raise BundleError(f"{path.name} is not a bundle: it is nested too deeply.")
            elif event in _ENDS:
                depth -= 1
            if builder is not None:  # inside a top-level value other than the applications
                builder.event(event, value)
                if depth == 1:
                    top[key], builder = builder.value, None
            elif in_applications:
                if before == 2 and event in _ITEM_STARTS:
                    count += 1
                in_applications = depth > 1
            elif depth == 0:
                continue  # the end of the document; the parser still refuses anything after it
            elif event == "map_key":
                if value in top:
                    raise BundleError(f"The bundle is not valid: the key {value!r} appears twice at its top level.")
                key = value
            elif key == "applications" and event == "start_array":
                top[key], in_applications = [], True
            else:
                builder = ijson.ObjectBuilder()
                builder.event(event, value)
                if depth == 1:
                    top[key], builder = builder.value, None
    return top, count, size


def applications(path: str | os.PathLike[str]) -> Iterator[dict[str, Any]]:
    """Pass two: the applications, one at a time, in the file's order."""

    path = Path(path)
    with reading(path) as fh:
        yield from _parser_for(fh).items(fh, "applications.item", use_float=True)
