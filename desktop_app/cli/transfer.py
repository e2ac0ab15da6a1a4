"""``import`` and ``export``: partner lists in and out, headless.

``import partners FILE`` reads, cleans, plans and commits in one transaction (or, with
``--dry-run``, only plans); near matches are imported and listed as
``possible_duplicates``, never merged. ``import undo BATCH`` takes a batch back,
``import batches`` lists them, ``export partners OUT.csv|OUT.xlsx`` writes the register.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli.common import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, CommandError, open_database
from desktop_app.domain.i18n import translate

#: ``--on-duplicate`` words → the planner's policies.
ON_DUPLICATE = {"skip": "skip", "update": "update_empty", "overwrite": "overwrite", "create": "create"}


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``import`` and ``export`` commands."""
    p = sub.add_parser("import", help="import partner lists; undo an import; list imports")
    what = p.add_subparsers(dest="what", metavar="WHAT", parser_class=type(p))
    what.required = True

    q = what.add_parser("partners", help="import a partner list (CSV, TSV, XLSX, ODS)")
    q.add_argument("file", type=Path, metavar="FILE")
    q.add_argument("--sheet", metavar="NAME", help="the workbook sheet to read (default: detected)")
    q.add_argument("--encoding", metavar="ENC", help="text encoding (default: detected)")
    q.add_argument("--delimiter", metavar="D", help="field delimiter: , ; tab | (default: detected)")
    q.add_argument("--header-row", type=int, metavar="N", help="1-based header row (default: detected)")
    q.add_argument("--on-duplicate", choices=tuple(ON_DUPLICATE), default="skip",
                   help="what to do with a row that certainly duplicates a partner (default: skip); "
                        "update fills the partner's empty fields, overwrite replaces them")
    q.add_argument("--profile", metavar="NAME", help="use a saved mapping profile")
    q.add_argument("--no-near-matches", action="store_true",
                   help="do not search for near matches (faster)")
    q.add_argument("--dry-run", action="store_true", help="show what would happen; write nothing")
    q.add_argument("--json", action="store_true", help="print one JSON object")
    q.add_argument("--rejects", type=Path, metavar="OUT.csv",
                   help="write the rejected rows, with a reason column, to this CSV")
    q.set_defaults(handler=cmd_import_partners)

    u = what.add_parser("undo", help="undo an import batch")
    u.add_argument("batch", type=int, metavar="BATCH")
    u.add_argument("--json", action="store_true", help="print one JSON object")
    u.set_defaults(handler=cmd_import_undo)

    b = what.add_parser("batches", help="list import batches")
    b.add_argument("--json", action="store_true", help="print one JSON array")
    b.set_defaults(handler=cmd_import_batches)

    e = sub.add_parser("export", help="export the partner register")
    ewhat = e.add_subparsers(dest="what", metavar="WHAT", parser_class=type(e))
    ewhat.required = True
    ep = ewhat.add_parser("partners", help="write every partner to OUT.csv or OUT.xlsx")
    ep.add_argument("output", type=Path, metavar="OUT")
    ep.set_defaults(handler=cmd_export_partners)


def _delimiter(text: str | None) -> str | None:
    if text is None:
        return None
    named = {"tab": "\t", "\\t": "\t", "comma": ",", "semicolon": ";", "pipe": "|"}
    value = named.get(text.lower(), text)
    if value not in (",", ";", "\t", "|"):
        raise CommandError(translate("cli.transfer", "--delimiter must be one of , ; tab | (not "
                                                     "{text!r}).").format(text=text), EXIT_USAGE)
    return value


