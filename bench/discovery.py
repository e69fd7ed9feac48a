"""Scanning a /24 of loopback addresses with 3-64 simulated hosts present, 1 s per-address timeout.

The rest of the /24 is closed ports, plus a share of silent listeners that
accept TCP and never answer (the slow case a real subnet has).
"""

from __future__ import annotations

import asyncio
import json
import socket
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from wizard.discovery import addresses, scan
from wizard.simulator import Simulator


def measure(hosts: int, subnet_index: int) -> dict[str, float]:
    base = f"127.210.{subnet_index}"
    sim = Simulator("lab64", hosts=hosts, time_scale=0.0, base_address=f"{base}.11").start()
    silent = []
    try:
        for last in range(200, 232):  # 32 silent listeners on the same port
            s = socket.socket()
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind((f"{base}.{last}", sim.port))
            s.listen()
            silent.append(s)
        started = time.perf_counter()
        found = asyncio.run(scan(addresses(f"{base}.0/24"), port=sim.port, timeout=1.0))
        wall = time.perf_counter() - started
    finally:
        for s in silent:
            s.close()
        sim.stop()
    assert len(found) == hosts, (len(found), hosts)
    return {"wall_s": round(wall, 3), "found": len(found)}


def main() -> None:
    result: dict[str, object] = {"bench": "discovery", "timeout_s": 1.0}
    for index, hosts in enumerate((3, 16, 64), start=1):
        for key, value in measure(hosts, index).items():
            result[f"hosts{hosts}_{key}"] = value
    print(json.dumps(result))


if __name__ == "__main__":
    main()
