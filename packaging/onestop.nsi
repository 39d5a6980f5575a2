; Windows installer for onestop-desktop (NSIS 3.08 or newer, Unicode, no extra plug-ins).
;
;   makensis -DVERSION=0.1.0 -DSOURCE_DIR=dist\onestop-desktop ^
;            -DOUTFILE=dist\onestop-desktop-0.1.0-setup.exe packaging\onestop.nsi
;
; Defines: VERSION (required; onestop_desktop.__version__), SOURCE_DIR (required; the PyInstaller
; onedir), OUTFILE, VERSION_QUAD (a.b.c.d; derived from VERSION when it is a plain a.b.c),
; SIGN_COMMAND (signs the uninstaller and the installer: the file name is appended in quotes),
; COMPILE_CHECK (no compression: CI's quick compile of the script against the Linux onedir).
;
; What it does (docs/packaging.md has the reasons):
; - per-machine install into Program Files (administrator rights), 64-bit Windows 10 or newer;
; - the shared data folder %ProgramData%\OnestopDesktop, with modify rights for the PC's users
;   (icacls, by SID, so it works on a Vietnamese Windows too); the app looks there by default
;   (onestop_desktop/store/location.py, WINDOWS_SHARED_DIR);
; - Start-menu shortcuts for the four modes, desktop shortcuts as chosen;
; - upgrade in place: same folder, the previous version's uninstaller runs silently first (it
;   keeps the data), then the new files are copied;
; - the uninstaller keeps the data unless "Xóa dữ liệu" is ticked (or /REMOVEDATA is given).

Unicode true
ManifestDPIAware true
RequestExecutionLevel admin

!ifdef COMPILE_CHECK
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif

!ifndef VERSION
  !error "Pass -DVERSION=x.y.z (onestop_desktop.__version__)."
!endif
!ifndef SOURCE_DIR
  !error "Pass -DSOURCE_DIR=<the PyInstaller onedir, e.g. dist\onestop-desktop>."
!endif
!ifndef OUTFILE
  !define OUTFILE "onestop-desktop-${VERSION}-setup.exe"
!endif
!ifndef VERSION_QUAD
  !searchparse "${VERSION}" "" V_MAJOR "." V_MINOR "." V_PATCH
  !define VERSION_QUAD "${V_MAJOR}.${V_MINOR}.${V_PATCH}.0"
!endif

; ---------------------------------------------------------------------------- identity
; APP_ID never changes between versions: it names the Uninstall registry key, which is how an
; upgrade finds the previous install (tests/test_packaging.py pins it).
!define APP_ID "{B0F261BE-C2A3-44E2-8DCB-6B88287F614F}"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define APP_KEY "Software\OnestopDesktop"
!define PUBLISHER "onestop"
!define PRODUCT "Onestop Desktop"
!define INSTALL_DIR_NAME "OnestopDesktop"
!define DATA_DIR_NAME "OnestopDesktop"
!define EXE "onestop-desktop.exe"
!define CLI_EXE "onestop-desktop-cli.exe"
!define UNINSTALLER "uninstall.exe"
!define USERS_SID "*S-1-5-32-545"
!define START_MENU_DIR "Bộ phận Một cửa"
!define LNK_COUNTER "Một cửa - Quầy tiếp nhận"
!define LNK_KIOSK "Một cửa - Máy lấy số"
!define LNK_DISPLAY "Một cửa - Màn hình hiển thị"
!define LNK_RATING "Một cửa - Đánh giá hài lòng"

Name "${PRODUCT} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${INSTALL_DIR_NAME}"
BrandingText "${PRODUCT} ${VERSION}"
ShowInstDetails show
ShowUninstDetails show

VIProductVersion "${VERSION_QUAD}"
VIFileVersion "${VERSION_QUAD}"
VIAddVersionKey /LANG=0 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${PRODUCT} ${VERSION} - Setup"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "MIT License"

!ifdef SIGN_COMMAND
  !uninstfinalize '${SIGN_COMMAND} "%1"' = 0
  !finalize '${SIGN_COMMAND} "%1"' = 0
