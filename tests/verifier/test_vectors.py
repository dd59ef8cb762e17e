"""The shared vectors give the expected verdict in the program itself (the page is checked in
test_page.py with the same vectors)."""

import pytest

from tests.verifier import vectors as v


@pytest.mark.parametrize("vector", v.vectors(), ids=lambda vector: vector.name)
def test_the_program_gives_each_vector_its_verdict(vector):
    assert v.python_verdict(vector.text) == (vector.verdict, vector.reason)


def test_every_field_of_the_payload_has_an_altered_vector():
    from dataclasses import fields

    from registry_app.seal.envelope import CertificatePayload

    names = {vector.name for vector in v.vectors()}
    assert {f"{spec.name} altered" for spec in fields(CertificatePayload) if spec.name != "version"} <= names


def test_an_altered_revocation_list_is_refused():
    listed = v.revocations()
    tampered = listed[:-6] + ("A" if listed[-6] != "A" else "B") + listed[-5:]
    with pytest.raises(Exception):
        v.python_verdict(v.vectors()[0].text, listed=tampered)
