"""Signed checkpoints of the audit trail: the head of the chain (how many events, the last one's id and
hash, the time) signed with the centre's key, kept in the register and in a file the administrator
keeps elsewhere. Whoever rewrites the trail after a checkpoint (edits, deletes, reorders, recomputes
the chain) cannot make the head match it again without the centre's private key."""

from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature

from ... import paths
from ...domain.errors import Refusal
from ...domain.permissions import Action
from ...seal.keys import TrustList
from ...store.database import retried, write_transaction
from ...store.models import AuditCheckpoint, AuditEvent, Setting, utcnow
from .. import audit
from ..actors import Actor, requiring
from ..certificates import keys

FORMAT = "training-registry-audit-checkpoint/1"
REASONS = ("on-demand", "closing", "daily")


class CheckpointRefused(Refusal):
    pass


@dataclass(frozen=True)
class Checkpoint:
    event_count: int
    last_event_id: int
    last_hash: str
    at: datetime
    kid: str
    signature: str  # base64 Ed25519
    reason: str = "on-demand"

    def signed_text(self) -> bytes:
        return "|".join(["TRCP1", str(self.event_count), str(self.last_event_id), self.last_hash,
                         self.at.replace(microsecond=0).isoformat()]).encode("ascii")

    def to_line(self) -> str:
        values = asdict(self)
        values["at"] = self.at.replace(microsecond=0).isoformat()
        return json.dumps({"format": FORMAT, **values}, sort_keys=True)

    def signature_problem(self, trust: TrustList) -> str | None:
        """None when the centre's key (as the trust list knows it) signed this checkpoint."""
        key = trust.find(self.kid)
        if key is None:
            return f"signed with the key {self.kid}, which the trust list does not hold"
        try:
            key.public().verify(base64.b64decode(self.signature), self.signed_text())
        except (InvalidSignature, ValueError):
            return "its signature does not match what it says"
        return None

    def written_down(self) -> str:
        """What the Audit page shows for the administrator to note on paper."""
        return (f"{self.at:%Y-%m-%d %H:%M} UTC — {self.event_count} events, last #{self.last_event_id}, "
                f"hash {self.last_hash[:16]}…")


def head() -> tuple[int, int, str]:
    """(how many events, the last one's id, its hash); (0, 0, GENESIS) for an empty trail."""
    requiring(Action.VIEW_AUDIT)
    count = AuditEvent.select().count()
    last = AuditEvent.select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).first()
    return (count, last.id, last.hash) if last else (0, 0, audit.GENESIS)


def default_file() -> Path:
    """Where the checkpoints go until an administrator chooses a file kept elsewhere."""
    return paths.user_data_dir() / "audit-checkpoints.jsonl"


_FILE_SETTING = "audit_checkpoint_file"


def checkpoint_file() -> Path:
    """The file every checkpoint is appended to: the one the administrator chose (a USB stick, a
    share of another server), else default_file()."""
    requiring(Action.VIEW_AUDIT)
    row = Setting.get_or_none(Setting.key == _FILE_SETTING)
    return Path(json.loads(row.value)) if row else default_file()


@retried
def choose_checkpoint_file(actor: Actor, path: Path) -> None:
    """An administrator names the file the checkpoints are kept in from now on (audited)."""
    actor.require(Action.ADMINISTER)
    path = Path(path).expanduser()
    if not path.is_absolute() or path.is_dir():
        raise CheckpointRefused("The checkpoints file must be a file named by its full path, not {path}.",
                                path=str(path))
    value = json.dumps(str(path))
    with write_transaction():
        before = str(checkpoint_file())
        Setting.insert(key=_FILE_SETTING, value=value).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: value}).execute()
        audit.record(actor, "update", "setting", _FILE_SETTING, {"file": before}, {"file": str(path)})


