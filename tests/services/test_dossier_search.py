"""Dossier search over a real database: codes, scanned receipts, names, IDs, phones, filters."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select, text

from onestop_desktop.domain.dossier import Channel, DossierStatus
from onestop_desktop.domain.dossier_code import format_code, sign_code
from onestop_desktop.domain.errors import PermissionDenied, ValidationError
from onestop_desktop.domain.text import fold, nfc
from onestop_desktop.services.context import Actor, ServiceContext, ServiceRunner
from onestop_desktop.services.dossier_search import (
    DossierQuery,
    DossierRow,
    find_by_code,
    name_prefix_bounds,
    search_dossiers,
    search_statement,
)
from onestop_desktop.store.models import Dossier, Procedure, Ward

pytestmark = pytest.mark.db
UNIT = "000.00.06.H56"


@dataclass(frozen=True)
class Seed:
    name: str
    day: date
    id_number: str | None = None
    phone: str | None = None
    status: DossierStatus = DossierStatus.RECEIVED
    hour: int = 9


def add_dossiers(runner: ServiceRunner, actor: Actor, seeds: Sequence[Seed]) -> list[str]:
    """Insert a procedure and one dossier per seed (until intake lands); return their codes."""

    def insert(ctx: ServiceContext) -> list[str]:
        procedure = Procedure(
            name_vi="Đăng ký khai sinh",
            field_vi="Hộ tịch",
            processing_days=0,
            processing_unit="working_days",
            search_key=fold("Đăng ký khai sinh Hộ tịch"),
        )
        ctx.session.add(procedure)
        ctx.session.flush()
        codes: list[str] = []
        per_day: dict[date, int] = {}
        for seed in seeds:
            seq = per_day[seed.day] = per_day.get(seed.day, 0) + 1
            received = datetime.combine(seed.day, datetime.min.time()) + timedelta(
                hours=seed.hour, minutes=seq
            )
            code = format_code(UNIT, seed.day, seq)
            ctx.session.add(
                Dossier(
                    code=code,
                    unit_code=UNIT,
                    business_date=seed.day,
                    seq=seq,
                    procedure_id=procedure.id,
                    channel=Channel.DIRECT.value,
                    status=seed.status.value,
                    received_at=received,
                    due_at=received + timedelta(days=3),
                    returned_at=received + timedelta(days=2)
                    if seed.status is DossierStatus.RETURNED
                    else None,
                    applicant_name=nfc(seed.name),
                    applicant_name_key=fold(seed.name),
                    applicant_id_type="cccd" if seed.id_number else None,
                    applicant_id_number=seed.id_number,
                    applicant_phone=seed.phone,
                )
            )
            codes.append(code)
        ctx.audit("test", None, "seed_dossiers", after={"count": len(codes)})
        return codes

    return runner.write(insert, actor)


DAY1, DAY2, DAY3 = date(2026, 11, 18), date(2026, 11, 19), date(2026, 11, 20)
PEOPLE = [
    Seed("Nguyễn Văn A", DAY1, "001090012345", "0912345678"),
    Seed("NGUYỄN VĂN AN", DAY2, "001090099999", "0987654321", DossierStatus.RETURNED),
    Seed("Nguyễn Văn Bình", DAY2, "123456789"),
    Seed("Đỗ Thị Hà", DAY3, "079185000111", "0355000111", DossierStatus.AWAITING_SUPPLEMENT),
    Seed("Dương Minh Đức", DAY3, "C1234567"),
    Seed("Zoë Smith", DAY1),
]


@pytest.fixture
def clerk(make_user) -> Actor:  # type: ignore[no-untyped-def]
    return make_user("canbo1", "clerk")


@pytest.fixture
def codes(runner: ServiceRunner, ward: Actor) -> list[str]:
    return add_dossiers(runner, ward, PEOPLE)


def names(rows: Sequence[DossierRow]) -> list[str]:
    return [r.applicant_name for r in rows]


def search(runner: ServiceRunner, actor: Actor, text: str = "", **kw: object) -> list[str]:
    return names(runner.read(search_dossiers, actor, DossierQuery(text, **kw)))  # type: ignore[arg-type]


def signing_key(runner: ServiceRunner) -> bytes:
    with runner.db.read() as s:
        return bytes.fromhex(s.scalars(select(Ward.signing_key)).one())


# -- names -------------------------------------------------------------------------------------
def test_name_without_diacritics_finds_every_case_and_accent_but_only_that_prefix(
    runner: ServiceRunner, clerk: Actor, codes: list[str]
) -> None:
    found = search(runner, clerk, "nguyen van a")
    assert sorted(found) == ["NGUYỄN VĂN AN", "Nguyễn Văn A"]
    assert "Nguyễn Văn Bình" not in found
    assert search(runner, clerk, "  Nguyễn   VĂN a ") == found  # case, accents, spaces
    decomposed = "Nguye\u0302\u0303n Va\u0306n A"  # NFD, as some input methods send it
    assert search(runner, clerk, decomposed) == found
    assert sorted(search(runner, clerk, "nguyen van")) == sorted(
        ["Nguyễn Văn A", "NGUYỄN VĂN AN", "Nguyễn Văn Bình"]
    )
    assert search(runner, clerk, "nguyen van an") == ["NGUYỄN VĂN AN"]
    assert search(runner, clerk, "nguyen van binh x") == []


def test_d_with_stroke_matches_plain_d(
    runner: ServiceRunner, clerk: Actor, codes: list[str]
) -> None:
    assert search(runner, clerk, "đỗ") == ["Đỗ Thị Hà"]
    assert search(runner, clerk, "do") == ["Đỗ Thị Hà"]
    assert search(runner, clerk, "DO THI HA") == ["Đỗ Thị Hà"]
    assert search(runner, clerk, "duong minh duc") == ["Dương Minh Đức"]


def test_prefixes_ending_in_z_or_without_an_upper_bound_still_match_exactly(
    runner: ServiceRunner, clerk: Actor, codes: list[str]
) -> None:
    assert name_prefix_bounds("tran thi h") == ("tran thi h", "tran thi i")
    assert name_prefix_bounds("zoe z") == ("zoe z", "zof")
    assert name_prefix_bounds("z") == ("z", None)
    assert name_prefix_bounds("z", binary=True) == ("z", "{")
    assert name_prefix_bounds("le 9", binary=True) == ("le 9", "le :")
    assert search(runner, clerk, "z") == ["Zoë Smith"]
    assert search(runner, clerk, "zoe s") == ["Zoë Smith"]
    assert search(runner, clerk, "zoe z") == []


def test_results_come_most_recently_taken_in_first_and_the_limit_holds(
    runner: ServiceRunner, clerk: Actor, codes: list[str]
) -> None:
    rows = runner.read(search_dossiers, clerk, DossierQuery())
    assert [r.code for r in rows] == codes[::-1]  # Zoë Smith's DAY1 dossier was recorded last
    assert [r.id for r in rows] == sorted((r.id for r in rows), reverse=True)
    assert names(runner.read(search_dossiers, clerk, DossierQuery("nguyen", limit=1))) == [
        "Nguyễn Văn Bình"
    ]
    assert len(runner.read(search_dossiers, clerk, DossierQuery(limit=2))) == 2
    first = rows[-1]
    assert first.code == codes[0]
    assert first.procedure_name == "Đăng ký khai sinh"
    assert (first.status, first.channel) == ("received", "direct")
    assert first.due_at == first.received_at + timedelta(days=3)
    assert first.returned_at is None
    returned = rows[-2]
    assert returned.status == "returned"
    assert returned.returned_at == returned.received_at + timedelta(days=2)


# -- codes and scanned receipts ----------------------------------------------------------------
def test_a_code_or_a_scanned_receipt_finds_exactly_one(
    runner: ServiceRunner, clerk: Actor, codes: list[str]
) -> None:
    code = codes[3]  # Đỗ Thị Hà
    payload = sign_code(code, signing_key(runner))
    assert search(runner, clerk, code) == ["Đỗ Thị Hà"]
    assert search(runner, clerk, f"  {code.lower()} ") == ["Đỗ Thị Hà"]
    assert search(runner, clerk, payload) == ["Đỗ Thị Hà"]
    assert search(runner, clerk, payload + "\r\n") == ["Đỗ Thị Hà"]  # scanner's Enter
    row = runner.read(find_by_code, clerk, payload)
    assert row is not None
    assert (row.code, row.applicant_name) == (code, "Đỗ Thị Hà")
    assert runner.read(find_by_code, clerk, code) == row
    assert runner.read(find_by_code, clerk, format_code(UNIT, DAY3, 99)) is None
    assert search(runner, clerk, format_code(UNIT, DAY3, 99)) == []


def test_an_altered_or_forged_receipt_is_refused(
    runner: ServiceRunner, clerk: Actor, codes: list[str]
) -> None:
    payload = sign_code(codes[0], signing_key(runner))
    altered = codes[1] + payload[len(codes[0]) :]  # another dossier's code, the old signature
    for bad in (altered, sign_code(codes[0], b"another ward's key")):
        with pytest.raises(ValidationError, match="signature does not match"):
            runner.read(search_dossiers, clerk, DossierQuery(bad))
        with pytest.raises(ValidationError) as refused:
            runner.read(find_by_code, clerk, bad)
        assert "chữ ký không khớp" in refused.value.message_vi
    with pytest.raises(ValidationError, match="dossier code looks like"):
        runner.read(find_by_code, clerk, "Nguyễn Văn A")
    with pytest.raises(ValidationError, match="does not exist"):
        runner.read(find_by_code, clerk, f"{UNIT}-261131-0001")  # 31 November


# -- identity numbers and phones ---------------------------------------------------------------
def test_id_numbers_and_phones_by_equality(
    runner: ServiceRunner, clerk: Actor, codes: list[str]
) -> None:
    assert search(runner, clerk, "001090012345") == ["Nguyễn Văn A"]  # CCCD
    assert search(runner, clerk, "001 090 012 345") == ["Nguyễn Văn A"]
    assert search(runner, clerk, "123456789") == ["Nguyễn Văn Bình"]  # CMND
    assert search(runner, clerk, "c1234567") == ["Dương Minh Đức"]  # passport
    assert search(runner, clerk, "0912 345 678") == ["Nguyễn Văn A"]
    assert search(runner, clerk, "0912.345.678") == ["Nguyễn Văn A"]
    assert search(runner, clerk, "+84 355 000 111") == ["Đỗ Thị Hà"]
    assert search(runner, clerk, "00109001234") == []  # a digit short: equality, not prefix
    assert search(runner, clerk, "0912000000") == []


# -- filters -----------------------------------------------------------------------------------
def test_reception_date_range_is_inclusive_and_combines_with_text_and_status(
    runner: ServiceRunner, clerk: Actor, codes: list[str]
) -> None:
    assert sorted(search(runner, clerk, date_from=DAY2, date_to=DAY2)) == sorted(
        ["NGUYỄN VĂN AN", "Nguyễn Văn Bình"]
    )
    assert sorted(search(runner, clerk, date_from=DAY3)) == ["Dương Minh Đức", "Đỗ Thị Hà"]
    assert sorted(search(runner, clerk, date_to=DAY1)) == ["Nguyễn Văn A", "Zoë Smith"]
    assert search(runner, clerk, "nguyen van a", date_from=DAY2, date_to=DAY3) == ["NGUYỄN VĂN AN"]
    assert search(runner, clerk, status="returned") == ["NGUYỄN VĂN AN"]
    assert search(runner, clerk, "nguyen", status="returned", date_to=DAY1) == []
    assert search(runner, clerk, status=DossierStatus.AWAITING_SUPPLEMENT.value) == ["Đỗ Thị Hà"]
    assert search(runner, clerk, status=None) == search(runner, clerk)


# -- refusals ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("query", "field", "english"),
    [
        (DossierQuery(date_from=DAY3, date_to=DAY1), "date_from", "start date must be on"),
        (DossierQuery("nguyen " * 715), "text", "longer than 200"),
        (DossierQuery("a" * 5000), "text", "longer than 200"),
        (DossierQuery("nguyen\x00van"), "text", "control characters"),
        (DossierQuery("\x1b[Anguyen"), "text", "control characters"),
        (DossierQuery("nguyen\nvan"), "text", "control characters"),
        (DossierQuery(status="lost"), "status", "Unknown dossier status"),
        (DossierQuery(limit=0), "limit", "between 1 and 1000"),
        (DossierQuery(limit=100_000), "limit", "between 1 and 1000"),
        (DossierQuery("12345"), "text", "not understood"),
        (DossierQuery("%%%"), "text", "not understood"),
        (DossierQuery("nguyen 12"), "text", "not understood"),
    ],
)
def test_bad_input_is_refused_in_both_languages(
    runner: ServiceRunner,
    clerk: Actor,
    codes: list[str],
    query: DossierQuery,
    field: str,
    english: str,
) -> None:
    with pytest.raises(ValidationError, match=english) as refused:
        runner.read(search_dossiers, clerk, query)
    assert refused.value.field == field
    assert refused.value.message_vi != refused.value.message_en
    assert any(ch in refused.value.message_vi for ch in "ắạảấầẩẫậăâđêếềểễệôơưữựứừ")


def test_a_clerk_may_search_and_nobody_logged_in_may_not(
    runner: ServiceRunner, clerk: Actor, codes: list[str]
) -> None:
    assert search(runner, clerk, "do thi") == ["Đỗ Thị Hà"]
    with pytest.raises(PermissionDenied):
        runner.read(search_dossiers, None, DossierQuery("do thi"))
    with pytest.raises(PermissionDenied):
        runner.read(find_by_code, None, codes[0])
    with pytest.raises(PermissionDenied):  # even bad input: who asks is checked first
        runner.read(search_dossiers, None, DossierQuery("a" * 5000))


# -- the database answers from its indexes -----------------------------------------------------
def _plan(runner: ServiceRunner, actor: Actor, query: DossierQuery) -> str:
    with runner.db.read() as session:
        stmt = search_statement(ServiceContext(session, runner.clock, actor), query)
        sql = str(stmt.compile(session.get_bind(), compile_kwargs={"literal_binds": True}))
        if runner.db.is_sqlite:
            return "\n".join(str(r[-1]) for r in session.execute(text("EXPLAIN QUERY PLAN " + sql)))
        # A handful of rows: PostgreSQL would rightly scan the table; ask whether it *can* use
        # the index at all.
        session.execute(text("SET LOCAL enable_seqscan = off"))
        return "\n".join(str(r[0]) for r in session.execute(text("EXPLAIN " + sql)))


@pytest.mark.parametrize(
    ("query", "index"),
    [
        (DossierQuery("tran thi h"), "ix_dossiers_applicant_name_key"),
        (DossierQuery("Nguyễn Văn A"), "ix_dossiers_applicant_name_key"),
        (DossierQuery("z"), "ix_dossiers_applicant_name_key"),
        (DossierQuery(f"{UNIT}-261120-0001"), "uq_dossiers_code"),
        (DossierQuery("001090012345"), "ix_dossiers_applicant_id_number"),
        (DossierQuery("0912345678"), "ix_dossiers_applicant_phone"),
        (DossierQuery(date_from=DAY1, date_to=DAY2), "ix_dossiers_business_date"),
    ],
)
def test_each_kind_of_search_uses_its_index(
    runner: ServiceRunner, clerk: Actor, codes: list[str], query: DossierQuery, index: str
) -> None:
    plan = _plan(runner, clerk, query)
    if runner.db.is_sqlite and index == "uq_dossiers_code":
        index = "sqlite_autoindex_dossiers_1"  # SQLite's own name for a UNIQUE constraint
    assert index in plan, plan
    if runner.db.is_sqlite:
        assert "SCAN dossiers" not in plan, plan
    else:
        assert "Seq Scan on dossiers" not in plan, plan
