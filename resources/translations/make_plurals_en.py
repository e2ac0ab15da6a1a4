"""Write ``plurals_en.ts``: the English singular and plural of every ``%n`` message.

Source strings are English ("%n record(s)"), so the English window needs no translation —
except for plurals, which Qt takes from a translator: without one the window says
"1 record(s)". This script reads every ``%n`` message of the Persian catalogues and writes
its two English forms ("%n record" / "%n records"); run it after ``pyside6-lupdate`` and
compile with ``pyside6-lrelease resources/translations/plurals_en.ts``.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "plurals_en.ts"
# Whole words whose singular is not "the word without (s)".
SINGULAR = {"summaries": "summary", "records": "record", "entries": "entry"}


def forms(source: str) -> tuple[str, str]:
    """The singular and plural of *source* ("%n row(s)" → "%n row", "%n rows")."""
    plural = source.replace("(s)", "s").replace("(es)", "es")
    singular = source.replace("(s)", "").replace("(es)", "")
    for many, one in SINGULAR.items():
        singular = re.sub(rf"\b{many}\b", one, singular)
    return singular, plural


def main() -> int:
    contexts: dict[str, list[str]] = {}
    for ts in sorted(HERE.glob("*_fa.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                if message.get("numerus") == "yes":
                    contexts.setdefault(name, []).append(message.findtext("source") or "")
    root = ET.Element("TS", version="2.1", language="en_US")
    for name in sorted(contexts):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for source in sorted(set(contexts[name])):
            message = ET.SubElement(context, "message", numerus="yes")
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation")
            for form in forms(source):
                ET.SubElement(translation, "numerusform").text = form
    ET.indent(root)
    ET.ElementTree(root).write(OUT, encoding="utf-8", xml_declaration=True)
    print(f"{OUT.name}: {sum(len(set(v)) for v in contexts.values())} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
