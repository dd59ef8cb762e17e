"""Peewee models, connections and migrations. Knows the domain, nothing of services or the GUI."""
