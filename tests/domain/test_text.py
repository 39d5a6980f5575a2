import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from onestop_desktop.domain.text import clean_line, fold, has_control_chars, nfc


def test_fold_makes_diacritics_and_case_irrelevant() -> None:
    assert fold("Nguyễn Văn A") == fold("nguyen van a") == "nguyen van a"
    assert fold("ĐĂNG KÝ KHAI SINH") == "dang ky khai sinh"
    assert fold("  Chứng   thực  ") == "chung thuc"


def test_decomposed_input_becomes_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Trần Thị Hồng Nhung")
    assert decomposed != "Trần Thị Hồng Nhung"
    assert nfc(decomposed) == "Trần Thị Hồng Nhung"
    assert clean_line(decomposed + "  ") == "Trần Thị Hồng Nhung"


def test_control_characters_are_detected() -> None:
    assert has_control_chars("abc\x00")
    assert has_control_chars("abc\x1b[31m")
    assert not has_control_chars("Nguyễn Văn A")


@given(st.text())
def test_fold_is_idempotent_and_ascii_for_vietnamese(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(
    st.text(alphabet="aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ ")
)
def test_fold_of_vietnamese_letters_is_plain_ascii(text: str) -> None:
    assert fold(text).isascii()
