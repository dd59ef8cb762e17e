"""Plain-Python rules of the register. Imports nothing of ours but itself, and nothing of Qt or Peewee."""
