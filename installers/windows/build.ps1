# Build QualCode for Windows: the PyInstaller one-folder bundle, then the Inno Setup installer.
#   powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1 [-Python py]
# Needs Python 3.11+ with QualCode's dependencies (pip install -e .) and Inno Setup 6 (iscc on PATH,
# e.g. `choco install innosetup`). Output: dist\QualCode\ and dist\QualCode-VERSION-windows-setup.exe.
param([string]$Python = "python")
$ErrorActionPreference = "Stop"
$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root
$env:PYTHONPATH = "$Root"
$Version = & $Python -c "import qualcode; print(qualcode.__version__)"
& $Python -c "import PyInstaller" 2>$null
if ($LASTEXITCODE -ne 0) { & $Python -m pip install "pyinstaller>=6.5"; if ($LASTEXITCODE -ne 0) { exit 1 } }
& $Python -m PyInstaller installers\qualcode.spec --noconfirm --clean --distpath dist --workpath build\pyinstaller
if ($LASTEXITCODE -ne 0) { exit 1 }
# smoke check: the console executable answers before packaging
& dist\QualCode\qualcode-cli.exe --version
if ($LASTEXITCODE -ne 0) { exit 1 }
& iscc "/DAppVersion=$Version" installers\windows\qualcode.iss
if ($LASTEXITCODE -ne 0) { exit 1 }
Write-Host "installer: dist\QualCode-$Version-windows-setup.exe"
