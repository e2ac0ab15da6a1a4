"""Trim the ICU data library the bundle carries (``libicudata.so.NN``, Linux) to what Qt
needs for Peyvand: ``python tools/icu_trim.py LIBRARY [--out FILE]``.

PySide6's wheel brings ICU with the data of every locale and every legacy converter
(about 30 MB). Qt 6 asks ICU for collation (``QCollator``), time zones (``QTimeZone``) and
case mapping; its locale data (``QLocale``), text layout (HarfBuzz) and IDNA are its own.
So this keeps the non-locale tables (time zones, plurals, likely subtags, …), the root,
English and Persian locales, the collation data and the break rules, and drops the
other locales, the legacy character-set converters (``*.cnv``: Peyvand converts text
in Python), the CJK/Thai/Khmer/Lao/Burmese break dictionaries, transliteration and the
spoof checker.

How: the data blob is the exported symbol ``icudtNN_dat`` of the library (read with
``nm``/``readelf``); ICU's ``icupkg`` lists and removes its items and ``genccode`` turns
the result back into assembly that ``gcc`` links into a library with the same soname
and symbol. These come with binutils, gcc and ``icu-devtools`` (Debian/Ubuntu); without
them :func:`trim` raises :class:`IcuTrimError` and the caller keeps the full library.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

#: Locales kept (collation and names in Peyvand's two languages; root is every fallback).
KEPT_LOCALES = frozenset({"root", "en", "en_US", "en_US_POSIX", "en_GB", "en_001",
                          "fa", "fa_IR", "fa_AF"})
#: Folders of the data that Qt never asks for.
DROPPED_FOLDERS = frozenset({"translit", "rbnf"})
#: Item suffixes Qt never asks for: legacy converters, break dictionaries, spoof checker.
DROPPED_SUFFIXES = frozenset({".cnv", ".dict", ".cfu"})
_LOCALE_NAME = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*$")
TOOLS = ("nm", "readelf", "icupkg", "genccode", "gcc")


class IcuTrimError(Exception):
    """The ICU data could not be trimmed (the message says why); keep the full library."""


def keep_item(item: str) -> bool:
    """Whether an item of the ICU data package (``folder/name.ext`` or ``name.ext``,
    without the ``icudtNNl/`` prefix) stays."""
    folder, _, name = item.rpartition("/")
    stem, dot, suffix = name.rpartition(".")
    if folder.split("/")[0] in DROPPED_FOLDERS or f"{dot}{suffix}" in DROPPED_SUFFIXES:
        return False
    if suffix == "res" and stem != "res_index" and _LOCALE_NAME.match(stem):
        return stem in KEPT_LOCALES
    return True


def _run(cmd: list[str], cwd: Path) -> str:
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        raise IcuTrimError(f"{cmd[0]} failed: {(result.stderr or result.stdout).strip()[-500:]}")
    return result.stdout


def missing_tools() -> list[str]:
    """The programs :func:`trim` needs that are not on the PATH."""
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def _blob(library: Path, work: Path) -> tuple[str, bytes]:
    """The data symbol's name (``icudt73``) and its bytes, read from *library*."""
    symbols = _run(["nm", "-D", "--defined-only", "-S", str(library)], work)
    found = re.search(r"^([0-9a-f]+) ([0-9a-f]+) R (icudt\d+)_dat$", symbols, re.MULTILINE)
    if not found:
        raise IcuTrimError(f"no icudtNN_dat symbol in {library.name}")
    address, size, name = int(found[1], 16), int(found[2], 16), found[3]
    # the symbol's address → its place in the file, through the section holding it
    for line in _run(["readelf", "-S", "-W", str(library)], work).splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) > 6 and fields[0].startswith("[") and fields[2] == "PROGBITS":
            start, offset, length = int(fields[3], 16), int(fields[4], 16), int(fields[5], 16)
            if start <= address < start + length:
                with library.open("rb") as handle:
                    handle.seek(offset + address - start)
                    return name, handle.read(size)
    raise IcuTrimError(f"the section of {name}_dat was not found in {library.name}")


def trim(library: Path, out: Path) -> tuple[int, int]:
    """Write the trimmed copy of *library* to *out*; return (items kept, items in all)."""
    lacking = missing_tools()
    if lacking:
        raise IcuTrimError("missing tools: " + ", ".join(lacking) + " (apt install binutils gcc icu-devtools)")
    soname = library.name
    with tempfile.TemporaryDirectory(prefix="icu-trim-") as tmp:
        work = Path(tmp)
        name, blob = _blob(library, work)
        package = f"{name}l"  # little-endian package name, as icupkg wants it
        (work / f"{package}.dat").write_bytes(blob)
        items = [line.strip() for line in _run(["icupkg", "-l", f"{package}.dat"], work).splitlines()
                 if line.strip()]
        dropped = [item for item in items if not keep_item(item)]
        if not items or len(dropped) == len(items):
            raise IcuTrimError("the ICU data lists no items")
        (work / "drop.txt").write_text("\n".join(dropped) + "\n", encoding="utf-8")
        (work / "out").mkdir()
        # --ignore-deps: the root break rules name the dropped dictionaries; without them
        # ICU breaks those scripts without a dictionary (Qt breaks text by itself anyway)
        _run(["icupkg", "--ignore-deps", "-r", "drop.txt", f"{package}.dat", f"out/{package}.dat"], work)
        (work / "obj").mkdir()
        # GNU assembly (genccode's direct object output is not written on Linux)
        _run(["genccode", "-a", "gcc", "-e", name, "-d", "obj", f"out/{package}.dat"], work)
        objects = sorted((work / "obj").glob("*.S"))
        if not objects:
            raise IcuTrimError("genccode wrote no assembly file")
        _run(["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(out),
              *map(str, objects)], work)
        check = _run(["nm", "-D", "--defined-only", str(out)], work)
        if f"{name}_dat" not in check:
            raise IcuTrimError(f"the trimmed library lacks {name}_dat")
        return len(items) - len(dropped), len(items)


def main(argv: list[str] | None = None) -> int:
    """Trim one library; print what was kept."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("library", type=Path)
    parser.add_argument("--out", type=Path, help="where to write it (default: in place)")
    args = parser.parse_args(argv)
    out = args.out or args.library
    part = out.with_name(out.name + ".part")
    try:
        kept, total = trim(args.library, part)
    except IcuTrimError as exc:
        print(f"icu_trim: {exc}", file=sys.stderr)
        return 1
    before = args.library.stat().st_size
    part.replace(out)
    print(f"{out.name}: {kept} of {total} items, {before / 2**20:.1f} MB -> {out.stat().st_size / 2**20:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
