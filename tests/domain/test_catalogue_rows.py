import dataclasses
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from onestop_desktop.domain.catalogue import (
    EXPORT_COLUMNS,
    FIELD_LABELS,
    CopyKind,
    DocumentSpec,
    ProcedureSpec,
    ProcessingUnit,
    check_procedure,
    missing_columns,
    parse_documents,
    parse_fee,
    parse_procedure_row,
    parse_return_options,
    procedure_row,
)
from onestop_desktop.domain.errors import ValidationError
from onestop_desktop.domain.text import fold

GOOD = {
    "code": "1.001193",
    "name_vi": "Đăng ký khai sinh",
    "field_vi": "Hộ tịch",
    "processing_days": "0",
    "processing_unit": "working_days",
    "same_day_cutoff": "15:00",
    "fee_vnd": "0",
    "documents_vi": "Tờ khai (theo mẫu) | Giấy chứng sinh (bản chính) | "
    "Bản sao có chứng thực giấy tờ | Văn bản ủy quyền (nếu ủy quyền) | Xuất trình: CCCD",
}


def test_a_good_row_parses() -> None:
    spec = parse_procedure_row(GOOD)
    assert spec.code == "1.001193"
    assert spec.processing_unit is ProcessingUnit.WORKING_DAYS
    assert spec.same_day_cutoff == "15:00"
    assert spec.fee_vnd == 0
    assert [d.copy_kind for d in spec.documents] == [
        CopyKind.ORIGINAL,
        CopyKind.ORIGINAL,
        CopyKind.CERTIFIED_COPY,
        CopyKind.ORIGINAL,
        CopyKind.PRESENT,
    ]
    assert [d.mandatory for d in spec.documents] == [True, True, True, False, True]
    assert spec.search_key.startswith("1.001193 dang ky khai sinh")


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("name_vi", ""),
        ("field_vi", "  "),
        ("code", "1001193"),
        ("processing_days", "ba"),
        ("processing_days", "-1"),
        ("processing_days", "999"),
        ("processing_unit", "weeks"),
        ("same_day_cutoff", "3pm"),
        ("fee_vnd", "10.5"),
        ("name_vi", "x" * 501),
        ("name_vi", "Khai\x07sinh"),
    ],
)
def test_each_broken_column_is_named(column: str, value: str) -> None:
    with pytest.raises(ValidationError) as exc:
        parse_procedure_row({**GOOD, column: value})
    assert exc.value.field == column


def test_missing_columns() -> None:
    assert missing_columns(["code", "name_vi"]) == [
        "field_vi",
        "processing_days",
        "processing_unit",
    ]
    assert missing_columns(list(GOOD)) == []


def test_empty_document_cell() -> None:
    assert parse_documents(None) == ()
    assert parse_documents(" | | ") == ()


# -- return options, document details, the rules the dialog shares, the export row -------------
@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (None, (True, True)),
        ("", (True, True)),
        ("counter", (True, False)),
        ("post", (False, True)),
        ("counter|post", (True, True)),
        ("Tại quầy", (True, False)),
        ("tai quay; buu chinh", (True, True)),
        ("Bưu chính", (False, True)),
    ],
)
def test_return_options(cell: str | None, expected: tuple[bool, bool]) -> None:
    assert parse_return_options(cell) == expected
    spec = parse_procedure_row({**GOOD, "return_options": cell})
    assert (spec.return_at_counter, spec.return_by_post) == expected


@pytest.mark.parametrize("cell", ["email", "counter|fax", "quầy số 3"])
def test_a_bad_return_option_names_its_column(cell: str) -> None:
    with pytest.raises(ValidationError) as exc:
        parse_procedure_row({**GOOD, "return_options": cell})
    assert exc.value.field == "return_options"
    assert "counter" in exc.value.message_en


def test_document_details_in_brackets_win_over_what_the_name_suggests() -> None:
    docs = parse_documents(
        "Tờ khai [bản chụp; 3 bản; không bắt buộc] | Giấy tờ (nếu có) [bắt buộc] | "
        "Bản sao giấy khai sinh [original] | CCCD [x2; present]"
    )
    assert [(d.name, d.copy_kind, d.count, d.mandatory) for d in docs] == [
        ("Tờ khai", CopyKind.PHOTOCOPY, 3, False),
        ("Giấy tờ (nếu có)", CopyKind.ORIGINAL, 1, True),
        ("Bản sao giấy khai sinh", CopyKind.ORIGINAL, 1, True),
        ("CCCD", CopyKind.PRESENT, 2, True),
    ]


@pytest.mark.parametrize(
    ("cell", "needle"),
    [
        ("Tờ khai [bản nháp]", "bản nháp"),
        ("Tờ khai [0 bản]", "số bản"),
        ("Tờ khai [100 bản]", "số bản"),
        ("Tờ [khai] mẫu", "[ ]"),
        ("Tờ khai | Tờ khai", "trùng tên"),
    ],
)
def test_bad_documents_are_refused_with_the_reason(cell: str, needle: str) -> None:
    with pytest.raises(ValidationError) as exc:
        parse_procedure_row({**GOOD, "documents_vi": cell})
    assert exc.value.field == "documents_vi"
    assert needle in exc.value.message_vi


