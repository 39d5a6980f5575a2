"""Realistic sample slips (Phường Tây Hồ, procedures from the sample catalogue) for the
self-test, the benchmark and the review renders in ``docs/forms``. Nobody real is named.

Mẫu 01-03 are ``DossierSlip``s; Mẫu 04-06 and the register (Mẫu 07) are the processing forms'
data (``printing.processing_slips``); ``sample_register`` makes as many rows as asked, the same
for the same arguments.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from onestop_desktop.domain.dossier import DossierStatus
from onestop_desktop.domain.dossier_code import format_code, sign_code
from onestop_desktop.domain.lifecycle import timing
from onestop_desktop.printing.processing_slips import (
    ControlSlip,
    ControlStep,
    DossierHeader,
    ExtensionLetter,
    Register,
    RegisterRow,
    StopNotice,
)
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


# -- Mẫu 04, 05, 06 ------------------------------------------------------------------------------
def _header(
    seq: int, procedure: str, field: str, applicant: SlipPerson = APPLICANT
) -> DossierHeader:
    return DossierHeader(
        ward_name=WARD_NAME,
        unit_code=UNIT_CODE,
        code=format_code(UNIT_CODE, RECEIVED.date(), seq),
        procedure_name=procedure,
        field_name=field,
        applicant=applicant,
        received_at=RECEIVED,
    )


def sample_extension_letter(copy_number: int = 0) -> ExtensionLetter:
    """Mẫu 04: a business-household registration that needs a site check, three days later."""
    letter = ExtensionLetter(
        dossier=_header(365, "Đăng ký thành lập hộ kinh doanh", "Hộ kinh doanh"),
        old_due_at=datetime(2026, 11, 25, 9, 32),
        new_due_at=datetime(2026, 11, 30, 16, 0),
        reason=(
            "Địa điểm kinh doanh đăng ký nằm trong khu vực đang rà soát quy hoạch của phường; "
            "cần xác minh thực tế tại địa điểm và lấy ý kiến của tổ dân phố trước khi cấp giấy."
        ),
        clerk_name=CLERK,
        printed_at=datetime(2026, 11, 24, 15, 10),
    )
    if copy_number:
        return replace(letter, copy_number=copy_number, printed_at=datetime(2026, 11, 26, 8, 45))
    return letter


def sample_stop_notice() -> StopNotice:
    """Mẫu 05: a marriage-status certificate stopped when the same request is found elsewhere."""
    return StopNotice(
        dossier=_header(366, "Cấp Giấy xác nhận tình trạng hôn nhân", "Hộ tịch"),
        stopped_at=datetime(2026, 11, 23, 10, 20),
        reason=(
            "Qua tra cứu Cơ sở dữ liệu hộ tịch điện tử, người yêu cầu đang có hồ sơ cùng nội dung "
            "được giải quyết tại UBND Phường Ba Đình; theo quy định, một yêu cầu chỉ được giải "
            "quyết tại một nơi."
        ),
        clerk_name=CLERK,
        printed_at=datetime(2026, 11, 23, 10, 25),
    )


def sample_control_slip() -> ControlSlip:
    """Mẫu 06: a birth registration combined with recognition of the father, sent to the
    civil-status officer and back, then to the ward's vice-chairman for signature, not back yet."""
    return ControlSlip(
        dossier=_header(367, "Đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con", "Hộ tịch"),
        due_at=datetime(2026, 11, 25, 9, 32),
        steps=(
            ControlStep(
                to_body="Công chức Tư pháp - Hộ tịch (Lê Thị Hương)",
                sent_at=datetime(2026, 11, 20, 10, 5),
                sent_by=CLERK,
                note="Kèm 02 bản sao giấy tờ tùy thân của cha",
                back_at=datetime(2026, 11, 23, 14, 40),
                back_by=CLERK,
                result_note="Đã thẩm định, đủ điều kiện; trình ký",
            ),
            ControlStep(
                to_body="Phó Chủ tịch UBND phường (ký Giấy khai sinh)",
                sent_at=datetime(2026, 11, 23, 15, 0),
                sent_by=CLERK,
                note=None,
                back_at=None,
                back_by=None,
                result_note=None,
            ),
        ),
        printed_at=datetime(2026, 11, 23, 15, 2),
    )


# -- Mẫu 07 --------------------------------------------------------------------------------------
_FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương")
_MIDDLE = ("Văn", "Thị", "Đức", "Minh", "Thị Thu", "Hoàng", "Ngọc", "Quang", "Thanh", "Hữu")
_GIVEN = (
    "An",
    "Bình",
    "Châu",
    "Dũng",
    "Giang",
    "Hà",
    "Hải",
    "Hạnh",
    "Hùng",
    "Khánh",
    "Lan",
    "Linh",
    "Mai",
    "Nam",
    "Nga",
    "Phúc",
    "Quân",
    "Sơn",
    "Thảo",
    "Trang",
    "Tuấn",
    "Yến",
)
_STREETS = (
    "Âu Cơ",
    "Lạc Long Quân",
    "Xuân Diệu",
    "Tô Ngọc Vân",
    "Quảng An",
    "Nhật Chiêu",
    "Thụy Khuê",
    "Đặng Thai Mai",
    "Yên Phụ",
    "Trích Sài",
)
_PROCEDURES = (
    ("Đăng ký khai sinh", 0),
    ("Đăng ký kết hôn", 0),
    ("Cấp Giấy xác nhận tình trạng hôn nhân", 3),
    ("Đăng ký khai tử", 0),
    ("Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh", 0),
    ("Chứng thực giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở", 2),
    ("Đăng ký thành lập hộ kinh doanh", 3),
    ("Đăng ký thay đổi nội dung đăng ký hộ kinh doanh", 3),
    ("Cấp giấy xác nhận thân nhân của người có công", 5),
    ("Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm", 7),
    (
        "Cấp lại Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất "
        "do bị mất",
        10,
    ),
    ("Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ", 15),
)
_CLOSING = time(16, 30)


