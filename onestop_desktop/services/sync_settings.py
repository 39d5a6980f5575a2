"""The ward's upward-sync settings: where the daily totals go and how the ward proves itself.

Stored under ``sync.*`` in the ``settings`` table through ``put_setting``; only the administrator
reads or edits them (``EDIT_SETTINGS``: they hold the bearer token and the HMAC secret). A change
of the token or the secret is audited as "changed", never with its value, and neither is ever
logged. Plain HTTP is accepted only for a receiver on this machine (127.0.0.1 / localhost): the
document crosses the city's network over verified TLS, with an optional CA file for a private CA.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from onestop_desktop.domain.errors import FormInvalid, ValidationError
from onestop_desktop.domain.roles import Permission
from onestop_desktop.domain.text import has_control_chars
from onestop_desktop.services.context import ServiceContext
from onestop_desktop.services.settings import put_setting
from onestop_desktop.store.models import Setting

PREFIX = "sync."
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
TEXT_MAX = 500
SECRET_FIELDS = frozenset({"token", "secret"})


@dataclass(frozen=True)
class SyncSettings:
    endpoint: str = ""  # base URL; documents go to {endpoint}/daily-totals
    token: str = ""  # bearer token the city gave the ward
    secret: str = ""  # the ward's HMAC-SHA256 key for X-Signature
    ca_file: str = ""  # PEM file of the CA that signs the receiver's certificate; "" = system CAs
    enabled: bool = False

    @property
    def ready(self) -> bool:
        """Enabled and complete: the sender may post."""
        return self.enabled and bool(self.endpoint and self.token and self.secret)

    def __repr__(self) -> str:  # never print the token or the secret (logs, tracebacks)
        return (
            f"SyncSettings(endpoint={self.endpoint!r}, token={'***' if self.token else ''!r}, "
            f"secret={'***' if self.secret else ''!r}, ca_file={self.ca_file!r}, "
            f"enabled={self.enabled!r})"
        )


def _stored(ctx: ServiceContext) -> SyncSettings:
    """The stored settings, defaults for those never set."""
    defaults = SyncSettings()
    values: dict[str, Any] = {}
    for f in fields(SyncSettings):
        row = ctx.session.get(Setting, PREFIX + f.name)
        if row is None:
            continue
        value = json.loads(row.value)
        if type(value) is type(getattr(defaults, f.name)):
            values[f.name] = value
    return SyncSettings(**values)


def sync_settings(ctx: ServiceContext) -> SyncSettings:
    """The sync settings, token and secret included: administrators only."""
    ctx.require(Permission.EDIT_SETTINGS)
    return _stored(ctx)


def endpoint_problem(endpoint: str) -> ValidationError | None:
    """Why ``endpoint`` cannot be used, or ``None``: https, or http to this machine only."""
    try:
        parts = urlsplit(endpoint)
        host = (parts.hostname or "").lower()
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        parts, host = None, ""
    if parts is None or parts.scheme not in ("https", "http") or not host:
        return ValidationError(
            "Địa chỉ máy chủ nhận phải có dạng https://tên-máy/đường-dẫn.",
            "The receiver's address must look like https://host/path.",
            field="endpoint",
        )
    if parts.query or parts.fragment or parts.username or parts.password:
        return ValidationError(
            "Địa chỉ máy chủ nhận không được có tham số (?…), phân đoạn (#…) hay mật khẩu.",
            "The receiver's address may not carry a query, a fragment or credentials.",
            field="endpoint",
        )
    if parts.scheme == "http" and host not in LOOPBACK_HOSTS:
        return ValidationError(
            "Chỉ dùng https khi gửi qua mạng; http chỉ được phép với 127.0.0.1 hoặc localhost.",
            "Use https over the network; plain http is allowed only for 127.0.0.1 or localhost.",
            field="endpoint",
        )
    return None


def validate_sync_settings(settings: SyncSettings) -> SyncSettings:
    """The settings cleaned (spaces trimmed, no trailing slash); ``FormInvalid`` lists every
    problem. A disabled sync may leave fields empty; what is filled in must still be valid."""
    problems: list[ValidationError] = []
    texts: dict[str, str] = {}
    for name in ("endpoint", "token", "secret", "ca_file"):
        raw = getattr(settings, name)
        if not isinstance(raw, str) or len(raw) > TEXT_MAX or has_control_chars(raw):
            problems.append(
                ValidationError(
                    f"Giá trị không hợp lệ (tối đa {TEXT_MAX} ký tự, không ký tự điều khiển).",
                    f"Invalid value (at most {TEXT_MAX} characters, no control characters).",
                    field=name,
                )
            )
            texts[name] = ""
            continue
        texts[name] = raw.strip()
    if not isinstance(settings.enabled, bool):
        problems.append(ValidationError("Giá trị không hợp lệ.", "Invalid value.", "enabled"))
    enabled = settings.enabled is True
    endpoint = texts["endpoint"].rstrip("/")
    if endpoint:
        problem = endpoint_problem(endpoint)
        if problem is not None:
            problems.append(problem)
    elif enabled:
        problems.append(
            ValidationError(
                "Nhập địa chỉ máy chủ nhận.", "Enter the receiver's address.", field="endpoint"
            )
        )
    for name, label_vi, label_en in (
        ("token", "mã truy cập (token)", "access token"),
        ("secret", "khóa bí mật", "secret key"),
    ):
        value = texts[name]
        if not value and enabled:
            problems.append(
                ValidationError(f"Nhập {label_vi}.", f"Enter the {label_en}.", field=name)
            )
        elif value and (not value.isascii() or any(c.isspace() for c in value)):
            problems.append(
                ValidationError(
                    f"{label_vi.capitalize()} chỉ gồm chữ, số và ký hiệu ASCII, không dấu cách.",
                    f"The {label_en} may only hold ASCII letters, digits and symbols, no spaces.",
                    field=name,
                )
            )
    ca_file = texts["ca_file"]
    if ca_file and not Path(ca_file).is_file():
        problems.append(
            ValidationError(
                f"Không tìm thấy tệp chứng chỉ CA: {ca_file}.",
                f"CA certificate file not found: {ca_file}.",
                field="ca_file",
            )
        )
    if problems:
        raise FormInvalid(problems)
    return SyncSettings(
        endpoint=endpoint,
        token=texts["token"],
        secret=texts["secret"],
        ca_file=ca_file,
        enabled=enabled,
    )


def set_sync_settings(
    ctx: ServiceContext,
    endpoint: str,
    token: str,
    secret: str,
    ca_file: str = "",
    enabled: bool = True,
) -> SyncSettings:
    """Save the sync settings (administrators). Nothing is changed when any value is refused."""
    ctx.require(Permission.EDIT_SETTINGS)
    clean = validate_sync_settings(SyncSettings(endpoint, token, secret, ca_file, enabled))
    current = _stored(ctx)
    for f in fields(SyncSettings):
        old, new = getattr(current, f.name), getattr(clean, f.name)
        if old == new:
            continue
        put_setting(ctx, PREFIX + f.name, new, shown_before=old, secret=f.name in SECRET_FIELDS)
    return clean
