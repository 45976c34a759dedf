#!/usr/bin/env bash
# Build QualCode.app with PyInstaller and pack it in a .dmg (drag to Applications).
#   installers/macos/build_dmg.sh [PYTHON]
# Needs Python 3.11+ with QualCode's dependencies; uses create-dmg when installed
# (`brew install create-dmg`), else plain hdiutil. Output: dist/QualCode.app, dist/QualCode-VERSION-macos.dmg.
# Unsigned: Gatekeeper asks on first open (right-click > Open); sign/notarise with your Developer ID
# (codesign --deep -s "Developer ID Application: ..." dist/QualCode.app; xcrun notarytool submit ...).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
PYTHON="${1:-python3}"
export PYTHONPATH="$ROOT"
VERSION="$("$PYTHON" -c 'import qualcode; print(qualcode.__version__)')"
"$PYTHON" -c 'import PyInstaller' 2>/dev/null || "$PYTHON" -m pip install 'pyinstaller>=6.5'
"$PYTHON" -m PyInstaller installers/qualcode.spec --noconfirm --clean --distpath dist --workpath build/pyinstaller
dist/QualCode.app/Contents/MacOS/qualcode --version   # smoke check before packaging
DMG="dist/QualCode-${VERSION}-macos-$(uname -m).dmg"
rm -f "$DMG"
if command -v create-dmg >/dev/null; then
    create-dmg --volname "QualCode" --app-drop-link 440 160 --icon "QualCode.app" 160 160 "$DMG" dist/QualCode.app
else
    STAGE="$(mktemp -d)"
    cp -R dist/QualCode.app "$STAGE/"
    ln -s /Applications "$STAGE/Applications"
    hdiutil create -volname QualCode -srcfolder "$STAGE" -ov -format UDZO "$DMG"
    rm -rf "$STAGE"
fi
echo "dmg: $DMG"
