"""Certificate files on disk: each written whole under a temporary name, flushed to the disk and
only then given its name, so that a file bearing a certificate's name is always complete; their
names in plain letters that any file system and e-mail accept."""

from __future__ import annotations

import os
import re
import unicodedata
import zipfile
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from io import BytesIO
from pathlib import Path

from ...domain.errors import Refusal
from .. import centre
from . import halts

TEMPORARY_SUFFIX = ".part"
# fsync waits for the disk; many at once let the file system commit them together (500 files:
# ~3.4 s one after the other here, ~0.3 s side by side).
_WRITERS = 32


class FolderNotWritable(Refusal, OSError):
    pass


def plain(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").upper()


def file_name(serial: str, family_name: str, pattern: str | None = None, given_names: str = "",
              course: str = "") -> str:
    """A single certificate's file name, from the centre's pattern ({serial}_{family} unless set),
    in plain letters so that any file system and e-mail takes it."""
    pattern = pattern or centre.load().certificate_file_pattern
    name = pattern.format(serial=serial, family=plain(family_name) or "PARTICIPANT", given=plain(given_names),
                          course=plain(course))
    return re.sub(r"[\\/:*?\"<>|]+", "-", name) + ".pdf"


def course_stem(course_code: str) -> str:
    return course_code.replace("/", "_")


def prepare_folder(folder: Path) -> None:
    """The folder made if need be and checked writable; files a killed run left half-written removed."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".write-test{TEMPORARY_SUFFIX}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise FolderNotWritable("The certificates cannot be written into {folder}: {problem}. Nothing was issued.",
                                folder=folder, problem=exc.strerror or exc) from None
    remove_temporaries(folder)


def remove_temporaries(folder: Path) -> None:
    for stale in folder.glob(f".*{TEMPORARY_SUFFIX}"):
        stale.unlink(missing_ok=True)


def _write_one(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}{TEMPORARY_SUFFIX}")
    try:
        with open(temporary, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        halts.point("writing")
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows makes a rename durable without a handle on the folder
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def write_all(folder: Path, files: Iterable[tuple[str, bytes]]) -> list[Path]:
    """Every file written whole and on the disk, under its name, before this returns; on an error
    none of the temporary files stays behind (the complete ones already named do)."""
    items = [(folder / name, data) for name, data in files]
    try:
        with ThreadPoolExecutor(_WRITERS) as pool:
            list(pool.map(lambda item: _write_one(*item), items))
        _sync_folder(folder)
    except OSError as exc:
        remove_temporaries(folder)
        raise FolderNotWritable("The certificates cannot be written into {folder}: {problem}. Nothing was issued.",
                                folder=folder, problem=exc.strerror or exc) from None
    return [path for path, _ in items]


def zipped(files: list[tuple[str, bytes]]) -> bytes:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))  # the same bytes each time
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue()
