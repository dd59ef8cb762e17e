"""The audit trail as an auditor reads it: signed checkpoints of its head, its verification against
them, and the list of events filtered and exported."""
