"""The forms stop typing where the columns end: every line edit named for a model field has that
field's length as its maxLength (the services refuse longer text on both backends)."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from registry_app.store.models import Course, Organisation, Participant, Programme, Trainer

UI = Path(__file__).resolve().parents[1] / "ui"
FORMS = {"participant_form": Participant, "organisation_form": Organisation, "programme_form": Programme,
         "course_form": Course, "trainer_form": Trainer}


@pytest.mark.parametrize("form", list(FORMS))
def test_every_text_field_of_a_form_is_as_long_as_its_column(form):
    model = FORMS[form]
    checked = 0
    for widget in ET.parse(UI / f"{form}.ui").iter("widget"):
        if widget.get("class") != "QLineEdit":
            continue
        field = model._meta.fields.get(widget.get("name", "")[:-len("Edit")])
        limit = getattr(field, "max_length", None)
        if limit is None:
            continue
        lengths = [p.findtext("number") for p in widget.iter("property") if p.get("name") == "maxLength"]
        assert lengths == [str(limit)], f"{form}: {widget.get('name')}"
        checked += 1
    assert checked >= 2
