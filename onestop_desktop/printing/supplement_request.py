"""Mẫu 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (the dossier is incomplete).

Lists what must be supplied or corrected: every document not handed in, and every document with a
note from the clerk, each with what is wrong; then the reason, whom to contact, the signatures.
There is no due date: the clock waits until the dossier is complete.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from onestop_desktop.printing import form_layout as fl
from onestop_desktop.printing import form_text as ft
from onestop_desktop.printing.slips import DossierSlip, SlipDocument

TITLE = "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"
TITLE_EN = "Request to supplement or complete the dossier"
MISSING = ("Chưa nộp, cần bổ sung", "Not handed in; to be supplied")


def to_supplement(documents: tuple[SlipDocument, ...]) -> list[SlipDocument]:
    """The documents Mẫu 02 lists: those not handed in, and those with a note."""
    return [d for d in documents if not d.handed_in or d.note]


def supplement_story(slip: DossierSlip, lang: fl.Lang) -> list[Flowable]:
    st = fl.styles()
    extra = [f"{lang.label('Mã hồ sơ', 'Dossier code')}: <b>{fl.text(slip.code)}</b>"]
    story: list[Flowable] = [
        fl.national_header(slip.ward_name, slip.received_at.date(), lang),
        Spacer(1, 6 * mm),
        *fl.title_block("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", TITLE_EN, lang, extra=extra),
        Spacer(1, 5 * mm),
        *fl.applicant_block(slip, lang, ("Hồ sơ của Ông/Bà", "Dossier of")),
        fl.field(
            lang.label("Thời gian nộp hồ sơ", "Submitted at"), ft.clock_date(slip.received_at)
        ),
        Spacer(1, 1 * mm),
        fl.para(
            lang.label(
                "Yêu cầu bổ sung, hoàn thiện hồ sơ gồm những nội dung sau",
                "Please supply or complete the following",
            )
            + ":",
            st.body,
        ),
        _table(slip, lang),
        Spacer(1, 2 * mm),
        fl.field(
            f"<b>{lang.label('Lý do', 'Reason')}</b>",
            fl.text(slip.reason) or "…",
            style=st.justified,
        ),
        fl.para(
            lang.label(
                "Trong quá trình bổ sung, hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ với "
                f"cán bộ <b>{fl.text(slip.clerk_name)}</b>, Bộ phận Một cửa UBND "
                f"{fl.text(slip.ward_name)} để được hướng dẫn.",
                "For any question while completing the dossier, please contact the officer "
                "named here at the one-stop counter.",
            ),
            st.justified,
        ),
        Spacer(1, 3 * mm),
        fl.closing(
            [
                fl.signatures(
                    [
                        fl.Signer("NGƯỜI NỘP HỒ SƠ", "Submitted by", fl.submitter(slip)),
                        fl.Signer("NGƯỜI HƯỚNG DẪN", "Guiding officer", slip.clerk_name),
                    ],
                    lang,
                )
            ]
        ),
    ]
    return story


def _table(slip: DossierSlip, lang: fl.Lang) -> Flowable:
    head = [
        lang.under("STT", "No.", 9),
        lang.under("Tên giấy tờ", "Document", 9),
        lang.under("Loại bản, số lượng", "Kind, number", 9),
        lang.under("Nội dung cần bổ sung, hoàn thiện", "What is needed", 9),
    ]
    widths = [12 * mm, 73 * mm, 30 * mm, fl.CONTENT_WIDTH - 115 * mm]
    rows: list[list[str]] = []
    for i, doc in enumerate(to_supplement(slip.documents), start=1):
        kind_vi, kind_en = ft.COPY_KIND_LABELS.get(doc.copy_kind, (doc.copy_kind, doc.copy_kind))
        kind = lang.label(kind_vi, kind_en)
        if doc.copy_kind != "present":
            kind += f": {ft.two_digits(doc.count)}"
        need = fl.text(doc.note) if doc.note else lang.label(*MISSING)
        rows.append([str(i), fl.text(doc.name), kind, need])
    spans: list[tuple[object, ...]] = []
    if not rows:
        rows.append(["", lang.label("Xem lý do dưới đây", "See the reason below"), "", ""])
        spans.append(("SPAN", (1, 1), (3, 1)))
    return fl.grid_table(head, rows, widths, centred=(0, 2), extra_style=spans)
