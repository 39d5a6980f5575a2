"""Use cases: one transaction each, taking a service context and returning plain dataclasses."""
