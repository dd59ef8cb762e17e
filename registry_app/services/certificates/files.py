"""Certificate files on disk, in two steps: staged (each written whole and flushed to the disk, but
under no name yet), then named once the register has recorded what they hold. On Linux a staged
file is an unnamed file (O_TMPFILE) that the kernel deletes by itself if the program dies, so that
a kill at any moment leaves in the folder nothing but whole files of recorded certificates. Where
unnamed files are not supported (other systems, some file systems) a staged file has a temporary
name (".NAME.XXXX.part") until it is renamed, and the next run into the folder removes any that a
killed run left. File names in plain letters that any file system and e-mail accept."""

from __future__ import annotations

import os
import re
import secrets
import unicodedata
import zipfile
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

from ...domain.errors import Refusal
from .. import centre
from . import halts

TEMPORARY_SUFFIX = ".part"
# fsync waits for the disk; many at once let the file system commit them together (500 files:
# ~3.4 s one after the other here, ~0.3 s side by side).
_WRITERS = 32
_SPARE_DESCRIPTORS = 128  # left for the database, fonts and the rest while the staged files are held open
_PROC_FD = Path("/proc/self/fd")


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
        probe = folder / f".write-test.{secrets.token_hex(4)}{TEMPORARY_SUFFIX}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise _not_writable(folder, exc) from None
    remove_temporaries(folder)


def remove_temporaries(folder: Path) -> None:
    for stale in folder.glob(f".*{TEMPORARY_SUFFIX}"):
        stale.unlink(missing_ok=True)


def _not_writable(folder: Path, exc: OSError) -> FolderNotWritable:
    return FolderNotWritable("The certificates cannot be written into {folder}: {problem}. Nothing was issued.",
                             folder=folder, problem=exc.strerror or exc)


def not_named(folder: Path, exc: OSError) -> FolderNotWritable:
    """For files that could not be named once their certificates were recorded."""
    return FolderNotWritable("The certificates were issued, but their files could not all be written into "
                             "{folder}: {problem}. Print the originals again into a folder that can be written.",
                             folder=folder, problem=exc.strerror or exc)


@dataclass
class _Staged:
    """One file on the disk, whole, waiting for its name: an open unnamed file, or a temporary name."""
    path: Path
    descriptor: int | None = None
    temporary: Path | None = None

    def name(self, folder_descriptor: int | None) -> None:
        if self.descriptor is not None:
            assert folder_descriptor is not None
            _link(self.descriptor, folder_descriptor, self.path.name)
        else:
            assert self.temporary is not None
            os.replace(self.temporary, self.path)
            self.temporary = None
        self.close()

    def close(self) -> None:
        if self.descriptor is not None:
            os.close(self.descriptor)  # an unnamed file not linked yet is gone with its last descriptor
            self.descriptor = None
        if self.temporary is not None:
            self.temporary.unlink(missing_ok=True)
            self.temporary = None


def _link(descriptor: int, folder: int, name: str) -> None:
    """The unnamed file given its name; a file already there (the same course printed again into the
    folder) is replaced. Linux cannot link over a name: between the two steps the name is briefly
    absent, never a temporary file that a kill would leave behind. (With a folder descriptor, os.link
    calls linkat, which follows the /proc link to the file; plain link() would not.)"""
    source = str(_PROC_FD / str(descriptor))
    try:
        os.link(source, name, dst_dir_fd=folder, follow_symlinks=True)
    except FileExistsError:
        os.unlink(name, dir_fd=folder)
        os.link(source, name, dst_dir_fd=folder, follow_symlinks=True)


@dataclass
class Staged:
    """Files on the disk, whole, that take their names only when publish() is called."""
    folder: Path
    files: list[_Staged] = field(default_factory=list)

    @property
    def paths(self) -> list[Path]:
        return [item.path for item in self.files]

    def publish(self) -> list[Path]:
        """Every file given its name, and the names on the disk, before this returns; on an error
        (OSError) those not named yet are removed."""
        folder = os.open(self.folder, os.O_RDONLY) if os.name == "posix" else None
        try:
            for number, item in enumerate(self.files):
                item.name(folder)
                if number == 0:
                    halts.point("naming")
            if folder is not None:
                os.fsync(folder)  # the names on the disk too (Windows makes a rename durable by itself)
        except OSError:
            self.discard()
            raise
        finally:
            if folder is not None:
                os.close(folder)
        return self.paths

    def discard(self) -> None:
        """The files not named yet removed (the unnamed ones simply closed)."""
        for item in self.files:
            item.close()


def unnamed_files_supported(folder: Path, count: int) -> bool:
    """Whether the folder's file system makes unnamed files and the process may hold count of them
    open at once (the soft limit of open files raised towards the hard one if need be)."""
    if not hasattr(os, "O_TMPFILE") or not _PROC_FD.is_dir():
        return False
    try:
        import resource
    except ImportError:  # pragma: no cover - O_TMPFILE is Linux's; Linux has resource
        return False
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = count + _SPARE_DESCRIPTORS
    if soft != resource.RLIM_INFINITY and soft < wanted:
        if hard != resource.RLIM_INFINITY and hard < wanted:
            return False
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
    try:
        os.close(os.open(folder, os.O_TMPFILE | os.O_WRONLY, 0o666))
    except OSError:  # EOPNOTSUPP, EISDIR (older kernels), EINVAL...: not on this file system
        return False
    return True


def _write_whole(descriptor: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(descriptor, view):]
    os.fsync(descriptor)
    halts.point("writing")


def _stage_unnamed(path: Path, data: bytes) -> _Staged:
    descriptor = os.open(path.parent, os.O_TMPFILE | os.O_WRONLY, 0o666)
    staged = _Staged(path, descriptor=descriptor)
    try:
        _write_whole(descriptor, data)
    except BaseException:
        staged.close()
        raise
    return staged


def _stage_named(path: Path, data: bytes) -> _Staged:
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}{TEMPORARY_SUFFIX}")
    staged = _Staged(path, temporary=temporary)
    try:
        descriptor = os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o666)
        try:
            _write_whole(descriptor, data)
        finally:
            os.close(descriptor)
    except BaseException:
        staged.close()
        raise
    return staged


def stage(folder: Path, files: Iterable[tuple[str, bytes]], unnamed: bool | None = None) -> Staged:
    """Every file written whole and on the disk, none under its name yet. On an error nothing of
    them stays behind."""
    items = [(folder / name, data) for name, data in files]
    if unnamed is None:
        unnamed = unnamed_files_supported(folder, len(items))
    write: Callable[[Path, bytes], _Staged] = _stage_unnamed if unnamed else _stage_named
    staged = Staged(folder)
    with ThreadPoolExecutor(_WRITERS) as pool:
        futures = [pool.submit(write, path, data) for path, data in items]
    problem: BaseException | None = None
    for future in futures:
        try:
            staged.files.append(future.result())
        except BaseException as exc:  # noqa: BLE001 - every one waited for, none left open or on the disk
            problem = problem or exc
    if problem is not None:
        staged.discard()
        if isinstance(problem, OSError):
            raise _not_writable(folder, problem) from None
        raise problem
    return staged


def write_all(folder: Path, files: Iterable[tuple[str, bytes]]) -> list[Path]:
    """Every file written whole and on the disk, under its name, before this returns; on an error
    none of the temporary files stays behind (the complete ones already named do)."""
    staged = stage(folder, files)
    try:
        return staged.publish()
    except OSError as exc:
        raise _not_writable(folder, exc) from None


def zipped(files: list[tuple[str, bytes]]) -> bytes:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))  # the same bytes each time
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue()
