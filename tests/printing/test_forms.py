"""The intake forms (Mẫu 01, 02, 03): rendered for real, read back with pdftotext and pypdf, the
receipt's QR code decoded by zbar and its signature checked."""

from __future__ import annotations

import io
import os
import subprocess
import unicodedata
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from onestop_desktop.domain.dossier_code import format_code, sign_code, verify_payload
from onestop_desktop.domain.errors import ValidationError
from onestop_desktop.printing import form_text as ft
from onestop_desktop.printing.forms import FORM_TITLES, INTAKE_FORMS, render_form, write_form
from onestop_desktop.printing.qr import QrFlowable
from onestop_desktop.printing.receipt import QR_SYMBOL
from onestop_desktop.printing.slips import DossierSlip, FormKind, SlipDocument, SlipPerson

KEY = b"test key of the ward"
NAME = "Nguyễn Thị Ngọc Ánh"
ADDRESS = "Số 8 ngách 12/3 đường Âu Cơ, tổ dân phố số 7, Phường Tây Hồ, Hà Nội"
CODE = format_code("000.00.06.H56", date(2026, 11, 20), 361)
MM = 72 / 25.4

HANDED_IN = (
    SlipDocument("Tờ khai đăng ký khai sinh (theo mẫu)", "original", 1, True),
    SlipDocument("Giấy chứng sinh", "original", 1, True),
    SlipDocument("Bản sao Giấy chứng nhận kết hôn của cha, mẹ", "certified_copy", 2, True),
    SlipDocument("Giấy tờ tùy thân của người yêu cầu", "present", 1, True),
)
NOT_HANDED_IN = SlipDocument("Văn bản ủy quyền (nếu ủy quyền)", "original", 1, False)


def make_slip(**changes: object) -> DossierSlip:
    slip = DossierSlip(
        ward_name="Phường Tây Hồ",
        unit_code="000.00.06.H56",
        code=CODE,
        seq=361,
        procedure_name="Đăng ký khai sinh",
        procedure_name_en="Birth registration",
        field_name="Hộ tịch",
        applicant=SlipPerson(
            full_name=NAME,
            id_type="cccd",
            id_number="001190012345",
            birth_date=date(1990, 9, 2),
            phone="0912345678",
            address=ADDRESS,
            email="ngocanh@example.vn",
        ),
        representative=None,
        channel="direct",
        documents=(*HANDED_IN, NOT_HANDED_IN),
        processing_days=3,
        processing_unit="working_days",
        received_at=datetime(2026, 11, 20, 9, 32),
        due_at=datetime(2026, 11, 25, 9, 32),
        return_method="counter",
        fee_vnd=8000,
        fee_note=None,
        clerk_name="Trần Văn Đức",
        printed_at=datetime(2026, 11, 20, 9, 33),
        qr_payload=sign_code(CODE, KEY),
    )
    return replace(slip, **changes)  # type: ignore[arg-type]


def pdftotext(pdf: bytes, tmp_path: Path, name: str = "form") -> list[str]:
    """The text of each page, whitespace collapsed (table cells and long lines wrap)."""
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    return [" ".join(page.split()) for page in out.split("\f")[:-1]]


def text_of(pdf: bytes, tmp_path: Path) -> str:
    return " ".join(pdftotext(pdf, tmp_path))


def decode_qr(pdf: bytes, tmp_path: Path, page: int = 1) -> str:
    path = tmp_path / "qr.pdf"
    path.write_bytes(pdf)
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "200",
            "-png",
            "-f",
            str(page),
            "-l",
            str(page),
            str(path),
            str(tmp_path / "qr"),
        ],
        check=True,
    )
    [png] = sorted(tmp_path.glob("qr-*.png"))
    return subprocess.run(
        ["zbarimg", "--raw", "-q", str(png)], capture_output=True, text=True, check=True
    ).stdout.strip()


