"""Backups of the register and its restoration: made when the window closes (once a day at most), on
demand, before a migration and before a restore; rotated; each checked; restored by an atomic swap."""
