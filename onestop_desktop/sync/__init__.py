"""Upward sync of closed days' totals to the city (outbox, signed delivery)."""
