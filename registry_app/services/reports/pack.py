"""The results pack (PDF) built from a dataset, and `write`: a report of a period to a .pdf, .xlsx or
.csv file, with the small numbers hidden."""

from __future__ import annotations

from pathlib import Path

from ...documents import report_pack
from ...documents.report_pack import PackTable, ReportPack
from ...documents.report_pack_charts import Chart
from ...domain.errors import Refusal
from ...domain.permissions import Action
from .. import audit, centre
from ..actors import Actor, requiring
from . import exports, figures, privacy, wording_pack
from .dataset import ReportDataset
from .scope import ReportFilters
from .wording_pack import word

TABLE_ROWS = 40  # rows of a table in the pack; the workbook has them all


class UnknownLanguage(Refusal, ValueError):
    pass


def _charts(dataset: ReportDataset, language: str, limit: int) -> tuple[Chart, ...]:
    def kept(values: list[int]) -> tuple[float, ...]:
        # A bar under the threshold would show what the table hides: it is drawn at zero.
        return tuple(0.0 if privacy.hidden(v, limit) else float(v) for v in values)

    regions = dataset.breakdowns["region"]
    areas = dataset.breakdowns["thematic_area"]
    quarters = sorted(dataset.breakdowns["quarter"], key=lambda g: g.key)
    agencies = sorted(dataset.breakdowns["agency_type"], key=lambda g: (-g.places, g.key))
    return (
        Chart("bars", word("chart_region", language), tuple(g.label(language) for g in regions),
              ((word("people", language), kept([g.people for g in regions])),)),
        Chart("stacked", word("chart_area", language), tuple(g.label(language) for g in areas),
              ((word("women", language), kept([g.women for g in areas])),
               (word("men", language), kept([g.men for g in areas])))),
        Chart("line", word("chart_trend", language), tuple(g.key for g in quarters),
              ((word("people", language), kept([g.people for g in quarters])),)),
        Chart("bars", word("chart_agency", language), tuple(g.label(language) for g in agencies),
              ((word("places", language), kept([g.places for g in agencies])),)),
    )


def _cell(value: object, language: str) -> str:
    if isinstance(value, float):
        return exports.number(value, language, 1)
    if isinstance(value, int):
        return exports.number(value, language)
    return str(value)


def build(dataset: ReportDataset, language: str, limit: int) -> ReportPack:
    requiring(Action.VIEW)
    settings = centre.load()
    centre_name = {"fr": settings.name_fr, "ar": settings.name_ar}.get(language) or settings.name_en
    pack_tables = []
    for table in exports.tables(dataset, language, limit):
        rows = tuple(tuple(_cell(v, language) for v in row) for row in table.rows[:TABLE_ROWS])
        more = f"+ {len(table.rows) - TABLE_ROWS} …" if len(table.rows) > TABLE_ROWS else ""
        pack_tables.append(PackTable(table.title, table.header, rows, more))
    return ReportPack(
        language=language, centre=centre_name, title=word("title", language),
        cover_lines=tuple(exports.cover_lines(dataset, language, limit)),
        headings={key: word(key, language) for key in ("summary", "charts", "tables", "note", "page")},
        summary=tuple(exports.summary(dataset.totals, language)),
        charts=_charts(dataset, language, limit), tables=tuple(pack_tables),
        notes=tuple(wording_pack.notes(language)), logo=settings.logo_bytes(),
    )


def pdf(dataset: ReportDataset, language: str = "en", limit: int | None = None) -> bytes:
    requiring(Action.VIEW)
    return report_pack.render(build(dataset, language, privacy.threshold() if limit is None else limit))


def write(actor: Actor, filters: ReportFilters, path: Path, language: str = "en",
          dataset: ReportDataset | None = None) -> ReportDataset:
    """Write the report of filters to path (.pdf, .xlsx or .csv, by its suffix); returns its figures."""
    if language not in wording_pack.LANGUAGES:
        raise UnknownLanguage("Reports are written in en, fr or ar, not {language}.", language=language)
    actor.require(Action.EXPORT)
    kind = exports.format_of(path)
    data = dataset if dataset is not None else figures.compute(actor, filters)
    limit = privacy.threshold()
    if kind == "pdf":
        exports.write_bytes(path, pdf(data, language, limit))
    elif kind == "xlsx":
        exports.write_xlsx(data, path, language, limit)
    else:
        # With a byte-order mark: a spreadsheet then reads the Arabic and French letters right.
        exports.write_bytes(path, exports.csv_text(data, language, limit).encode("utf-8-sig"))
    audit.record_alone(actor, "export", "report", path.name, {"format": kind, "language": language})
    return data
