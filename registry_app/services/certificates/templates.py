"""A programme's certificate template: languages, wording, background, logos, signatories (one to
three, with their signature images), accreditation statement and hours. Kept as JSON on the
programme; images inline (base64), so that a backup of the register carries them."""

from __future__ import annotations

import base64
import json
from dataclasses import asdict, dataclass, field
from typing import Any

from ...domain.errors import Refusal
from ...domain.permissions import Action
from ...store.database import retried, write_transaction
from ...store.models import Programme
from .. import audit, centre
from ..actors import Actor, requiring
from ..versioning import update_versioned

LANGUAGE_CHOICES = (("en",), ("fr",), ("ar",), ("en", "fr"), ("fr", "en"), ("en", "ar"), ("ar", "en"),
                    ("fr", "ar"), ("ar", "fr"))


class TemplateRefused(Refusal, ValueError):
    pass


@dataclass(frozen=True)
class SignatoryTemplate:
    name: str
    title: str  # in the languages that titles does not give
    signature: bytes | None = None
    titles: dict[str, str] = field(default_factory=dict)  # by language: "Chef du bureau", "رئيس المكتب"

    def title_in(self, language: str) -> str:
        return self.titles.get(language) or self.title


@dataclass(frozen=True)
class CertificateTemplate:
    languages: tuple[str, ...] = ("en",)
    completion_wording: dict[str, str] = field(default_factory=dict)  # by language; "" keeps the default
    participation_wording: dict[str, str] = field(default_factory=dict)
    accreditation: str = ""  # "" uses the programme's accreditation body and reference
    hours: int | None = None  # None uses the programme's nominal hours
    signatories: tuple[SignatoryTemplate, ...] = ()
    background: bytes | None = None
    logos: tuple[bytes, ...] = ()  # the centre's, a partner's, a donor's: up to three, side by side

    def check(self) -> None:
        if self.languages not in LANGUAGE_CHOICES:
            raise TemplateRefused("A certificate is in one language, or two side by side.")
        if not 1 <= len(self.signatories) <= 3:
            raise TemplateRefused("A certificate has one to three signatories.")
        for signatory in self.signatories:
            if not signatory.name.strip() or not signatory.title.strip():
                raise TemplateRefused("Each signatory needs a name and a title.")
        if len(self.logos) > 3:
            raise TemplateRefused("A certificate has at most three logos.")
        if self.hours is not None and not 1 <= self.hours <= 2000:
            raise TemplateRefused("The hours on a certificate are between 1 and 2,000.")


def _encode(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"base64": base64.b64encode(value).decode()}
    if isinstance(value, (list, tuple)):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    return value


def _decode_bytes(value: Any) -> Any:
    return base64.b64decode(value["base64"]) if isinstance(value, dict) and "base64" in value else None


def to_json(template: CertificateTemplate) -> str:
    return json.dumps(_encode(asdict(template)), ensure_ascii=False)


def from_json(text: str) -> CertificateTemplate:
    data = json.loads(text)
    return CertificateTemplate(
        languages=tuple(data.get("languages", ("en",))),
        completion_wording=dict(data.get("completion_wording", {})),
        participation_wording=dict(data.get("participation_wording", {})),
        accreditation=data.get("accreditation", ""), hours=data.get("hours"),
        signatories=tuple(SignatoryTemplate(s["name"], s["title"], _decode_bytes(s.get("signature")),
                                            dict(s.get("titles") or {}))
                          for s in data.get("signatories", [])),
        background=_decode_bytes(data.get("background")),
        logos=tuple(_decode_bytes(logo) for logo in data.get("logos", [])),
    )


def default_for(programme: Programme, language: str = "en") -> CertificateTemplate:
    """Until a programme has a template: the course's language (Arabic beside English), signed by
    the head of the centre."""
    requiring(Action.VIEW)
    settings = centre.load()
    languages = {"fr": ("fr",), "ar": ("ar", "en")}.get(language, ("en",))
    return CertificateTemplate(languages=languages,
                               signatories=(SignatoryTemplate(settings.head_name, settings.head_title),))


def load(programme: Programme, course_language: str = "en") -> CertificateTemplate:
    requiring(Action.VIEW)
    if programme.certificate_template:
        return from_json(programme.certificate_template)
    return default_for(programme, course_language)


@retried
def save(actor: Actor, programme_id: int, expected_version: int, template: CertificateTemplate) -> Programme:
    actor.require(Action.ISSUE_CERTIFICATES)
    template.check()
    with write_transaction():
        programme = Programme.get_by_id(programme_id)
        before = {"certificate_template": programme.certificate_template[:2000]}
        text = to_json(template)
        updated = update_versioned(programme, expected_version, {"certificate_template": text})
        audit.record(actor, "template", "programme", programme_id, before, {"certificate_template": text[:2000]})
    return updated

