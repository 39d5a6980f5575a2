"""Rules for user accounts: user names and password strength."""

from __future__ import annotations

import re

from onestop_desktop.domain.errors import ValidationError
from onestop_desktop.domain.text import clean_line, has_control_chars

USERNAME_RE = re.compile(r"^[a-z][a-z0-9._-]{2,31}$")
PASSWORD_MIN_LENGTH = 10
FULL_NAME_MAX = 120


def validate_username(username: str) -> str:
    name = username.strip().lower() if isinstance(username, str) else ""
    if not USERNAME_RE.match(name):
        raise ValidationError(
            "Tên đăng nhập gồm 3–32 ký tự: chữ thường không dấu, số, dấu chấm, gạch ngang; "
            "bắt đầu bằng chữ.",
            "A user name has 3–32 characters: lower-case letters, digits, '.', '-', '_', "
            "starting with a letter.",
            field="username",
        )
    return name


def validate_full_name(full_name: str) -> str:
    name = clean_line(full_name)
    if not name:
        raise ValidationError("Chưa nhập họ và tên.", "The full name is empty.", field="full_name")
    if len(name) > FULL_NAME_MAX or has_control_chars(full_name):
        raise ValidationError(
            f"Họ và tên không hợp lệ (tối đa {FULL_NAME_MAX} ký tự).",
            f"Invalid full name (at most {FULL_NAME_MAX} characters).",
            field="full_name",
        )
    return name


def validate_new_password(password: str, username: str) -> None:
    """A new password: long enough, not trivially guessable. Raises ``ValidationError``."""
    if not isinstance(password, str) or len(password) < PASSWORD_MIN_LENGTH:
        raise ValidationError(
            f"Mật khẩu phải có ít nhất {PASSWORD_MIN_LENGTH} ký tự.",
            f"The password needs at least {PASSWORD_MIN_LENGTH} characters.",
            field="password",
        )
    if has_control_chars(password):
        raise ValidationError(
            "Mật khẩu có ký tự không hợp lệ.",
            "The password has invalid characters.",
            field="password",
        )
    if username and username.lower() in password.lower():
        raise ValidationError(
            "Mật khẩu không được chứa tên đăng nhập.",
            "The password must not contain the user name.",
            field="password",
        )
    if len(set(password)) < 5:
        raise ValidationError(
            "Mật khẩu quá đơn giản: dùng ít nhất 5 ký tự khác nhau.",
            "The password is too simple: use at least 5 different characters.",
            field="password",
        )