# -- Mẫu 01 --------------------------------------------------------------------------------------
def test_receipt_prints_the_applicant_code_dates_and_documents(tmp_path: Path) -> None:
    pdf = render_form(FormKind.RECEIPT, make_slip())
    text = text_of(pdf, tmp_path)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "Độc lập - Tự do - Hạnh phúc" in text
    assert "UBND PHƯỜNG TÂY HỒ BỘ PHẬN MỘT CỬA" in text
    assert "Hà Nội, ngày 20 tháng 11 năm 2026" in text
    assert "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" in text
    assert f"Mã hồ sơ: {CODE}" in text
    assert f"Tiếp nhận hồ sơ của Ông/Bà: {NAME}" in text
    assert f"Địa chỉ: {ADDRESS}" in text
    assert "Số CCCD: 001190012345" in text
    assert "Nội dung yêu cầu giải quyết: Đăng ký khai sinh" in text
    assert "2. Số lượng hồ sơ: 01 bộ" in text
    assert "3. Thời gian giải quyết hồ sơ theo quy định: 03 ngày làm việc" in text
    assert "4. Thời gian nhận hồ sơ: 09 giờ 32 phút, ngày 20/11/2026" in text
    assert "5. Thời gian trả kết quả giải quyết hồ sơ: 09 giờ 32 phút, ngày 25/11/2026" in text
    assert "6. Đăng ký nhận kết quả tại: Bộ phận Một cửa UBND Phường Tây Hồ" in text
    assert "7. Phí, lệ phí: 8.000 đồng" in text
    assert "Vào Sổ theo dõi hồ sơ, Số thứ tự: 361" in text
    assert "NGƯỜI NỘP HỒ SƠ" in text
    assert "NGƯỜI TIẾP NHẬN HỒ SƠ" in text
    assert "Trần Văn Đức" in text
    for doc in HANDED_IN:
        assert doc.name in text
    assert NOT_HANDED_IN.name not in text
    assert "Xuất trình" in text
    assert "BẢN SAO" not in text


def test_receipt_is_a_pdf_with_its_title_and_the_font_embedded() -> None:
    pdf = render_form(FormKind.RECEIPT, make_slip())
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata is not None
    assert reader.metadata.title == "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"
    assert NAME not in str(dict(reader.metadata))  # no personal data in the metadata
    fonts = [
        font.get_object()
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()  # type: ignore[index]
    ]
    assert fonts
    for font in fonts:
        descriptor = font.get("/FontDescriptor")
        if descriptor is None:  # Type0 composite: the descriptor hangs on the descendant
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        assert "/FontFile2" in descriptor
        assert "Liberation" in str(font["/BaseFont"])


def test_receipt_qr_decodes_to_the_signed_payload(tmp_path: Path) -> None:
    slip = make_slip()
    decoded = decode_qr(render_form(FormKind.RECEIPT, slip), tmp_path)
    assert decoded == slip.qr_payload
    assert verify_payload(decoded, KEY) == CODE
    altered = decoded.replace("-0361-", "-0362-")
    assert altered != decoded
    with pytest.raises(ValidationError):
        verify_payload(altered, KEY)


def test_receipt_qr_is_large_enough_for_a_cheap_scanner() -> None:
    qr = QrFlowable(sign_code(CODE, KEY), QR_SYMBOL)
    assert qr.symbol_size >= 25 * MM
    assert qr.size - qr.symbol_size == pytest.approx(8 * qr.module_size)  # 4-module quiet zone


def test_receipt_needs_the_qr_payload() -> None:
    with pytest.raises(ValueError, match="qr_payload"):
        render_form(FormKind.RECEIPT, make_slip(qr_payload=None))


