"""The register (Mẫu 07) for a 3-day range, from the database to the PDF and the XLSX: both hold
the same rows as the database, returns at the counter and by post included."""

from __future__ import annotations

import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from onestop_desktop.domain.clock import FixedClock
from onestop_desktop.domain.intake import Outcome
from onestop_desktop.services import dossier_lists as lists
from onestop_desktop.services import processing as p
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.intake import receive_dossier
from onestop_desktop.services.processing_dto import CounterReturn, PostalReturn, ReceiverKind
from onestop_desktop.services.processing_files import save_register
from onestop_desktop.store.models import Dossier
from tests.intake_helpers import APPLICANT, intake_form, load_sample_catalogue

pytestmark = pytest.mark.db
THREE_DAYS = "1.000689"
OTHER = APPLICANT.__class__(
    full_name="Lê Thị Thu Hằng",
    id_type="cccd",
    id_number="001092000777",
    phone="0987 654 321",
    address="Số 3 phố Yên Phụ, phường Ba Đình, Hà Nội",
)


def _seed(runner: ServiceRunner, ward: Actor, clock: FixedClock, make_user) -> Actor:  # type: ignore[no-untyped-def]
    load_sample_catalogue(runner, ward)
    clerk = make_user("canbo1", "clerk")
    ids = []
    for day, applicant in ((18, APPLICANT), (19, OTHER), (20, APPLICANT), (21, OTHER)):
        clock.set(datetime(2026, 11, day, 9, 30))
        form = intake_form(runner, clerk, THREE_DAYS, applicant=applicant)
        ids.append(runner.write(receive_dossier, clerk, form).dossier_id)
    clock.set(datetime(2026, 11, 19, 10, 0))
    refused = intake_form(
        runner, clerk, THREE_DAYS, outcome=Outcome.REFUSE, reason="Không thuộc thẩm quyền"
    )
    runner.write(receive_dossier, clerk, refused)
    clock.set(datetime(2026, 11, 23, 9, 0))
    for dossier_id in ids[:2]:
        runner.write(p.hand_over, clerk, dossier_id, "Công chức Tư pháp - Hộ tịch")
        runner.write(p.result_back, clerk, dossier_id)
    runner.write(
        p.return_at_counter,
        clerk,
        ids[0],
        CounterReturn(ReceiverKind.AUTHORISED, "001085004321", "Trần Văn Bình"),
    )
    runner.write(p.return_by_post, clerk, ids[1], PostalReturn("EB123456789VN", date(2026, 11, 23)))
    runner.write(p.extend, clerk, ids[2], datetime(2026, 11, 30, 16, 0), "Cần xác minh thêm")
    return make_user("totruong", "supervisor")


def _db_rows(runner: ServiceRunner) -> list[Dossier]:
    with runner.db.read() as s:
        rows = s.scalars(
            select(Dossier)
            .where(Dossier.business_date.between(date(2026, 11, 18), date(2026, 11, 20)))
            .order_by(Dossier.business_date, Dossier.seq)
        ).all()
        s.expunge_all()
    return list(rows)


def test_register_pdf_and_xlsx_hold_the_database_rows(
    runner: ServiceRunner, ward: Actor, clock: FixedClock, make_user, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    supervisor = _seed(runner, ward, clock, make_user)
    expected = _db_rows(runner)
    assert len(expected) == 4  # 18, 19 (+ the refusal), 20; the 21st is outside the range
    reg = runner.read(lists.register, supervisor, date(2026, 11, 18), date(2026, 11, 20))
    pdf = save_register(reg, tmp_path / "so-theo-doi.pdf")
    xlsx = save_register(reg, tmp_path / "so-theo-doi.xlsx")

    text = subprocess.run(
        ["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    assert "SỔ THEO DÕI HỒ SƠ" in flat
    assert "18/11/2026" in flat
    assert "20/11/2026" in flat
    for d in expected:
        assert d.code in flat
        assert d.received_at.strftime("%d/%m/%Y") in flat
    assert "Trần Văn Bình" in flat
    assert "EB123456789VN" in flat
    assert "Không thuộc thẩm quyền" in flat
    assert "Lê Thị Thu Hằng" in flat

    book = load_workbook(xlsx, read_only=True)
    try:
        rows = list(book.active.iter_rows(values_only=True))
    finally:
        book.close()
    head = next(i for i, r in enumerate(rows) if len(r) > 1 and r[1] == "Mã hồ sơ")
    heads = list(rows[head])
    data = [r for r in rows[head + 1 :] if len(r) > 1 and r[1]]
    col = {name: heads.index(name) for name in heads if name}
    assert [r[col["Mã hồ sơ"]] for r in data] == [d.code for d in expected]
    for row, d in zip(data, expected, strict=True):
        assert row[col["Chủ hồ sơ"]] == d.applicant_name
        assert row[col["Ngày tiếp nhận"]] == d.received_at
        assert row[col["Ngày hẹn trả"]] == d.due_at
        assert row[col["Ngày trả"]] == d.returned_at
    by_code = {r[col["Mã hồ sơ"]]: r for r in data}
    counter_return = by_code[expected[0].code][col["Người nhận kết quả"]]
    assert "Trần Văn Bình" in counter_return
    assert "001085004321" in counter_return
    assert "EB123456789VN" in by_code[expected[1].code][col["Người nhận kết quả"]]
    refused = next(d for d in expected if d.status == "refused")
    assert "Không thuộc thẩm quyền" in by_code[refused.code][col["Ghi chú"]]
    extended = next(d for d in expected if d.business_date == date(2026, 11, 20))
    assert by_code[extended.code][col["Ngày hẹn trả"]] == datetime(2026, 11, 30, 16, 0)
    assert "Gia hạn" in by_code[extended.code][col["Ghi chú"]]
