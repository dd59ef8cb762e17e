"""What each list page of the register shows: columns, filters, counts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...services.register import programmes
from ...services.register.lists import CourseList, OrganisationList, ProgrammeList, TrainerList, course_years
from ...services.register.reference import country_choices
from .. import labels
from .record_list_page import ListFilterChoice, ListSpec, number

translate = QCoreApplication.translate


def _counted(one: str, many: str, none: str, one_match: str, many_match: str, no_match: str):
    def text(count: int, filtered: bool) -> str:
        if count == 0:
            return no_match if filtered else none
        if count == 1:
            return one_match if filtered else one
        return (many_match if filtered else many).replace("%1", number(count))
    return text


def organisations_spec(language: str) -> ListSpec:
    return ListSpec(
        title=translate("RegisterPages", "Organisations"),
        search_hint=translate("RegisterPages", "Search: name or acronym, in any script…"),
        make_list=lambda **kw: OrganisationList(language=language, **kw),
        headers=[translate("RegisterPages", "Name"), translate("RegisterPages", "Acronym"),
                 translate("RegisterPages", "Type"), translate("RegisterPages", "Country"),
                 translate("RegisterPages", "Participants")],
        widths=[380, 90, 200, 160, 90],
        formatters={2: lambda v: labels.label(labels.ORGANISATION_KINDS, v), 4: number},
        numeric=frozenset({4}),
        filters=[
            ListFilterChoice("country", translate("RegisterPages", "All countries"),
                             lambda: [(name, code) for code, name in country_choices(language)]),
            ListFilterChoice("kind", translate("RegisterPages", "All types"),
                             lambda: [(labels.label(labels.ORGANISATION_KINDS, k), k.value)
                                      for k in labels.ORGANISATION_KINDS]),
        ],
        count_text=_counted(
            translate("RegisterPages", "1 organisation in the register."),
            translate("RegisterPages", "%1 organisations in the register."),
            translate("RegisterPages", "The register has no organisation yet."),
            translate("RegisterPages", "1 organisation matches."),
            translate("RegisterPages", "%1 organisations match."),
            translate("RegisterPages", "No organisation matches.")),
        new_text=translate("RegisterPages", "&New organisation…"),
    )


def programmes_spec(language: str) -> ListSpec:
    return ListSpec(
        title=translate("RegisterPages", "Programmes"),
        search_hint=translate("RegisterPages", "Search: code or title in English, French or Arabic…"),
        make_list=lambda **kw: ProgrammeList(language=language, **kw),
        headers=[translate("RegisterPages", "Code"), translate("RegisterPages", "Title"),
                 translate("RegisterPages", "Thematic area"), translate("RegisterPages", "Hours"),
                 translate("RegisterPages", "Minimum attendance"), translate("RegisterPages", "Courses")],
        widths=[90, 380, 220, 60, 130, 70],
        formatters={4: lambda v: f"{v} %"},
        numeric=frozenset({3, 4, 5}),
        filters=[ListFilterChoice("thematic-area", translate("RegisterPages", "All thematic areas"),
                                  lambda: [(title, area_id) for area_id, title in programmes.thematic_areas(language)])],
        count_text=_counted(
            translate("RegisterPages", "1 programme in the register."),
            translate("RegisterPages", "%1 programmes in the register."),
            translate("RegisterPages", "The register has no programme yet."),
            translate("RegisterPages", "1 programme matches."),
            translate("RegisterPages", "%1 programmes match."),
            translate("RegisterPages", "No programme matches.")),
        new_text=translate("RegisterPages", "&New programme…"),
    )


def courses_spec(language: str) -> ListSpec:
    return ListSpec(
        title=translate("RegisterPages", "Courses"),
        search_hint=translate("RegisterPages", "Search: course code, programme, venue or city…"),
        make_list=lambda **kw: CourseList(language=language, **kw),
        headers=[translate("RegisterPages", "Code"), translate("RegisterPages", "Programme"),
                 translate("RegisterPages", "Starts"), translate("RegisterPages", "Ends"),
                 translate("RegisterPages", "Venue"), translate("RegisterPages", "Status"),
                 translate("RegisterPages", "Capacity"), translate("RegisterPages", "Seats taken")],
        widths=[150, 270, 90, 90, 200, 120, 70, 80],
        sort=(2, True),  # the latest courses first
        formatters={2: lambda v: v.isoformat() if v else "", 3: lambda v: v.isoformat() if v else "",
                    5: lambda v: labels.label(labels.COURSE_STATUSES, v)},
        numeric=frozenset({6, 7}),
        filters=[
            ListFilterChoice("year", translate("RegisterPages", "All years"),
                             lambda: [(str(year), year) for year in course_years()]),
            ListFilterChoice("status", translate("RegisterPages", "All statuses"),
                             lambda: [(labels.label(labels.COURSE_STATUSES, s), s.value)
                                      for s in labels.COURSE_STATUSES]),
            ListFilterChoice("thematic-area", translate("RegisterPages", "All thematic areas"),
                             lambda: [(title, area_id) for area_id, title in programmes.thematic_areas(language)]),
        ],
        count_text=_counted(
            translate("RegisterPages", "1 course in the register."),
            translate("RegisterPages", "%1 courses in the register."),
            translate("RegisterPages", "The register has no course yet."),
            translate("RegisterPages", "1 course matches."),
            translate("RegisterPages", "%1 courses match."),
            translate("RegisterPages", "No course matches.")),
        new_text=translate("RegisterPages", "&New course…"),
        archivable=False,
    )


def trainers_spec(language: str) -> ListSpec:
    return ListSpec(
        title=translate("RegisterPages", "Trainers"),
        search_hint=translate("RegisterPages", "Search: name, affiliation, expertise, e-mail…"),
        make_list=lambda **kw: TrainerList(language=language, **kw),
        headers=[translate("RegisterPages", "Family name"), translate("RegisterPages", "Given names"),
                 translate("RegisterPages", "Name in Arabic"), translate("RegisterPages", "Affiliation"),
                 translate("RegisterPages", "Expertise"), translate("RegisterPages", "E-mail"),
                 translate("RegisterPages", "Courses")],
        widths=[140, 140, 170, 260, 260, 200, 70],
        numeric=frozenset({6}),
        filters=[ListFilterChoice("sex", translate("RegisterPages", "Women and men"),
                                  lambda: [(labels.label(labels.SEX, s), s.value) for s in labels.SEX])],
        count_text=_counted(
            translate("RegisterPages", "1 trainer in the register."),
            translate("RegisterPages", "%1 trainers in the register."),
            translate("RegisterPages", "The register has no trainer yet."),
            translate("RegisterPages", "1 trainer matches."),
            translate("RegisterPages", "%1 trainers match."),
            translate("RegisterPages", "No trainer matches.")),
        new_text=translate("RegisterPages", "&New trainer…"),
    )
