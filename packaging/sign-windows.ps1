# Authenticode-sign one file (SHA-256, RFC 3161 timestamp) when a certificate is configured.
# Used by .github/workflows/windows-build.yml for the two executables and, through makensis'
# !finalize / !uninstfinalize (packaging/onestop.nsi, SIGN_COMMAND), for the installer and the
# uninstaller inside it. Without SIGN_PFX_PATH it signs nothing and succeeds, so unsigned
# builds (forks, local builds) work the same way.
#
#   SIGN_PFX_PATH       the code-signing certificate (.pfx)
#   SIGN_PFX_PASSWORD   its password
#   SIGN_TIMESTAMP_URL  RFC 3161 time-stamping server (default http://timestamp.digicert.com)
param([Parameter(Mandatory = $true)][string]$Path)
$ErrorActionPreference = "Stop"

if (-not $env:SIGN_PFX_PATH) {
    Write-Host "sign-windows: no certificate configured; $Path left unsigned"
    exit 0
}
$timestamp = if ($env:SIGN_TIMESTAMP_URL) { $env:SIGN_TIMESTAMP_URL } else { "http://timestamp.digicert.com" }
$signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
    Sort-Object FullName -Descending | Select-Object -First 1
if (-not $signtool) { throw "sign-windows: signtool.exe not found (Windows 10 SDK)" }

& $signtool.FullName sign /f $env:SIGN_PFX_PATH /p $env:SIGN_PFX_PASSWORD /fd sha256 `
    /tr $timestamp /td sha256 /d "Onestop Desktop" $Path
if ($LASTEXITCODE -ne 0) { throw "sign-windows: signtool failed ($LASTEXITCODE) on $Path" }
Write-Host "sign-windows: signed $Path"
