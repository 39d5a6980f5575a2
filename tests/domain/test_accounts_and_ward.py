import pytest

from onestop_desktop.domain.accounts import validate_new_password, validate_username
from onestop_desktop.domain.errors import ValidationError
from onestop_desktop.domain.roles import Permission, Role, allows
from onestop_desktop.domain.ward import validate_ward


def test_unit_code_format_is_checked() -> None:
    assert validate_ward(" 000.00.06.h56 ", "Phường  Tây Hồ").unit_code == "000.00.06.H56"
    for bad in ("", "000.00.06", "H56-000.00.06", "000.00.06.H56-1", "ab.cd.ef.H56"):
        with pytest.raises(ValidationError) as exc:
            validate_ward(bad, "Phường Tây Hồ")
        assert exc.value.field == "unit_code"
        assert "000.00.06.H56" in exc.value.message_vi


def test_ward_name_is_cleaned_and_bounded() -> None:
    assert validate_ward("000.00.06.H56", "  Phường   Tây Hồ ").name == "Phường Tây Hồ"
    for bad in ("", "   ", "x" * 201, "Phường\x00"):
        with pytest.raises(ValidationError):
            validate_ward("000.00.06.H56", bad)


@pytest.mark.parametrize(
    ("password", "why"),
    [
        ("short1!", "ít nhất 10"),
        ("aaaaaaaaaaaa", "5 ký tự khác"),
        ("xadmin12345x", "tên đăng nhập"),
    ],
)
def test_weak_passwords_are_refused_with_a_reason(password: str, why: str) -> None:
    with pytest.raises(ValidationError) as exc:
        validate_new_password(password, "admin")
    assert why in exc.value.message_vi


def test_usernames() -> None:
    assert validate_username(" CanBo1 ") == "canbo1"
    for bad in ("ab", "1abc", "nguyễn", "a b c", "x" * 33):
        with pytest.raises(ValidationError):
            validate_username(bad)


def test_role_permissions() -> None:
    assert not allows(Role.CLERK, Permission.EDIT_CATALOGUE)
    assert not allows(Role.CLERK, Permission.CLOSE_DAY)
    assert not allows(Role.SUPERVISOR, Permission.MANAGE_USERS)
    assert allows(Role.SUPERVISOR, Permission.CLOSE_DAY)
    assert all(allows(Role.ADMIN, p) for p in Permission)
