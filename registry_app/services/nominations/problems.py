"""What is wrong with a nomination file, and where: file, sheet, row, column, the value, and why.

``why`` is a template with named values, as refusals are, so that the window translates it
(gui/validation_messages.py lists the templates for the translators) and the command line prints it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ...domain.errors import Refusal

SHOWN_VALUE = 80  # a huge cell is shown by its start


class FileRefused(Refusal, ValueError):
    """The file as a whole cannot be read: it says which file (the value ``file``), and where in it when
    that is known."""

    @property
    def file_name(self) -> str:
        return str(self.values.get("file", ""))


class ImportRefused(Refusal, ValueError):
    """The import cannot be committed as it stands (problems left, nothing to import...)."""


@dataclass(frozen=True)
class Problem:
    file: str
    sheet: str
    row: int  # the row (or the CSV line) as the sender's program numbers it; 0 for the file as a whole
    column: str  # the column's letter and heading, "" for the row or the file as a whole
    value: str
    why: str  # a template with {names}
    values: dict[str, Any] = field(default_factory=dict)
    blocking: bool = True  # a blocking problem stops its row (or the file) until fixed or skipped

    def sentence(self, translate: Any = None) -> str:
        template = translate(self.why) if translate else self.why
        try:
            return template.format(**self.values) if self.values else template
        except (KeyError, IndexError, ValueError):
            return self.why.format(**self.values) if self.values else self.why

    def located(self, translate: Any = None) -> str:
        """One line: where, what, why (for the command line and the errors file)."""
        where = [self.file]
        if self.sheet:
            where.append(f"sheet {self.sheet}")
        if self.row:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column {self.column}")
        value = f" [{self.value}]" if self.value else ""
        return f"{', '.join(where)}{value}: {self.sentence(translate)}"


def shown(value: Any) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= SHOWN_VALUE else text[: SHOWN_VALUE - 1] + "…"