def sample_register(
    rows: int = 24, date_from: date = date(2026, 11, 18), days: int = 3, seed: int = 7
) -> Register:
    """Mẫu 07 over ``days`` days from ``date_from`` with ``rows`` dossiers spread over them,
    in every status: returned at the counter (early, on time, late) and by post, pending,
    refused, stopped, withdrawn. Deterministic for given arguments."""
    rng = random.Random(seed)
    per_day = [rows // days + (1 if i < rows % days else 0) for i in range(days)]
    out: list[RegisterRow] = []
    for offset, count in enumerate(per_day):
        day = date_from + timedelta(days=offset)
        for seq in range(1, count + 1):
            received = datetime.combine(day, time(7, 30)) + timedelta(
                minutes=round((seq - 1) * 540 / max(count, 1)) + rng.randrange(5)
            )
            out.append(_register_row(rng, seq, received))
    last = date_from + timedelta(days=days - 1)
    return Register(
        ward_name=WARD_NAME,
        unit_code=UNIT_CODE,
        date_from=date_from,
        date_to=last,
        rows=tuple(out),
        printed_at=datetime.combine(last + timedelta(days=1), time(8, 5)),
    )


def _register_row(rng: random.Random, seq: int, received: datetime) -> RegisterRow:
    name = f"{rng.choice(_FAMILY)} {rng.choice(_MIDDLE)} {rng.choice(_GIVEN)}"
    procedure, days = rng.choice(_PROCEDURES)
    planned = (
        datetime.combine(received.date(), _CLOSING)
        if days == 0
        else received + timedelta(days=days + 2 * (days // 5))
    )
    due: datetime | None = planned
    returned: datetime | None = None
    receiver: str | None = None
    notes: str | None = None
    status = DossierStatus.RETURNED.value
    roll = rng.random()
    if roll < 0.65:  # returned: mostly early or on time, some late
        returned = _released(rng, received, planned)
        if roll >= 0.55:
            receiver = (
                "Bưu chính: Bưu điện Việt Nam (VNPost), số vận đơn "
                f"EB{rng.randrange(10**9):09d}VN, gửi ngày {returned:%d/%m/%Y}"
            )
        elif rng.random() < 0.2:
            receiver = (
                f"Người được ủy quyền: {rng.choice(_FAMILY)} Văn {rng.choice(_GIVEN)} "
                f"(CCCD 0010{rng.randrange(10**8):08d})"
            )
        else:
            receiver = f"{name} (CCCD 0011{rng.randrange(10**8):08d})"
    elif roll < 0.85:
        status = rng.choice(
            (DossierStatus.IN_PROCESSING, DossierStatus.RESULT_READY, DossierStatus.RECEIVED)
        ).value
        if rng.random() < 0.2:
            due = planned + timedelta(days=3)
            notes = (
                f"Gia hạn (Mẫu 04) từ {planned:%d/%m/%Y} đến {due:%d/%m/%Y}: cần xác minh thực tế."
            )
    elif roll < 0.9:
        status = DossierStatus.AWAITING_SUPPLEMENT.value
        due = None
        notes = "Mẫu 02: thiếu văn bản ủy quyền có chứng thực."
    elif roll < 0.94:
        status, due = DossierStatus.REFUSED.value, None
        notes = "Mẫu 03: không thuộc thẩm quyền giải quyết của phường."
    elif roll < 0.97:
        status = DossierStatus.STOPPED.value
        notes = "Mẫu 05: hồ sơ cùng nội dung đang được giải quyết tại nơi khác."
    else:
        status = DossierStatus.WITHDRAWN.value
        notes = "Theo đề nghị bằng văn bản của người nộp hồ sơ."
    street = rng.choice(_STREETS)
    return RegisterRow(
        seq=seq,
        code=format_code(UNIT_CODE, received.date(), seq),
        procedure_name=procedure,
        sets=1 if rng.random() < 0.9 else 2,
        applicant_name=name,
        applicant_address=(
            f"Số {rng.randrange(1, 200)} ngõ {rng.randrange(1, 80)} đường {street}, "
            f"tổ dân phố số {rng.randrange(1, 30)}, Phường Tây Hồ, Hà Nội"
        ),
        applicant_phone=f"09{rng.randrange(10**8):08d}" if rng.random() < 0.9 else None,
        received_at=received,
        due_at=due,
        returned_at=returned,
        receiver=receiver,
        status=status,
        timing=timing(returned, due).value if returned and due else None,
        notes=notes,
    )


def _released(rng: random.Random, received: datetime, due: datetime) -> datetime:
    """When a sample result went out: in office hours, after reception, around the due date."""
    if due.date() == received.date():
        return min(received + timedelta(minutes=rng.randrange(40, 300)), due)
    day = due.date() + timedelta(days=rng.choice((-2, -1, -1, 0, 0, 0, 1)))
    at = datetime.combine(day, time(rng.randrange(8, 16), rng.randrange(60)))
    return max(at, received + timedelta(hours=2))
