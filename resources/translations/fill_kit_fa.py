"""Write ``kit_fa.ts`` (the window's record kit and the MoU form's tabs) and compile it.

The kit's own strings go through a ``_t`` helper (context ``Kit``), which lupdate does not
read; they are listed here. The tabs the MoU form was split into (parties, axes, bodies,
related records) keep the words the form had: their Persian is taken from the
``MoUEditor`` context of ``mous_fa.ts``. Run it after changing any of those strings;
``tests/gui/test_kit_words.py`` checks that every shown string has its Persian.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).parent
TS = HERE / "kit_fa.ts"

KIT: dict[str, str] = {
    "Please check the form": "لطفاً فرم را بررسی کنید",
    "Changed elsewhere": "در جای دیگری تغییر کرده است",
    "No longer in the register": "دیگر در دفتر نیست",
    "The register cannot do this now": "دفتر اکنون نمی‌تواند این کار را انجام دهد",
    "Peyvand": "پیوند",
    "Please wait: the last change is still being written.":
        "لطفاً صبر کنید: تغییر پیشین هنوز در حال نوشته شدن است.",
    "Working…": "در حال انجام…",
    "Unsaved changes": "تغییرات ذخیره‌نشده",
    "Save the changes to “%1” first?": "نخست تغییرات «%1» ذخیره شود؟",
    "Last changed by %1 on %2.": "آخرین تغییر: %1، در %2.",
    "Fields changed: %1.": "فیلدهای تغییرکرده: %1.",
    "Reload it as it is now? Your edits in this form will be lost.":
        "نسخه کنونی دوباره بارگذاری شود؟ ویرایش‌های شما در این فرم از دست می‌رود.",
    "Delete “%1”? This cannot be undone.": "«%1» حذف شود؟ این کار بازگشت‌پذیر نیست.",
    "Delete": "حذف",
}

EXTRA: dict[str, dict[str, str]] = {
    "PartnersSection": {"Its contacts are deleted with it.": "رابط‌های آن نیز همراهش حذف می‌شوند."},
    "MoUsSection": {"the new MoU": "تفاهم‌نامه تازه"},
}

# The MoU form's tabs and the words each takes from the MoUEditor context.
TABS: dict[str, list[str]] = {
    "OrderedTab": ["Move up", "Move down", "Remove"],
    "PartiesTab": ["Move up", "Move down", "Remove", "%1 is a party already.",
                   "Parties are listed in the order of the MoU's text. Double-click a cell to "
                   "edit the role or the signatory. A signed MoU has at least two parties."],
    "AxesTab": ["Move up", "Move down", "Remove", "Add axis"],
    "BodiesTab": ["Add working group", "Add committee under it", "Edit", "Delete",
                  "Save the MoU first to add its working groups.", "Name", "Kind",
                  "Secretariat", "Members"],
    "RelatedList": ["Date", "No.", "Title", "Body", "Action", "Owner", "Due", "Status",
                    "Progress", "Reference", "Direction", "Subject", "Add a meeting",
                    "Add an action", "Add a letter", "Double-click to open", "Overdue"],
}


def editor_words() -> dict[str, str]:
    """Source → Persian of the MoUEditor context in mous_fa.ts."""
    root = ET.parse(HERE / "mous_fa.ts").getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") == "MoUEditor":
            return {m.findtext("source") or "": m.findtext("translation") or ""
                    for m in ctx.iter("message")}
    return {}


def contexts() -> dict[str, dict[str, str]]:
    """Every context this file writes, with its messages."""
    words = editor_words()
    out: dict[str, dict[str, str]] = {"Kit": KIT, **EXTRA}
    missing = []
    for name, sources in TABS.items():
        out[name] = {}
        for source in sources:
            if not words.get(source):
                missing.append(f"{name}: {source}")
            out[name][source] = words.get(source, "")
    if missing:
        sys.exit("no Persian in MoUEditor for: " + "; ".join(missing))
    return out


def _element(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
    node = ET.SubElement(parent, tag)
    node.text = text
    return node


def main() -> int:
    root = ET.Element("TS", version="2.1", language="fa_IR")
    for name, messages in contexts().items():
        context = _element(root, "context")
        _element(context, "name", name)
        for source, persian in messages.items():
            pair = _element(context, "message")
            _element(pair, "source", source), _element(pair, "translation", persian)
    ET.indent(root)
    ET.ElementTree(root).write(TS, encoding="utf-8", xml_declaration=True)
    return subprocess.call(["pyside6-lrelease", str(TS), "-qm", str(TS.with_suffix(".qm"))])


if __name__ == "__main__":
    sys.exit(main())
