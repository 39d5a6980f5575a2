"""Errors a person can act on.

``UserError`` and its subclasses carry a message meant for the clerk or the ward's IT, in the
language of the UI (Vietnamese) with an English twin for logs and the CLI. Everything else is a bug.
"""

from __future__ import annotations


class UserError(Exception):
    """A refusal or an environment problem with a clear message; nothing was changed."""

    def __init__(self, message_vi: str, message_en: str | None = None) -> None:
        super().__init__(message_en or message_vi)
        self.message_vi = message_vi
        self.message_en = message_en or message_vi

    def message(self, language: str = "vi") -> str:
        return self.message_en if language == "en" else self.message_vi


class ValidationError(UserError):
    """Input that breaks a rule; ``field`` names the offending field where there is one."""

    def __init__(self, message_vi: str, message_en: str | None = None, field: str | None = None):
        super().__init__(message_vi, message_en)
        self.field = field


class PermissionDenied(UserError):
    pass


class DatabaseProblem(UserError):
    """The database cannot be used as it is (unreachable, read-only, corrupt, too new, full)."""


class FormInvalid(ValidationError):
    """Several fields of one form are wrong at once; ``problems`` holds one error per field."""

    def __init__(self, problems: list[ValidationError]) -> None:
        first = problems[0]
        super().__init__(first.message_vi, first.message_en, field=first.field)
        self.problems = problems

    def by_field(self) -> dict[str, ValidationError]:
        return {p.field or "": p for p in self.problems}
