"""Turning mapped rows into clean partner records, or into rejections the user can fix.

Every value goes through ``normalize_text`` (Persian letter forms, tidy spaces); phones get
ASCII digits and, where it can be known, the digits a spreadsheet lost (see
:func:`recover_phone`); the country becomes an ISO alpha-2 code; the kind becomes one of
:data:`~desktop_app.importing.mapping.KINDS` (inferred from the name when the kind column is
blank; an unknown kind becomes ``other`` with a warning, not a rejection).

A row is rejected — with the file's row number, the original header and a plain sentence —
when it has no name, an unknown country, or a malformed e-mail or web address. One
:class:`Rejection` is made per problem, so a row with two problems appears twice. Entirely
blank rows are skipped silently. Columns left out of the mapping go into the notes as
``header: value`` lines; columns mapped to ``ignore`` are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop_app.domain.countries import resolve_country
from desktop_app.domain.text import (
    is_valid_email,
    is_valid_website,
    normalize_phone,
    normalize_website,
    to_ascii_digits,
)
from desktop_app.importing._keys import fast_match_key as match_key
from desktop_app.importing._keys import fast_normalize_text as normalize_text
from desktop_app.importing.errors import MappingError
from desktop_app.importing.mapping import FIELDS, IGNORE, KINDS
from desktop_app.importing.table import RawTable


@dataclass(slots=True)
class CleanRow:
    """One partner as it will be stored, with the file row it came from.

    ``country`` is an ISO alpha-2 code or ``""``; ``tags`` a tuple of tag names;
    ``warnings`` plain sentences about things changed or guessed (never blocking).
    """

    row: int
    name: str
    name_en: str = ""
    kind: str = "other"
    sector: str = ""
    country: str = ""
    city: str = ""
    address: str = ""
    website: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""
    tags: tuple[str, ...] = ()
    contact_name: str = ""
    contact_role: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    warnings: tuple[str, ...] = ()

    def values(self) -> dict[str, object]:
        """The partner fields (not row or warnings) as a dict."""
        return {name: getattr(self, name) for name in FIELDS}

    @property
    def has_contact(self) -> bool:
        """True when the row names or reaches a contact person."""
        return bool(self.contact_name or self.contact_email or self.contact_phone)


@dataclass(frozen=True, slots=True)
class Rejection:
    """Why one row of the file was not imported.

    ``row`` is the 1-based row number the user sees in Excel, ``column`` the original
    header, ``reason`` a plain sentence, ``code`` a stable word for the kind of problem
    (``missing_name``, ``unknown_country``, ``bad_email``, ``bad_website``) and
    ``values`` the row's original cells, for the rejections file.
    """

    row: int
    column: str
    reason: str
    code: str
    values: tuple[str, ...] = field(default=(), repr=False)


# Ordered: the more specific words first ("شرکت دانش‌بنیان" before "شرکت").
_KIND_WORDS: tuple[tuple[str, str], ...] = (
    ("knowledge_based", "knowledge_based"), ("دانش بنیان", "knowledge_based"),
    ("knowledge based", "knowledge_based"), ("knowledge-based", "knowledge_based"),
    ("research_institute", "research_institute"), ("trade_town", "trade_town"),
    ("پارک علم و فناوری", "park"), ("پارک فناوری", "park"), ("پارک علمی", "park"),
    ("science park", "park"), ("technology park", "park"), ("technopark", "park"),
    ("technopolis", "park"), ("tech park", "park"), ("research park", "park"),
    ("science and technology park", "park"), ("teknopark", "park"),
    ("شهرک تجاری", "trade_town"), ("trade town", "trade_town"), ("tradetown", "trade_town"),
    ("پژوهشگاه", "research_institute"), ("پژوهشکده", "research_institute"),
    ("موسسه تحقیقاتی", "research_institute"), ("موسسه پژوهشی", "research_institute"),
    ("مرکز تحقیقات", "research_institute"), ("مرکز پژوهش", "research_institute"),
    ("research institute", "research_institute"), ("research center", "research_institute"),
    ("research centre", "research_institute"), ("laboratory", "research_institute"),
    ("academy of sciences", "research_institute"),
    ("دانشگاه", "university"), ("university", "university"), ("universite", "university"),
    ("universitat", "university"), ("universidad", "university"), ("college", "university"),
    ("دانشکده", "university"), ("polytechnic", "university"), ("institute of technology", "university"),
    ("پالایشگاه", "industrial"), ("پتروشیمی", "industrial"), ("صنعتی", "industrial"),
    ("صنایع", "industrial"), ("کارخانه", "industrial"), ("فولاد", "industrial"),
    ("refinery", "industrial"), ("petrochemical", "industrial"), ("industrial", "industrial"),
    ("industries", "industrial"), ("manufactur", "industrial"), ("factory", "industrial"),
    ("خوشه", "cluster"), ("cluster", "cluster"),
    ("هلدینگ", "holding"), ("holding", "holding"),
    ("وزارت", "government"), ("سازمان", "government"), ("استانداری", "government"),
    ("شهرداری", "government"), ("سفارت", "government"), ("معاونت", "government"),
    ("ریاست جمهوری", "government"), ("ministry", "government"), ("government", "government"),
    ("governmental", "government"), ("embassy", "government"), ("municipality", "government"),
    ("agency", "government"), ("دولتی", "government"),
    ("انجمن", "association"), ("اتحادیه", "association"), ("اتاق بازرگانی", "association"),
    ("association", "association"), ("chamber", "association"), ("federation", "association"),
    ("union", "association"), ("society", "association"), ("ngo", "association"),
    ("شرکت", "company"), ("company", "company"), ("استارتاپ", "company"), ("startup", "company"),
    ("فناور", "company"), ("corporation", "company"), ("enterprise", "company"),
    ("ltd", "company"), ("gmbh", "company"), ("inc", "company"), ("llc", "company"),
    ("firm", "company"), ("business", "company"), ("private", "company"),
    ("پارک", "park"), ("park", "park"),
    ("سایر", "other"), ("دیگر", "other"), ("other", "other"), ("others", "other"),
)
_KIND_KEYS: tuple[tuple[str, str], ...] = tuple((match_key(w), k) for w, k in _KIND_WORDS)
_EXACT_KINDS = {match_key(k): k for k in KINDS} | {match_key(w): k for w, k in _KIND_WORDS}


def kind_of(text: str) -> str | None:
    """The kind named by *text* ("شرکت دانش‌بنیان" → ``knowledge_based``), or ``None``."""
    key = match_key(text)
    if not key:
        return None
    exact = _EXACT_KINDS.get(key)
    if exact:
        return exact
    for word, kind in _KIND_KEYS:
        if word in key:
            return kind
    return None


def _kind_from_name(name: str, name_en: str) -> str:
    """Guess the kind from the name when the file says nothing (``other`` if no clue)."""
    for text in (name, name_en):
        if text:
            kind = kind_of(text)
            if kind and kind != "other":
                return kind
    return "other"


_PHONE_FLOAT = re.compile(r"^(\+?\d+)\.0+$")
_PHONE_SCIENTIFIC = re.compile(r"^(\d)(?:\.(\d+))?[eE]\+?(\d{1,2})$")
_DIGITS_ONLY = re.compile(r"^\d+$")
_IR_LANDLINE_OR_MOBILE = re.compile(r"^[1-9]\d{9}$")
_IR_INTERNATIONAL = re.compile(r"^98[1-9]\d{9}$")


def recover_phone(text: str, country: str = "") -> tuple[str, bool]:
    """Give back the digits people typed for a phone a spreadsheet stored as a number.

    Returns ``(phone, lossy)``. ``"9123456789.0"`` → ``"09123456789"`` (an int-valued
    float loses its ".0"; an Iranian number of 10 digits, which can only be a number whose
    leading 0 was dropped, gets it back); ``"989123456789"`` → ``"+989123456789"``. The
    leading-zero and plus repairs are made only when the partner is in Iran or its country is
    not given. A number shown in scientific notation with fewer digits than it had
    (``"9.12346E+09"``) cannot be recovered: it is returned unchanged with ``lossy`` true.
    """
    value = text.strip()
    float_match = _PHONE_FLOAT.match(value)
    if float_match:
        value = float_match.group(1)
    else:
        scientific = _PHONE_SCIENTIFIC.match(value)
        if scientific:
            whole, fraction, exponent = scientific.group(1), scientific.group(2) or "", int(scientific.group(3))
            if len(fraction) < exponent:  # the display format cut digits off
                return text, True
            if len(fraction) == exponent:
                value = whole + fraction
    if country in ("", "IR") and _DIGITS_ONLY.match(value):
        if _IR_LANDLINE_OR_MOBILE.match(value):
            return "0" + value, False
        if _IR_INTERNATIONAL.match(value):
            return "+" + value, False
    return value, False


_LIST_SPLIT = re.compile(r"[;,،؛|\s/]+")
_TAG_SPLIT = re.compile(r"[;,،؛|\n]+")


def _split_emails(text: str) -> list[str]:
    text = to_ascii_digits(text).strip().strip("<>")
    if text[:7].lower() == "mailto:":
        text = text[7:]
    return [part.strip("<>.") for part in _LIST_SPLIT.split(text) if part.strip("<>.")]


def _memo(function: Callable[[str], str]) -> Callable[[str], str]:
    """A per-import cache for columns that repeat values (country, city, kind, sector)."""
    cache: dict[str, str] = {}

    def cached(value: str) -> str:
        found = cache.get(value)
        if found is None:
            found = function(value)
            if len(cache) < 50_000:
                cache[value] = found
        return found

    return cached


def clean_rows(
    table: RawTable, mapping: dict[int, str]
) -> tuple[list[CleanRow], list[Rejection]]:
    """Clean every data row of *table* under *mapping* (column index → field or ``ignore``).

    Returns the clean rows in file order and the rejections (see the module docstring).
    Raises :class:`MappingError` when no column is mapped to ``name`` or ``name_en`` (a row
    with only a Latin name takes it as its name too).
    """
    for index, target in mapping.items():
        if target != IGNORE and target not in FIELDS:
            raise MappingError(f"“{target}” is not a partner field.")
        if not 0 <= index < len(table.headers):
            raise MappingError(f"Column {index + 1} is not in the file.")
    if not any(target in ("name", "name_en") for target in mapping.values()):
        raise MappingError("No column is mapped to the organisation's name.")

    headers = table.headers
    single: dict[str, int] = {}
    multi: dict[str, list[int]] = {}
    for index in sorted(mapping):
        target = mapping[index]
        if target == IGNORE:
            continue
        if target in single:
            multi.setdefault(target, [single.pop(target)]).append(index)
        elif target in multi:
            multi[target].append(index)
        else:
            single[target] = index
    unmapped = [i for i in range(len(headers)) if i not in mapping]
    note_labels = {i: normalize_text(headers[i]) for i in unmapped}
    column_of: dict[str, str] = {target: headers[index] for target, index in single.items()}
    column_of.update({target: headers[indexes[0]] for target, indexes in multi.items()})
    joiner = {"phone": " / ", "notes": "\n", "tags": ", ", "address": " "}

    cached_text = {t: _memo(normalize_text) for t in ("country", "city", "kind", "sector", "contact_role")}
    country_code = _memo(lambda text: resolve_country(text) or "")
    kind_code = _memo(lambda text: kind_of(text) or "")
    plain = normalize_text

    clean: list[CleanRow] = []
    rejections: list[Rejection] = []
    for cells, row_number in zip(table.rows, table.row_numbers, strict=True):
        values: dict[str, str] = {}
        for target, index in single.items():
            cell = cells[index]
            if cell:
                values[target] = cached_text[target](cell) if target in cached_text else plain(cell)
        phone_parts: dict[str, list[str]] = {}
        for target, indexes in multi.items():
            parts = [plain(cells[i]) for i in indexes if cells[i]]
            parts = [p for p in parts if p]
            if parts:
                values[target] = joiner.get(target, " ").join(parts)
                if target in ("phone", "contact_phone"):
                    phone_parts[target] = parts
        extra = [f"{note_labels[i]}: {text}" for i in unmapped if cells[i] and (text := plain(cells[i]))]
        if not values and not extra:
            continue  # blank row, or only blank mapped cells
        problems: list[tuple[str, str, str]] = []
        warnings: list[str] = []
        notes_extra: list[str] = []

        name = values.get("name", "")
        name_en = values.get("name_en", "")
        if not name:
            if name_en:
                name = name_en
            else:
                problems.append(("name", "missing_name", "The row has no organisation name."))

        country_text = values.get("country", "")
        country = country_code(country_text) if country_text else ""
        if country_text and not country:
            problems.append(("country", "unknown_country", f"The country “{country_text}” is not recognised."))

        email = ""
        if "email" in values:
            addresses = _split_emails(values["email"])
            bad = [a for a in addresses if not is_valid_email(a)]
            if bad or not addresses:
                problems.append(("email", "bad_email", f"“{values['email']}” is not a valid e-mail address."))
            else:
                email = addresses[0]
                if len(addresses) > 1:
                    notes_extra.append("Other e-mails: " + ", ".join(addresses[1:]))
        contact_email = ""
        if "contact_email" in values:
            addresses = _split_emails(values["contact_email"])
            if not addresses or not all(is_valid_email(a) for a in addresses):
                problems.append(
                    ("contact_email", "bad_email", f"“{values['contact_email']}” is not a valid e-mail address.")
                )
            else:
                contact_email = addresses[0]
                if len(addresses) > 1:
                    notes_extra.append("Other contact e-mails: " + ", ".join(addresses[1:]))

        website = ""
        if "website" in values:
            website = normalize_website(values["website"])
            if not is_valid_website(website):
                problems.append(("website", "bad_website", f"“{values['website']}” is not a valid web address."))

        if problems:
            original = tuple(cells)
            for target, code, reason in problems:
                rejections.append(Rejection(row_number, column_of.get(target, target), reason, code, original))
            continue

        kind_text = values.get("kind", "")
        if kind_text:
            kind = kind_code(kind_text)
            if not kind:
                kind = "other"
                warnings.append(f"The kind “{kind_text}” is not known; the partner is marked “other”.")
        else:
            kind = _kind_from_name(name, name_en)

        phones = []
        for target in ("phone", "contact_phone"):
            recovered_parts = []
            for text in phone_parts.get(target) or ([values[target]] if target in values else []):
                recovered, lossy = recover_phone(to_ascii_digits(text), country)
                if lossy:
                    warnings.append(
                        f"The {target.replace('_', ' ')} “{text}” was stored by Excel in scientific notation; "
                        "some digits may be lost."
                    )
                recovered_parts.append(normalize_phone(recovered))
            phones.append(" / ".join(p for p in recovered_parts if p))

        notes = values.get("notes", "")
        if notes_extra or extra:
            notes = "\n".join(part for part in (notes, *notes_extra, *extra) if part)
        tags_text = values.get("tags", "")
        tags = tuple(dict.fromkeys(t.strip() for t in _TAG_SPLIT.split(tags_text) if t.strip())) if tags_text else ()

        clean.append(
            CleanRow(
                row=row_number,
                name=name,
                name_en=name_en,
                kind=kind,
                sector=values.get("sector", ""),
                country=country,
                city=values.get("city", ""),
                address=values.get("address", ""),
                website=website,
                email=email,
                phone=phones[0],
                notes=notes,
                tags=tags,
                contact_name=values.get("contact_name", ""),
                contact_role=values.get("contact_role", ""),
                contact_email=contact_email,
                contact_phone=phones[1],
                warnings=tuple(warnings),
            )
        )
    return clean, rejections