def test_receipt_wording_of_processing_time_fee_and_return(tmp_path: Path) -> None:
    same_day = text_of(
        render_form(
            FormKind.RECEIPT,
            make_slip(processing_days=0, fee_vnd=0, fee_note="Miễn lệ phí", return_method="post"),
        ),
        tmp_path,
    )
    assert "theo quy định: Trong ngày" in same_day
    assert "7. Phí, lệ phí: Không thu. Miễn lệ phí" in same_day
    assert "qua dịch vụ bưu chính công ích" in same_day
    hours = text_of(
        render_form(
            FormKind.RECEIPT,
            make_slip(processing_days=4, processing_unit="working_hours", fee_vnd=1_250_000),
        ),
        tmp_path,
    )
    assert "theo quy định: 04 giờ làm việc" in hours
    assert "7. Phí, lệ phí: 1.250.000 đồng" in hours


def test_representative_is_printed(tmp_path: Path) -> None:
    rep = SlipPerson(full_name="Lê Hoàng Phương", id_type="passport", id_number="C1234567")
    text = text_of(render_form(FormKind.RECEIPT, make_slip(representative=rep)), tmp_path)
    assert "Người đại diện / nộp thay: Lê Hoàng Phương; Số hộ chiếu: C1234567" in text
    assert text.endswith("Lê Hoàng Phương Trần Văn Đức")  # the representative signs


# -- Mẫu 02, 03 ----------------------------------------------------------------------------------
def test_supplement_request_lists_what_is_missing_with_the_reason(tmp_path: Path) -> None:
    noted = replace(HANDED_IN[1], note="Bản chụp mờ, không đọc được số")
    slip = make_slip(
        documents=(HANDED_IN[0], noted, NOT_HANDED_IN),
        due_at=None,
        qr_payload=None,
        reason="Thiếu văn bản ủy quyền của người đi đăng ký thay.",
    )
    pdf = render_form(FormKind.SUPPLEMENT, slip)
    text = text_of(pdf, tmp_path)
    assert "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ" in text
    assert f"Hồ sơ của Ông/Bà: {NAME}" in text
    assert f"Mã hồ sơ: {CODE}" in text
    assert "Đăng ký khai sinh" in text
    assert NOT_HANDED_IN.name in text
    assert "Chưa nộp, cần bổ sung" in text
    assert noted.name in text
    assert "Bản chụp mờ, không đọc được số" in text
    assert HANDED_IN[0].name not in text  # handed in, nothing to say about it
    assert "Lý do: Thiếu văn bản ủy quyền của người đi đăng ký thay." in text
    assert "liên hệ với cán bộ Trần Văn Đức" in text
    assert "Thời gian trả kết quả" not in text
    assert "NGƯỜI HƯỚNG DẪN" in text
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata is not None
    assert reader.metadata.title == FORM_TITLES[FormKind.SUPPLEMENT]


def test_refusal_gives_the_reason(tmp_path: Path) -> None:
    reason = "Hồ sơ không thuộc thẩm quyền giải quyết của UBND phường."
    pdf = render_form(FormKind.REFUSAL, make_slip(due_at=None, qr_payload=None, reason=reason))
    text = text_of(pdf, tmp_path)
    assert "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ" in text
    assert f"tiếp nhận hồ sơ của Ông/Bà: {NAME}" in text
    assert (
        "Qua xem xét, Bộ phận Một cửa thông báo không tiếp nhận, giải quyết hồ sơ này với lý do "
        f"cụ thể như sau: {reason}"
    ) in text
    assert "Trần Văn Đức" in text
    assert "Thời gian trả kết quả" not in text
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata is not None
    assert reader.metadata.title == "Phiếu từ chối tiếp nhận giải quyết hồ sơ"


