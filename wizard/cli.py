"""Command line: ``xenpool-wizard [--demo] | <subcommand> ...``.

Without a subcommand the desktop wizard opens; every subcommand is headless.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from collections.abc import Sequence

from wizard import __version__
from wizard.exitcodes import EXIT_OK, EXIT_USAGE
from wizard.i18n import QT_TRANSLATE_NOOP, translate


def exit_codes() -> str:
    return translate(
        "Cli",
        "exit codes:\n"
        "  0  success (apply: the pool is as planned; a second run changes nothing)\n"
        "  2  bad command line, or no password available\n"
        "  3  the plan file is invalid (every problem is listed with its field)\n"
        "  4  pre-flight found blockers, or warnings were not accepted\n"
        "  5  a build step failed: fix the cause and run the same command again to resume\n"
        "  6  a host could not be reached, refused the login, or its certificate did not match\n",
    )


def examples() -> str:
    return translate("Cli", "examples:")


def example() -> str:
    return translate("Cli", "example:")


def epilog() -> str:
    return (
        exit_codes()
        + f"\n{examples()}\n"
        + "  xenpool-wizard --demo                                "
        + translate("Cli", "open the wizard on the simulated lab")
        + "\n"
        "  xenpool-wizard simulate --scenario smb3 --write-plan lab.toml\n"
        "  XENPOOL_PASSWORD=... xenpool-wizard apply lab.toml --yes\n"
        "  xenpool-wizard export-xe lab.toml > build.sh\n"
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="xenpool-wizard",
        description=translate(
            "Cli", "Build a XenServer / XCP-ng pool with shared iSCSI storage and HA."
        ),
        epilog=epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate("Cli", "open the wizard on the built-in simulated lab"),
    )
    parser.add_argument(
        "--lang",
        metavar="LANG",
        help=translate(
            "Cli", "language of the wizard and its messages: en, de or ja (default: the system's)"
        ),
    )
    parser.add_argument(
        "--open",
        dest="open_plan",
        metavar="PLAN",
        nargs="?",
        help=translate(
            "Cli",
            "open the wizard with this saved build plan (what the desktop's file manager uses)",
        ),
    )
    parser.add_argument(
        "--verbose",
        action="store_true",
        help=translate("Cli", "also print the log (secrets are always masked)"),
    )
    parser.add_argument(
        "--autopilot",
        action="store_true",
        help=translate(
            "Cli",
            "with --demo: click through every page with the defaults and build (exit 0 if it worked)",
        ),
    )
    parser.add_argument(
        "--screenshots",
        metavar="DIR",
        help=translate("Cli", "with --autopilot: save a PNG of every page here"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    simulate = sub.add_parser(
        "simulate",
        help=translate("Cli", "run a simulated XenServer lab (XAPI over HTTPS) until interrupted"),
        description=translate(
            "Cli",
            "Serve a simulated pool of XenServer/XCP-ng hosts, each on its own loopback "
            "address, speaking XAPI's XML-RPC and JSON-RPC over HTTPS. When ready, prints one JSON line "
            "with each host's URL, credentials and certificate fingerprint.",
        ),
        epilog=(
            f"{examples()}\n"
            "  xenpool-wizard simulate --scenario smb3\n"
            "  xenpool-wizard simulate --scenario lab16 --speed 0\n"
            "  xenpool-wizard simulate --scenario my-lab.toml --hosts 5 --port 8443\n"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    simulate.add_argument(
        "--scenario",
        default="smb3",
        help=translate("Cli", "built-in scenario name or a scenario TOML file"),
    )
    simulate.add_argument(
        "--hosts", type=int, help=translate("Cli", "number of hosts (default: the scenario's)")
    )
    simulate.add_argument(
        "--address",
        default="127.0.0.11",
        help=translate("Cli", "first host's loopback address (default 127.0.0.11)"),
    )
    simulate.add_argument(
        "--port",
        type=int,
        help=translate("Cli", "port for every host (default 443 as root, else a free port)"),
    )
    simulate.add_argument(
        "--speed",
        type=float,
        default=1.0,
        help=translate(
            "Cli", "scale of the scenario's latencies and durations (0 = instant, default 1)"
        ),
    )
    simulate.add_argument(
        "--password", help=translate("Cli", "root password of every host (default: random)")
    )
    simulate.add_argument(
        "--write-plan",
        metavar="FILE",
        help=translate("Cli", "also write a ready build plan for this lab"),
    )

    def plan_command(name: str, summary: str, sample: str) -> argparse.ArgumentParser:
        command = sub.add_parser(
            name,
            help=summary,
            description=summary,
            epilog=exit_codes() + f"\n{example()}\n  {sample}\n",
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        command.add_argument("plan", metavar="PLAN", help=translate("Cli", "the build plan (TOML)"))
        return command

    validate = plan_command(
        "validate",
        translate(
            "Cli",
            "check a plan and run every pre-flight check against the live hosts (changes nothing)",
        ),
        "XENPOOL_PASSWORD=... xenpool-wizard validate pool.toml",
    )
    apply = plan_command(
        "apply",
        translate(
            "Cli", "build the pool the plan describes; safe to re-run, it resumes where it stopped"
        ),
        "XENPOOL_PASSWORD=... xenpool-wizard apply pool.toml --yes",
    )
    for command in (validate, apply):
        command.add_argument(
            "--yes",
            action="store_true",
            help=translate(
                "Cli", "unattended: accept warnings and pin unknown host certificates on first use"
            ),
        )
        command.add_argument(
            "--pins",
            metavar="FILE",
            help=translate("Cli", "certificate pin file (default: per user)"),
        )
        command.add_argument(
            "--ssh",
            action="store_true",
            help=translate(
                "Cli",
                "also prove each host's storage path over SSH (interface, ping, jumbo frames, "
                "iSCSI discovery) before the SR is created",
            ),
        )
        command.add_argument(
            "--ssh-key",
            metavar="FILE",
            help=translate("Cli", "private key for --ssh (default: the root password)"),
        )
        command.add_argument(
            "--yes-pause-ha",
            action="store_true",
            help=translate(
                "Cli",
                "when new hosts join a pool that has HA on: turn HA off for the joins (XAPI "
                "refuses them under HA); the build enables it again at the end",
            ),
        )
        command.add_argument(
            "--yes-force-join",
            action="store_true",
            help=translate(
                "Cli",
                "allow pool.join_force for the hosts the plan marks force_join = true (a "
                "different CPU vendor or software build; unsupported: no XenMotion between vendors)",
            ),
        )
    apply.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("Cli", "list what would be done; change nothing"),
    )
    apply.add_argument(
        "--journal",
        metavar="FILE",
        help=translate(
            "Cli", "build journal (default: one per pool in the user's state directory)"
        ),
    )
    apply.add_argument(
        "--yes-destroy",
        action="store_true",
        help=translate(
            "Cli",
            "allow formatting a LUN that holds an SR when the plan says {setting}",
        ).format(setting='existing_sr = "format"'),
    )
    plan_command(
        "export-xe",
        translate("Cli", "print the build as an annotated xe command script"),
        "xenpool-wizard export-xe pool.toml > build.sh",
    )
    join_info = sub.add_parser(
        "join-info",
        help=translate("Cli", "hand over confirmed certificate fingerprints as one pasteable line"),
        description=translate(
            "Cli",
            "Print join information for hosts whose certificates you have confirmed (pinned), "
            "or pin the fingerprints of pasted join information, so another laptop or a "
            "colleague never has to trust a host on first use. The line holds no secret.",
        ),
        epilog=(
            f"{examples()}\n"
            "  xenpool-wizard join-info --host 192.0.2.11 --host 192.0.2.12\n"
            "  xenpool-wizard join-info --import 'XPW1-...'\n"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    join_info.add_argument(
        "--host",
        action="append",
        default=[],
        metavar="ADDRESS",
        help=translate("Cli", "a pinned host (repeat)"),
    )
    join_info.add_argument("--port", type=int, default=443)
    join_info.add_argument(
        "--pool-name", default="", help=translate("Cli", "a name to show with the hosts")
    )
    join_info.add_argument(
        "--import",
        dest="import_line",
        metavar="LINE",
        help=translate("Cli", "pin the fingerprints of this line"),
    )
    join_info.add_argument(
        "--pins", metavar="FILE", help=translate("Cli", "certificate pin file (default: per user)")
    )
    for name, summary in (
        (
            "report",
            translate("Cli", "summarise a pool as built (hosts, networks, SRs and PBDs, HA)"),
        ),
        (
            "health",
            translate("Cli", "diagnose a member that looks disconnected by contacting it directly"),
        ),
    ):
        command = sub.add_parser(
            name,
            help=summary,
            description=summary,
            epilog=exit_codes()
            + f"\n{example()}\n  XENPOOL_PASSWORD=... xenpool-wizard {name} --host 192.0.2.11"
            + (" --master 192.0.2.10 --ssh" if name == "health" else "")
            + "\n",
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        command.add_argument(
            "--host",
            required=True,
            help=translate("Cli", "address of the pool master (or of the member for health)"),
        )
        command.add_argument("--port", type=int, default=443)
        command.add_argument("--user", default="root")
        command.add_argument(
            "--yes",
            action="store_true",
            help=translate("Cli", "pin an unknown certificate on first use"),
        )
        command.add_argument(
            "--pins",
            metavar="FILE",
            help=translate("Cli", "certificate pin file (default: per user)"),
        )
        if name == "health":
            command.add_argument(
                "--master",
                metavar="ADDRESS",
                help=translate(
                    "Cli", "the pool master: when the member does not answer, look at it from there"
                ),
            )
            command.add_argument(
                "--ssh",
                action="store_true",
                help=translate(
                    "Cli",
                    "with --master: SSH to the master and through the storage network to the "
                    "member (ping, xl list)",
                ),
            )
            command.add_argument(
                "--ssh-key",
                metavar="FILE",
                help=translate("Cli", "private key for --ssh (default: the root password)"),
            )
        if name == "report":
            command.add_argument(
                "--format", choices=("markdown", "html", "pdf"), default="markdown"
            )
            command.add_argument(
                "--output",
                metavar="FILE",
                help=translate("Cli", "write the report here (needed for pdf)"),
            )
            command.add_argument(
                "--journal",
                metavar="FILE",
                help=translate(
                    "Cli",
                    "build journal to take step timings and findings from (default: the "
                    "pool's own, where apply keeps it)",
                ),
            )
    return parser


def _help_language(argv: Sequence[str]) -> None:
    """Help in the chosen language: only a help request installs a catalogue this early
    (the wizard needs its QApplication made before any translator)."""
    if not {"-h", "--help"} & set(argv):
        return
    from wizard import i18n

    requested = None
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            requested = argv[index + 1]
        elif arg.startswith("--lang="):
            requested = arg.split("=", 1)[1]
    language = i18n.pick_language(requested)
    if language != "en" and i18n.install(language) != "en":
        _translate_argparse()


# argparse's own words in a help text (it asks gettext, which knows no catalogue of ours)
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("Cli", "usage: "),
    QT_TRANSLATE_NOOP("Cli", "positional arguments"),
    QT_TRANSLATE_NOOP("Cli", "options"),
    QT_TRANSLATE_NOOP("Cli", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Cli", "show program's version number and exit"),
)


def _translate_argparse() -> None:
    words = set(ARGPARSE_WORDS)

    def gettext(text: str) -> str:
        return translate("Cli", text) if text in words else text

    argparse._ = gettext  # type: ignore[attr-defined]


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    _help_language(arguments)
    parser = _parser()
    args = parser.parse_args(arguments)
    from wizard import logs

    logs.setup(verbose=args.verbose)
    if args.command == "simulate":
        return _simulate(args)
    if args.command == "join-info":
        from wizard import headless

        return headless.run(args)
    if args.command in ("validate", "apply", "export-xe", "report", "health"):
        from wizard import headless, i18n

        language = i18n.pick_language(args.lang)
        if language != "en":
            if args.command in ("report", "apply"):  # both paint a report
                from wizard.qtapp import ensure_gui_application

                ensure_gui_application()  # before Qt makes a plain QCoreApplication
            i18n.install(language)
        return headless.run(args)
    return _gui(args)


def _simulate(args: argparse.Namespace) -> int:
    import ipaddress

    from wizard.simulator import Simulator
    from wizard.simulator.scenario import ScenarioError

    try:
        address = ipaddress.IPv4Address(args.address)
    except ValueError:
        print(f"--address: {args.address!r} is not an IPv4 address", file=sys.stderr)
        return EXIT_USAGE
    if not address.is_loopback:
        print(
            "--address: the simulator only serves loopback addresses (127.x.y.z)", file=sys.stderr
        )
        return EXIT_USAGE
    if args.speed < 0:
        print("--speed: must be 0 or more", file=sys.stderr)
        return EXIT_USAGE
    try:
        simulator = Simulator(
            args.scenario,
            hosts=args.hosts,
            base_address=str(address),
            time_scale=args.speed,
            password=args.password,
        )
    except ScenarioError as exc:
        print(f"--scenario: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        simulator.start(args.port)
    except OSError as exc:
        print(f"cannot listen on {address} port {args.port}: {exc.strerror}", file=sys.stderr)
        return EXIT_USAGE
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    if args.write_plan:
        from pathlib import Path

        from wizard.demo import lab_plan
        from wizard.plan import save

        try:
            save(lab_plan(simulator), Path(args.write_plan))
        except OSError as exc:
            simulator.stop()
            print(f"--write-plan: cannot write {args.write_plan}: {exc.strerror}", file=sys.stderr)
            return EXIT_USAGE
    print(json.dumps(simulator.describe()), flush=True)
    try:
        stop.wait()
    except KeyboardInterrupt:
        pass
    finally:
        simulator.stop()
    return EXIT_OK


def _gui(args: argparse.Namespace) -> int:
    from wizard.ui.app import run_gui

    code: int = run_gui(
        demo=args.demo,
        autopilot_mode=args.autopilot,
        screenshots=args.screenshots,
        language=args.lang,
        open_plan=args.open_plan or None,
    )
    return code
