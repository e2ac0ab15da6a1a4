"""``report``: print the PDF reports from the command line.

::

    python main.py [--db …] [--lang fa|en] report mou REF -o OUT.pdf
    python main.py report hub COUNTRY -o OUT.pdf
    python main.py report activity --from 1404/01/01 --to 1404/12/29 -o OUT.pdf
    python main.py report activity --quarter 1404-3 | --year 1404 | --month 1404-09 -o OUT.pdf
    python main.py report partners [--query TEXT] -o OUT.pdf
    python main.py report due [--today 1405/09/01] -o OUT.pdf

Reports are Persian unless ``--lang en`` is given (before or after ``report``). REF is an
MoU's number (any digits: ``۵۴`` or ``54``) or ``id:N``; COUNTRY an ISO code, a country
name or ``id:N``. Exit 0 with the file and its page count printed; 1 for an unknown
MoU/hub, a bad date or period, or an output that cannot be written (nothing is left
behind); 2 for a usage error.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from desktop_app.cli.common import EXIT_OK, EXIT_USAGE, CommandError, open_database
from desktop_app.domain.dates import (
    DateParseError,
    Period,
    custom_period,
    jalali_month,
    jalali_quarter,
    jalali_year,
    parse_date,
)
from desktop_app.domain.i18n import translate
from desktop_app.domain.text import to_ascii_digits


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``report`` command and its five kinds."""
    p = sub.add_parser("report", help="write a PDF report (MoU summary, hub dossier, …)")
    kinds = p.add_subparsers(dest="report", metavar="KIND", required=True,
                             parser_class=type(p))

    def common(q: argparse.ArgumentParser) -> None:
        q.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.pdf",
                       help="the PDF file to write (replaced if it exists)")
        q.add_argument("--lang", dest="report_lang", choices=("fa", "en"), default=None,
                       help="language of the report (default: fa)")

    q = kinds.add_parser("mou", help="one MoU's summary")
    q.add_argument("ref", metavar="REF", help="the MoU's number (54, ۵۴) or id:N")
    common(q)
    q.set_defaults(handler=cmd_mou)

    q = kinds.add_parser("hub", help="a country hub's dossier")
    q.add_argument("country", metavar="COUNTRY", help="ISO code, country name, or id:N")
    common(q)
    q.set_defaults(handler=cmd_hub)

    q = kinds.add_parser("activity", help="the activity report of a Jalali period")
    q.add_argument("--from", dest="date_from", metavar="DATE", help="first day, e.g. 1404/01/01")
    q.add_argument("--to", dest="date_to", metavar="DATE", help="last day, e.g. 1404/12/29")
    q.add_argument("--quarter", metavar="YYYY-Q", help="a Jalali quarter (season), e.g. 1404-3")
    q.add_argument("--year", metavar="YYYY", help="a Jalali year, e.g. 1404")
    q.add_argument("--month", metavar="YYYY-MM", help="a Jalali month, e.g. 1404-09")
    common(q)
    q.set_defaults(handler=cmd_activity)

    q = kinds.add_parser("partners", help="the partner directory, grouped by country")
    q.add_argument("--query", default=None, help="only the partners this search finds")
    common(q)
    q.set_defaults(handler=cmd_partners)

    q = kinds.add_parser("due", help="expiring MoUs and overdue actions")
    q.add_argument("--today", default=None, metavar="DATE",
                   help="the day to count from (default: today)")
    common(q)
    q.set_defaults(handler=cmd_due)


def _lang(args: argparse.Namespace) -> str:
    return getattr(args, "report_lang", None) or args.lang or "fa"


def _run(args: argparse.Namespace, produce: object) -> int:
    """Open the register, write the report with *produce(service, lang, out)*, say where."""
    out: Path = args.output
    db = open_database(args)
    try:
        from desktop_app.domain.report_data import ReportService

        path = produce(ReportService(db), _lang(args), out)  # type: ignore[operator]
    finally:
        db.close()
    print(translate("cli.reports", "{path}: {pages} pages").format(path=path, pages=_pages(path)))
    return EXIT_OK


def _pages(path: Path) -> int:
    """Page count of a PDF we wrote (its page tree's /Count)."""
    data = path.read_bytes()
    counts = [int(m) for m in re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", data)]
    if not counts:
        counts = [int(m) for m in re.findall(rb"/Count\s+(\d+)[^>]*?/Type\s*/Pages\b", data)]
    return max(counts) if counts else 0


def cmd_mou(args: argparse.Namespace) -> int:
    return _run(args, lambda rs, lang, out: rs.mou_summary_pdf(args.ref, lang, out))


def cmd_hub(args: argparse.Namespace) -> int:
    return _run(args, lambda rs, lang, out: rs.hub_dossier_pdf(args.country, lang, out))


def period_from_args(args: argparse.Namespace) -> Period:
    """The period the ``activity`` options name; CommandError (exit 1 or 2) otherwise."""
    given = [n for n in ("quarter", "year", "month") if getattr(args, n)]
    ranged = args.date_from is not None or args.date_to is not None
    if len(given) + ranged != 1:
        raise CommandError(translate("cli.reports", "give exactly one period: --from/--to, "
                                                    "--quarter, --year or --month"),
                           EXIT_USAGE)
    try:
        if ranged:
            if args.date_from is None or args.date_to is None:
                raise CommandError(translate("cli.reports", "give both --from and --to"), EXIT_USAGE)
            start, end = parse_date(args.date_from), parse_date(args.date_to)
            if start is None or end is None:
                raise DateParseError(translate("cli.reports", "an empty date"))
            return custom_period(start, end)
        text = to_ascii_digits(getattr(args, given[0])).strip()
        if given[0] == "year":
            if not re.fullmatch(r"\d{4}", text):
                raise DateParseError(translate("cli.reports", "“{text}” is not a year; write it "
                                                              "as 1404").format(text=text))
            return jalali_year(int(text))
        match = re.fullmatch(r"(\d{4})\s*[-/]\s*(\d{1,2})", text)
        if not match:
            example = "1404-3" if given[0] == "quarter" else "1404-09"
            raise DateParseError(translate("cli.reports", "“{text}” is not a {value}; write it "
                                                          "as {example}").format(
                                     text=text, value=given[0], example=example))
        year, part = int(match.group(1)), int(match.group(2))
        if given[0] == "quarter":
            return jalali_quarter(year, part)
        if not 1 <= part <= 12:
            raise DateParseError(translate("cli.reports", "“{text}”: a month is 1 to 12").format(
                                     text=text))
        return jalali_month(year, part)
    except DateParseError as exc:
        raise CommandError(translate("cli.reports", "bad period: {exc}").format(exc=exc)) from exc


def cmd_activity(args: argparse.Namespace) -> int:
    period = period_from_args(args)  # before opening anything
    return _run(args, lambda rs, lang, out: rs.activity_pdf(period, lang, out))


def cmd_partners(args: argparse.Namespace) -> int:
    return _run(args, lambda rs, lang, out: rs.partners_pdf(lang, out, query=args.query))


def cmd_due(args: argparse.Namespace) -> int:
    try:
        today = parse_date(args.today) if args.today else None
    except DateParseError as exc:
        raise CommandError(translate("cli.reports", "bad date: {exc}").format(exc=exc)) from exc
    return _run(args, lambda rs, lang, out: rs.due_pdf(lang, out, today=today))
