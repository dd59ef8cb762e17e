"""Is the audit trail as it was? Each event must chain to the one before it, and the trail must still
hold, at every signed checkpoint, as many events as it did then, ending in the same one with the same
hash. The chain alone shows an edited event; the checkpoints also show deleted events (in the middle,
the newest, or all), events put in another order, and a chain recomputed to hide an edit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ...domain.permissions import Action
from ...store.models import AuditEvent
from .. import audit
from ..actors import Actor, requiring
from ..certificates import keys
from .checkpoints import Checkpoint, from_file, in_register


@dataclass(frozen=True)
class Problem:
    kind: str  # chain, checkpoint-signature, checkpoint-missing, deleted, rewritten
    event_id: int | None
    template: str  # translated by the window (gui.account_messages lists them), then filled
    values: tuple[tuple[str, object], ...] = ()

    def sentence(self, translate: Callable[[str], str] | None = None) -> str:
        template = translate(self.template) if translate else self.template
        try:
            return template.format(**dict(self.values))
        except (KeyError, IndexError, ValueError):
            return self.template.format(**dict(self.values))


def _problem(kind: str, event_id: int | None, template: str, **values: object) -> Problem:
    return Problem(kind, event_id, template, tuple(sorted(values.items())))


@dataclass(frozen=True)
class Verdict:
    events: int
    checkpoints: int  # checkpoints with a good signature the trail was checked against
    problems: tuple[Problem, ...] = field(default_factory=tuple)
    covered_up_to: int | None = None  # the last event a good checkpoint vouches for

    @property
    def sound(self) -> bool:
        return not self.problems

    @property
    def first_break(self) -> int | None:
        """Where the chain breaks: the first event found wrong."""
        ids = [p.event_id for p in self.problems if p.event_id is not None]
        return min(ids) if ids else None

    def summary(self, translate: Callable[[str], str] | None = None) -> str:
        if self.sound and self.checkpoints:
            said = _problem("", None, "The audit trail is intact: {events} events, each chained to the one before; "
                            "checked against {checkpoints} signed checkpoint(s), the last covering the events up to "
                            "#{last}.", events=self.events, checkpoints=self.checkpoints, last=self.covered_up_to)
        elif self.sound:
            said = _problem("", None, "The audit trail is intact: {events} events, each chained to the one before; "
                            "no signed checkpoint yet.", events=self.events)
        elif self.first_break is not None:
            said = _problem("", None, "The audit trail has been tampered with: {count} problem(s). It breaks at event "
                            "#{event}.", count=len(self.problems), event=self.first_break)
        else:
            said = _problem("", None, "The audit trail has been tampered with: {count} problem(s).",
                            count=len(self.problems))
        return said.sentence(translate)


def verify(actor: Actor, checkpoints_file: Path | None = None) -> Verdict:
    """Check the chain and every checkpoint of the register and of checkpoints_file (audited)."""
    actor.require(Action.VIEW_AUDIT)
    verdict = check(checkpoints_file)
    audit.record_alone(actor, "verify-audit", "audit", "trail",
                       {"sound": verdict.sound, "problems": len(verdict.problems),
                        "first_break": verdict.first_break, "file": str(checkpoints_file or "")})
    return verdict


def check(checkpoints_file: Path | None = None) -> Verdict:
    requiring(Action.VIEW_AUDIT)
    problems: list[Problem] = []
    good = _good_checkpoints(checkpoints_file, problems)
    wanted = {c.last_event_id: c for c in good}
    seen: dict[int, tuple[int, str]] = {}  # checkpoint's last id -> (events up to it, its hash)
    prev_hash, count = audit.GENESIS, 0
    query = AuditEvent.select(AuditEvent.id, AuditEvent.at, AuditEvent.user, AuditEvent.action, AuditEvent.entity,
                              AuditEvent.entity_id, AuditEvent.before, AuditEvent.after, AuditEvent.prev_hash,
                              AuditEvent.hash).order_by(AuditEvent.id).tuples()
    for event_id, at, user_id, action, entity, entity_id, before, after, linked, digest in query.iterator():
        count += 1
        expected = audit.event_hash(prev_hash, at, user_id, action, entity, entity_id, before, after)
        if linked != prev_hash or digest != expected:
            problems.append(_problem("chain", event_id, "Event #{event} does not chain to the event before it: it was "
                                     "edited, moved, or events before it were deleted.", event=event_id))
        if event_id in wanted:
            seen[event_id] = (count, digest)
        prev_hash = digest
    for checkpoint in good:
        problems.extend(_against(checkpoint, seen.get(checkpoint.last_event_id), count))
    covered = max((c.last_event_id for c in good), default=None)
    return Verdict(count, len(good), tuple(_unique(problems)), covered)


def _good_checkpoints(checkpoints_file: Path | None, problems: list[Problem]) -> list[Checkpoint]:
    trust = keys.trust_list()
    stored = in_register()
    given = from_file(checkpoints_file) if checkpoints_file else []
    stored_texts = {c.signed_text() for c in stored}
    for checkpoint in given:
        if checkpoint.signed_text() not in stored_texts:
            problems.append(_problem("checkpoint-missing", None, "The checkpoint of {when} UTC in the file is missing "
                                     "from the register.", when=_when(checkpoint)))
    unique = {c.signed_text(): c for c in [*stored, *given]}
    good = []
    for checkpoint in unique.values():
        if checkpoint.signature_problem(trust):
            problems.append(_problem("checkpoint-signature", None, "The checkpoint of {when} UTC is not genuine: it "
                                     "was not signed with the centre's key.", when=_when(checkpoint)))
        else:
            good.append(checkpoint)
    return sorted(good, key=lambda c: c.last_event_id)


def _against(checkpoint: Checkpoint, seen: tuple[int, str] | None, total: int) -> list[Problem]:
    when = _when(checkpoint)
    if checkpoint.event_count == 0:
        return []
    last, signed = checkpoint.last_event_id, checkpoint.event_count
    if total < signed and seen is None:
        return [_problem("deleted", last, "The trail holds {total} events, fewer than the {signed} signed at {when} "
                         "UTC: events were deleted, the newest among them (#{last} is gone).",
                         total=total, signed=signed, when=when, last=last)]
    if seen is None:
        return [_problem("deleted", last, "Event #{last}, the last one signed at {when} UTC, is gone.",
                         last=last, when=when)]
    count, digest = seen
    found = []
    if count != signed:
        found.append(_problem("deleted", last, "The trail holds {count} events up to #{last}, where the checkpoint of "
                              "{when} UTC signed {signed}: events were deleted or added before it.",
                              count=count, last=last, when=when, signed=signed))
    if digest != checkpoint.last_hash:
        found.append(_problem("rewritten", last, "Event #{last} does not have the hash signed at {when} UTC: "
                              "events up to it were changed, deleted or replaced, and the chain made again.", last=last, when=when))
    return found


def _when(checkpoint: Checkpoint) -> str:
    return f"{checkpoint.at:%Y-%m-%d %H:%M}"


def _unique(problems: list[Problem]) -> list[Problem]:
    seen: set[Problem] = set()
    kept = []
    for problem in problems:
        if problem not in seen:
            seen.add(problem)
            kept.append(problem)
    return kept
