"""Vietnamese text handling: NFC normalisation and diacritic-free search keys."""

from __future__ import annotations

import re
import unicodedata

from onestop_desktop.domain.errors import ValidationError

_SPACES = re.compile(r"\s+")
# Characters that never belong in a stored text field: C0/C1 controls except tab/newline.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC (Vietnamese input methods may produce decomposed text).

    Anything that is not text (``None``, a number) is refused with ``ValidationError``.
    """
    if not isinstance(text, str):
        raise ValidationError(
            "Giá trị nhập vào không phải là văn bản.", "The value entered is not text."
        )
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: no database or printer can take it
        raise ValidationError(
            "Văn bản có ký tự không hợp lệ; hãy gõ lại.",
            "The text contains an invalid character; type it again.",
        ) from None
    return unicodedata.normalize("NFC", text)


def clean_line(text: str) -> str:
    """NFC, trimmed, inner whitespace collapsed: the form a one-line field is stored in."""
    return _SPACES.sub(" ", nfc(text)).strip()


def has_control_chars(text: str) -> bool:
    return _CONTROL.search(nfc(text)) is not None


def fold(text: str) -> str:
    """A search key: lower case, no diacritics, đ → d, single spaces.

    ``fold("Nguyễn Văn A") == fold("nguyen van a") == "nguyen van a"``.
    """
    decomposed = unicodedata.normalize("NFD", text.casefold())
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    stripped = stripped.replace("đ", "d")
    return _SPACES.sub(" ", stripped).strip()
