"""Use cases, one transaction per user action; each change writes its audit event in that transaction."""
