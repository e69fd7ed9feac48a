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

EXIT_OK = 0
EXIT_USAGE = 2

EPILOG = """\
exit codes:
  0  success
  2  bad command line or unreadable input (the message says which)

examples:
  xenpool-wizard --demo                      open the wizard on the simulated lab
  xenpool-wizard simulate --scenario smb3    serve a simulated 3-host lab until Ctrl-C
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="xenpool-wizard",
        description="Build a XenServer / XCP-ng pool with shared iSCSI storage and HA.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="open the wizard on the built-in simulated lab"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    simulate = sub.add_parser(
        "simulate",
        help="run a simulated XenServer lab (XAPI over HTTPS) until interrupted",
        description=(
            "Serve a simulated pool of XenServer/XCP-ng hosts, each on its own loopback "
            "address, speaking XAPI's XML-RPC over HTTPS. When ready, prints one JSON line "
            "with each host's URL, credentials and certificate fingerprint."
        ),
        epilog=(
            "examples:\n"
            "  xenpool-wizard simulate --scenario smb3\n"
            "  xenpool-wizard simulate --scenario lab16 --speed 0\n"
            "  xenpool-wizard simulate --scenario my-lab.toml --hosts 5 --port 8443\n"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    simulate.add_argument(
        "--scenario", default="smb3", help="built-in scenario name or a scenario TOML file"
    )
    simulate.add_argument("--hosts", type=int, help="number of hosts (default: the scenario's)")
    simulate.add_argument(
        "--address", default="127.0.0.11", help="first host's loopback address (default 127.0.0.11)"
    )
    simulate.add_argument(
        "--port", type=int, help="port for every host (default 443 as root, else a free port)"
    )
    simulate.add_argument(
        "--speed",
        type=float,
        default=1.0,
        help="scale of the scenario's latencies and durations (0 = instant, default 1)",
    )
    simulate.add_argument("--password", help="root password of every host (default: random)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "simulate":
        return _simulate(args)
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

    return run_gui(demo=args.demo)
