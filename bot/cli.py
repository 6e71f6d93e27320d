"""`privacy-bot` command line (contract: DESIGN.md). Exit 0 ok, 1 bad input or config, 2 usage."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

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
    cl.add_argument("--jobs", type=_positive, default=None,
                    help="worker processes for long lists (default: the machine's cores, at most 4)")
    tr = sub.add_parser("train", help="train the text model on the rules' examples and tests/corpus*/ (cached)")
    for sp in (cl, tr):  # without --config: the repository's rules, with the text model
        sp.add_argument("--config", type=Path, default=None,
                        help="settings file whose classifier.rules_dir and classifier.text_model to use")
    with_config(sub.add_parser("serve", help="serve the web endpoints and staff desk only"))
    au = sub.add_parser("audit", help="the audit log")
    with_config(au.add_subparsers(dest="action", required=True).add_parser("verify", help="check the hash chain"))
    with_config(sub.add_parser("stats", help="requests per category and month, days to answer (pseudonymised)"))
    pg = with_config(sub.add_parser("purge", help="purge closed cases past their retention period"))
    pg.add_argument("--dry-run", action="store_true", help="show what would be purged, change nothing")
    sp = sub.add_parser("suppressed", help="the suppression list (keyed hashes of erased addresses)")
    ssub = sp.add_subparsers(dest="action", required=True)
    with_config(ssub.add_parser("check", help="is this address suppressed?")).add_argument("address")
    with_config(ssub.add_parser("report", help="suppressed addresses that reappear in a data source"))
    ul = with_config(sub.add_parser("unsubscribe-link", help="print an unsubscribe link and its headers"))
    ul.add_argument("address")
    ul.add_argument("--list", required=True, dest="list_name")
    ul.add_argument("--mailto", default=None, help="also offer this mailto: address (RFC 2369)")
    st = sub.add_parser("staff", help="staff accounts for the desk")
    sa = with_config(st.add_subparsers(dest="action", required=True).add_parser("add", help="add or reset a staff login"))
    sa.add_argument("name")
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
        return _classify(args.files, args.jobs, load(args.config) if args.config else None)
    if args.command == "train":
        return _train(load(args.config) if args.config else None)
    if args.command == "demo":
        from bot.demo import run_demo

        return run_demo(keep_running=args.keep_running)
    settings = load(args.config)
    if args.command == "check":
        return _check(settings)
    if args.command == "run":
        return _run(settings, args.once)
    if args.command == "review":
        return _review(settings, args)
    return _tools(settings, args)


def _run(settings: Settings, once: bool) -> int:
    from bot.app import Bot

    bot = Bot(settings)
    web = sweeper = None
    try:
        if not once:
            import signal

            # SIGTERM (service managers) and Ctrl-C finish the mail in hand, then stop.
            signal.signal(signal.SIGTERM, lambda *_: bot.stop())
            signal.signal(signal.SIGINT, lambda *_: bot.stop())
            bot.store.acquire_runner()
            web = bot.start_web()
            sweeper = bot.sweeper()
            print(f"privacy-bot running; web endpoints on {settings.web_base_url}", file=sys.stderr)
        bot.run(once=once, sweeper=sweeper)
    finally:
        if sweeper is not None:
            sweeper.stop()
        if web is not None:
            web.stop()
        bot.close()
    return EXIT_OK


def _tools(settings: Settings, args: argparse.Namespace) -> int:
    from bot.app import Bot
    from bot.clock import system_clock

    bot = Bot(settings)
    try:
        if args.command == "serve":
            web = bot.start_web()
            print(f"serving {settings.web_base_url} (Ctrl-C stops)", file=sys.stderr)
            try:
                web.thread.join()
            finally:
                web.stop()
        elif args.command == "audit":
            report = bot.audit.verify()
            print(f"audit log: {report.lines} lines, " + ("chain intact" if report.ok else
                  f"BROKEN at line {report.first_bad_line}: {report.problem}"))
            return EXIT_OK if report.ok else EXIT_BAD
        elif args.command == "stats":
            from bot.stats import compute_stats, format_stats

            now = system_clock()
            print(format_stats(compute_stats(bot.records.all_cases(), now.date(), bot.workflow.config.secret)))
        elif args.command == "purge":
            from bot.purge import format_purge

            items = bot.upkeep.purge(system_clock(), dry_run=args.dry_run)
            print(format_purge(items, dry_run=args.dry_run))
        elif args.command == "suppressed":
            return _suppressed(bot, args)
        elif args.command == "unsubscribe-link":
            from bot.unsubscribe import list_unsubscribe_headers

            link = bot.workflow.unsubscribe_link(args.address, args.list_name)
            print(link)
            for name, value in list_unsubscribe_headers(link, args.mailto).items():
                print(f"{name}: {value}")
        elif args.command == "staff":
            from bot.staff_cli import add_staff

            add_staff(settings.store_path, args.name, None)
            print(f"staff login {args.name} saved")
        else:
            raise AssertionError(args.command)
    finally:
        bot.close()
    return EXIT_OK


def _suppressed(bot: object, args: argparse.Namespace) -> int:
    from bot.handlers.suppression import is_suppressed

    wf = bot.workflow  # type: ignore[attr-defined]
    if args.action == "check":
        hit = is_suppressed(wf.suppression, args.address, wf.config.secret, wf.sources.rules)
        print("suppressed" if hit else "not suppressed")
        return EXIT_OK
    found = wf.sources.reappearing(set(wf.suppression.hashes()), wf.config.secret)
    if not found:
        print("no suppressed address appears in any source")
    for item in found:
        print(f"{item.source}.{item.table} key {item.key}: suppressed address {item.hash[:12]}… reappears")
    return EXIT_OK


def _check(settings: Settings) -> int:
    from bot.checks import check_all

    for line in check_all(settings):
        print(line)
    return EXIT_OK


def _classify(files: list[Path], jobs: int | None = None, settings: Settings | None = None) -> int:
    """One JSON line per file, in the order given. Long lists are shared among worker
    processes forked after the rules are loaded (`--jobs`, default: the machine's cores).
    With `settings`, the classifier they ask for (rules folder, text model on or off)."""
    import multiprocessing

    from bot.rules import Classifier
    from bot.rules.textmodel import cpus

    global _CLASSIFIER  # set once, before the workers fork
    _CLASSIFIER = Classifier.from_settings(settings) if settings else Classifier()
    wanted = jobs if jobs is not None else cpus(4)
    workers = max(1, min(wanted, len(files) // _FILES_PER_WORKER))
    if workers > 1 and "fork" in multiprocessing.get_all_start_methods():
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            outcomes = list(_print_all(pool.imap(_classify_one, files, chunksize=4)))
    else:
        outcomes = list(_print_all(map(_classify_one, files)))
    return EXIT_OK if all(outcomes) else EXIT_BAD


def _train(settings: Settings | None = None) -> int:
    """Rebuild the spelling tables if the rules' examples gained a word, and train the
    text model now (install time), or say both are up to date (for the rules of
    `settings`, if given)."""
    import time

    from bot.rules.ruleset import DEFAULT_RULES_DIR, load_rules
    from bot.rules.spelling import WORD_LIST_PACKAGES, missing_word_lists, refresh, stale
    from bot.rules.textmodel import load_or_train, model_path, set_dirs

    rules_dir = settings.rules_dir if settings else DEFAULT_RULES_DIR
    ruleset = load_rules(rules_dir)
    new = stale(rules_dir, ruleset.rules)
    if new and missing_word_lists():
        print(f"spelling tables miss {len(new)} new example words, and the word lists to rebuild them are not "
              f"here: apt-get install {WORD_LIST_PACKAGES}, then rerun; until then slips of those words are "
              "not corrected")
    elif new:
        started = time.perf_counter()
        done = refresh(rules_dir, ruleset.rules)
        print(f"spelling tables rebuilt for {len(new)} new example words in {' '.join(done) or 'no language'} "
              f"in {time.perf_counter() - started:.1f} s")
    if settings is not None and not settings.text_model:
        print("text model turned off (classifier.text_model: false): nothing to train")
        return EXIT_OK
    sets = set_dirs()
    path = model_path(ruleset, sets)
    if path.is_file():
        print(f"text model up to date: {path}")
        return EXIT_OK
    started = time.perf_counter()
    load_or_train(ruleset, sets)
    print(f"text model trained on {len(ruleset.rules)} rules' examples and {len(sets)} labelled sets "
          f"in {time.perf_counter() - started:.1f} s: {path}")
    return EXIT_OK


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


# fewer files than this per worker are not worth a process
_FILES_PER_WORKER = 25
_CLASSIFIER: Any = None


def _print_all(results: Iterable[tuple[str | None, str | None]]) -> Iterator[bool]:
    """Print each (stdout line, stderr line); yield whether the file was read."""
    for out, err in results:
        if out is not None:
            print(out)
        if err:
            print(err, file=sys.stderr)
        yield err is None


def _classify_one(path: Path) -> tuple[str | None, str | None]:
    """(stdout line, stderr line or "" when the error is on stdout) for one file."""
    from bot.mail import limits
    from bot.mail.parse import parse

    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, f"privacy-bot: {path}: {exc.strerror}"
    try:
        limits.check(raw, limits.Limits())
        mail = parse(raw)
    except PrivacyBotError as exc:
        return json.dumps({"file": str(path), "error": str(exc)}), ""
    v = _CLASSIFIER.classify(mail)  # robots first (headers, then content), then the rules
    row = {"file": str(path), "category": str(v.category), "categories": [str(c) for c in v.categories],
           "language": v.language, "confidence": round(v.confidence, 3)}
    return json.dumps(row, ensure_ascii=False), None


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
