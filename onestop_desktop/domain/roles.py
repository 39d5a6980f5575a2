"""Roles and what each may do. The services layer checks these; the UI only mirrors them."""

from __future__ import annotations

import enum


class Role(enum.StrEnum):
    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class Permission(enum.StrEnum):
    SERVE_COUNTER = "serve_counter"  # queue actions, intake, return of results
    VIEW_DAY = "view_day"  # live dashboard, summaries, register
    CLOSE_DAY = "close_day"
    EDIT_CATALOGUE = "edit_catalogue"
    EDIT_SETTINGS = "edit_settings"  # ward, counters, services, holidays
    MANAGE_USERS = "manage_users"
    VIEW_AUDIT = "view_audit"


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CLERK: frozenset({Permission.SERVE_COUNTER}),
    Role.SUPERVISOR: frozenset(
        {
            Permission.SERVE_COUNTER,
            Permission.VIEW_DAY,
            Permission.CLOSE_DAY,
            Permission.EDIT_CATALOGUE,
        }
    ),
    Role.ADMIN: frozenset(Permission),
}


def allows(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]
