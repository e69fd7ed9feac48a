"""A XenServer / XCP-ng stand-in speaking XAPI's XML-RPC and JSON-RPC over HTTPS.

Used for demo mode, rehearsals and as the ground truth of the test suite.
The product imports it only for demo mode; nothing else depends on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wizard.simulator.scenario import (
    DEFAULT_BASE_ADDRESS,
    build_world,
    load_scenario,
    storage_network_hint,
)
from wizard.simulator.server import Endpoints, SocketFactory, plain_socket
from wizard.simulator.world import World


@dataclass
class HostInfo:
    name: str
    address: str
    url: str
    username: str
    password: str
    fingerprint: str


class Simulator:
    """A running simulated lab: build it from a scenario, start, stop."""

    def __init__(
        self,
        scenario: str = "smb3",
        *,
        hosts: int | None = None,
        base_address: str = DEFAULT_BASE_ADDRESS,
        time_scale: float = 1.0,
        password: str | None = None,
        socket_factory: SocketFactory = plain_socket,
    ) -> None:
        self.scenario = load_scenario(scenario)
        self.world: World = build_world(
            self.scenario,
            host_count=hosts,
            base_address=base_address,
            time_scale=time_scale,
            password=password,
        )
        self.endpoints = Endpoints(self.world, socket_factory)
        self.port = 0

    def start(self, port: int | None = None) -> Simulator:
        self.port = self.endpoints.start(port)
        return self

    def stop(self) -> None:
        self.endpoints.close()

    def __enter__(self) -> Simulator:
        return self if self.port else self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def url(self, address: str) -> str:
        return f"https://{address}" + ("" if self.port == 443 else f":{self.port}")

    @property
    def hosts(self) -> list[HostInfo]:
        return [
            HostInfo(
                name=m.name,
                address=m.address,
                url=self.url(m.address),
                username="root",
                password=m.password,
                fingerprint=m.cert.fingerprint,
            )
            for m in self.world.machines.values()
        ]

    def describe(self) -> dict[str, Any]:
        """What ``simulate`` prints when ready (one JSON line)."""
        targets = self.world.targets
        first = targets[0] if targets else None
        return {
            "scenario": self.world.scenario_name,
            "port": self.port,
            "hosts": [
                {
                    "name": h.name,
                    "url": h.url,
                    "username": h.username,
                    "password": h.password,
                    "fingerprint": h.fingerprint,
                }
                for h in self.hosts
            ],
            "iscsi": {
                "portal": first.portals[0] if first else "",
                "port": first.port if first else 3260,
                "iqns": [t.iqn for t in targets],
                "luns": [
                    {
                        "iqn": t.iqn,
                        "lun_id": lun.lun_id,
                        "scsi_id": lun.scsi_id,
                        "size": lun.size,
                        "vendor": lun.vendor,
                        "serial": lun.serial,
                        "holds_sr": lun.sr_uuid,
                    }
                    for t in targets
                    for lun in t.luns
                ],
                "chap_user": first.chap_user if first else "",
                "chap_password": first.chap_password if first else "",
            },
            "storage_network": vars(storage_network_hint(self.scenario)),
        }


__all__ = ["HostInfo", "Simulator"]