def cmd_import_partners(args: argparse.Namespace) -> int:
    from desktop_app.importing import write_rejections_csv

    if args.rejects is not None and args.rejects.suffix.lower() != ".csv":
        raise CommandError(translate("cli.transfer", "--rejects must name a .csv file."), EXIT_USAGE)
    delimiter = _delimiter(args.delimiter)
    if not args.file.is_file():
        raise CommandError(translate("cli.transfer", "{file} does not exist or is not a file.").format(
                               file=args.file))
    db = open_database(args)
    try:
        service = _service(db)
        reading: dict[str, Any] = {"encoding": args.encoding, "delimiter": delimiter,
                                   "sheet": args.sheet, "header_row": args.header_row}
        mapping = None
        profile = service.profile(args.profile) if args.profile else None
        if profile is not None:
            for key in reading:
                if reading[key] is None:
                    reading[key] = getattr(profile, key)
        table = service.read(args.file, **reading)
        if profile is not None:
            mapping = profile.column_map(table.headers)
        preview = service.preview(args.file, table=table, mapping=mapping,
                                  policy=ON_DUPLICATE[args.on_duplicate],
                                  near_matches=not args.no_near_matches,
                                  keep_rows=False)  # the plan and the rejections hold the rest
        plan = preview.plan
        possible = _possible_duplicates(preview)
        batch_id = None
        counts: dict[str, Any]
        if args.dry_run:
            counts = {"added": plan.to_add, "updated": plan.to_update, "skipped": plan.to_skip}
        else:
            result = service.commit(preview)
            batch_id = result.value
            counts = next(b.counts for b in service.batches() if b.id == batch_id)
        if args.rejects is not None:
            write_rejections_csv(args.rejects, preview.table.headers, plan.rejections)
    finally:
        db.close()
    rejected = [{"row": r.row, "column": r.column, "reason": r.reason, "code": r.code}
                for r in plan.rejections]
    out: dict[str, Any] = {
        "file": args.file.name,
        "dry_run": bool(args.dry_run),
        "added": counts["added"],
        "updated": counts["updated"],
        "skipped": counts["skipped"],
        "unchanged": counts.get("unchanged", 0),
        "rejected": rejected,
        "possible_duplicates": possible,
    }
    if batch_id is not None:
        out["batch"] = batch_id
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
    else:
        verb = "would add" if args.dry_run else "added"
        print(f"{args.file.name}: {verb} {out['added']}, updated {out['updated']}, "
              f"skipped {out['skipped']}, rejected {plan.rejected} row(s)"
              + (f"; batch {batch_id}" if batch_id is not None else "; nothing written (dry run)"))
        for r in plan.rejections[:20]:
            print(f"  row {r.row}, {r.column}: {r.reason}")
        if len(plan.rejections) > 20:
            print(translate("cli.transfer", "  … and {value} more (use --rejects OUT.csv)").format(
                      value=len(plan.rejections) - 20))
        if possible:
            print(translate("cli.transfer", "  {value} possible duplicate(s) imported as new "
                                            "partners; check them:").format(value=len(possible)))
            for d in possible[:20]:
                who = (f"partner {d['existing_id']} {d['existing_name']}" if d["existing_id"]
                       else f"row {d['other_row']}")
                print(f"    row {d['row']} {d['name']} ~ {who} ({d['score']:.0f})")
    return EXIT_OK


def _possible_duplicates(preview: Any) -> list[dict[str, Any]]:
    """Rows imported although they look like an existing partner (or another row)."""
    out: list[dict[str, Any]] = []
    for planned in preview.plan.rows:
        if planned.duplicate is not None or not planned.candidates:
            continue
        for match in planned.candidates:
            shown = preview.existing.get(match.existing_id) if match.existing_id else None
            out.append({
                "row": planned.partner.row,
                "name": planned.partner.name,
                "existing_id": match.existing_id,
                "existing_name": shown.name if shown else None,
                "other_row": match.row,
                "score": round(match.score, 1),
                "key": match.key,
            })
    return out


def cmd_import_undo(args: argparse.Namespace) -> int:
    db = open_database(args)
    try:
        report = _service(db).undo(args.batch).value
    finally:
        db.close()
    if args.json:
        print(json.dumps({"batch": args.batch, "removed": report.removed,
                          "restored": report.restored, "kept": report.kept}, ensure_ascii=False))
    else:
        print(translate("cli.transfer", "batch {batch} undone: {removed} partner(s) removed, "
                                        "{restored} partner(s) restored").format(
                  batch=args.batch, removed=report.removed, restored=report.restored))
        for sentence in report.kept:
            print(f"  {sentence}")
    return EXIT_OK


def cmd_import_batches(args: argparse.Namespace) -> int:
    db = open_database(args)
    try:
        rows = _service(db).batches()
    finally:
        db.close()
    if args.json:
        print(json.dumps([{"id": b.id, "file_name": b.file_name, "sha256": b.file_sha256,
                           "imported_at": b.imported_at.isoformat(), "actor": b.actor,
                           "counts": b.counts,
                           "undone_at": b.undone_at.isoformat() if b.undone_at else None}
                          for b in rows], ensure_ascii=False))
        return EXIT_OK
    if not rows:
        print(translate("cli.transfer", "no imports yet"))
    for b in rows:
        c = b.counts or {}
        state = f" (undone {b.undone_at:%Y-%m-%d %H:%M})" if b.undone_at else ""
        print(translate("cli.transfer", "{id:>5}  {imported_at:%Y-%m-%d %H:%M}  {actor}  "
                                        "{file_name}: added {value}, updated {value2}, skipped "
                                        "{value3}, rejected {value4}{state}").format(
                  id=b.id, imported_at=b.imported_at, actor=b.actor, file_name=b.file_name, value=c.get('added', 0), value2=c.get('updated', 0), value3=c.get('skipped', 0), value4=c.get('rejected', 0), state=state))
    return EXIT_OK


def cmd_export_partners(args: argparse.Namespace) -> int:
    if args.output.suffix.lower() not in (".csv", ".xlsx"):
        raise CommandError(translate("cli.transfer", "cannot export to {name}: the file must end "
                                                     "in .csv or .xlsx.").format(
                               name=args.output.name),
                           EXIT_USAGE)
    db = open_database(args)
    try:
        count = _service(db).export_partners(args.output)
    finally:
        db.close()
    print(translate("cli.transfer", "{count} partner(s) written to {output}").format(
              count=count, output=args.output), file=sys.stdout)
    return EXIT_OK


def _service(db: Any) -> Any:
    from desktop_app.domain.imports import ImportService

    return ImportService(db)


__all__ = ["EXIT_FAILURE", "register"]
