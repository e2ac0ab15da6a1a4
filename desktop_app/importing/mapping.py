"""Which column of an imported file holds which partner field, and saving that as a profile.

Headers are compared by :func:`match_key`, so "ایمیل", "ايميل", "E-mail" and "email" all
find the e-mail field, and "نام‌شرکت", "نام شركت" and "نامشرکت" the name. A header that
is not known exactly is tried without its bracketed part ("نام (فارسی)") and then by the
longest known header it contains ("Company name in English" → ``name_en``).

A column the mapping leaves out is *not* lost: :func:`clean_rows` writes its non-empty
values into the partner's notes as ``header: value`` lines. A column mapped to
:data:`IGNORE` is dropped.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from desktop_app.importing._keys import fast_match_key as match_key

#: The partner fields a column can fill, in the order they are offered to the user.
FIELDS: tuple[str, ...] = (
    "name",
    "name_en",
    "kind",
    "sector",
    "country",
    "city",
    "address",
    "website",
    "email",
    "phone",
    "notes",
    "tags",
    "contact_name",
    "contact_role",
    "contact_email",
    "contact_phone",
)
#: Map a column to this to drop it (rather than keep it in the notes).
IGNORE = "ignore"
#: Fields several columns may fill together (their values are joined).
MULTI_COLUMN_FIELDS = frozenset({"phone", "notes", "tags", "address"})

KINDS: tuple[str, ...] = (
    "park",
    "company",
    "knowledge_based",
    "university",
    "research_institute",
    "industrial",
    "cluster",
    "government",
    "holding",
    "trade_town",
    "association",
    "other",
)

_HEADERS: dict[str, tuple[str, ...]] = {
    "name": (
        "نام", "نام سازمان", "نام شرکت", "نام موسسه", "نام مؤسسه", "نام نهاد", "نام مجموعه",
        "عنوان", "عنوان سازمان", "عنوان شرکت", "نام طرف همکاری", "طرف همکاری", "شرکت",
        "سازمان", "نام فارسی", "نام به فارسی",
        "Organization", "Organisation", "Organization name", "Organisation name",
        "Company", "Company name", "Name", "Partner", "Partner name", "Institution",
        "Entity", "Title",
    ),
    "name_en": (
        "نام لاتین", "نام انگلیسی", "نام به انگلیسی", "نام به لاتین", "عنوان لاتین",
        "عنوان انگلیسی", "English name", "Latin name", "Name (English)", "Name in English",
        "Name EN", "Name_en", "International name",
    ),
    "kind": ("نوع", "نوع سازمان", "نوع شرکت", "نوع همکار", "گونه", "Type", "Kind",
             "Organization type", "Organisation type", "Category", "Entity type"),
    "sector": ("حوزه", "حوزه فعالیت", "زمینه فعالیت", "زمینه", "صنعت", "حوزه کاری",
               "Sector", "Industry", "Field", "Field of activity", "Activity", "Business"),
    "country": ("کشور", "Country", "Nation", "Country name"),
    "city": ("شهر", "City", "Town", "استان", "Province"),
    "address": ("نشانی", "آدرس", "Address", "Postal address", "Location"),
    "website": ("وب‌سایت", "وبسایت", "سایت", "وب", "پایگاه اینترنتی", "آدرس سایت",
                "Website", "Web", "Web site", "URL", "Homepage", "Site", "Internet"),
    "email": ("ایمیل", "پست الکترونیک", "پست الکترونیکی", "رایانامه", "آدرس ایمیل",
              "E-mail", "Email", "Mail", "Email address"),
    "phone": ("تلفن", "شماره تماس", "شماره تلفن", "تلفن ثابت", "تماس", "موبایل",
              "تلفن همراه", "شماره همراه", "Phone", "Tel", "Telephone", "Phone number",
              "Mobile", "Cell", "Contact number"),
    "notes": ("توضیحات", "یادداشت", "ملاحظات", "شرح", "Notes", "Note", "Remarks",
              "Comments", "Comment", "Description"),
    "tags": ("برچسب", "برچسب‌ها", "کلیدواژه", "Tags", "Tag", "Keywords"),
    "contact_name": ("نام رابط", "رابط", "نام شخص رابط", "شخص رابط", "نام نماینده",
                     "نماینده", "مسئول", "نام مسئول", "Contact", "Contact name",
                     "Contact person", "Representative"),
    "contact_role": ("سمت", "سمت رابط", "عنوان شغلی", "Position", "Role", "Job title",
                     "Contact role", "Contact position", "Designation"),
    "contact_email": ("ایمیل رابط", "ایمیل نماینده", "ایمیل مسئول", "Contact email",
                      "Contact e-mail"),
    "contact_phone": ("تلفن رابط", "موبایل رابط", "تلفن نماینده", "تلفن مسئول",
                      "Contact phone", "Contact mobile", "Contact tel"),
}
#: match_key(header) → field, for every known header spelling.
HEADER_KEYS: dict[str, str] = {
    match_key(header): target for target, headers in _HEADERS.items() for header in headers
}
for _target in FIELDS:
    HEADER_KEYS.setdefault(match_key(_target), _target)
# The column our rejections file adds: dropped when the fixed file is imported again.
HEADER_KEYS[match_key("reason")] = IGNORE
# Longest first, so "ایمیل رابط" is found in a header before "ایمیل" is.
_CONTAINED = sorted(((k, t) for k, t in HEADER_KEYS.items() if len(k) >= 4), key=lambda kt: -len(kt[0]))
# Our own export's "origin" column (domestic/foreign) follows from the country on import;
# exact match only (added after _CONTAINED), so "Country of origin" still means the country.
HEADER_KEYS[match_key("origin")] = IGNORE
_BRACKETED = re.compile(r"[(\[{].*?[)\]}]")


def header_field(header: str) -> str | None:
    """The field a header names, or ``None`` when it is not recognised."""
    key = match_key(header)
    if not key:
        return None
    if key in HEADER_KEYS:
        return HEADER_KEYS[key]
    bare = match_key(_BRACKETED.sub(" ", header))
    if bare in HEADER_KEYS:
        return HEADER_KEYS[bare]
    if len(key) > 40:  # a sentence (an instructions line), not a header
        return None
    for known, target in _CONTAINED:
        if known in key:
            return target
    return None


def auto_map(headers: list[str]) -> dict[int, str]:
    """Column index → field for the headers that are recognised.

    Each field takes the first column that names it, except phone, notes, tags and address,
    which collect every column that names them. Unrecognised columns are left out (and so
    end up in the notes; see the module docstring).
    """
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        target = header_field(header)
        if target is None or (target in taken and target not in MULTI_COLUMN_FIELDS):
            continue
        mapping[index] = target
        taken.add(target)
    return mapping


def header_score(cells: list[str]) -> int:
    """How many distinct fields a row of cells names (used to find the header row)."""
    return len(
        {target for cell in cells if cell and (target := header_field(cell)) and target != IGNORE}
    )


@dataclass
class MappingProfile:
    """A named, saved way of reading a kind of file: which header fills which field.

    ``columns`` maps a header *as written in the file* to a field name (or :data:`IGNORE`);
    headers are matched by :func:`match_key` when the profile is applied to a new file, so
    a profile saved for "ايميل" also maps "ایمیل". ``encoding``, ``delimiter``, ``sheet``
    and ``header_row`` (1-based) are reading overrides; ``None`` means detect.
    """

    name: str
    columns: dict[str, str] = field(default_factory=dict)
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    header_row: int | None = None

    FORMAT_VERSION = 1

    def column_map(self, headers: list[str]) -> dict[int, str]:
        """Column index → field for *headers*, by this profile's saved header names."""
        by_key = {match_key(header): target for header, target in self.columns.items()}
        mapping: dict[int, str] = {}
        for index, header in enumerate(headers):
            target = by_key.get(match_key(header))
            if target is not None:
                mapping[index] = target
        return mapping

    @classmethod
    def from_mapping(
        cls, name: str, headers: list[str], mapping: dict[int, str], **reading: Any
    ) -> MappingProfile:
        """A profile that remembers *mapping* (index → field) by the header names."""
        columns = {headers[i]: target for i, target in mapping.items() if 0 <= i < len(headers)}
        return cls(name=name, columns=columns, **reading)

    def to_json(self) -> str:
        """The profile as a JSON document (UTF-8 friendly: Persian is not escaped)."""
        return json.dumps({"version": self.FORMAT_VERSION, **asdict(self)}, ensure_ascii=False, indent=2)

    @classmethod
    def from_json(cls, text: str) -> MappingProfile:
        """Read a profile written by :meth:`to_json`; ``ValueError`` when it is not one."""
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, TypeError) as error:
            raise ValueError(f"Not a mapping profile: {error}") from None
        if not isinstance(data, dict) or not isinstance(data.get("name"), str):
            raise ValueError("Not a mapping profile: no name.")
        columns = data.get("columns") or {}
        if not isinstance(columns, dict) or not all(
            isinstance(k, str) and (v in FIELDS or v == IGNORE) for k, v in columns.items()
        ):
            raise ValueError("Not a mapping profile: its columns are not header → field.")
        header_row = data.get("header_row")
        if header_row is not None and (not isinstance(header_row, int) or header_row < 1):
            raise ValueError("Not a mapping profile: header_row must be a positive row number.")
        strings = {k: data.get(k) for k in ("encoding", "delimiter", "sheet")}
        if any(v is not None and not isinstance(v, str) for v in strings.values()):
            raise ValueError("Not a mapping profile: encoding, delimiter and sheet are text.")
        return cls(name=data["name"], columns=dict(columns), header_row=header_row, **strings)