!endif

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "x64.nsh"
!include "WinVer.nsh"

; ---------------------------------------------------------------------------- pages
!define MUI_ICON "../resources/icons/onestop.ico"
!define MUI_UNICON "../resources/icons/onestop.ico"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC

Var PreviousDir ; where the previous version is installed ("" on a first install)

!insertmacro MUI_PAGE_WELCOME
!define MUI_PAGE_CUSTOMFUNCTION_PRE SkipOnUpgrade
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default when Windows' own language is neither.
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"

LangString SecDesktopCounter ${LANG_VIETNAMESE} "Lối tắt trên màn hình nền: Quầy tiếp nhận"
LangString SecDesktopCounter ${LANG_ENGLISH} "Desktop shortcut: counter"
LangString SecDesktopKiosk ${LANG_VIETNAMESE} "Lối tắt trên màn hình nền: Máy lấy số"
LangString SecDesktopKiosk ${LANG_ENGLISH} "Desktop shortcut: ticket kiosk"
LangString SecDesktopDisplay ${LANG_VIETNAMESE} "Lối tắt trên màn hình nền: Màn hình hiển thị"
LangString SecDesktopDisplay ${LANG_ENGLISH} "Desktop shortcut: display board"
LangString SecDesktopRating ${LANG_VIETNAMESE} "Lối tắt trên màn hình nền: Đánh giá hài lòng"
LangString SecDesktopRating ${LANG_ENGLISH} "Desktop shortcut: rating panel"
LangString UnSecData ${LANG_VIETNAMESE} "Xóa dữ liệu (cơ sở dữ liệu, bản sao lưu, tài liệu đã in, nhật ký)"
LangString UnSecData ${LANG_ENGLISH} "Delete the data (database, backups, printed documents, logs)"
LangString MsgNeedX64 ${LANG_VIETNAMESE} "Phần mềm cần Windows 10 hoặc mới hơn, bản 64-bit."
LangString MsgNeedX64 ${LANG_ENGLISH} "The app needs 64-bit Windows 10 or newer."
LangString MsgNeedAdmin ${LANG_VIETNAMESE} "Cần quyền quản trị (Administrator) để cài đặt cho mọi người dùng trên máy này."
LangString MsgNeedAdmin ${LANG_ENGLISH} "Administrator rights are needed to install for every user of this PC."
LangString MsgAppRunning ${LANG_VIETNAMESE} "Phần mềm đang chạy trên máy này. Hãy đóng mọi cửa sổ của phần mềm (quầy, máy lấy số, màn hình hiển thị, đánh giá) rồi bấm Thử lại."
LangString MsgAppRunning ${LANG_ENGLISH} "The app is running on this PC. Close all its windows (counter, kiosk, display board, rating panel), then click Retry."
LangString MsgRemovingPrevious ${LANG_VIETNAMESE} "Gỡ phiên bản trước (dữ liệu được giữ nguyên)…"
LangString MsgRemovingPrevious ${LANG_ENGLISH} "Removing the previous version (the data is kept)…"
LangString MsgAclFailed ${LANG_VIETNAMESE} "Không cấp được quyền ghi thư mục dữ liệu cho người dùng (icacls mã lỗi $0). Người dùng không phải quản trị có thể không mở được dữ liệu."
LangString MsgAclFailed ${LANG_ENGLISH} "Could not give the PC's users modify rights on the data folder (icacls exit code $0). Users without administrator rights may not open the data."
LangString MsgDataKept ${LANG_VIETNAMESE} "Dữ liệu được giữ lại tại $APPDATA\${DATA_DIR_NAME}."
LangString MsgDataKept ${LANG_ENGLISH} "The data is kept in $APPDATA\${DATA_DIR_NAME}."

; ---------------------------------------------------------------------------- install

!macro KeepDesktopChoice SECTION LNK
  ${If} ${FileExists} "$DESKTOP\${LNK}.lnk"
    SectionSetFlags ${SECTION} ${SF_SELECTED}
  ${Else}
    SectionSetFlags ${SECTION} 0
  ${EndIf}
