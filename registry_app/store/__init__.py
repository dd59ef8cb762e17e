"""Peewee models, connections and migrations. Knows the domain, nothing of services or the GUI."""

from . import postgres_driver

postgres_driver.defer()
