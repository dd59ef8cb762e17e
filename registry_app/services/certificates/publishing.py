"""The verifier page the centre publishes: a static site (the page, its scripts, the trust file, the
programme catalogue and the latest signed revocation list) that checks a certificate's QR code in any
browser, from any static host or from a folder on disk, without the register and without a server."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import zlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ... import paths
from ...domain.errors import Refusal
from ...domain.permissions import Action
from ...store.models import Programme
from .. import centre
from ..actors import Actor, requiring
from . import keys as sealing
from . import register

# The page's files, built from verifier/ by tools/build_verifier.sh and committed.
PAGE_FILES = ("index.html", "verifier.js", "verifier.css", "qr-decoder.js")
DATA_FILES = ("data.js", "trust.json", "catalogue.json", "revocations.txt")


class PublishRefused(Refusal, ValueError):
    pass


@dataclass(frozen=True)
class PublishedSite:
    folder: Path
    keys: int
    programmes: int
    revoked: int
    files: tuple[str, ...]


def page_folder() -> Path:
    return paths.resources_dir() / "verifier"


def catalogue() -> dict[str, dict[str, str]]:
    """Every programme's title in the three languages, by code: what a payload names by code."""
    requiring(Action.VIEW)
    return {p.code: {"en": p.title_en, "fr": p.title_fr, "ar": p.title_ar}
            for p in Programme.select().order_by(Programme.code)}


def site_data(trust_json: str, programmes: dict[str, dict[str, str]], revocations: str, today: date,
              issuer_names: dict[str, str], address: str = "") -> dict[str, object]:
    """What the page reads from data.js."""
    return {"published": today.isoformat(), "issuerNames": issuer_names, "trust": json.loads(trust_json),
            "catalogue": programmes, "revocations": revocations, "address": address}


def write_site(folder: Path, data: dict[str, object], trust_json: str, revocations: str) -> tuple[str, ...]:
    """The whole site into folder (which must not exist yet)."""
    source = page_folder()
    folder.mkdir(parents=True)
    for name in PAGE_FILES:
        shutil.copyfile(source / name, folder / name)
    shutil.copytree(source / "licences", folder / "licences")
    # data.js, not a fetch of the JSON files: browsers refuse fetch() to a page opened from disk.
    body = json.dumps(data, ensure_ascii=True, indent=1)
    (folder / "data.js").write_text(f"window.TR_PUBLISHED = {body};\n", encoding="utf-8")
    (folder / "trust.json").write_text(trust_json, encoding="utf-8")
    catalogue_json = json.dumps(data["catalogue"], ensure_ascii=False, indent=2)
    (folder / "catalogue.json").write_text(catalogue_json, encoding="utf-8")
    (folder / "revocations.txt").write_text(revocations + "\n", encoding="utf-8")
    return PAGE_FILES + DATA_FILES


def _is_site(folder: Path) -> bool:
    return (folder / "index.html").is_file() and (folder / "data.js").is_file()


def _replace(staged: Path, out: Path) -> None:
    """Put the staged site where out is, replacing an earlier publication as a whole."""
    if out.exists() and not out.is_dir():
        raise PublishRefused("{out} is a file, not a folder.", out=out)
    if out.is_dir() and any(out.iterdir()) and not _is_site(out):
        raise PublishRefused("{out} already holds other files: choose an empty folder or an earlier "
                             "publication of the verifier.", out=out)
    if out.is_dir():
        old = out.with_name(f".{out.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        os.rename(out, old)
        os.rename(staged, out)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.rename(staged, out)


def publish(actor: Actor, out: Path, passphrase: str | None = None, revocations: str | None = None,
            today: date | None = None, keys: Path | None = None) -> PublishedSite:
    """Write the verifier site into out. The revocation list is signed now with the passphrase, or the
    text of one already signed is given; either way it must verify with the trust file."""
    actor.require(Action.ADMINISTER)
    today = today or date.today()
    trust = sealing.trust_list()
    if not trust.keys:
        raise PublishRefused("The centre has no signing key yet: create one before publishing the verifier.")
    if revocations is None:
        if passphrase is None:
            raise PublishRefused("Publishing the verifier signs the revocation list: the key's passphrase is needed.")
        revocations = register.revocation_list(passphrase, today, keys)
    revocations = revocations.strip()
    try:
        revoked = register.read_revocation_list(revocations, trust)
    except (ValueError, Refusal, zlib.error) as exc:
        raise PublishRefused("The revocation list does not verify with the centre's keys: {problem}",
                             problem=exc) from None
    programmes = catalogue()
    trust_json = trust.to_json()
    out = out.expanduser().absolute()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        settings = centre.load()
        names = {"en": settings.name_en, "fr": settings.name_fr, "ar": settings.name_ar}
        data = site_data(trust_json, programmes, revocations, today, names, getattr(settings, "verification_address", ""))
        files = write_site(staging / "site", data, trust_json, revocations)
        _replace(staging / "site", out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return PublishedSite(out, len(trust.keys), len(programmes), len(revoked), files)
