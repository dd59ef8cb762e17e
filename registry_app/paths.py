"""Where the program's files live. The only module that knows platformdirs and PyInstaller's bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from . import APP_ID


def bundle_root() -> Path:
    """The folder holding resources/: the source tree, or the PyInstaller bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return bundle_root() / "resources"


def user_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_ID, appauthor=False)


def user_config_dir() -> Path:
    from platformdirs import user_config_path

    return user_config_path(APP_ID, appauthor=False)


def default_database_path() -> Path:
    return user_data_dir() / "register.sqlite3"


def settings_path() -> Path:
    return user_config_dir() / "settings.json"


def log_path() -> Path:
    """The rotating log where bugs are written with their traceback. REGISTRY_LOG_DIR moves it (tests)."""
    folder = os.environ.get("REGISTRY_LOG_DIR")
    return (Path(folder) if folder else user_data_dir() / "logs") / "registry.log"
