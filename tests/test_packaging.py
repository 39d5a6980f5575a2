"""Packaging facts that must hold between the package, the installer script and the app.

The frozen build itself is tested by ``scripts/build-frozen`` (a CI step): it builds the onedir
from ``pyinstaller.spec``, runs its ``self-test`` and starts every mode.
"""

from __future__ import annotations

import argparse
import re
import tomllib
from pathlib import Path, PureWindowsPath

from onestop_desktop.cli import build_parser
from onestop_desktop.store.location import WINDOWS_SHARED_DIR, windows_shared_data_dir

ROOT = Path(__file__).resolve().parent.parent
NSI = (ROOT / "packaging" / "onestop.nsi").read_text(encoding="utf-8")


def _nsi_define(name: str) -> str:
    match = re.search(rf'^!define {name} "([^"]*)"', NSI, re.MULTILINE)
    assert match, f"packaging/onestop.nsi defines no {name}"
    return match.group(1)


def test_the_application_id_never_changes() -> None:
    # The Uninstall key is named by it: an upgrade finds the previous install through it. A new
    # id would install a second copy beside the first.
    assert _nsi_define("APP_ID") == "{B0F261BE-C2A3-44E2-8DCB-6B88287F614F}"
    assert _nsi_define("UNINSTALL_KEY").endswith(r"\Uninstall\${APP_ID}")


def test_installer_prepares_the_folder_the_app_opens_on_windows() -> None:
    assert _nsi_define("DATA_DIR_NAME") == WINDOWS_SHARED_DIR
    # With SetShellVarContext all, $APPDATA is %ProgramData%; users get modify rights there.
    assert 'CreateDirectory "$APPDATA\\${DATA_DIR_NAME}"' in NSI
    assert 'icacls "$APPDATA\\${DATA_DIR_NAME}" /grant ${USERS_SID}:(OI)(CI)M' in NSI
    assert _nsi_define("USERS_SID") == "*S-1-5-32-545"  # BUILTIN\Users, whatever the language


def test_windows_data_folder_is_the_pcs_shared_programdata_folder() -> None:
    assert windows_shared_data_dir({"PROGRAMDATA": r"D:\ProgramData"}) == PureWindowsPath(
        r"D:\ProgramData\OnestopDesktop"
    )
    assert windows_shared_data_dir({"ALLUSERSPROFILE": r"E:\Data"}) == PureWindowsPath(
        r"E:\Data\OnestopDesktop"
    )
    assert windows_shared_data_dir({}) == PureWindowsPath(r"C:\ProgramData\OnestopDesktop")


def _mode_flags() -> list[str]:
    """The app's modes: the options of the command line's mutually exclusive mode group."""
    parser = build_parser()
    groups = parser._mutually_exclusive_groups
    assert len(groups) == 1
    actions: list[argparse.Action] = groups[0]._group_actions
    return [action.option_strings[0] for action in actions]


def test_every_mode_has_a_start_menu_shortcut_and_a_desktop_choice() -> None:
    modes = _mode_flags()
    assert {"--kiosk", "--display"} <= set(modes)
    shortcuts = re.findall(
        r'^\s*CreateShortcut "\$(SMPROGRAMS|DESKTOP)\\[^"]*" "\$INSTDIR\\\$\{EXE\}" "([^"]*)"',
        NSI,
        re.MULTILINE,
    )
    for place in ("SMPROGRAMS", "DESKTOP"):
        arguments = {args for where, args in shortcuts if where == place}
        assert arguments == {"", *modes}, place  # "" is the counter


def test_uninstaller_keeps_the_data_unless_asked() -> None:
    assert re.search(r'^Section /o "un\.\$\(UnSecData\)" UnSecData$', NSI, re.MULTILINE)
    removal = NSI.index('RMDir /r "$APPDATA\\${DATA_DIR_NAME}"')
    assert NSI.rindex("Section ", 0, removal) == NSI.index('Section /o "un.$(UnSecData)"')
    assert '${GetOptions} $0 "/REMOVEDATA" $1' in NSI


def test_pyproject_lists_every_package() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "onestop_desktop").rglob("__init__.py")
    }
    assert listed == found | {"onestop_desktop.resources"}
