"""Realistic sample slips (Phường Tây Hồ, procedures from the sample catalogue) for the
self-test, the benchmark and the review renders in ``docs/forms``. Nobody real is named."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from onestop_desktop.domain.dossier_code import format_code, sign_code
from onestop_desktop.printing.slips import DossierSlip, SlipDocument, SlipPerson

WARD_NAME = "Phường Tây Hồ"
UNIT_CODE = "000.00.06.H56"
SAMPLE_KEY = b"sample-signing-key: never a ward's real key"
RECEIVED = datetime(2026, 11, 20, 9, 32)
CLERK = "Trần Văn Đức"

APPLICANT = SlipPerson(
    full_name="Nguyễn Thị Ngọc Ánh",
    id_type="cccd",
    id_number="001190012345",
    birth_date=date(1990, 9, 2),
    phone="0912 345 678",
    address="Số 8 ngách 12/3 đường Âu Cơ, tổ dân phố số 7, Phường Tây Hồ, Hà Nội",
    email="ngocanh.nguyen@example.vn",
)


def _slip(**changes: object) -> DossierSlip:
    code = format_code(UNIT_CODE, RECEIVED.date(), 361)
    base = DossierSlip(
        ward_name=WARD_NAME,
        unit_code=UNIT_CODE,
        code=code,
        seq=361,
        procedure_name="Đăng ký khai sinh",
        procedure_name_en="Birth registration",
        field_name="Hộ tịch",
        applicant=APPLICANT,
        representative=None,
        channel="direct",
        documents=(
            SlipDocument("Tờ khai đăng ký khai sinh (theo mẫu)", "original", 1, True),
            SlipDocument("Giấy chứng sinh", "original", 1, True),
            SlipDocument("Văn bản ủy quyền (nếu ủy quyền đăng ký khai sinh)", "original", 1, False),
            SlipDocument(
                "Giấy tờ tùy thân (CCCD/hộ chiếu) của người yêu cầu; Giấy chứng nhận kết hôn "
                "của cha, mẹ (nếu có)",
                "present",
                1,
                True,
            ),
        ),
        processing_days=0,
        processing_unit="working_days",
        received_at=RECEIVED,
        due_at=datetime(2026, 11, 20, 16, 30),
        return_method="counter",
        fee_vnd=0,
        fee_note="Miễn lệ phí khi đăng ký khai sinh đúng hạn",
        clerk_name=CLERK,
        printed_at=RECEIVED,
        qr_payload=sign_code(code, SAMPLE_KEY),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def sample_receipt(copy_number: int = 0) -> DossierSlip:
    """Mẫu 01 for a birth registration (same day, no fee); ``copy_number`` ≥ 1 for a reprint."""
    if copy_number:
        return _slip(copy_number=copy_number, printed_at=datetime(2026, 11, 23, 14, 5))
    return _slip()


def sample_foreign_receipt() -> DossierSlip:
    """Mẫu 01 for a foreign applicant (printed bilingual): marriage with a foreign element."""
    code = format_code(UNIT_CODE, RECEIVED.date(), 362)
    return _slip(
        code=code,
        seq=362,
        qr_payload=sign_code(code, SAMPLE_KEY),
        procedure_name="Đăng ký kết hôn có yếu tố nước ngoài",
        procedure_name_en="Marriage registration with a foreign element",
        applicant=SlipPerson(
            full_name="Sophie Martin",
            id_type="passport",
            id_number="19FR88231",
            birth_date=date(1992, 4, 17),
            phone="0987 654 321",
            address="Căn hộ 1203, tòa nhà Sun Grand, 69B đường Thụy Khuê, Phường Tây Hồ, Hà Nội",
            email="sophie.martin@example.fr",
        ),
        documents=(
            SlipDocument("Tờ khai đăng ký kết hôn (theo mẫu)", "original", 1, True),
            SlipDocument(
                "Giấy xác nhận của tổ chức y tế có thẩm quyền về việc không mắc bệnh tâm thần "
                "hoặc bệnh khác mất khả năng nhận thức, làm chủ hành vi",
                "original",
                2,
                True,
            ),
            SlipDocument(
                "Giấy tờ chứng minh tình trạng hôn nhân của người nước ngoài (hợp pháp hóa "
                "lãnh sự, dịch công chứng)",
                "certified_copy",
                1,
                True,
            ),
            SlipDocument("Hộ chiếu của người nước ngoài", "photocopy", 1, True),
            SlipDocument("Giấy tờ tùy thân của hai bên", "present", 1, True),
        ),
        processing_days=10,
        received_at=datetime(2026, 11, 20, 10, 15),
        printed_at=datetime(2026, 11, 20, 10, 15),
        due_at=datetime(2026, 12, 4, 10, 15),
        fee_vnd=1_000_000,
        fee_note=None,
    )


def sample_supplement() -> DossierSlip:
    """Mẫu 02: a marital-status certificate with a missing and an unreadable document."""
    code = format_code(UNIT_CODE, RECEIVED.date(), 363)
    return _slip(
        code=code,
        seq=363,
        qr_payload=None,
        procedure_name="Cấp Giấy xác nhận tình trạng hôn nhân",
        procedure_name_en="Issuance of a marital-status certificate",
        representative=SlipPerson(
            full_name="Lê Hoàng Phương", id_type="cccd", id_number="001088054321"
        ),
        documents=(
            SlipDocument(
                "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân (theo mẫu)",
                "original",
                1,
                True,
                note="Mục “Mục đích sử dụng” còn để trống; ghi rõ nơi sử dụng giấy xác nhận",
            ),
            SlipDocument(
                "Bản án/quyết định ly hôn có hiệu lực pháp luật (đã từng kết hôn)",
                "certified_copy",
                1,
                False,
            ),
            SlipDocument(
                "Văn bản ủy quyền (người nộp thay là bạn, không phải người thân)",
                "original",
                1,
                False,
                note="Văn bản ủy quyền phải được chứng thực",
            ),
            SlipDocument("Giấy tờ tùy thân của người yêu cầu", "present", 1, True),
        ),
        processing_days=3,
        due_at=None,
        reason=(
            "Người yêu cầu đã từng kết hôn nên cần nộp giấy tờ chứng minh việc ly hôn; tờ khai "
            "chưa ghi mục đích sử dụng; người nộp thay không phải người thân nên văn bản ủy quyền "
            "phải được chứng thực."
        ),
    )


def sample_refusal() -> DossierSlip:
    """Mẫu 03: a re-registration of death that is not the ward's to decide."""
    code = format_code(UNIT_CODE, RECEIVED.date(), 364)
    return _slip(
        code=code,
        seq=364,
        qr_payload=None,
        procedure_name="Đăng ký lại khai tử",
        procedure_name_en="Re-registration of death",
        applicant=SlipPerson(
            full_name="Phạm Đức Thưởng",
            id_type="cccd",
            id_number="001058098765",
            birth_date=date(1958, 3, 14),
            phone="0243 823 4567",
            address="Số 21 phố Quảng Khánh, tổ dân phố số 2, Phường Tây Hồ, Hà Nội",
        ),
        processing_days=5,
        due_at=None,
        reason=(
            "Việc khai tử đã được đăng ký tại UBND xã Sơn Đồng và Sổ hộ tịch còn lưu giữ đầy đủ, "
            "nên không thuộc trường hợp đăng ký lại khai tử (Điều 24 Nghị định 123/2015/NĐ-CP). "
            "Ông/Bà đề nghị cấp bản sao Trích lục khai tử tại nơi đã đăng ký."
        ),
    )
