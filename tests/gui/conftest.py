import pytest

from registry_app.services.actors import current
from registry_app.services.demo import generate


@pytest.fixture
def demo_register(sqlite_database):
    """A demo register of realistic shape, on SQLite (the window's embedded default)."""
    actor = current()  # the administrator sqlite_database signed in
    generate(actor, participants=1500, seed=3)
    return actor