!macroend

; The running app keeps its exe open; Windows refuses to open it for writing until it exits.
Function WaitUntilClosed
  ${If} $PreviousDir == ""
    Return
  ${EndIf}
  ${Do}
    ${IfNot} ${FileExists} "$PreviousDir\${EXE}"
      Return
    ${EndIf}
    ClearErrors
    FileOpen $0 "$PreviousDir\${EXE}" a
    ${IfNot} ${Errors}
      FileClose $0
      Return
    ${EndIf}
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(MsgAppRunning)" /SD IDCANCEL IDRETRY +2
    Abort
  ${Loop}
FunctionEnd

; The previous version's own uninstaller removes its files (a onedir's file list changes from
; version to version); run silently it keeps the data. `_?=` makes it run in place and wait.
Function RemovePrevious
  ${If} $PreviousDir != ""
  ${AndIf} ${FileExists} "$PreviousDir\${UNINSTALLER}"
    DetailPrint "$(MsgRemovingPrevious)"
    ExecWait '"$PreviousDir\${UNINSTALLER}" /S _?=$PreviousDir' $0
    DetailPrint "${UNINSTALLER} /S: $0"
    Delete "$PreviousDir\${UNINSTALLER}"
    RMDir "$PreviousDir"
  ${EndIf}
FunctionEnd

Section "-Program" SecProgram
  SetShellVarContext all
  Call WaitUntilClosed
  Call RemovePrevious

  SetOutPath "$INSTDIR"
  File /r "${SOURCE_DIR}/*.*"

  ; The shared data folder: modify rights for the PC's users (BUILTIN\Users), inherited by the
  ; database, its -wal/-shm files, backups and logs whoever creates them.
  CreateDirectory "$APPDATA\${DATA_DIR_NAME}"
  nsExec::ExecToLog 'icacls "$APPDATA\${DATA_DIR_NAME}" /grant ${USERS_SID}:(OI)(CI)M /T /C /Q'
  Pop $0
  ${If} $0 != 0
    DetailPrint "$(MsgAclFailed)"
    MessageBox MB_OK|MB_ICONEXCLAMATION "$(MsgAclFailed)" /SD IDOK
  ${EndIf}

  WriteUninstaller "$INSTDIR\${UNINSTALLER}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" "$0"
  WriteRegStr HKLM "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${APP_KEY}" "DataDir" "$APPDATA\${DATA_DIR_NAME}"
  WriteRegStr HKLM "${APP_KEY}" "Version" "${VERSION}"

  ; Start menu (all users): one shortcut per mode.
  SetOutPath "$INSTDIR"
  CreateDirectory "$SMPROGRAMS\${START_MENU_DIR}"
  CreateShortcut "$SMPROGRAMS\${START_MENU_DIR}\${LNK_COUNTER}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
  CreateShortcut "$SMPROGRAMS\${START_MENU_DIR}\${LNK_KIOSK}.lnk" "$INSTDIR\${EXE}" "--kiosk" "$INSTDIR\${EXE}" 0
  CreateShortcut "$SMPROGRAMS\${START_MENU_DIR}\${LNK_DISPLAY}.lnk" "$INSTDIR\${EXE}" "--display" "$INSTDIR\${EXE}" 0
  CreateShortcut "$SMPROGRAMS\${START_MENU_DIR}\${LNK_RATING}.lnk" "$INSTDIR\${EXE}" "--rating" "$INSTDIR\${EXE}" 0
SectionEnd

; Desktop shortcuts (the Public desktop): the counter by default; a kiosk, display or rating PC
; ticks its own.
Section "$(SecDesktopCounter)" SecDesktopCounter
  SetShellVarContext all
  SetOutPath "$INSTDIR"
  CreateShortcut "$DESKTOP\${LNK_COUNTER}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
SectionEnd

