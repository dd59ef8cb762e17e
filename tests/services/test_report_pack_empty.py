"""A period with nothing in it still gives a results pack (a donor may ask for a quarter without
courses): its charts and tables say nothing rather than the pack failing."""

from datetime import date

import pypdfium2 as pdfium
import pytest

from registry_app.services.reports import figures, pack
from registry_app.services.reports.scope import ReportFilters


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_a_period_without_courses_gives_a_pack(database, actor, language):
    data = figures.compute(actor, ReportFilters(date(2030, 1, 1), date(2030, 3, 31)))
    pdf = pdfium.PdfDocument(pack.pdf(data, language))
    assert len(pdf) >= 1
