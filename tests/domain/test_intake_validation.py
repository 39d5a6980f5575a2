"""Bad input at intake: every field gets a clear message beside it and nothing is accepted."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onestop_desktop.domain.applicant import PersonInput, validate_person
from onestop_desktop.domain.errors import FormInvalid
from onestop_desktop.domain.intake import (
    DocumentCheck,
    IntakeForm,
    Outcome,
    RequiredDocument,
    validate_intake,
)

TODAY = date(2026, 11, 20)
GOOD = PersonInput(
    full_name="Nguyễn Thị Ngọc Ánh",
    id_type="cccd",
    id_number="001190012345",
    phone="0912345678",
    address="Số 12 ngõ 45 Âu Cơ, Tây Hồ",
    email="anh@example.vn",
)
REQUIRED = [
    RequiredDocument(1, "Tờ khai đăng ký khai sinh", "original", 1, True),
    RequiredDocument(2, "Giấy chứng sinh", "original", 1, True),
    RequiredDocument(3, "Văn bản ủy quyền", "original", 1, False),
]


def _form(**changes: object) -> IntakeForm:
    base = IntakeForm(
        procedure_id=1,
        applicant=GOOD,
        documents=(DocumentCheck(1, True), DocumentCheck(2, True), DocumentCheck(3, False)),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def _problems(person: PersonInput) -> dict[str, str]:
    with pytest.raises(FormInvalid) as caught:
        validate_person(person, TODAY)
    return {field: err.message_vi for field, err in caught.value.by_field().items()}


def test_a_good_applicant_comes_back_cleaned() -> None:
    person = validate_person(
        replace(GOOD, full_name="  nguyễn   thị  ngọc ánh ", phone="+84 912.345.678"), TODAY
    )
    assert person.full_name == "nguyễn thị ngọc ánh"
    assert person.phone == "0912345678"
    assert person.id_number == "001190012345"


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"full_name": ""}, "full_name", "Chưa nhập họ và tên"),
        ({"full_name": "Nguyễn Văn 2"}, "full_name", "chỉ gồm chữ cái"),
        ({"full_name": "Nguyễn Văn 😀"}, "full_name", "chỉ gồm chữ cái"),
        ({"full_name": "Nguyễn\x00Văn"}, "full_name", "chỉ gồm chữ cái"),
        ({"full_name": "A" * 10_000}, "full_name", "dài quá 100"),
        ({"id_number": "00119001234"}, "id_number", "12 chữ số"),
        ({"id_number": "00119001234A"}, "id_number", "12 chữ số"),
        ({"id_type": "cmnd", "id_number": "0011900123"}, "id_number", "9 chữ số"),
        ({"id_type": "passport", "id_number": "B12"}, "id_number", "hộ chiếu"),
        ({"id_type": "bằng lái"}, "id_type", "loại giấy tờ"),
        ({"phone": "091234567"}, "phone", "10 chữ số"),
        ({"phone": "09123456789"}, "phone", "10 chữ số"),
        ({"phone": "091234567a"}, "phone", "10 chữ số"),
        ({"phone": ""}, "phone", "Chưa nhập số điện thoại"),
        ({"address": ""}, "address", "Chưa nhập địa chỉ"),
        ({"address": "x" * 10_000}, "address", "dài quá 300"),
        ({"address": "Tây Hồ\x1b[31m"}, "address", "ký tự không hợp lệ"),
        ({"address": "Tây Hồ 🏠"}, "address", "emoji"),
        ({"email": "ngocanh@"}, "email", "e-mail"),
        ({"birth_date": date(2030, 1, 1)}, "birth_date", "Ngày sinh"),
    ],
)
def test_each_bad_field_gets_its_own_message(
    changes: dict[str, object], field: str, words: str
) -> None:
    problems = _problems(replace(GOOD, **changes))  # type: ignore[arg-type]
    assert list(problems) == [field]
    assert words in problems[field]


def test_all_bad_fields_are_reported_together() -> None:
    problems = _problems(PersonInput(full_name="", id_number="12", phone="1", address=""))
    assert set(problems) == {"full_name", "id_number", "phone", "address"}


def test_a_representative_needs_only_name_and_id_and_its_fields_are_prefixed() -> None:
    rep = PersonInput(full_name="Lê Văn Bảo", id_type="cccd", id_number="001080001234")
    assert validate_person(rep, TODAY, representative=True).phone is None
    with pytest.raises(FormInvalid) as caught:
        validate_intake(_form(representative=replace(rep, id_number="1")), REQUIRED, TODAY)
    assert set(caught.value.by_field()) == {"rep_id_number"}


def test_decomposed_unicode_is_stored_composed() -> None:
    nfd = unicodedata.normalize("NFD", "Phạm Thị Thuỳ Dương")
    assert validate_person(replace(GOOD, full_name=nfd), TODAY).full_name == unicodedata.normalize(
        "NFC", "Phạm Thị Thuỳ Dương"
    )


def test_outcome_rules() -> None:
    assert validate_intake(_form(), REQUIRED, TODAY).reason is None
    missing = _form(documents=(DocumentCheck(1, True),))
    with pytest.raises(FormInvalid) as caught:
        validate_intake(missing, REQUIRED, TODAY)
    assert "Giấy chứng sinh" in caught.value.by_field()["documents"].message_vi
    supplement = validate_intake(replace(missing, outcome=Outcome.SUPPLEMENT), REQUIRED, TODAY)
    assert supplement.reason == "Hồ sơ còn thiếu: Giấy chứng sinh; Văn bản ủy quyền."
    everything = (DocumentCheck(1, True), DocumentCheck(2, True), DocumentCheck(3, True))
    complete = _form(outcome=Outcome.SUPPLEMENT, reason="x", documents=everything)
    with pytest.raises(FormInvalid, match="supplement"):
        validate_intake(complete, REQUIRED, TODAY)
    with pytest.raises(FormInvalid):
        validate_intake(_form(outcome=Outcome.REFUSE), REQUIRED, TODAY)
    with pytest.raises(FormInvalid):
        validate_intake(_form(channel="fax"), REQUIRED, TODAY)
    with pytest.raises(FormInvalid):
        validate_intake(_form(notes="ghi chú\x07"), REQUIRED, TODAY)
    with pytest.raises(FormInvalid):
        validate_intake(_form(notes="n" * 2001), REQUIRED, TODAY)
    assert validate_intake(_form(notes="dòng 1\ndòng 2"), REQUIRED, TODAY).notes == "dòng 1\ndòng 2"


_bad_text = st.one_of(
    st.text(st.characters(categories=["Cc"]), min_size=1, max_size=5).map(lambda c: f"Văn{c}A"),
    st.text(st.characters(categories=["L"]), min_size=1, max_size=20).map(
        lambda t: "Nguyễn " + t * (10_000 // len(t) + 1)
    ),
    st.sampled_from(["😀", "🇻🇳 Việt Nam", "\u202eabc", "   "]),
)


@settings(max_examples=200, deadline=None)
@given(
    field=st.sampled_from(["full_name", "id_number", "phone", "address"]),
    value=_bad_text,
)
def test_hypothesis_bad_text_in_any_required_field_is_refused_with_a_message(
    field: str, value: str
) -> None:
    with pytest.raises(FormInvalid) as caught:
        validate_person(replace(GOOD, **{field: value}), TODAY)
    problems = caught.value.by_field()
    assert field in problems
    assert problems[field].message_vi
    assert problems[field].message_en


@settings(max_examples=200, deadline=None)
@given(digits=st.text(st.sampled_from("0123456789"), max_size=14))
def test_hypothesis_id_numbers_only_with_the_right_length(digits: str) -> None:
    for kind, length in (("cccd", 12), ("cmnd", 9)):
        person = replace(GOOD, id_type=kind, id_number=digits)
        if len(digits) == length:
            assert validate_person(person, TODAY).id_number == digits
        else:
            with pytest.raises(FormInvalid):
                validate_person(person, TODAY)


@settings(max_examples=200, deadline=None)
@given(name=st.text(st.characters(categories=["Lu", "Ll"]), min_size=1, max_size=60))
def test_hypothesis_any_letters_name_is_stored_nfc(name: str) -> None:
    decomposed = unicodedata.normalize("NFD", name)
    try:
        person = validate_person(replace(GOOD, full_name=decomposed), TODAY)
    except FormInvalid:
        return  # e.g. too long once decomposed letters recombine differently
    assert person.full_name == unicodedata.normalize("NFC", name).strip()
    assert unicodedata.is_normalized("NFC", person.full_name)


@settings(max_examples=200, deadline=None)
@given(
    field=st.sampled_from(["notes", "reason", "email", "rep_full_name", "rep_id_number"]),
    value=_bad_text,
)
def test_hypothesis_bad_text_in_the_other_fields_of_the_form_is_refused(
    field: str, value: str
) -> None:
    rep = PersonInput(full_name="Lê Văn Bảo", id_type="cccd", id_number="001080001234")
    changes: dict[str, object] = {"representative": rep}
    if field == "notes":  # newlines and tabs are fine in notes; add what never is
        changes[field] = value + "😀"
    elif field == "reason":
        changes[field] = value if value.strip() else "\x07"
    elif field == "email":
        changes["applicant"] = replace(GOOD, email=value if value.strip() else "a@\x00")
    else:
        changes["representative"] = replace(rep, **{field.removeprefix("rep_"): value})
    with pytest.raises(FormInvalid) as caught:
        validate_intake(_form(**changes), REQUIRED, TODAY)
    problem = caught.value.by_field()[field]
    assert problem.message_vi
    assert problem.message_en
