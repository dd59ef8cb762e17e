"""Attendance: marks per half-day and test scores."""
