#!/bin/sh
# Adds Peyvand to this user's application menu (Persian and English names) and opens
# Peyvand's change packages (.peyvand-changes) and backups (.peyvand-backup) with it.
# Run it from the unpacked bundle: ./peyvand/install-desktop-entry.sh
# Undo: ./peyvand/install-desktop-entry.sh --remove (the registers and backups stay).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
entry="$data/applications/peyvand.desktop"
mime="$data/mime/packages/peyvand.xml"

if [ "${1:-}" = "--remove" ]; then
    rm -f "$entry" "$mime"
else
    mkdir -p "$data/applications" "$data/mime/packages"
    cat > "$mime" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="application/x-peyvand-changes">
    <comment>Peyvand change package</comment>
    <comment xml:lang="fa">بستهٔ تغییرات پیوند</comment>
    <glob pattern="*.peyvand-changes"/>
  </mime-type>
  <mime-type type="application/x-peyvand-backup">
    <comment>Peyvand backup</comment>
    <comment xml:lang="fa">پشتیبان پیوند</comment>
    <glob pattern="*.peyvand-backup"/>
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
Exec="$here/peyvand" --open %f
TryExec=$here/peyvand
Terminal=false
Categories=Office;
MimeType=application/x-peyvand-changes;application/x-peyvand-backup;
DESKTOP
fi
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
echo "done: $entry"
