"""Writing files so that a failure never leaves half a file or destroys an older one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import IO, Iterator


@contextlib.contextmanager
def atomic_write(target: str | os.PathLike, binary: bool = True, prefix: str = ".followup-") -> Iterator[IO]:
    """Yield a temporary file beside target; when the block ends it is synced and renamed over target.

    If the block raises, the temporary file is removed and any existing target is untouched.
    """
    target = Path(target)
    fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8"})) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_text_file(target: str | os.PathLike, text: str) -> Path:
    """Write text as UTF-8 (lone surrogates as U+FFFD) to a temporary file, then rename it over target."""
    with atomic_write(target) as fh:
        fh.write(text.encode("utf-8", "surrogatepass").decode("utf-8", "replace").encode("utf-8"))
    return Path(target)
