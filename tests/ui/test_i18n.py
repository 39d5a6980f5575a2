"""Every UI string has an English translation, and the shipped .qm files are current."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator

from onestop_desktop.resources_path import resource

I18N = resource("i18n")


def test_no_untranslated_or_stale_entries() -> None:
    tree = ET.parse(I18N / "onestop_en.ts")
    problems = [
        (m.findtext("source"), m.find("translation").get("type"))  # type: ignore[union-attr]
        for m in tree.iter("message")
        if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")  # type: ignore[union-attr]
        or not (m.findtext("translation") or "").strip()
    ]
    assert problems == []


def test_sources_have_no_string_missing_from_the_ts_file(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate is not None
    copy = tmp_path / "check.ts"
    shutil.copyfile(I18N / "onestop_en.ts", copy)
    sources = sorted(
        str(p)
        for p in (Path(__file__).resolve().parents[2] / "onestop_desktop" / "ui").glob("*.py")
    )
    subprocess.run(
        [lupdate, *sources, "-no-obsolete", "-ts", str(copy)], check=True, capture_output=True
    )
    fresh = {m.findtext("source") for m in ET.parse(copy).iter("message")}
    shipped = {m.findtext("source") for m in ET.parse(I18N / "onestop_en.ts").iter("message")}
    assert fresh - shipped == set(), "run scripts/i18n and translate the new strings"


def test_compiled_translations_load(qapp) -> None:  # type: ignore[no-untyped-def]
    en = QTranslator()
    assert en.load(str(I18N / "onestop_en.qm"))
    assert en.translate("LoginDialog", "Đăng nhập") == "Log in"
    vi = QTranslator()
    assert vi.load(str(I18N / "qtbase_vi.qm"))
    assert vi.translate("QPlatformTheme", "Cancel") == "Hủy"