Section /o "$(SecDesktopKiosk)" SecDesktopKiosk
  SetShellVarContext all
  SetOutPath "$INSTDIR"
  CreateShortcut "$DESKTOP\${LNK_KIOSK}.lnk" "$INSTDIR\${EXE}" "--kiosk" "$INSTDIR\${EXE}" 0
SectionEnd

Section /o "$(SecDesktopDisplay)" SecDesktopDisplay
  SetShellVarContext all
  SetOutPath "$INSTDIR"
  CreateShortcut "$DESKTOP\${LNK_DISPLAY}.lnk" "$INSTDIR\${EXE}" "--display" "$INSTDIR\${EXE}" 0
SectionEnd

Section /o "$(SecDesktopRating)" SecDesktopRating
  SetShellVarContext all
  SetOutPath "$INSTDIR"
  CreateShortcut "$DESKTOP\${LNK_RATING}.lnk" "$INSTDIR\${EXE}" "--rating" "$INSTDIR\${EXE}" 0
SectionEnd

; After the sections: it selects the desktop shortcuts.
Function .onInit
  ${IfNot} ${RunningX64}
  ${OrIfNot} ${AtLeastWin10}
    MessageBox MB_OK|MB_ICONSTOP "$(MsgNeedX64)" /SD IDOK
    Abort
  ${EndIf}
  UserInfo::GetAccountType
  Pop $0
  ${If} $0 != "admin"
    MessageBox MB_OK|MB_ICONSTOP "$(MsgNeedAdmin)" /SD IDOK
    SetErrorLevel 740 ; ERROR_ELEVATION_REQUIRED
    Quit
  ${EndIf}
  SetRegView 64
  SetShellVarContext all
  ; Upgrade in place: install where the previous version is, and keep its desktop shortcuts
  ; (a kiosk PC keeps its kiosk shortcut, also in a silent upgrade).
  ReadRegStr $PreviousDir HKLM "${UNINSTALL_KEY}" "InstallLocation"
  ${If} $PreviousDir != ""
    StrCpy $INSTDIR $PreviousDir
    !insertmacro KeepDesktopChoice ${SecDesktopCounter} "${LNK_COUNTER}"
    !insertmacro KeepDesktopChoice ${SecDesktopKiosk} "${LNK_KIOSK}"
    !insertmacro KeepDesktopChoice ${SecDesktopDisplay} "${LNK_DISPLAY}"
    !insertmacro KeepDesktopChoice ${SecDesktopRating} "${LNK_RATING}"
  ${EndIf}
FunctionEnd

Function SkipOnUpgrade
  ${If} $PreviousDir != ""
    Abort ; the folder is the previous version's
  ${EndIf}
FunctionEnd

; ---------------------------------------------------------------------------- uninstall

Section "-un.Program" UnSecProgram
  SetShellVarContext all
  Delete "$DESKTOP\${LNK_COUNTER}.lnk"
  Delete "$DESKTOP\${LNK_KIOSK}.lnk"
  Delete "$DESKTOP\${LNK_DISPLAY}.lnk"
  Delete "$DESKTOP\${LNK_RATING}.lnk"
  RMDir /r "$SMPROGRAMS\${START_MENU_DIR}"

  ; Only what the installer put there: the onedir's two executables and its _internal folder.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"

  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DeleteRegKey HKLM "${APP_KEY}"
SectionEnd

Section /o "un.$(UnSecData)" UnSecData
  SetShellVarContext all
  RMDir /r "$APPDATA\${DATA_DIR_NAME}"
SectionEnd

Section "-un.Done"
  ${IfNot} ${SectionIsSelected} ${UnSecData}
    DetailPrint "$(MsgDataKept)"
  ${EndIf}
SectionEnd

; After the sections: it refers to UnSecData.
Function un.onInit
  SetRegView 64
  SetShellVarContext all
  ; /REMOVEDATA: delete the data too (for a silent uninstall that should leave nothing).
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/REMOVEDATA" $1
  ${IfNot} ${Errors}
    SectionSetFlags ${UnSecData} ${SF_SELECTED}
  ${EndIf}
FunctionEnd