def test_unit_aliases_and_same_day() -> None:
    same_day = parse_procedure_row({**GOOD, "processing_days": "", "processing_unit": "same_day"})
    assert (same_day.processing_days, same_day.processing_unit) == (0, ProcessingUnit.WORKING_DAYS)
    hours = parse_procedure_row({**GOOD, "processing_days": "8", "processing_unit": "Giờ làm việc"})
    assert hours.processing_unit is ProcessingUnit.WORKING_HOURS
    with pytest.raises(ValidationError) as exc:
        parse_procedure_row({**GOOD, "processing_days": "3", "processing_unit": "trong ngày"})
    assert exc.value.field == "processing_days"


@pytest.mark.parametrize(
    ("change", "column"),
    [
        ({"name_vi": "  "}, "name_vi"),
        ({"code": "1.00119"}, "code"),
        ({"processing_days": -1}, "processing_days"),
        ({"processing_days": 366}, "processing_days"),
        ({"same_day_cutoff": "25:00"}, "same_day_cutoff"),
        ({"same_day_cutoff": "7:30"}, "same_day_cutoff"),
        ({"fee_vnd": -5}, "fee_vnd"),
        ({"fee_vnd": 10**10}, "fee_vnd"),
        ({"return_at_counter": False, "return_by_post": False}, "return_options"),
        ({"documents": (DocumentSpec("", CopyKind.ORIGINAL),)}, "documents_vi"),
        ({"documents": (DocumentSpec("A | B", CopyKind.ORIGINAL),)}, "documents_vi"),
        ({"documents": (DocumentSpec("A", CopyKind.ORIGINAL, count=0),)}, "documents_vi"),
        ({"fee_note": "dòng một\x00"}, "fee_note"),
    ],
)
def test_check_procedure_is_the_same_rule_for_the_dialog(
    change: dict[str, object], column: str
) -> None:
    spec = dataclasses.replace(parse_procedure_row(GOOD), **change)  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as exc:
        check_procedure(spec)
    assert exc.value.field == column
    label_vi, _ = FIELD_LABELS[column]
    assert exc.value.message_vi.startswith(label_vi)


def test_check_procedure_normalises_text() -> None:
    spec = dataclasses.replace(
        parse_procedure_row(GOOD),
        name_vi=unicodedata.normalize("NFD", "  Đăng   ký khai sinh "),
        name_en="",
        documents=(DocumentSpec(" Tờ  khai ", CopyKind.ORIGINAL),),
    )
    checked = check_procedure(spec)
    assert checked.name_vi == "Đăng ký khai sinh"
    assert checked.name_en is None
    assert checked.documents[0].name == "Tờ khai"


_names = st.text(
    alphabet=st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạềểễếệ ()-,.;:/")),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip() and s.strip() == " ".join(s.split()))
_documents = st.lists(
    st.builds(
        DocumentSpec,
        name=_names,
        copy_kind=st.sampled_from(CopyKind),
        count=st.integers(1, 99),
        mandatory=st.booleans(),
    ),
    max_size=6,
    unique_by=lambda d: fold(d.name),  # the rule: names equal without diacritics are the same
)


@given(
    code=st.none() | st.from_regex(r"\A\d\.\d{6}\Z"),
    name=_names,
    days=st.integers(0, 365),
    unit=st.sampled_from(ProcessingUnit),
    cutoff=st.none() | st.from_regex(r"\A([01]\d|2[0-3]):[0-5]\d\Z"),
    fee=st.none() | st.integers(0, 10**9),
    returns=st.sampled_from([(True, True), (True, False), (False, True)]),
    documents=_documents,
)
def test_export_row_reads_back_equal(
    code: str | None,
    name: str,
    days: int,
    unit: ProcessingUnit,
    cutoff: str | None,
    fee: int | None,
    returns: tuple[bool, bool],
    documents: list[DocumentSpec],
) -> None:
    spec = check_procedure(
        ProcedureSpec(
            code=code,
            name_vi=name,
            name_en=None,
            field_vi="Hộ tịch",
            field_en="Civil status",
            processing_days=days,
            processing_unit=unit,
            same_day_cutoff=cutoff,
            fee_vnd=fee,
            fee_note=None,
            legal_basis="Luật Hộ tịch 2014",
            documents=tuple(documents),
            return_at_counter=returns[0],
            return_by_post=returns[1],
        )
    )
    row = procedure_row(spec)
    assert list(row) == list(EXPORT_COLUMNS)
    as_text = {k: "" if v is None else str(v) for k, v in row.items()}  # what a CSV gives back
    assert parse_procedure_row(as_text) == spec
    assert parse_procedure_row(row) == spec  # what an XLSX gives back


@pytest.mark.parametrize(
    ("text", "amount"),
    [("", None), ("0", 0), ("15000", 15000), ("15.000", 15000), ("1.000.000", 1_000_000),
     ("15 000", 15000), ("15,000", 15000), ("8.000 đ", 8000)],
)  # fmt: skip
def test_fees_as_typed(text: str, amount: int | None) -> None:
    assert parse_fee(text) == amount
    assert parse_procedure_row({**GOOD, "fee_vnd": text}).fee_vnd == amount


@pytest.mark.parametrize("text", ["10.5", "1.00", "-5", "mười nghìn", "12,000.000"])
def test_fees_that_are_not_amounts(text: str) -> None:
    with pytest.raises(ValidationError) as exc:
        parse_fee(text)
    assert exc.value.field == "fee_vnd"
