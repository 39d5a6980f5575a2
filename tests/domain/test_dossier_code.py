"""The dossier code (mã hồ sơ) and the signed QR payload of the receipt."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from onestop_desktop.domain.dossier_code import (
    SEQ_MAX,
    DossierCode,
    format_code,
    parse_code,
    sign_code,
    verify_payload,
)
from onestop_desktop.domain.errors import ValidationError

UNIT = "000.00.06.H56"
KEY = b"ward signing key"

units = st.builds(
    lambda a, b, c, letter, rest: f"{a:03d}.{b:02d}.{c:02d}.{letter}{rest}",
    st.integers(0, 999),
    st.integers(0, 99),
    st.integers(0, 99),
    st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    st.text("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=2),
)
days = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))
seqs = st.integers(1, SEQ_MAX)


def test_the_real_example_parses() -> None:
    code = parse_code("000.00.06.H56-231027-0361")
    assert code == DossierCode("000.00.06.H56", date(2023, 10, 27), 361)
    assert str(code) == "000.00.06.H56-231027-0361"


def test_format_pads_the_sequence() -> None:
    assert format_code(UNIT, date(2026, 11, 20), 1) == "000.00.06.H56-261120-0001"
    assert format_code(UNIT, date(2026, 11, 20), SEQ_MAX) == "000.00.06.H56-261120-9999"


@given(units, days, seqs)
def test_format_and_parse_round_trip(unit: str, day: date, seq: int) -> None:
    code = format_code(unit, day, seq)
    assert parse_code(code) == DossierCode(unit, day, seq)
    assert str(parse_code(code)) == code


def test_typed_codes_are_forgiven_spaces_and_case() -> None:
    assert str(parse_code("  000.00.06.h56-261120-0001\n")) == "000.00.06.H56-261120-0001"


@pytest.mark.parametrize("seq", [0, -1, SEQ_MAX + 1])
def test_sequence_out_of_range_is_refused(seq: int) -> None:
    with pytest.raises(ValidationError) as caught:
        format_code(UNIT, date(2026, 11, 20), seq)
    assert "tối đa 9999" in caught.value.message_vi
    assert "at most 9999" in caught.value.message_en


@pytest.mark.parametrize(
    "text",
    [
        "",
        "000.00.06.H56",
        "000.00.06.H56-261120",
        "000.00.06.H56-261120-001",  # 3-digit sequence
        "000.00.06.H56-261120-00001",
        "00.00.06.H56-261120-0001",
        "000.00.06.556-261120-0001",  # the unit's last part starts with a letter
        "000.00.06.H56 261120 0001",
        "000.00.06.H56-2611200001",
        "000.00.06.H56-261120-0001-123456789012",  # a QR payload is not a code
        "mã hồ sơ",
    ],
)
def test_malformed_codes_are_refused_with_the_expected_shape(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_code(text)
    assert caught.value.field == "code"
    assert caught.value.message_vi == "Mã hồ sơ phải có dạng 000.00.06.H56-261120-0001."
    assert "000.00.06.H56-261120-0001" in caught.value.message_en


@pytest.mark.parametrize("text", ["000.00.06.H56-261131-0001", "000.00.06.H56-260230-0001"])
def test_impossible_dates_are_refused(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_code(text)
    assert caught.value.message_vi == "Ngày trong mã hồ sơ không có thật."


# -- the signed payload --------------------------------------------------------------------------
def test_payload_is_the_code_and_twelve_digits() -> None:
    code = format_code(UNIT, date(2026, 11, 20), 361)
    payload = sign_code(code, KEY)
    assert payload.startswith(code + "-")
    signature = payload.removeprefix(code + "-")
    assert len(signature) == 12
    assert signature.isdigit()
    assert verify_payload(payload, KEY) == code
    # scanners may add a newline; lower case typed by hand is forgiven
    assert verify_payload(f" {payload.lower()}\r\n", KEY) == code


def test_signing_a_bad_code_is_refused() -> None:
    with pytest.raises(ValidationError):
        sign_code("000.00.06.H56-261120-1", KEY)


def test_another_wards_key_is_refused() -> None:
    payload = sign_code(format_code(UNIT, date(2026, 11, 20), 361), KEY)
    with pytest.raises(ValidationError) as caught:
        verify_payload(payload, b"another ward")
    assert "chữ ký không khớp" in caught.value.message_vi


@pytest.mark.parametrize(
    "text", ["", "000.00.06.H56-261120-0361", "hello", "000.00.06.H56-261120-0361-12345"]
)
def test_what_is_not_a_payload_is_refused(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        verify_payload(text, KEY)
    assert caught.value.field == "payload"
    assert caught.value.message_vi == "Mã quét được không phải mã QR của giấy tiếp nhận."


def test_a_code_changed_by_one_digit_is_refused() -> None:
    payload = sign_code(format_code(UNIT, date(2026, 11, 20), 361), KEY)
    altered = payload.replace("-0361-", "-0362-")
    with pytest.raises(ValidationError) as caught:
        verify_payload(altered, KEY)
    assert caught.value.message_en.startswith("Invalid QR code: the signature does not match")


@given(
    units,
    days,
    seqs,
    st.data(),
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
)
def test_any_change_of_one_character_is_refused(
    unit: str, day: date, seq: int, data: st.DataObject, replacement: str
) -> None:
    payload = sign_code(format_code(unit, day, seq), KEY)
    index = data.draw(st.integers(0, len(payload) - 1), label="index")
    # The payload is read case-insensitively (a hand-typed "h56" is "H56"): a change of case only
    # is the same payload.
    assume(replacement.upper() != payload[index])
    altered = payload[:index] + replacement + payload[index + 1 :]
    with pytest.raises(ValidationError):
        verify_payload(altered, KEY)
