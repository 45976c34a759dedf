#!/usr/bin/env bash
# Build the Linux one-folder bundle and pack it as dist/QualCode-VERSION-linux-x86_64.tar.gz;
# also an AppImage when `appimagetool` is on PATH (or APPIMAGETOOL=/path/to/it).
#
#   installers/build_linux.sh [PYTHON]      # PYTHON: the interpreter with QualCode's dependencies
#
# PYTHON defaults to .venv/bin/python, then python3. PyInstaller is installed into it when missing.
# Output: dist/QualCode/ (run dist/QualCode/qualcode), the tar.gz, maybe the AppImage.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
PYTHON="${1:-}"
if [[ -z "$PYTHON" ]]; then
    if [[ -x .venv/bin/python ]]; then PYTHON=.venv/bin/python; else PYTHON=python3; fi
fi
VERSION="$(PYTHONPATH="$ROOT" "$PYTHON" -c 'import qualcode; print(qualcode.__version__)')"
ARCH="$(uname -m)"
NAME="QualCode-${VERSION}-linux-${ARCH}"

# WORKPATH keeps PyInstaller's analysis between builds; QUALCODE_CLEAN_BUILD=0 reuses it (minutes saved)
WORKPATH="${WORKPATH:-build/pyinstaller}"
CLEAN=(--clean)
[[ "${QUALCODE_CLEAN_BUILD:-1}" == "0" ]] && CLEAN=()
"$PYTHON" -c 'import PyInstaller' 2>/dev/null || "$PYTHON" -m pip install 'pyinstaller>=6.5'
PYTHONPATH="$ROOT" "$PYTHON" -m PyInstaller installers/qualcode.spec --noconfirm "${CLEAN[@]}" \
    --distpath dist --workpath "$WORKPATH"

tar -C dist -czf "dist/${NAME}.tar.gz" QualCode
echo "bundle:  dist/QualCode ($(du -sh dist/QualCode | cut -f1))"
echo "tarball: dist/${NAME}.tar.gz ($(du -sh "dist/${NAME}.tar.gz" | cut -f1))"

# AppImage: appimagetool and its runtime come from GitHub releases, not from PyPI or Debian;
# without them (as on a machine that reaches only package registries) only the tar.gz is made.
TOOL="${APPIMAGETOOL:-$(command -v appimagetool || true)}"
if [[ -z "$TOOL" ]]; then
    echo "appimagetool not found: no AppImage (see installers/README.md)"
    exit 0
fi
APPDIR="build/QualCode.AppDir"
rm -rf "$APPDIR" && mkdir -p "$APPDIR/usr"
cp -a dist/QualCode "$APPDIR/usr/QualCode"
cat > "$APPDIR/AppRun" <<'EOF'
#!/bin/sh
HERE="$(dirname "$(readlink -f "$0")")"
exec "$HERE/usr/QualCode/qualcode" "$@"
EOF
chmod +x "$APPDIR/AppRun"
cp installers/linux/qualcode.desktop "$APPDIR/qualcode.desktop"
cp installers/linux/qualcode.svg "$APPDIR/qualcode.svg"
ARCH="$ARCH" "$TOOL" "$APPDIR" "dist/${NAME}.AppImage"
echo "AppImage: dist/${NAME}.AppImage"
