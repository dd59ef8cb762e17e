"""A realistic, deterministic demo register: a programme office in Rabat training African officials."""

from .generator import DemoSummary, generate

__all__ = ["DemoSummary", "generate"]
