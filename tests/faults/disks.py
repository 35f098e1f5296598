"""Disks that fail: a seam under core/files.py's temporary file, and a real small tmpfs where we may mount one.

The seam works everywhere (no privileges). The tmpfs is a real full file system for the whole
program, Qt and python-docx included; it needs root and a kernel that lets us mount (CI runs as
root; tests using it are skipped elsewhere).
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import subprocess
import uuid
from pathlib import Path

from followup_desktop.core import files


class FullDisk(io.FileIO):
    """A temporary file on a disk with `room` bytes free: writes beyond it fail with ENOSPC."""

    room = 4096

    def write(self, data):
        if self.room <= 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        written = super().write(bytes(data[:self.room]))
        self.room -= written
        return written


class LyingDisk(io.FileIO):
    """A disk that says every write succeeded but keeps only `room` bytes (the fault Qt hid from us)."""

    room = 4096

    def write(self, data):
        kept = bytes(data[:max(self.room, 0)])
        if kept:
            super().write(kept)
        self.room -= len(kept)
        return len(data)


class GarblingDisk(io.FileIO):
    """A disk that writes every byte, but zeros over the ones from `start` to `start + length`."""

    start, length = 0, 64

    def write(self, data):
        data = bytearray(data)
        at = self.tell()
        lo, hi = max(self.start - at, 0), min(self.start + self.length - at, len(data))
        if lo < hi:
            data[lo:hi] = bytes(hi - lo)
        return super().write(bytes(data))


def use_disk(monkeypatch, disk: type[io.FileIO], **attributes) -> None:
    """Make every file core/files.py writes from now on go to this kind of disk."""
    kind = type(disk.__name__, (disk,), attributes)
    monkeypatch.setattr(files, "open_temp", lambda fd: kind(fd, "wb"))


def leftovers(folder: Path) -> list[str]:
    """Temporary files left in a folder (there must never be any)."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".") and p.name.endswith(".tmp"))


# --------------------------------------------------------------------- a real full disk
def can_mount() -> bool:
    """True when this process may mount a tmpfs (root, and a kernel or container that allows it)."""
    return os.name == "posix" and os.geteuid() == 0 and _mount_works()


_MOUNT_WORKS: list[bool] = []


def _mount_works() -> bool:
    if not _MOUNT_WORKS:
        probe = Path(f"/tmp/followup-mount-probe-{uuid.uuid4().hex}")
        probe.mkdir()
        try:
            mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe)],
                                     capture_output=True).returncode == 0
            if mounted:
                subprocess.run(["umount", str(probe)], check=True)
            _MOUNT_WORKS.append(mounted)
        except OSError:
            _MOUNT_WORKS.append(False)
        finally:
            probe.rmdir()
    return _MOUNT_WORKS[0]


@contextlib.contextmanager
def small_tmpfs(folder: Path, size_kb: int = 256):
    """A real tmpfs of size_kb mounted at folder for the block."""
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0700", "tmpfs", str(folder)], check=True)
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path, leave_kb: int = 4) -> None:
    """Fill the file system of folder until only about leave_kb kilobytes are free."""
    free = os.statvfs(folder)
    room = free.f_bavail * free.f_frsize - leave_kb * 1024
    if room > 0:
        with open(folder / "filler", "wb") as fh:
            fh.write(bytes(room))
