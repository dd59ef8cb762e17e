"""What every table of the register shares: the base model bound to the register's database, the
``version`` of the tables a clerk edits (checked and incremented by every update, so that concurrent
edits are refused, never lost) and the search key of the tables whose lists are searched."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from peewee import AutoField, Check, DateTimeField, IntegerField, Model

from ..domain.enums import StrEnum
from ..domain.names import search_key
from .database import db


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _one_of(column: str, enum: type[StrEnum]) -> Any:
    values = ", ".join(f"'{v}'" for v in enum.values())
    return Check(f"{column} IN ({values})")


class BaseModel(Model):
    if TYPE_CHECKING:  # the primary key Peewee adds to every table that names none
        id: AutoField

    class Meta:
        database = db
        legacy_table_names = False


class VersionedModel(BaseModel):
    version = IntegerField(default=1)
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)


class Searchable:
    """A table whose list is searched through ``search_key``: the folded text of ``searched_fields``,
    written on every save (services) and by the demo's bulk inserts."""

    searched_fields: tuple[str, ...] = ()

    @classmethod
    def key_for(cls, values: dict[str, Any]) -> str:
        return search_key(*(str(values.get(name) or "") for name in cls.searched_fields))

    def save(self, *args: Any, **kwargs: Any) -> Any:
        self.search_key = self.key_for({name: getattr(self, name) for name in self.searched_fields})
        return super().save(*args, **kwargs)  # type: ignore[misc]  # Model.save, beside it in the class's bases
