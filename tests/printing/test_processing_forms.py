"""The processing forms (Mẫu 04, 05, 06): rendered for real and read back with pdftotext and pypdf;
saved where the clerk finds them, and a disk problem reported, not raised."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from onestop_desktop.domain.errors import UserError
from onestop_desktop.printing import sample_slips
from onestop_desktop.printing.processing_forms import (
    PROCESSING_FORMS,
    PROCESSING_TITLES,
    ProcessingForm,
    render_processing_form,
    write_processing_form,
)
from onestop_desktop.printing.processing_slips import (
    ControlSlip,
    ControlStep,
    DossierHeader,
    ExtensionLetter,
    StopNotice,
)
from onestop_desktop.printing.slips import FormKind, SlipPerson
from onestop_desktop.services.form_files import SavedForm
from onestop_desktop.services.processing_dto import PrintedForm
from onestop_desktop.services.processing_files import printed_path, save_printed
from tests.printing.test_forms import make_slip, pdftotext, text_of

NAME = "Nguyễn Thị Ngọc Ánh"
ADDRESS = "Số 8 ngách 12/3 đường Âu Cơ, tổ dân phố số 7, Phường Tây Hồ, Hà Nội"
CODE = "000.00.06.H56-261120-0365"
CLERK = "Trần Văn Đức"
HEADER = DossierHeader(
    ward_name="Phường Tây Hồ",
    unit_code="000.00.06.H56",
    code=CODE,
    procedure_name="Đăng ký thành lập hộ kinh doanh",
    field_name="Hộ kinh doanh",
    applicant=SlipPerson(full_name=NAME, phone="0912 345 678", address=ADDRESS),
    received_at=datetime(2026, 11, 20, 9, 32),
)
REASON = "Cần xác minh thực tế tại địa điểm kinh doanh và lấy ý kiến của tổ dân phố số 7."


def letter(**changes: object) -> ExtensionLetter:
    base = ExtensionLetter(
        dossier=HEADER,
        old_due_at=datetime(2026, 11, 25, 9, 32),
        new_due_at=datetime(2026, 11, 30, 16, 0),
        reason=REASON,
        clerk_name=CLERK,
        printed_at=datetime(2026, 11, 24, 15, 10),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def notice(**changes: object) -> StopNotice:
    base = StopNotice(
        dossier=HEADER,
        stopped_at=datetime(2026, 11, 23, 10, 20),
        reason="Người yêu cầu đang có hồ sơ cùng nội dung tại UBND Phường Ba Đình.",
        clerk_name=CLERK,
        printed_at=datetime(2026, 11, 23, 10, 25),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


SENT_BACK = ControlStep(
    to_body="Công chức Tư pháp - Hộ tịch (Lê Thị Hương)",
    sent_at=datetime(2026, 11, 20, 10, 5),
    sent_by=CLERK,
    note="Kèm 02 bản sao giấy tờ tùy thân",
    back_at=datetime(2026, 11, 23, 14, 40),
    back_by="Phạm Quỳnh Giao",
    result_note="Đã thẩm định, đủ điều kiện; trình ký",
)
STILL_OUT = ControlStep(
    to_body="Phó Chủ tịch UBND phường",
    sent_at=datetime(2026, 11, 23, 15, 0),
    sent_by="Phạm Quỳnh Giao",
    note=None,
    back_at=None,
    back_by=None,
    result_note=None,
)


def control(**changes: object) -> ControlSlip:
    base = ControlSlip(
        dossier=HEADER,
        due_at=datetime(2026, 11, 25, 9, 32),
        steps=(SENT_BACK, STILL_OUT),
        printed_at=datetime(2026, 11, 23, 15, 2),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


SAMPLES: dict[FormKind, ProcessingForm] = {
    FormKind.EXTENSION: letter(),
    FormKind.STOP: notice(),
    FormKind.CONTROL: control(),
}


def common_header(text: str) -> None:
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "Độc lập - Tự do - Hạnh phúc" in text
    assert "UBND PHƯỜNG TÂY HỒ BỘ PHẬN MỘT CỬA" in text


# -- Mẫu 04 --------------------------------------------------------------------------------------
def test_extension_letter_apologises_and_gives_the_new_date(tmp_path: Path) -> None:
    text = text_of(render_processing_form(FormKind.EXTENSION, letter()), tmp_path)
    common_header(text)
    assert "Hà Nội, ngày 24 tháng 11 năm 2026" in text  # the day it is issued
    assert "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT HỒ SƠ" in text
    assert f"Kính gửi: Ông/Bà {NAME}" in text
    assert f"Địa chỉ: {ADDRESS}; Số điện thoại: 0912 345 678" in text
    assert "Ngày 20/11/2026, Bộ phận Một cửa UBND Phường Tây Hồ tiếp nhận hồ sơ" in text
    assert "Thủ tục: Đăng ký thành lập hộ kinh doanh; lĩnh vực: Hộ kinh doanh" in text
    assert f"Số biên nhận (mã hồ sơ): {CODE}" in text
    assert (
        "Thời hạn trả kết quả theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả: "
        "09 giờ 32 phút, ngày 25/11/2026"
    ) in text
    assert "không giải quyết xong hồ sơ của Ông/Bà trong thời hạn nêu trên" in text
    assert f"Lý do: {REASON}" in text
    assert "thành thật xin lỗi Ông/Bà" in text
    assert "Thời gian hẹn trả kết quả lại: 16 giờ 00 phút, ngày 30/11/2026" in text
    assert f"liên hệ cán bộ {CLERK}" in text
    assert "Nơi nhận:" in text
    assert "THỦ TRƯỞNG CƠ QUAN" in text
    assert "(Ký, ghi rõ họ tên và đóng dấu)" in text
    assert "BẢN SAO" not in text


# -- Mẫu 05 --------------------------------------------------------------------------------------
def test_stop_notice_says_since_when_why_and_what_the_applicant_can_do(tmp_path: Path) -> None:
    data = notice()
    text = text_of(render_processing_form(FormKind.STOP, data), tmp_path)
    common_header(text)
    assert "Hà Nội, ngày 23 tháng 11 năm 2026" in text  # the day processing stopped
    assert "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ" in text
    assert f"Kính gửi: Ông/Bà {NAME}" in text
    assert f"Số biên nhận (mã hồ sơ): {CODE}" in text
    assert "Thời gian tiếp nhận: 09 giờ 32 phút, ngày 20/11/2026" in text
    assert "thông báo dừng giải quyết hồ sơ nêu trên kể từ 10 giờ 20 phút, ngày 23/11/2026" in text
    assert f"Lý do: {data.reason}" in text
    assert "Nhận lại các giấy tờ đã nộp (bản chính)" in text
    assert "Nộp hồ sơ mới khi đã khắc phục được lý do nêu trên" in text
    assert "phản ánh, kiến nghị hoặc khiếu nại" in text
    assert f"liên hệ cán bộ {CLERK}" in text
    assert "THỦ TRƯỞNG CƠ QUAN" in text


# -- Mẫu 06 --------------------------------------------------------------------------------------
def test_control_slip_lists_each_hand_over_with_times_and_names(tmp_path: Path) -> None:
    text = text_of(render_processing_form(FormKind.CONTROL, control()), tmp_path)
    common_header(text)
    assert "Hà Nội, ngày 20 tháng 11 năm 2026" in text  # opened when the dossier came in
    assert "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ" in text
    assert f"Mã hồ sơ: {CODE}" in text
    assert f"Chủ hồ sơ: {NAME}; Số điện thoại: 0912 345 678" in text
    assert "Thời gian hẹn trả kết quả: 09 giờ 32 phút, ngày 25/11/2026" in text
    for head in ("Tên cơ quan / người", "Thời gian giao, nhận hồ sơ", "Kết quả", "Ghi chú"):
        assert head in text
    for moment in ("10 giờ 05 phút, ngày 20/11/2026", "14 giờ 40 phút, ngày 23/11/2026"):
        assert moment in text
    assert "15 giờ 00 phút, ngày 23/11/2026" in text
    for value in (CLERK, "Phạm Quỳnh Giao", "Đã thẩm định, đủ điều kiện; trình ký"):
        assert value in text
    assert "Kèm 02 bản sao giấy tờ tùy thân" in text
    assert "Lê Thị Hương" in text
    assert "Phó Chủ tịch UBND phường" in text
    assert "giờ …… phút" in text  # the step not back yet: a space to fill in
    assert text.count("Người giao") == 4
    assert "Phiếu in lúc 15 giờ 02 phút, ngày 23/11/2026" in text


def test_control_slip_without_steps_has_rows_to_fill_by_hand(tmp_path: Path) -> None:
    text = text_of(render_processing_form(FormKind.CONTROL, control(steps=())), tmp_path)
    assert text.count("giờ …… phút") == 2
    assert "1. Chuyển giải quyết" in text
    assert "1. Trả kết quả về" in text


def test_a_long_trail_flows_onto_more_pages_with_the_head_repeated(tmp_path: Path) -> None:
    steps = tuple(
        replace(SENT_BACK, to_body=f"Bộ phận chuyên môn số {i}", note=f"Lần chuyển thứ {i}")
        for i in range(1, 9)
    )
    pages = pdftotext(render_processing_form(FormKind.CONTROL, control(steps=steps)), tmp_path)
    assert len(pages) >= 2
    text = " ".join(pages)
    for i in range(1, 9):
        assert f"Bộ phận chuyên môn số {i}" in text
        assert f"Lần chuyển thứ {i}" in text
    for number, page in enumerate(pages, start=1):
        assert "Thời gian giao, nhận hồ sơ" in page
        assert f"Mã hồ sơ {CODE} — Trang {number}/{len(pages)}" in page


# -- all three -----------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", PROCESSING_FORMS)
def test_forms_are_a4_portrait_with_their_title_and_no_personal_data_in_metadata(
    kind: FormKind,
) -> None:
    reader = PdfReader(io.BytesIO(render_processing_form(kind, SAMPLES[kind])))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    assert reader.metadata is not None
    assert reader.metadata.title == PROCESSING_TITLES[kind]
    assert reader.metadata.subject == f"Mẫu số {kind.value}, mã hồ sơ {CODE}"
    assert NAME not in str(dict(reader.metadata))


@pytest.mark.parametrize("kind", PROCESSING_FORMS)
def test_reprints_are_marked_on_every_page_and_keep_their_text(
    kind: FormKind, tmp_path: Path
) -> None:
    data = SAMPLES[kind]
    long = "Nội dung cần xác minh thêm tại nhiều cơ quan. " * 40
    if isinstance(data, ControlSlip):
        data = replace(data, steps=(SENT_BACK,) * 6)
    else:
        data = replace(data, reason=long)
    original = pdftotext(render_processing_form(kind, data), tmp_path, "original")
    copy = pdftotext(
        render_processing_form(
            kind, replace(data, copy_number=2, printed_at=datetime(2026, 11, 27, 8, 0))
        ),
        tmp_path,
        "copy",
    )
    assert len(original) >= 2
    assert len(copy) == len(original)
    assert all("BẢN SAO" not in page for page in original)
    for page in copy:
        assert "BẢN SAO (in lại lần 2) - ngày in 27/11/2026" in page
    assert NAME in " ".join(copy)


def test_reprint_carries_the_watermark_picture_and_the_original_not() -> None:
    def pictures(pdf: bytes) -> int:
        page = PdfReader(io.BytesIO(pdf)).pages[0]
        resources = page["/Resources"]
        return len(resources.get("/XObject", {}))  # type: ignore[union-attr]

    assert pictures(render_processing_form(FormKind.STOP, notice())) == 0
    assert pictures(render_processing_form(FormKind.STOP, notice(copy_number=1))) == 1


@pytest.mark.parametrize("kind", PROCESSING_FORMS)
def test_decomposed_and_markup_text_prints_as_typed(kind: FormKind, tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", NAME)
    odd = 'Công ty <Hưng & Thịnh> "ĐỨC"'
    person = replace(HEADER.applicant, full_name=nfd)
    data = SAMPLES[kind]
    data = replace(data, dossier=replace(HEADER, applicant=person, procedure_name=odd))
    text = text_of(render_processing_form(kind, data), tmp_path)
    assert NAME in text
    assert odd in text


def test_a_form_of_the_wrong_kind_is_refused() -> None:
    with pytest.raises(TypeError, match="ExtensionLetter"):
        render_processing_form(FormKind.EXTENSION, notice())
    with pytest.raises(ValueError, match="not a processing form"):
        render_processing_form(FormKind.RECEIPT, letter())


def test_samples_render() -> None:
    for kind, data in [
        (FormKind.EXTENSION, sample_slips.sample_extension_letter()),
        (FormKind.EXTENSION, sample_slips.sample_extension_letter(copy_number=1)),
        (FormKind.STOP, sample_slips.sample_stop_notice()),
        (FormKind.CONTROL, sample_slips.sample_control_slip()),
    ]:
        assert len(PdfReader(io.BytesIO(render_processing_form(kind, data))).pages) == 1


# -- saving --------------------------------------------------------------------------------------
def test_saved_where_the_dossier_forms_are_with_copies_apart(tmp_path: Path) -> None:
    docs = tmp_path / "documents"
    saved = save_printed(docs, PrintedForm(FormKind.EXTENSION, CODE, letter()))
    assert saved == SavedForm(docs / "2026" / "11" / f"{CODE}-mau04.pdf")
    assert saved.path is not None
    assert "Thời gian hẹn trả kết quả lại" in text_of(saved.path.read_bytes(), tmp_path)
    copy = save_printed(docs, PrintedForm(FormKind.STOP, CODE, notice(copy_number=3)))
    assert copy.path == docs / "2026" / "11" / f"{CODE}-mau05-ban-sao-3.pdf"
    control_form = save_printed(docs, PrintedForm(FormKind.CONTROL, CODE, control()))
    assert control_form.path == docs / "2026" / "11" / f"{CODE}-mau06.pdf"
    assert sorted(p.name for p in (docs / "2026" / "11").iterdir()) == [
        f"{CODE}-mau04.pdf",
        f"{CODE}-mau05-ban-sao-3.pdf",
        f"{CODE}-mau06.pdf",
    ]


def test_an_intake_form_produced_by_a_transition_is_saved_like_at_intake(tmp_path: Path) -> None:
    slip = make_slip()
    saved = save_printed(tmp_path, PrintedForm(FormKind.RECEIPT, slip.code, slip))
    assert saved.path == printed_path(tmp_path, PrintedForm(FormKind.RECEIPT, slip.code, slip))
    assert saved.path == tmp_path / "2026" / "11" / f"{slip.code}-mau01.pdf"
    assert "GIẤY TIẾP NHẬN HỒ SƠ" in text_of(saved.path.read_bytes(), tmp_path)


def test_an_unwritable_folder_gives_a_message_not_an_exception(read_only_folder: Path) -> None:
    saved = save_printed(read_only_folder, PrintedForm(FormKind.EXTENSION, CODE, letter()))
    assert saved.path is None
    assert isinstance(saved.problem, UserError)
    assert "không ghi được tệp phiếu in Mẫu 04" in saved.problem.message_vi
    assert "in lại" in saved.problem.message_vi
    assert list(read_only_folder.iterdir()) == []


def test_write_keeps_the_previous_file_when_rendering_fails(tmp_path: Path) -> None:
    out = tmp_path / "mau-05.pdf"
    write_processing_form(FormKind.STOP, notice(), out)
    before = out.read_bytes()
    with pytest.raises(TypeError):
        write_processing_form(FormKind.STOP, letter(), out)
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["mau-05.pdf"]


def test_the_self_test_renders_04_to_07_as_the_ward(tmp_path: Path) -> None:
    from onestop_desktop.selftest import _check_document, _render_processing_forms

    paths = _render_processing_forms(
        tmp_path, "Phường Hoàn Kiếm", "000.00.07.H56", datetime(2026, 11, 20, 9, 0)
    )
    assert sorted(paths) == ["04", "05", "06", "07.pdf", "07.xlsx"]
    for key in ("04", "05", "06"):
        text = text_of(paths[key].read_bytes(), tmp_path)
        assert "UBND PHƯỜNG HOÀN KIẾM" in text
        assert "000.00.07.H56-261120-0001" in text
    assert "UBND PHƯỜNG HOÀN KIẾM" in text_of(paths["07.pdf"].read_bytes(), tmp_path)
    assert all(_check_document(path) > 0 for path in paths.values())
