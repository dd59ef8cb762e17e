"""Anything that goes wrong and is not a refusal is a bug: written with its traceback to a rotating log
in the user data folder, and shown to the person as "something went wrong" with where the log is."""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path

from .. import __version__, paths

LOGGER_NAME = "registry_app"
_MAX_BYTES, _KEPT = 1_000_000, 5


def log_path() -> Path:
    return paths.log_path()


def _logger() -> logging.Logger:
    logger = logging.getLogger(LOGGER_NAME)
    target = str(log_path())
    if not any(getattr(h, "baseFilename", None) == target for h in logger.handlers):
        for handler in list(logger.handlers):  # the log moved (tests): write to the new place only
            logger.removeHandler(handler)
            handler.close()
        log_path().parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(target, maxBytes=_MAX_BYTES, backupCount=_KEPT,
                                                       encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False
    return logger


def details(error: BaseException) -> str:
    """The whole story of the bug: version, type, message and traceback, as copied for a report."""
    trace = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    return f"Training Registry {__version__}\n{trace}"


def record(error: BaseException, context: str = "") -> Path | None:
    """Log the bug; returns the log's path, or None when even the log cannot be written."""
    try:
        _logger().error("%s%s", f"{context}: " if context else "", details(error))
        return log_path()
    except OSError:
        return None


def one_line(error: BaseException, log: Path | None) -> str:
    """What the command line prints for a bug: one line, the rest is in the log."""
    where = f"details in {log}" if log else "the log could not be written"
    return f"something went wrong ({type(error).__name__}: {error}); {where}"