# -- text exactly as given -----------------------------------------------------------------------
@pytest.mark.parametrize("kind", INTAKE_FORMS)
def test_decomposed_input_prints_as_nfc(kind: FormKind, tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", NAME)
    assert nfd != NAME
    slip = make_slip(applicant=replace(make_slip().applicant, full_name=nfd), reason="Lý do")
    assert NAME in text_of(render_form(kind, slip), tmp_path)


def test_markup_characters_in_data_print_verbatim(tmp_path: Path) -> None:
    odd = 'Công ty <Hưng & Thịnh> "ĐỨC"'
    text = text_of(
        render_form(
            FormKind.RECEIPT, make_slip(applicant=replace(make_slip().applicant, address=odd))
        ),
        tmp_path,
    )
    assert f"Địa chỉ: {odd}" in text


def test_long_slip_flows_onto_a_second_page_without_losing_text(tmp_path: Path) -> None:
    address = (
        "Căn hộ 1203 tòa nhà Sun Grand, ngõ 69 đường Thụy Khuê, tổ dân phố số 7, "
        "Phường Tây Hồ, thành phố Hà Nội; "
    ) * 6
    address = address[:400].strip()
    assert len(address) >= 399
    documents = tuple(
        SlipDocument(
            f"Giấy tờ số {i:02d}: trích lục hộ tịch của người thứ {i}",
            ("original", "certified_copy", "photocopy")[i % 3],
            i % 4 + 1,
            True,
        )
        for i in range(1, 31)
    )
    pdf = render_form(
        FormKind.RECEIPT,
        make_slip(documents=documents, applicant=replace(make_slip().applicant, address=address)),
    )
    pages = pdftotext(pdf, tmp_path)
    assert len(pages) == 2
    text = " ".join(pages)
    assert " ".join(address.split()) in text
    for doc in documents:
        assert doc.name in text
    assert "Tên giấy tờ" in pages[1]  # the table head repeats on the new page
    assert f"Mã hồ sơ {CODE} — Trang 1/2" in pages[0]
    assert f"Mã hồ sơ {CODE} — Trang 2/2" in pages[1]
    assert "Trần Văn Đức" in pages[1]  # the signatures follow the table
    assert decode_qr(pdf, tmp_path) == make_slip().qr_payload


def test_single_page_forms_carry_no_page_number(tmp_path: Path) -> None:
    [page] = pdftotext(render_form(FormKind.RECEIPT, make_slip()), tmp_path)
    assert "Trang 1/1" not in page


# -- reprints ------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", INTAKE_FORMS)
def test_reprints_are_marked_on_every_page_and_originals_not(
    kind: FormKind, tmp_path: Path
) -> None:
    many = tuple(SlipDocument(f"Giấy tờ còn thiếu số {i}", "original", 1, False) for i in range(40))
    slip = make_slip(documents=(*HANDED_IN, *many), reason="Thiếu giấy tờ")
    original = pdftotext(render_form(kind, slip), tmp_path, "original")
    copy = pdftotext(
        render_form(kind, replace(slip, copy_number=2, printed_at=datetime(2026, 11, 23, 14, 5))),
        tmp_path,
        "copy",
    )
    assert all("BẢN SAO" not in page for page in original)
    assert len(copy) == len(original)
    for page in copy:
        assert "BẢN SAO (in lại lần 2) - ngày in 23/11/2026" in page
    assert "Hà Nội, ngày 20 tháng 11 năm 2026" in copy[0]  # the copy keeps the original's date


def test_reprinted_receipt_qr_still_decodes(tmp_path: Path) -> None:
    slip = make_slip(copy_number=1)
    assert decode_qr(render_form(FormKind.RECEIPT, slip), tmp_path) == slip.qr_payload


# -- bilingual -----------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", INTAKE_FORMS)
def test_bilingual_forms_put_english_after_vietnamese(kind: FormKind, tmp_path: Path) -> None:
    slip = make_slip(reason="Thiếu giấy tờ", copy_number=1)
    text = text_of(render_form(kind, slip, bilingual=True), tmp_path)
    for vi, en in [
        ("Mã hồ sơ", "Mã hồ sơ / Dossier code"),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM"),
        ("Đăng ký khai sinh", "Birth registration"),
        ("Địa chỉ", "Địa chỉ / Address"),
        ("NGƯỜI NỘP HỒ SƠ", "Submitted by"),
        ("BẢN SAO", "COPY (reprint 1)"),
    ]:
        assert en in text
        assert text.index(vi) <= text.index(en)
    plain = text_of(render_form(kind, slip), tmp_path)
    assert "Dossier code" not in plain
    assert "Birth registration" not in plain


def test_bilingual_receipt_labels(tmp_path: Path) -> None:
    text = text_of(render_form(FormKind.RECEIPT, make_slip(), bilingual=True), tmp_path)
    for label in [
        "Tiếp nhận hồ sơ của Ông/Bà / Received from",
        "Thời gian trả kết quả giải quyết hồ sơ / Results due at",
        "03 ngày làm việc (3 working days)",
        "Receipt of dossier and appointment for results",
        "Receiving officer",
    ]:
        assert label in text


def test_bilingual_receipt_qr_decodes(tmp_path: Path) -> None:
    slip = make_slip()
    assert (
        decode_qr(render_form(FormKind.RECEIPT, slip, bilingual=True), tmp_path) == slip.qr_payload
    )


# -- writing -------------------------------------------------------------------------------------
def test_write_form_replaces_the_file_whole_and_leaves_no_temporary(tmp_path: Path) -> None:
    out = tmp_path / "docs" / "mau-01.pdf"
    assert write_form(FormKind.RECEIPT, make_slip(), out) == out
    first = out.read_bytes()
    assert first.startswith(b"%PDF-")
    assert first.rstrip().endswith(b"%%EOF")
    write_form(FormKind.RECEIPT, make_slip(copy_number=1), out)
    assert out.read_bytes() != first
    assert sorted(p.name for p in out.parent.iterdir()) == ["mau-01.pdf"]


def test_write_form_that_fails_keeps_the_previous_file(tmp_path: Path) -> None:
    out = tmp_path / "mau-01.pdf"
    write_form(FormKind.RECEIPT, make_slip(), out)
    before = out.read_bytes()
    with pytest.raises(ValueError, match="qr_payload"):
        write_form(FormKind.RECEIPT, make_slip(qr_payload=None), out)
    assert out.read_bytes() == before
    assert os.listdir(tmp_path) == ["mau-01.pdf"]


def test_write_form_into_a_read_only_folder_raises_and_leaves_nothing(
    read_only_folder: Path,
) -> None:
    with pytest.raises(OSError, match=r"Read-only|Permission|not permitted"):
        write_form(FormKind.REFUSAL, make_slip(reason="x"), read_only_folder / "mau-03.pdf")
    assert list(read_only_folder.iterdir()) == []


# -- wording -------------------------------------------------------------------------------------
def test_dates_follow_decree_30() -> None:
    assert ft.place_date(date(2026, 3, 5)) == "Hà Nội, ngày 05 tháng 3 năm 2026"
    assert ft.place_date(date(2026, 1, 15)) == "Hà Nội, ngày 15 tháng 01 năm 2026"
    assert ft.place_date(date(2026, 11, 20)) == "Hà Nội, ngày 20 tháng 11 năm 2026"
    assert ft.clock_date(datetime(2026, 2, 3, 7, 5)) == "07 giờ 05 phút, ngày 03/02/2026"


def test_amounts_and_durations() -> None:
    assert ft.money(0) == ft.money(None) == "Không thu"
    assert ft.money(8000) == "8.000 đồng"
    assert ft.money(1_250_000) == "1.250.000 đồng"
    assert ft.duration(0, "working_days") == "Trong ngày"
    assert ft.duration(3, "working_days") == "03 ngày làm việc"
    assert ft.duration(12, "working_days") == "12 ngày làm việc"
    assert ft.duration(4, "working_hours") == "04 giờ làm việc"
    assert ft.duration(30, "calendar_days") == "30 ngày"
    assert ft.duration_en(1, "working_days") == "1 working day"
    assert ft.ward_name_en("Phường Tây Hồ") == "Tây Hồ Ward"
    assert ft.ward_name_en("Xã Sóc Sơn") == "Sóc Sơn Commune"
