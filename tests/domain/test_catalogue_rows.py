import pytest

from onestop_desktop.domain.catalogue import (
    CopyKind,
    ProcessingUnit,
    missing_columns,
    parse_documents,
    parse_procedure_row,
)
from onestop_desktop.domain.errors import ValidationError

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
