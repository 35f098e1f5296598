"""Writing files so that a failure never leaves half a file or destroys an older one.

Every file the program writes for the user (PDF, .docx, bundle, calendar) goes through
`atomic_write`: a temporary file beside the target, synced, read back and checked (its size,
and its structure by the caller's `verify`), and only then renamed over the target. A full
disk, a failing device or a damaged copy leaves the older file as it was.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

Verify = Callable[[Path], object]  # raises ValueError (or OSError) when the file is not whole


class WriteFailed(OSError):
    """A file was not written (or not whole); any older file at the target is untouched.

    str() is a sentence fit to show to the user; `strerror` is the short reason.
    """

    def __init__(self, target: Path, reason: str, code: int = errno.EIO, sentence: str = "") -> None:
        super().__init__(code, reason)
        self.target = target
        self.sentence = sentence or f"“{target.name}” could not be saved in “{target.parent}”: {reason}."

    def __str__(self) -> str:
        return self.sentence


def open_temp(fd: int) -> io.RawIOBase:
    """The temporary file, unbuffered (the seam fault-injection tests replace with a failing disk)."""
    return io.FileIO(fd, "wb")


class _Counted(io.RawIOBase):
    """The raw file, counting the bytes it accepted: the read-back compares them with the disk's copy."""

    def __init__(self, raw: io.RawIOBase) -> None:
        super().__init__()
        self.raw, self.accepted = raw, 0

    def writable(self) -> bool:
        return True

    def write(self, data: ReadableBuffer) -> int:
        written = self.raw.write(data)
        self.accepted += written or 0
        return written

    def fileno(self) -> int:
        return self.raw.fileno()

    def close(self) -> None:
        try:
            self.raw.close()
        finally:
            super().close()


@contextlib.contextmanager
def atomic_write(
    target: str | os.PathLike[str], binary: bool = True, prefix: str = ".followup-", verify: Verify | None = None
) -> Iterator[IO[Any]]:
    """Yield a temporary file beside target; when the block ends it is synced, checked and renamed over target.

    The check reads the file back: its size must be what was written, and `verify(path)` (if
    given) must accept its structure. If anything fails, the temporary file is removed, target
    is untouched, and WriteFailed says why in plain words.
    """
    target = Path(target)
    _check_folder(target)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise _failed(exc, target) from exc
    tmp = Path(tmp_name)
    try:
        with contextlib.ExitStack() as closing:
            counted = _Counted(open_temp(fd))
            fh: IO[Any] = closing.enter_context(io.BufferedWriter(counted))
            if not binary:
                fh = closing.enter_context(io.TextIOWrapper(fh, encoding="utf-8"))
            yield fh
            fh.flush()
            os.fsync(counted.fileno())
        _read_back(tmp, counted.accepted, verify, target)
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError) and not isinstance(exc, WriteFailed):
            raise _failed(exc, target) from exc
        raise
    fsync_folder(target.parent)


def write_bytes(
    target: str | os.PathLike[str], data: bytes, verify: Verify | None = None, prefix: str = ".followup-"
) -> Path:
    """Write data to target atomically and checked (see atomic_write); returns the target."""
    with atomic_write(target, prefix=prefix, verify=verify) as fh:
        fh.write(data)
    return Path(target)


def write_text_file(target: str | os.PathLike[str], text: str) -> Path:
    """Write text as UTF-8 (lone surrogates as U+FFFD), atomically and checked (see atomic_write)."""
    data = text.encode("utf-8", "surrogatepass").decode("utf-8", "replace").encode("utf-8")
    return write_bytes(target, data, verify=lambda path: path.read_bytes().decode("utf-8"))


def create_new(folder: Path, names: Iterable[str]) -> Path:
    """Create an empty file under the first of `names` that nothing in `folder` has yet; its path.

    The name is taken in one step (O_EXCL), so a file made meanwhile by another program or
    another export is never overwritten, nor is a link followed. FileExistsError when every name
    is taken; other OSErrors (no permission, read-only) as they come.
    """
    for name in names:
        path = folder / name
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        os.close(fd)
        return path
    raise FileExistsError(errno.EEXIST, "every name is taken", str(folder))


def remove_if_empty(path: Path) -> None:
    """Give back a name taken by create_new whose file was never written."""
    with contextlib.suppress(OSError):
        if path.is_file() and not path.is_symlink() and path.stat().st_size == 0:
            path.unlink()


def _has_older(target: Path) -> bool:
    """True when target holds an earlier file worth naming (an empty one is a name taken by create_new)."""
    try:
        return target.is_file() and target.stat().st_size > 0
    except OSError:
        return False


def _check_folder(target: Path) -> None:
    folder = target.parent
    if target.is_dir():
        raise WriteFailed(target, "it is a folder", errno.EISDIR, f"“{target}” is a folder. Choose a file name.")
    if folder.exists() and not folder.is_dir():
        raise WriteFailed(
            target,
            "it is a file, not a folder",
            errno.ENOTDIR,
            f"“{folder.name}” in “{folder.parent}” is a file, not a folder. Choose a folder.",
        )
    if not folder.is_dir():
        raise WriteFailed(target, "the folder does not exist", errno.ENOENT, f"The folder “{folder}” does not exist.")


def _read_back(tmp: Path, written: int, verify: Verify | None, target: Path) -> None:
    """Refuse a temporary file that is not what was written (short, or structurally damaged)."""
    size = tmp.stat().st_size
    if size != written:
        raise _damaged(target, f"{size:,} of {written:,} bytes reached the disk")
    if verify is not None:
        try:
            verify(tmp)
        except (ValueError, OSError) as exc:
            raise _damaged(target, str(exc) or type(exc).__name__) from exc


def _damaged(target: Path, detail: str) -> WriteFailed:
    return WriteFailed(
        target,
        f"the copy written to the disk does not read back whole ({detail})",
        errno.EIO,
        f"“{target.name}” could not be saved in “{target.parent}”: the copy written to the disk "
        f"does not read back whole ({detail}). The disk may be full or failing. "
        + (f"The older “{target.name}” was left as it was." if _has_older(target) else ""),
    )


def _failed(exc: OSError, target: Path) -> WriteFailed:
    """Explain an OS error while writing target without jargon."""
    where, name = f"“{target.parent}”", f"“{target.name}”"
    kept = f" The older {name} was left as it was." if _has_older(target) else ""
    code = exc.errno or errno.EIO
    if code in (errno.EACCES, errno.EPERM):
        return WriteFailed(
            target,
            "permission denied",
            code,
            f"You do not have permission to save in the folder {where}, or {name} "
            "is open in another program. Choose another folder or close the file." + kept,
        )
    if code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return WriteFailed(
            target,
            "the disk is full",
            code,
            f"The disk is full: {name} could not be saved in {where}. Free some space." + kept,
        )
    if code == errno.EROFS:
        return WriteFailed(
            target, "the folder is read-only", code, f"The folder {where} is read-only. Choose another folder." + kept
        )
    if code == errno.EISDIR:
        return WriteFailed(target, "it is a folder", code, f"“{target}” is a folder. Choose a file name.")
    reason = exc.strerror or str(exc) or type(exc).__name__
    return WriteFailed(target, reason, code, f"{name} could not be saved in {where}: {reason}." + kept)


def fsync_folder(folder: Path) -> None:
    """Make a rename durable where the platform allows it (not on Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