def make(actor: Actor, passphrase: str, reason: str = "on-demand", out: Path | None = None,
         keys_dir: Path | None = None, now: datetime | None = None) -> Checkpoint:
    """Sign the head of the trail now; store it in the register and append it to out (or the file the
    administrator chose). The checkpoint's own audit event is part of the head it signs."""
    actor.require(Action.VIEW_AUDIT)
    if reason not in REASONS:
        raise CheckpointRefused("A checkpoint is made on demand, at closing or daily, not {reason!r}.", reason=reason)
    kid, private = keys.signing_key(passphrase, keys_dir)  # refused before anything is written
    return _signed_and_kept(actor, kid, private, reason, out or checkpoint_file(), now)


@retried
def _signed_and_kept(actor: Actor, kid: str, private: Any, reason: str, out: Path,
                     now: datetime | None) -> Checkpoint:
    """The file gets the line (synced) before the register commits, and loses it again when the commit
    fails, so that the two never disagree and a transient failure can run the whole step again. The
    audit lock, taken first, keeps any other checkpoint from writing to the file meanwhile."""
    size_before = out.stat().st_size if out.is_file() else 0
    try:
        with write_transaction():
            audit.record(actor, "audit-checkpoint", "audit", reason, None, {"file": str(out)})
            count, last_id, last_hash = head()
            at = (now or utcnow()).replace(microsecond=0)
            unsigned = Checkpoint(count, last_id, last_hash, at, kid, "", reason)
            signature = base64.b64encode(private.sign(unsigned.signed_text())).decode("ascii")
            checkpoint = Checkpoint(**{**asdict(unsigned), "signature": signature})
            _append(out, checkpoint)
            AuditCheckpoint.create(at=checkpoint.at, event_count=count, last_event_id=last_id, last_hash=last_hash,
                                   reason=reason, kid=kid, signature=signature)
    except BaseException:
        _cut_back(out, size_before)
        raise
    return checkpoint


def _cut_back(path: Path, size: int) -> None:
    """The file as it was before a checkpoint whose transaction did not commit."""
    if path.is_file() and path.stat().st_size > size:
        with path.open("r+b") as file:
            file.truncate(size)
            os.fsync(file.fileno())


def _append(path: Path, checkpoint: Checkpoint) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as file:
        file.write(checkpoint.to_line() + "\n")
        file.flush()
        os.fsync(file.fileno())


def in_register() -> list[Checkpoint]:
    requiring(Action.VIEW_AUDIT)
    return [Checkpoint(c.event_count, c.last_event_id, c.last_hash, c.at, c.kid, c.signature, c.reason)
            for c in AuditCheckpoint.select().order_by(AuditCheckpoint.id)]


def from_file(path: Path) -> list[Checkpoint]:
    """The checkpoints of a file written by make(); a line that is not one is refused with its number."""
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            if data.pop("format") != FORMAT:
                raise ValueError("not a checkpoint")
            data["at"] = datetime.fromisoformat(data["at"])
            found.append(Checkpoint(**data))
        except (ValueError, KeyError, TypeError):
            raise CheckpointRefused("Line {line} of {path} is not an audit checkpoint.", line=number,
                                    path=str(path)) from None
    return found


def latest() -> Checkpoint | None:
    checkpoints = in_register()
    return checkpoints[-1] if checkpoints else None


def due(now: datetime | None = None) -> bool:
    """Whether a daily checkpoint is due: none yet with events to cover, or the last older than a day."""
    last = latest()
    if last is None:
        return AuditEvent.select().exists()
    return (now or utcnow()) - last.at >= timedelta(days=1)


def due_for(actor: Actor, now: datetime | None = None, keys_dir: Path | None = None) -> bool:
    """Whether to ask this person for the daily checkpoint now: they may sign the trail, this PC holds
    the centre's private key, and the last checkpoint is a day old (or there is none)."""
    return actor.may(Action.VIEW_AUDIT) and keys.can_sign_here(keys_dir) and due(now)


def clock() -> datetime:
    """Now, as the checkpoints count time (UTC, without a zone)."""
    return utcnow()
