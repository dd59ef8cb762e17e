"""Accounts: the first administrator, signing in and out, passwords, the administrator's users list."""
