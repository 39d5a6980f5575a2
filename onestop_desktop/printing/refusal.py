"""Mẫu 03 — Phiếu từ chối tiếp nhận giải quyết hồ sơ (reception refused, with the reason)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from onestop_desktop.printing import form_layout as fl
from onestop_desktop.printing.slips import DossierSlip

TITLE = "Phiếu từ chối tiếp nhận giải quyết hồ sơ"
TITLE_EN = "Notice of refusal to accept the dossier"


def refusal_story(slip: DossierSlip, lang: fl.Lang) -> list[Flowable]:
    st = fl.styles()
    ward = fl.text(slip.ward_name)
    extra = [f"{lang.label('Mã hồ sơ', 'Dossier code')}: <b>{fl.text(slip.code)}</b>"]
    reason = fl.text(slip.reason) or "…"
    return [
        fl.national_header(slip.ward_name, slip.received_at.date(), lang),
        Spacer(1, 6 * mm),
        *fl.title_block("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", TITLE_EN, lang, extra=extra),
        Spacer(1, 5 * mm),
        *fl.applicant_block(
            slip,
            lang,
            (f"Bộ phận Một cửa UBND {ward} tiếp nhận hồ sơ của Ông/Bà", "Dossier received from"),
        ),
        Spacer(1, 1 * mm),
        fl.para(
            lang.label(
                "Qua xem xét, Bộ phận Một cửa thông báo không tiếp nhận, giải quyết hồ sơ này với "
                "lý do cụ thể như sau",
                "Having examined it, the one-stop counter does not accept this dossier for the "
                "following reason",
            )
            + ":",
            st.justified,
        ),
        fl.para(reason, st.reason),
        fl.para(
            lang.label(
                "Xin thông báo để Ông/Bà được biết và thực hiện./.",
                "We inform you accordingly.",
            ),
            st.justified,
        ),
        fl.para(
            lang.label(
                f"Mọi vướng mắc, Ông/Bà liên hệ cán bộ <b>{fl.text(slip.clerk_name)}</b>, Bộ phận "
                f"Một cửa UBND {ward} để được hướng dẫn.",
                "For guidance, please contact the officer named here at the one-stop counter.",
            ),
            st.justified,
        ),
        Spacer(1, 3 * mm),
        fl.closing(
            [
                fl.signatures(
                    [
                        fl.Signer("NGƯỜI NỘP HỒ SƠ", "Submitted by", fl.submitter(slip)),
                        fl.Signer("NGƯỜI TIẾP NHẬN HỒ SƠ", "Receiving officer", slip.clerk_name),
                    ],
                    lang,
                )
            ]
        ),
    ]
