"""The centre's signing keys as the register knows them: the trust list (public keys) in the settings,
the private keys in files of the user's configuration folder, never in the register."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from ... import paths
from ...domain.errors import Refusal
from ...domain.permissions import Action
from ...seal.keys import TrustedKey, TrustList, create_key, key_path, load_private_key
from ...store.database import retried, write_transaction
from ...store.models import Programme, Setting
from .. import audit, centre
from ..actors import Actor, requiring

_KEY = "seal"


class NoSigningKey(Refusal, LookupError):
    pass


def keys_dir() -> Path:
    return paths.user_config_dir() / "keys"


def _stored() -> dict[str, Any]:
    row = Setting.get_or_none(Setting.key == _KEY)
    return json.loads(row.value) if row else {}


def trust_list() -> TrustList:
    """The centre's keys, with the programme catalogue as the register holds it now."""
    requiring(Action.VIEW)
    stored = _stored()
    trust = TrustList.from_json(stored["trust"]) if "trust" in stored else TrustList(centre.load().name_en, ())
    return trust.with_programmes(programme_catalogue())


def programme_catalogue() -> dict[str, dict[str, str]]:
    """Every programme's title in English, French and Arabic, by code: what verifiers show for the
    programme code a seal holds."""
    requiring(Action.VIEW)
    return {code: {"en": en, "fr": fr, "ar": ar} for code, en, fr, ar in
            Programme.select(Programme.code, Programme.title_en, Programme.title_fr, Programme.title_ar)
            .order_by(Programme.code).tuples()}


def active_kid() -> str:
    requiring(Action.VIEW)
    kid = _stored().get("active")
    if not kid:
        raise NoSigningKey("The centre has no signing key yet: create one (registry-app keys create).")
    return str(kid)


def new_key(actor: Actor, passphrase: str, valid_from: date | None = None, directory: Path | None = None) -> TrustedKey:
    """Create a key pair and make it the one that seals from now on; older keys stay trusted."""
    actor.require(Action.ADMINISTER)
    valid_from = valid_from or date.today()
    key = create_key(directory or keys_dir(), passphrase, valid_from)
    _make_active(actor, key, valid_from)
    return key


@retried
def _make_active(actor: Actor, key: TrustedKey, valid_from: date) -> None:
    """The new key seals from now on; a transient failure runs this again, not the key's creation (a
    key file left by a step that finally failed is never trusted, since the register does not list it)."""
    with write_transaction():
        trust = trust_list()
        retired = tuple(TrustedKey(k.kid, k.public_key, k.valid_from, k.valid_until or valid_from)
                        for k in trust.keys)
        trust = TrustList(centre.load().name_en, retired + (key,))
        value = json.dumps({"active": key.kid, "trust": trust.to_json()})
        Setting.insert(key=_KEY, value=value).on_conflict(conflict_target=[Setting.key],
                                                          update={Setting.value: value}).execute()
        audit.record(actor, "create-key", "seal", key.kid, None, {"kid": key.kid, "valid_from": valid_from})


def signing_key(passphrase: str, directory: Path | None = None) -> Any:
    requiring(Action.VIEW)
    kid = active_kid()
    return kid, load_private_key(directory or keys_dir(), kid, passphrase)


def can_sign_here(directory: Path | None = None) -> bool:
    """Whether the centre has a signing key and this PC holds its (wrapped) private half."""
    requiring(Action.VIEW)
    kid = _stored().get("active")
    return bool(kid) and key_path(directory or keys_dir(), str(kid)).is_file()


class BadTrustFile(Refusal, ValueError):
    pass


MAX_TRUST_FILE = 10_000_000  # a centre's keys and catalogue: a few kilobytes


def read_trust_file(path: Path) -> TrustList:
    """A trust file the centre published, for verifying without the register."""
    try:
        if path.stat().st_size > MAX_TRUST_FILE:
            raise ValueError("it is far too large")
        return TrustList.from_json(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise BadTrustFile("The trust file {path} cannot be read: {problem}.", path=path,
                           problem=exc.strerror or exc) from None
    except (ValueError, KeyError, TypeError) as exc:
        raise BadTrustFile("{path} is not a trust file of a centre ({problem}).", path=path, problem=exc) from None
