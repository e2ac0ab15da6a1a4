"""Persian text as it arrives in practice, and the forms Peyvand stores, matches and shows.

Three jobs, kept apart:

* :func:`normalize_text` is what gets *stored*: Arabic Yeh/Kaf become Persian Yeh/Keheh,
  tatweel goes, runs of white space collapse, ZWNJ stays where a person put it.
* :func:`match_key` is what gets *compared*: on top of the stored form, diacritics, ZWNJ,
  spaces and punctuation go, digits become ASCII and Latin letters are case- and
  accent-folded, so "تفاهم‌نامه", "تفاهم نامه", "تفاهمنامه" and "تفاهم نامة" share one key.
* :func:`to_persian_digits` is what gets *shown* in Persian UI and print.

Bidi control characters (embeddings, overrides, isolates, and LRM/RLM/ALM marks) never get
stored: "\u202egnidarT EMCA" would list as "ACME Trading" beside the real one. The
program adds its own isolates when it shows text (:func:`display_code`), never in data.
:func:`field_errors` refuses NUL characters and text longer than its column, with the
field's name, before a service writes anything.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from operator import attrgetter

from resources.translations.catalogue import QT_TRANSLATE_NOOP

ZWNJ = "\u200c"
TATWEEL = "\u0640"

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
ASCII_DIGITS = "0123456789"

# Letter forms a Windows code page 1256 file (or an Arabic keyboard) produces, mapped to the
# Persian forms the office stores.
_LETTER_FORMS = {
    "\u064a": "\u06cc",  # ARABIC LETTER YEH -> FARSI YEH
    "\u0649": "\u06cc",  # ARABIC LETTER ALEF MAKSURA -> FARSI YEH
    "\u0643": "\u06a9",  # ARABIC LETTER KAF -> KEHEH
    "\u06c0": "\u0647\u0654",  # HEH WITH YEH ABOVE, kept composed the Persian way
}
#: Bidi controls: LRE RLE PDF LRO RLO, LRI RLI FSI PDI, and the LRM/RLM/ALM marks.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
_BIDI_TABLE = str.maketrans(dict.fromkeys(BIDI_CONTROLS))
_STORE_TABLE = str.maketrans(
    {**_LETTER_FORMS, TATWEEL: None, "\ufeff": None, **dict.fromkeys(BIDI_CONTROLS)}
)
_TO_ASCII_DIGITS = str.maketrans(PERSIAN_DIGITS + ARABIC_INDIC_DIGITS, ASCII_DIGITS * 2)
_TO_PERSIAN_DIGITS = str.maketrans(ASCII_DIGITS + ARABIC_INDIC_DIGITS, PERSIAN_DIGITS * 2)

# For matching only: letters that people write interchangeably.
_MATCH_LETTERS = str.maketrans(
    {
        "\u0629": "\u0647",  # TEH MARBUTA -> HEH (نامة / نامه)
        "\u0623": "\u0627",  # ALEF WITH HAMZA ABOVE -> ALEF
        "\u0625": "\u0627",  # ALEF WITH HAMZA BELOW -> ALEF
        "\u0622": "\u0627",  # ALEF WITH MADDA -> ALEF
        "\u0671": "\u0627",  # ALEF WASLA -> ALEF
        "\u0624": "\u0648",  # WAW WITH HAMZA -> WAW
        "\u0626": "\u06cc",  # YEH WITH HAMZA -> YEH
        "\u06c0": "\u0647",  # HEH WITH YEH ABOVE -> HEH
    }
)
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_ZWNJ_RUN = re.compile(r"\s*\u200c[\s\u200c]*")
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)


def normalize_text(value: str | None) -> str:
    """Return *value* in the form Peyvand stores: Persian letter forms, tidy white space.

    ZWNJ is kept (it is part of correct Persian spelling) but a ZWNJ next to a space, or
    several in a row, collapse to what the writer meant. ``None`` becomes ``""``.
    """
    if not value:
        return ""
    text = unicodedata.normalize("NFC", str(value)).translate(_STORE_TABLE)
    text = _SPACES.sub(" ", text)
    text = _ZWNJ_RUN.sub(lambda m: " " if " " in m.group(0) else ZWNJ, text)
    return text.strip(" " + ZWNJ)


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def match_key(value: str | None) -> str:
    """Return the key under which two spellings of the same name compare equal.

    Folds letter forms, diacritics (Arabic harakat and Latin accents), case, digit scripts,
    ZWNJ, spaces and punctuation. The key is for comparing and indexing only, never shown.
    """
    text = normalize_text(value)
    if not text:
        return ""
    text = _strip_marks(text.translate(_MATCH_LETTERS)).translate(_STORE_TABLE)
    text = text.translate(_TO_ASCII_DIGITS).casefold()
    return _NON_WORD.sub("", text.replace(ZWNJ, "")).replace("_", "")


def search_words(query: str | None) -> list[str]:
    """Split a search box's text into match keys, one per space-separated word.

    A ZWNJ does not split (``دانش‌بنیان`` is one word whose key is ``دانشبنیان``); see
    :func:`index_words` for how stored text is split so that every spelling meets.
    """
    return [key for key in (match_key(w) for w in normalize_text(query).split(" ")) if key]


def index_words(*texts: str | None) -> list[str]:
    """The match keys a record is found by: each space-separated word, each ZWNJ part of it,
    and each whole text, so that "دانش‌بنیان", "دانش بنیان" and "دانشبنیان" all find it."""
    keys: list[str] = []
    for value in texts:
        text = normalize_text(value)
        if not text:
            continue
        for word in text.split(" "):
            keys.append(match_key(word))
            if ZWNJ in word:
                keys.extend(match_key(part) for part in word.split(ZWNJ))
        keys.append(match_key(text))
    return [k for k in dict.fromkeys(keys) if k]


def to_ascii_digits(value: str | None) -> str:
    """Return *value* with Persian and Arabic-Indic digits turned into ASCII digits."""
    return (value or "").translate(_TO_ASCII_DIGITS)


def to_persian_digits(value: object) -> str:
    """Return ``str(value)`` with ASCII and Arabic-Indic digits shown as Persian digits."""
    return ("" if value is None else str(value)).translate(_TO_PERSIAN_DIGITS)


def localize_digits(value: object, language: str) -> str:
    """Digits as a reader of *language* ('fa' or 'en') expects them."""
    text = "" if value is None else str(value)
    return to_persian_digits(text) if language == "fa" else to_ascii_digits(text)


def normalize_code(value: str | None) -> str:
    """Return a code, number or reference (MoU number, letter number) in stored form.

    Digits become ASCII, letter forms Persian, surrounding white space goes.
    """
    return to_ascii_digits(normalize_text(value))


def normalize_phone(value: str | None) -> str:
    """Return a phone number with ASCII digits; separators are kept readable, junk dropped.

    ``"۰۲۱-۸۸۷۷ ۶۶۵۵"`` becomes ``"021-8877 6655"``; letters are removed.
    """
    text = to_ascii_digits(normalize_text(value))
    text = re.sub(r"[^\d+\-() /]", "", text)
    return re.sub(r"\s+", " ", text).strip(" -/")


_DOMAIN_RE = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:[^@/\s]+@)?([^/:?#\s]+)", re.IGNORECASE)


def web_domain(value: str | None) -> str:
    """The host of a web address or the domain of an e-mail, lower-case, without ``www.``."""
    text = to_ascii_digits(normalize_text(value)).strip().lower()
    if not text:
        return ""
    if "@" in text and "://" not in text:
        text = text.rsplit("@", 1)[1]
    match = _DOMAIN_RE.match(text)
    host = match.group(1) if match else ""
    host = host.strip(".")
    return host[4:] if host.startswith("www.") else host


_EMAIL_RE = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$")
_HOST_RE = re.compile(r"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


def is_valid_email(value: str) -> bool:
    """True when *value* is a plausible single e-mail address (ASCII, one @, a dotted domain)."""
    return bool(_EMAIL_RE.match(value or "")) and ".." not in value


def normalize_website(value: str | None) -> str:
    """Return a web address in stored form (ASCII digits, no spaces); ``""`` when empty."""
    text = to_ascii_digits(normalize_text(value)).replace(" ", "")
    return text


def is_valid_website(value: str) -> bool:
    """True when *value* is a web address with a real-looking host (scheme optional)."""
    text = (value or "").strip()
    if not text or " " in text:
        return False
    if "://" in text:
        scheme = text.split("://", 1)[0].lower()
        if scheme not in ("http", "https"):
            return False
    elif "@" in text:
        return False
    return bool(_HOST_RE.match(web_domain(text)))


# Persian alphabetical order (آ and ا together, then ب پ ت …; و before ه before ی), after
# which Latin letters follow; digits come first. Each character becomes three base-36
# characters, so the key is plain lower-case ASCII and sorts the same under SQLite's binary
# collation and any PostgreSQL collation.
_PERSIAN_ORDER = "اآبپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"
_SORT_RANK: dict[str, int] = {" ": 0}
_SORT_RANK.update({d: 1 + i for i, d in enumerate(ASCII_DIGITS)})
_SORT_RANK.update({ch: 20 + i for i, ch in enumerate(_PERSIAN_ORDER)})
_SORT_RANK["آ"] = _SORT_RANK["ا"]
_SORT_RANK.update({ch: 80 + i for i, ch in enumerate("abcdefghijklmnopqrstuvwxyz")})
_B36 = "0123456789abcdefghijklmnopqrstuvwxyz"
SORT_KEY_LENGTH = 120  # characters of the name that take part in ordering


def _rank_code(rank: int) -> str:
    rank = min(rank, 36**3 - 1)
    return _B36[rank // 1296] + _B36[(rank // 36) % 36] + _B36[rank % 36]


def sort_key(value: str | None) -> str:
    """A key that orders names the Persian way (پ after ب, گ after ک, و before ه).

    Letter forms, diacritics, case and digit scripts are folded as in :func:`match_key`;
    spaces (and ZWNJ) are kept as the lowest character, so "پارک" < "پارک علم" < "پارکها".
    """
    text = normalize_text(value)
    if not text:
        return ""
    text = _strip_marks(text.translate(_MATCH_LETTERS)).translate(_STORE_TABLE)
    text = text.translate(_TO_ASCII_DIGITS).casefold().replace(ZWNJ, " ")
    out = []
    for ch in text[:SORT_KEY_LENGTH]:
        rank = _SORT_RANK.get(ch)
        if rank is None:
            if not ch.isalnum():
                continue  # punctuation does not take part in ordering
            rank = 200 + ord(ch)
        out.append(_rank_code(rank))
    return "".join(out)


LRI, PDI = "\u2066", "\u2069"  # left-to-right isolate and its end


def display_code(code: str | None, language: str) -> str:
    """A number or reference as a reader of *language* sees it.

    Pure numbers take the reader's digits (``54`` → ``۵۴`` in Persian); a code with Latin
    letters stays as written (``EAST-1401-07``), isolated as one left-to-right run so that a
    right-to-left line does not reorder its parts.
    """
    text = code or ""
    if any("a" <= ch.lower() <= "z" for ch in text):
        return f"{LRI}{text}{PDI}" if language == "fa" else text
    return localize_digits(text, language)


def strip_bidi_controls(value: str) -> str:
    """*value* without bidi control characters (for text that is not otherwise normalised,
    e.g. a cell written to an export file)."""
    return value.translate(_BIDI_TABLE) if value else value


_FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("domain.text", "Name"), "name_en": QT_TRANSLATE_NOOP("domain.text", "Latin name"), "title": QT_TRANSLATE_NOOP("domain.text", "Title"),
    "sector": QT_TRANSLATE_NOOP("domain.text", "Sector"), "city": QT_TRANSLATE_NOOP("domain.text", "City"), "address": QT_TRANSLATE_NOOP("domain.text", "Address"),
    "website": QT_TRANSLATE_NOOP("domain.text", "Web address"), "email": QT_TRANSLATE_NOOP("domain.text", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("domain.text", "Phone"), "notes": QT_TRANSLATE_NOOP("domain.text", "Notes"), "role": QT_TRANSLATE_NOOP("domain.text", "Role"),
    "place": QT_TRANSLATE_NOOP("domain.text", "Place"), "number": QT_TRANSLATE_NOOP("domain.text", "Number"), "owner": QT_TRANSLATE_NOOP("domain.text", "Owner"),
    "description": QT_TRANSLATE_NOOP("domain.text", "Description"), "sender": QT_TRANSLATE_NOOP("domain.text", "Sender"),
    "recipient": QT_TRANSLATE_NOOP("domain.text", "Recipient"), "subject": QT_TRANSLATE_NOOP("domain.text", "Subject"),
    "reference_number": QT_TRANSLATE_NOOP("domain.text", "Reference number"), "person": QT_TRANSLATE_NOOP("domain.text", "Person"),
    "designated_by": QT_TRANSLATE_NOOP("domain.text", "Designated by"), "signatory": QT_TRANSLATE_NOOP("domain.text", "Signatory"),
    "signatory_title": QT_TRANSLATE_NOOP("domain.text", "Signatory's title"), "tags": QT_TRANSLATE_NOOP("domain.text", "Tags"),
}


def field_label(name: str) -> str:
    """The shown name of a register field in the current language (the name if unknown)."""
    label = _FIELD_LABELS.get(name)
    return label.text() if label is not None else name


def field_errors(table: str, values: Mapping[str, object], *, as_field: str | None = None,
                 labels: Mapping[str, str] | None = None) -> dict[str, str]:
    """Field → message for each text value in *values* that *table*'s column cannot hold.

    A NUL character, or more characters than the model declares for the column, is refused
    the same on SQLite and PostgreSQL; lengths come from the SQLAlchemy models
    (:func:`db.limits.text_limits`). *labels* name the fields in messages (default:
    :func:`field_label`). With *as_field* every problem is reported under that one key (a
    form's list of contacts, parties, missions …), the first one found.
    """
    from db.limits import problem_message, text_limits, value_problem

    limits = text_limits(table)
    errors: dict[str, str] = {}
    for name, value in values.items():
        if name not in limits:
            continue
        problem = value_problem(value, limits[name])
        if problem:
            shown = (labels or {}).get(name) or field_label(name)
            message = problem_message(shown, problem, limits[name],
                                      len(value) if isinstance(value, str) else 0)
            if as_field is not None:
                return {as_field: message}
            errors[name] = message
    return errors


# An import row's fields → (table, column) they are stored in; tags are checked one by one.
_IMPORT_COLUMNS = {
    **{name: ("partners", name) for name in ("name", "name_en", "sector", "city", "address",
                                            "website", "email", "phone", "notes")},
    "contact_name": ("contacts", "name"), "contact_role": ("contacts", "role"),
    "contact_email": ("contacts", "email"), "contact_phone": ("contacts", "phone"),
}


def import_row_problems(rows: Sequence[object]) -> dict[int, list[tuple[str, str, str]]]:
    """Position in *rows* → ``(field, code, reason)`` for each value its column cannot hold.

    *rows* are cleaned import rows (objects with the ``CleanRow`` attributes); ``code`` is
    ``nul_character`` or ``too_long``. The same limits as :func:`field_errors`, so a row is
    refused on SQLite exactly when PostgreSQL would refuse it. Each field is screened a
    column at a time (one ``join`` and one ``max`` in C for 100,000 rows); only a column that
    fails is looked at row by row.
    """
    from db.limits import problem_message, text_limits, value_problem

    found: dict[int, list[tuple[str, str, str]]] = {}
    if not rows:
        return found
    for name in ("tags", *_IMPORT_COLUMNS):
        if not hasattr(rows[0], name):
            continue
        table, column = _IMPORT_COLUMNS.get(name, ("tags", "name"))
        limit = text_limits(table).get(column)
        cells = list(map(attrgetter(name), rows))
        if name == "tags":
            flat = [tag for tags in cells for tag in tags]
            if not flat or ("\x00" not in "".join(flat)
                            and (limit is None or max(map(len, flat)) <= limit)):
                continue
        elif "\x00" not in "".join(cells) and (limit is None or max(map(len, cells)) <= limit):
            continue
        for index, cell in enumerate(cells):
            for value in (cell if name == "tags" else (cell,)):
                problem = value_problem(value, limit)
                if problem:
                    code = "nul_character" if problem == "nul" else "too_long"
                    found.setdefault(index, []).append((name, code, problem_message(
                        field_label(name.removeprefix("contact_")), problem, limit, len(value))))
                    break
    return found
