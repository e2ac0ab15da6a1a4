#!/bin/sh
# Adds Peyvand to this user's application menu (Persian and English names, its icon) and
# opens Peyvand's change packages (.peyvand) and backups (.peyvand.zip) with it; registers
# (.sqlite3) get "Open with Peyvand". The program receives the file with --open.
# Run it from the unpacked bundle: ./peyvand/install-desktop-entry.sh
# Undo: ./peyvand/install-desktop-entry.sh --remove (the registers and backups stay).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
entry="$data/applications/peyvand.desktop"
mime="$data/mime/packages/peyvand.xml"
icons="$data/icons/hicolor"
pngs="$here/_internal/resources/icons/app"

if [ "${1:-}" = "--remove" ]; then
    rm -f "$entry" "$mime"
    for png in "$icons"/*/apps/peyvand.png; do
        [ -e "$png" ] && rm -f "$png"
    done
else
    mkdir -p "$data/applications" "$data/mime/packages"
    for size in 16 24 32 48 64 128 256 512; do
        if [ -f "$pngs/peyvand-$size.png" ]; then
            mkdir -p "$icons/${size}x$size/apps"
            cp "$pngs/peyvand-$size.png" "$icons/${size}x$size/apps/peyvand.png"
        fi
    done
    cat > "$mime" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="application/x-peyvand-changes">
    <comment>Peyvand change package</comment>
    <comment xml:lang="fa">بستهٔ تغییرات پیوند</comment>
    <generic-icon name="peyvand"/>
    <magic priority="80"><match type="string" offset="0" value="PEYVAND-CHANGES "/></magic>
    <glob pattern="*.peyvand"/>
  </mime-type>
  <mime-type type="application/x-peyvand-backup">
    <comment>Peyvand backup</comment>
    <comment xml:lang="fa">پشتیبان پیوند</comment>
    <sub-class-of type="application/zip"/>
    <generic-icon name="peyvand"/>
    <glob pattern="*.peyvand.zip" weight="60"/>
  </mime-type>
</mime-info>
XML
    cat > "$entry" <<DESKTOP
[Desktop Entry]
Type=Application
Name=Peyvand
Name[fa]=پیوند
GenericName=International-relations register
GenericName[fa]=دفتر ثبت روابط بین‌الملل
Icon=peyvand
Exec="$here/peyvand" --open %f
TryExec=$here/peyvand
Terminal=false
Categories=Office;
MimeType=application/x-peyvand-changes;application/x-peyvand-backup;application/vnd.sqlite3;application/x-sqlite3;
DESKTOP
fi
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$icons" || true
echo "done: $entry"
