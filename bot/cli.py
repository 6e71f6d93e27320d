"""`privacy-bot` command line (contract: DESIGN.md). Exit 0 ok, 1 bad input or config, 2 usage."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.errors import ConfigError, PrivacyBotError, SystemFault
from bot.settings import Settings, load

EXIT_OK, EXIT_BAD, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="privacy-bot", description="Answers a company's privacy mailbox.")
    p.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = p.add_subparsers(dest="command", required=True)

    def with_config(sp: argparse.ArgumentParser) -> argparse.ArgumentParser:
        sp.add_argument("--config", type=Path, default=Path("settings.yaml"), help="settings file (default ./settings.yaml)")
        return sp

    run = with_config(sub.add_parser("run", help="poll the mailbox and process mail until stopped"))
    run.add_argument("--once", action="store_true", help="process what is waiting, then exit")
    with_config(sub.add_parser("check", help="validate settings, rules and reply templates"))
    cl = sub.add_parser("classify", help="classify .eml files; one JSON object per line")
    cl.add_argument("files", nargs="+", type=Path)
    demo = sub.add_parser("demo", help="run the bot on an embedded mailbox with sample mail")
    demo.add_argument("--keep-running", action="store_true", help="keep the servers up until Ctrl-C")
    rv = sub.add_parser("review", help="staff: list, show, approve or reject drafted replies")
    rsub = rv.add_subparsers(dest="action", required=True)
    with_config(rsub.add_parser("list", help="cases waiting for staff"))
    for name in ("show", "approve"):
        with_config(rsub.add_parser(name)).add_argument("case_id")
    rj = with_config(rsub.add_parser("reject"))
    rj.add_argument("case_id")
    rj.add_argument("--reason", required=True)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) if exc.code in (0, None) else EXIT_USAGE
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        return int(_dispatch(args))
    except ConfigError as exc:
        print(f"privacy-bot: {exc}", file=sys.stderr)
        return EXIT_BAD
    except SystemFault as exc:
        print(f"privacy-bot: {exc}", file=sys.stderr)
        return EXIT_BAD
    except PrivacyBotError as exc:
        print(f"privacy-bot: {exc}", file=sys.stderr)
        return EXIT_BAD
    except KeyboardInterrupt:
        return EXIT_OK


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "classify":
        return _classify(args.files)
    if args.command == "demo":
        from bot.demo import run_demo

        return run_demo(keep_running=args.keep_running)
    settings = load(args.config)
    if args.command == "check":
        return _check(settings)
    if args.command == "run":
        from bot.app import Bot

        bot = Bot(settings)
        try:
            bot.run(once=args.once)
        finally:
            bot.close()
        return EXIT_OK
    if args.command == "review":
        return _review(settings, args)
    raise AssertionError(args.command)


def _check(settings: Settings) -> int:
    from bot.checks import check_all

    for line in check_all(settings):
        print(line)
    return EXIT_OK


def _classify(files: list[Path]) -> int:
    from bot.mail import limits
    from bot.mail.parse import parse
    from bot.rules import Classifier, detect_automated

    classifier = Classifier()
    status = EXIT_OK
    for path in files:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            print(f"privacy-bot: {path}: {exc.strerror}", file=sys.stderr)
            status = EXIT_BAD
            continue
        try:
            limits.check(raw, limits.Limits())
            mail = parse(raw)
        except PrivacyBotError as exc:
            print(json.dumps({"file": str(path), "error": str(exc)}))
            status = EXIT_BAD
            continue
        reason = detect_automated(mail)
        if reason:
            row = {"file": str(path), "category": "automated", "categories": ["automated"],
                   "language": classifier.classify(mail).language, "confidence": 1.0}
        else:
            v = classifier.classify(mail)
            row = {"file": str(path), "category": str(v.category), "categories": [str(c) for c in v.categories],
                   "language": v.language, "confidence": round(v.confidence, 3)}
        print(json.dumps(row, ensure_ascii=False))
    return status


def _review(settings: Settings, args: argparse.Namespace) -> int:
    from bot.app import Bot
    from bot.cases.transitions import CaseState

    bot = Bot(settings)
    wf = bot.workflow
    try:
        if args.action == "list":
            waiting = [c for c in bot.records.open_cases()
                       if c.state in (CaseState.AWAITING_APPROVAL, CaseState.NEEDS_HUMAN)]
            if not waiting:
                print("no cases waiting for staff")
            for c in waiting:
                print(f"{c.id}  {c.state:<17}  due {c.due}  {c.category:<16}  {c.subject[:50]}")
        elif args.action == "show":
            c = wf.get(args.case_id)
            print(f"case {c.id}  state {c.state}  category {c.category} {list(c.categories)}  language {c.language}")
            print(f"received {c.received_at}  due {c.due}  flags {list(c.flags)}  hits {list(c.hits)}")
            print(f"subject: {c.subject}")
            if c.draft:
                print("--- planned changes ---")
                print(json.dumps(c.draft.get("summary", []), indent=2, ensure_ascii=False))
                print("--- draft reply ---")
                print(c.draft.get("body", ""))
            print("--- timeline ---")
            for e in c.events:
                print(f"{e.at}  {e.actor:<10} {e.event:<18} -> {e.state}  {e.reason}")
        elif args.action == "approve":
            c = wf.approve(args.case_id, actor="staff:cli")
            print(f"approved {c.id}: changes carried out; the reply is queued")
            bot.flush_outbox()
        elif args.action == "reject":
            c = wf.reject(args.case_id, args.reason, actor="staff:cli")
            print(f"rejected {c.id}")
    finally:
        bot.close()
    return EXIT_OK
