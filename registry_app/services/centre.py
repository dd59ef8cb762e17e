"""The centre's own settings: its name, its city, its logo, who signs, the prefix of its certificate
serials. An administrator sets them in the window (Settings, and a first-run step on a new register)."""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import asdict, dataclass, fields

from ..domain.errors import Refusal
from ..domain.permissions import Action
from ..store.database import retried, write_transaction
from ..store.models import Setting
from . import audit
from .actors import Actor, requiring

_KEY = "centre"


@dataclass(frozen=True)
class CentreSettings:
    name_en: str = "Training Centre"
    name_fr: str = "Centre de formation"
    name_ar: str = "مركز التدريب"
    city: str = ""
    country_code: str = ""
    serial_prefix: str = "TRC"
    serial_pattern: str = "{prefix}-{year}-{seq:05d}-{check}"
    head_name: str = ""  # who signs certificates unless a programme's template says otherwise
    head_title: str = "Director"
    certificate_file_pattern: str = "{serial}_{family}"  # names of the single certificate PDFs
    # where the centre publishes its verifier page (registry-app verifier publish); when set, certificates'
    # QR codes hold it before '#' and the seal, so that a phone's camera opens the page
    verification_address: str = ""
    logo: str = ""  # PNG or JPEG, base64: on certificates whose template has no logo of its own

    def logo_bytes(self) -> bytes:
        try:
            return base64.b64decode(self.logo) if self.logo else b""
        except (binascii.Error, ValueError):
            return b""


MAX_LOGO = 1_000_000  # bytes


def is_set() -> bool:
    """Whether anyone has set the centre's settings on this register (else the first-run step asks)."""
    requiring(Action.VIEW)
    return Setting.get_or_none(Setting.key == _KEY) is not None


def with_logo(settings: CentreSettings, picture: bytes | None) -> CentreSettings:
    """The settings with this picture as the centre's logo (None or empty: no logo)."""
    from dataclasses import replace

    return replace(settings, logo=base64.b64encode(picture).decode("ascii") if picture else "")


def load() -> CentreSettings:
    requiring(Action.VIEW)
    row = Setting.get_or_none(Setting.key == _KEY)
    if row is None:
        return CentreSettings()
    known = {f.name for f in fields(CentreSettings)}
    stored = {k: v for k, v in json.loads(row.value).items() if k in known}
    return CentreSettings(**stored)


def write(settings: CentreSettings) -> None:
    """Store the settings in the caller's transaction (the caller audits)."""
    value = json.dumps(asdict(settings), ensure_ascii=False)
    Setting.insert(key=_KEY, value=value).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: value}
    ).execute()


class InvalidSettings(Refusal, ValueError):
    pass


def check(settings: CentreSettings) -> None:
    if not settings.name_en.strip():
        raise InvalidSettings("Give the centre's name in English; it is printed on every document.")
    logo = settings.logo_bytes()
    if settings.logo and not logo.startswith((b"\x89PNG", b"\xff\xd8")):
        raise InvalidSettings("A logo must be a PNG or JPEG picture.")
    if len(logo) > MAX_LOGO:
        raise InvalidSettings("The logo is larger than 1 MB; choose a smaller picture.")
    from ..domain.serials import SerialError, SerialPattern

    if not settings.serial_prefix.strip().isalnum():
        raise InvalidSettings("The serial prefix is letters and digits only, e.g. RBT.")
    try:
        SerialPattern(settings.serial_pattern).format(settings.serial_prefix, 2026, 1)
    except (SerialError, KeyError, ValueError, IndexError) as exc:
        raise InvalidSettings("The serial pattern is not usable: {problem}", problem=str(exc)) from None
    check_address(settings.verification_address)
    if "{serial}" not in settings.certificate_file_pattern:
        raise InvalidSettings("The file name pattern must hold {serial}, so that two files never clash.")
    try:
        settings.certificate_file_pattern.format(serial="S", family="F", given="G", course="C")
    except (KeyError, ValueError, IndexError) as exc:
        raise InvalidSettings("The file name pattern is not usable: {problem}", problem=str(exc)) from None


MAX_ADDRESS = 60  # each 3 characters of address cost about a version's worth of QR modules in 8


def check_address(address: str) -> None:
    if not address:
        return
    if not address.startswith(("https://", "http://")) or any(ch.isspace() for ch in address) or len(address) < 12:
        raise InvalidSettings("The verification address is a web address such as https://verify.example.org/ .")
    if "#" in address or "?" in address:
        raise InvalidSettings("The verification address cannot hold '#' or '?': the certificate's seal follows it.")
    if len(address) > MAX_ADDRESS:
        raise InvalidSettings("The verification address has {length} characters; at most {most} keep the QR code "
                              "small enough to read.", length=len(address), most=MAX_ADDRESS)


def qr_text(sealed: str, settings: CentreSettings | None = None) -> str:
    """What a certificate's QR code holds: the verification address, '#' and the seal; or the seal alone.
    Before a version 3 seal the address's host is in capitals (a host is the same in either case), so
    that it fits the code's denser alphanumeric mode; the scheme stays in small letters, as some phone
    camera apps open no "HTTPS://" address, and the path as it is (a server may tell its cases apart).
    Older seals keep the address as they were first printed with it. (Without settings, load() checks
    that the person may read the register.)"""
    address = (settings or load()).verification_address
    if not address:
        return sealed
    if sealed.startswith(PREFIX_V3):
        address = capital_host(address)
    return f"{address}#{sealed}"


PREFIX_V3 = "TR3:"


def capital_host(address: str) -> str:
    scheme, separator, rest = address.partition("://")
    if not separator:
        return address
    host, slash, path = rest.partition("/")
    return f"{scheme.lower()}://{host.upper()}{slash}{path}"


@retried
def save(actor: Actor, settings: CentreSettings) -> None:
    actor.require(Action.ADMINISTER)
    check(settings)
    with write_transaction():
        before = load()
        write(settings)
        audit.record(actor, "update", "setting", _KEY, asdict(before), asdict(settings))
