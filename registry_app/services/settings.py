"""The settings file, and which register to open: --db, then REGISTRY_DB, then the settings file, then
the default file."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import paths
from ..domain.errors import Refusal

ENV_VARIABLE = "REGISTRY_DB"


class SettingsError(Refusal):
    pass


@dataclass(frozen=True)
class ChosenDatabase:
    url: str
    source: str  # "--db", "REGISTRY_DB", "settings" or "default"


def read_settings(path: Path | None = None) -> dict[str, Any]:
    path = path or paths.settings_path()
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SettingsError("The settings file {path} cannot be read: {problem}", path=path, problem=exc) from exc
    if not isinstance(data, dict):
        raise SettingsError("The settings file {path} does not hold a JSON object.", path=path)
    return data


def write_settings(values: dict[str, Any], path: Path | None = None) -> None:
    path = path or paths.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    current = read_settings(path) if path.exists() else {}
    current.update(values)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(current, indent=2, ensure_ascii=False), encoding="utf-8")
    temporary.replace(path)


def choose_database(cli_url: str | None = None, environ: Mapping[str, str] | None = None,
                    settings_file: Path | None = None) -> ChosenDatabase:
    variables: Mapping[str, str] = os.environ if environ is None else environ
    if cli_url:
        return ChosenDatabase(cli_url, "--db")
    if variables.get(ENV_VARIABLE):
        return ChosenDatabase(variables[ENV_VARIABLE], ENV_VARIABLE)
    configured = read_settings(settings_file).get("database_url")
    if configured:
        return ChosenDatabase(str(configured), "settings")
    return ChosenDatabase(f"sqlite:///{paths.default_database_path()}", "default")


def settings_path() -> Path:
    """Where the settings file is, to show the user."""
    return paths.settings_path()


def translations_dir() -> Path:
    return paths.resources_dir() / "translations"
