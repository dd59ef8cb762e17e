"""Photos are decoded by the service, whatever the window let through."""

import io
import struct
import zlib

import pytest
from PIL import Image

from registry_app.services.register import participants
from registry_app.services.register.participants import InvalidParticipant, ParticipantData


def _jpeg(width: int = 120, height: int = 160) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (120, 90, 60)).save(out, "JPEG")
    return out.getvalue()


def _huge_png(width: int = 30_000, height: int = 30_000) -> bytes:
    """A 900-megapixel PNG of a few hundred KB: one colour, compressed to almost nothing."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = zlib.compress(b"".join(b"\0" + bytes(width) for _ in range(50)))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")


def _person(photo) -> ParticipantData:
    return ParticipantData("Awa", "Traoré", "F", "ML", photo=photo)


def test_a_sound_photo_is_kept(actor):
    photo = _jpeg()
    assert bytes(participants.create(actor, _person(photo)).photo) == photo


@pytest.mark.parametrize("case", ["corrupt JPEG", "truncated JPEG", "900-megapixel PNG", "GIF named as PNG"])
def test_a_photo_that_does_not_decode_or_is_too_big_is_refused(case, actor):
    sound = _jpeg()
    photo = {
        "corrupt JPEG": sound[:200] + bytes(range(256)) * 4 + sound[1224:],
        "truncated JPEG": sound[: len(sound) // 2],
        "900-megapixel PNG": _huge_png(),
        "GIF named as PNG": b"\x89PNG\r\n\x1a\n" + b"GIF89a" + bytes(100),
    }[case]
    with pytest.raises(InvalidParticipant) as refused:
        participants.create(actor, _person(photo))
    assert refused.value.field == "photo"
    assert ("too many pixels" if "megapixel" in case else "cannot be read") in str(refused.value)


def test_text_is_bounded_alike_on_both_backends(actor):
    """A NUL is taken out (PostgreSQL refuses it, SQLite would store it); a name longer than its column
    is refused on SQLite as PostgreSQL would."""
    saved = participants.create(actor, ParticipantData("A\x00wa", "Tra\x00oré", "F", "ML", notes="line\none\x07"))
    assert (saved.given_names, saved.family_name, saved.notes) == ("Awa", "Traoré", "line\none")
    with pytest.raises(InvalidParticipant) as refused:
        participants.create(actor, ParticipantData("Awa", "T" * 201, "F", "ML"))
    assert refused.value.field == "family_name" and "longer than this field" in str(refused.value)


def test_the_records_saved_through_forms_are_bounded_too(actor):
    from registry_app.services.register import organisations
    from registry_app.services.register.saving import InvalidRecord

    with pytest.raises(InvalidRecord) as refused:
        organisations.save_organisation(actor, organisations.OrganisationData("N" * 301, "police", "MA"))
    assert refused.value.field == "name"
