"""Writes Persian translations into a Qt ``.ts`` file; shared by the ``fill_*_fa.py`` scripts.

Every source string must have a translation: a missing one makes the run fail (exit 1) and
nothing is written, so no message is ever left unfinished.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts: Path, translations: dict[str, str], plurals: dict[str, str] | None = None) -> int:
    """Put *translations* (and, for ``%n`` messages, *plurals*) into *ts*; 0 on success."""
    tree = ET.parse(ts)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        numerus = message.get("numerus") == "yes"
        text = (plurals or {}).get(source) if numerus else None
        text = text or translations.get(source)
        if text is None:
            missing.append(source)
            continue
        if numerus:
            for form in list(translation):
                translation.remove(form)
            translation.text = None
            ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
        translation.attrib.pop("type", None)
    if missing:
        print("no Persian for:", *missing, sep="\n  ", file=sys.stderr)
        return 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return 0
