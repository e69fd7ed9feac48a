"""The storage network: one VLAN network pool-wide, a static IP and MTU per host.

Created after the joins (XAPI refuses to join a host that has a
non-management VLAN) and pool-wide with ``pool.create_VLAN_from_PIF``. The
storage PIFs get ``disallow_unplug`` so HA's REQUIRED_PIF_IS_UNPLUGGED check
holds, and XenCenter's ``management_purpose`` marker.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from wizard.checks.facts import STORAGE_ROLE, STORAGE_ROLE_KEY
from wizard.concurrency import side_by_side
from wizard.i18n import QT_TRANSLATE_NOOP, translate
from wizard.progress import POOL
from wizard.steps.base import Action, Step, comment, stop, xe_at
from wizard.steps.context import BuildContext, BuildStopped
from wizard.steps.pool import q
from wizard.steps.storage import hosts_with_iscsi_attached


async def find_storage_network(ctx: BuildContext) -> str:
    """The pool's storage network: the one we tagged, else one named as planned."""
    networks = await ctx.table("network")
    for ref, net in networks.items():
        if net["other_config"].get(STORAGE_ROLE_KEY) == STORAGE_ROLE:
            return ref
    for ref, net in networks.items():
        if net["name_label"] == ctx.plan.storage_network.name:
            return ref
    return ""


def network_lookup(ctx: BuildContext) -> list[str]:
    """Sets NET to the storage network's uuid unless an earlier line did: the network we
    tagged, else the one named as planned (as find_storage_network does)."""
    master = xe_at(ctx.plan.master_host.address, ctx.plan.port)
    name = q(ctx.plan.storage_network.name)
    return [
        'if [ -z "${NET:-}" ]; then '
        f"NET=$({master} network-list other-config:{STORAGE_ROLE_KEY}={STORAGE_ROLE} --minimal); fi",
        f'if [ -z "$NET" ]; then NET=$({master} network-list name-label={name} --minimal); fi',
        "NET=${NET%%,*}",
    ]


def host_pif_lookup(ctx: BuildContext, address: str, nic: str) -> list[str]:
    """Sets HOST and PIF: that host's physical NIC, found by the host's address."""
    master = xe_at(ctx.plan.master_host.address, ctx.plan.port)
    return [
        f"HOST=$({master} host-list address={q(address)} --minimal)",
        f'PIF=$({master} pif-list host-uuid="$HOST" device={q(nic)} physical=true --minimal)',
    ]


class StoragePifs:
    """Each host's PIF on the storage network, read once for all the per-host actions."""

    def __init__(self, ctx: BuildContext) -> None:
        self.ctx = ctx
        self._lock = asyncio.Lock()
        self._found: dict[str, tuple[str, dict[str, Any]]] | None = None

    async def storage_pifs(self) -> dict[str, tuple[str, dict[str, Any]]]:
        async with self._lock:
            if self._found is None:
                network = await find_storage_network(self.ctx)
                records = await self.ctx.records("host", "PIF")
                hosts, pifs = records["host"], records["PIF"]
                address_of = {ref: h["address"] for ref, h in hosts.items()}
                self._found = {
                    address_of[p["host"]]: (ref, p)
                    for ref, p in pifs.items()
                    if p["network"] == network and p["host"] in address_of
                }
            return self._found


class StorageNetworkStep(Step):
    key = "network"
    title = QT_TRANSLATE_NOOP("Steps", "Configure the storage network")

    async def actions(self, ctx: BuildContext) -> list[Action]:
        plan = ctx.plan
        net = plan.storage_network
        ips = plan.storage_ips()
        netmask = plan.netmask()
        actions: list[Action] = []
        lookup = StoragePifs(ctx)
        network_ref = "" if ctx.offline else await find_storage_network(ctx)
        pifs: dict[str, dict[str, Any]] = {}
        network: dict[str, Any] = {}
        hosts_by_address: dict[str, str] = {}
        if network_ref:
            found = await ctx.records("network", "PIF", "host")
            network, records, hosts = found["network"][network_ref], found["PIF"], found["host"]
            hosts_by_address = {h["address"]: ref for ref, h in hosts.items()}
            pifs = {r: p for r, p in records.items() if p["network"] == network_ref}
        if not network_ref or int(network["MTU"]) != net.mtu:
            actions.append(self._network_action(ctx, network_ref))
        missing = [
            h
            for h in plan.hosts
            if not any(p["host"] == hosts_by_address.get(h.address) for p in pifs.values())
        ]
        if missing:
            actions.append(self._vlan_action(ctx, [h.address for h in missing]))
        for host in plan.hosts:
            pif = next(
                (p for p in pifs.values() if p["host"] == hosts_by_address.get(host.address)), None
            )
            ip = ips[host.address]
            configured = (
                pif is not None
                and pif["ip_configuration_mode"] == "Static"
                and pif["IP"] == ip
                and pif["netmask"] == netmask
                and pif["gateway"] == net.gateway
                and pif["disallow_unplug"]
                and pif["currently_attached"]
                and int(pif["MTU"]) == net.mtu
            )
            if not configured:
                actions.append(self._ip_action(ctx, lookup, host.address, ip, netmask))
        return actions

    def _network_action(self, ctx: BuildContext, existing: str) -> Action:
        net = ctx.plan.storage_network
        master = xe_at(ctx.plan.master_host.address, ctx.plan.port)

        async def run(progress: Callable[[float], None]) -> None:
            ref = await find_storage_network(ctx)
            if not ref:
                ref = await ctx.pool_call(
                    "network.create",
                    {
                        "name_label": net.name,
                        "name_description": f"iSCSI storage, VLAN {net.vlan}",
                        "MTU": str(net.mtu),
                        "other_config": {STORAGE_ROLE_KEY: STORAGE_ROLE},
                        "tags": [],
                    },
                    action=translate("Steps", "create the storage network"),
                )
            else:  # made with its MTU above; one that exists gets it set
                await ctx.pool_call(
                    "network.set_MTU",
                    ref,
                    str(net.mtu),
                    action=translate("Steps", "set the storage MTU"),
                )
            progress(1.0)

        summary = (
            translate("Steps", "set the MTU of {network} to {mtu}")
            if existing
            else translate("Steps", "create network {network} (MTU {mtu})")
        ).format(network=repr(net.name), mtu=net.mtu)
        description = f"iSCSI storage, VLAN {net.vlan}"
        return Action(
            POOL,
            summary,
            [
                *network_lookup(ctx),
                'if [ -z "$NET" ]; then',
                f"  NET=$({master} network-create name-label={q(net.name)} "
                f"name-description={q(description)} MTU={net.mtu})",
                "fi",
                # xe network-create sets no other-config: tag the network afterwards.
                f'{master} network-param-set uuid="$NET" other-config:{STORAGE_ROLE_KEY}={STORAGE_ROLE}',
                f'MTU=$({master} network-param-get uuid="$NET" param-name=MTU)',
                f'if [ "$MTU" != {net.mtu} ]; then '
                f'{master} network-param-set uuid="$NET" MTU={net.mtu}; fi',
            ],
            run,
            group=0,
        )

    def _vlan_action(self, ctx: BuildContext, addresses: list[str]) -> Action:
        plan = ctx.plan
        net = plan.storage_network
        master = plan.master_host
        master_nic = plan.nic_for(master)
        same_nic = all(plan.nic_for(h) == master_nic for h in plan.hosts)

        async def run(progress: Callable[[float], None]) -> None:
            network = await find_storage_network(ctx)
            records = await ctx.records("PIF", "host")
            pifs, hosts = records["PIF"], records["host"]
            by_address = {h["address"]: ref for ref, h in hosts.items()}
            have = {p["host"] for p in pifs.values() if p["network"] == network}
            todo = [a for a in addresses if by_address.get(a) not in have]
            if same_nic and len(todo) == len(plan.hosts):
                physical = next(
                    (
                        r
                        for r, p in pifs.items()
                        if p["host"] == by_address[master.address]
                        and p["device"] == master_nic
                        and p["physical"]
                    ),
                    None,
                )
                if physical is None:
                    raise BuildStopped(
                        translate("Steps", "{address} has no NIC {nic}").format(
                            address=master.address, nic=master_nic
                        ),
                        translate("Steps", "Choose an existing NIC for storage."),
                    )
                created = await ctx.pool_task(
                    "pool.create_VLAN_from_PIF",
                    physical,
                    network,
                    str(net.vlan),
                    action=translate("Steps", "create VLAN {vlan} pool-wide").format(vlan=net.vlan),
                    progress=progress,
                )
                del created  # the task result is a set; the count is checked below by re-reading
            else:
                physical_of: dict[str, str] = {}
                for address in todo:
                    device = plan.nic_for(next(h for h in plan.hosts if h.address == address))
                    physical = next(
                        (
                            r
                            for r, p in pifs.items()
                            if p["host"] == by_address.get(address)
                            and p["device"] == device
                            and p["physical"]
                        ),
                        None,
                    )
                    if physical is None:
                        raise BuildStopped(
                            translate("Steps", "{address} has no NIC {nic}").format(
                                address=address, nic=device
                            ),
                            translate("Steps", "Choose an existing NIC for storage."),
                        )
                    physical_of[address] = physical

                async def create_vlan(address: str, physical: str) -> None:
                    await ctx.pool_task(
                        "VLAN.create",
                        physical,
                        str(net.vlan),
                        network,
                        action=translate("Steps", "create VLAN {vlan} on {address}").format(
                            vlan=net.vlan, address=address
                        ),
                    )

                # Each host's VLAN is its own XAPI call: create them all at once.
                await side_by_side(
                    *(create_vlan(address, physical) for address, physical in physical_of.items())
                )
            # Fresh: which VLANs the pool has now (XAPI may have skipped a host).
            pifs = await ctx.table("PIF", fresh=True)
            have = {p["host"] for p in pifs.values() if p["network"] == network}
            absent = [a for a in addresses if by_address.get(a) not in have]
            if absent:
                raise BuildStopped(
                    translate(
                        "Steps",
                        "VLAN {vlan} was not created on {hosts} (XAPI skips hosts that are not live)",
                    ).format(vlan=net.vlan, hosts=", ".join(absent)),
                    translate(
                        "Steps",
                        "Check that every host is up and shown live in the pool, then run the build "
                        "again.",
                    ),
                )
            progress(1.0)

        xe_master = xe_at(master.address, plan.port)
        xe = network_lookup(ctx)
        if same_nic and len(addresses) == len(plan.hosts):
            xe += [
                f'VLANS=$({xe_master} pif-list network-uuid="$NET" --minimal)',
                'if [ -z "$VLANS" ]; then',
                *("  " + line for line in host_pif_lookup(ctx, master.address, master_nic)),
                f'  {xe_master} pool-vlan-create pif-uuid="$PIF" network-uuid="$NET" '
                f"vlan={net.vlan}",
                "fi",
            ]
        else:
            for address in addresses:
                host = next(h for h in plan.hosts if h.address == address)
                xe += [
                    *host_pif_lookup(ctx, address, plan.nic_for(host)),
                    f'VLANS=$({xe_master} pif-list network-uuid="$NET" host-uuid="$HOST" '
                    "--minimal)",
                    'if [ -z "$VLANS" ]; then '
                    f'{xe_master} vlan-create pif-uuid="$PIF" network-uuid="$NET" '
                    f"vlan={net.vlan}; fi",
                ]
        return Action(
            POOL,
            (
                translate("Steps", "create VLAN {vlan} on {nic} of {count} host(s)").format(
                    vlan=net.vlan, nic=master_nic, count=len(addresses)
                )
                if same_nic
                else translate(
                    "Steps", "create VLAN {vlan} on the chosen NICs of {count} host(s)"
                ).format(vlan=net.vlan, count=len(addresses))
            ),
            xe,
            run,
            group=1,
        )

    async def _may_replug(self, ctx: BuildContext, pif: dict[str, Any]) -> bool:
        """Whether the storage interface can go down for a moment: not under HA (XAPI
        refuses) and not while an iSCSI SR is attached on that host (it may run over it)."""
        # Fresh: HA's state now decides whether the interface may go down.
        if (await ctx.pool(fresh=True))[1]["ha_enabled"]:
            return False
        return pif["host"] not in await hosts_with_iscsi_attached(ctx)

    async def _replug(self, ctx: BuildContext, pif_ref: str, address: str) -> dict[str, Any]:
        action = translate("Steps", "re-plug the storage interface on {address}").format(
            address=address
        )
        await ctx.pool_call("PIF.set_disallow_unplug", pif_ref, False, action=action)
        try:
            await ctx.pool_task("PIF.unplug", pif_ref, action=action)
            await ctx.pool_task("PIF.plug", pif_ref, action=action)
        finally:
            await ctx.pool_call("PIF.set_disallow_unplug", pif_ref, True, action=action)
        record: dict[str, Any] = await ctx.pool_call("PIF.get_record", pif_ref)
        return record

    @staticmethod
    def _xe_replug(ctx: BuildContext, master: str) -> list[str]:
        """The build's re-plug in xe: XAPI sets a PIF's MTU when it plugs it, so a NIC fixed
        since takes the planned MTU on a re-plug; not under HA, nor under an attached SR."""
        mtu = ctx.plan.storage_network.mtu
        luns = sorted({ctx.plan.iscsi.sr_scsi_id, ctx.plan.iscsi.heartbeat_scsi_id} - {""})
        # any SR on the planned LUNs or the planned target: its sessions may use this path
        filters = [f"device-config:SCSIid={q(lun)}" for lun in luns]
        if ctx.plan.iscsi.target_iqn:
            filters.append(f"device-config:targetIQN={q(ctx.plan.iscsi.target_iqn)}")
        busy = "".join(
            f'$({master} pbd-list host-uuid="$HOST" currently-attached=true {f} --minimal)'
            for f in filters
        )
        return [
            # "$PLUGGED": plugged before this run (one just plugged has its MTU already)
            f'if [ "$MTU_NOW" != {mtu} ] && [ "$PLUGGED" = true ]; then',
            "  "
            + comment(translate("Steps", "a NIC fixed since takes the planned MTU on a re-plug")),
            f"  HA=$({master} pool-list params=ha-enabled --minimal)",
            f'  BUSY="{busy}"',
            '  if [ "$HA" != true ] && [ -z "$BUSY" ]; then',
            f'    {master} pif-param-set uuid="$SPIF" disallow-unplug=false',
            f'    {master} pif-unplug uuid="$SPIF"',
            f'    {master} pif-plug uuid="$SPIF"',
            f'    {master} pif-param-set uuid="$SPIF" disallow-unplug=true',
            f'    MTU_NOW=$({master} pif-param-get uuid="$SPIF" param-name=MTU)',
            "  fi",
            "fi",
        ]

    def _ip_action(
        self, ctx: BuildContext, lookup: StoragePifs, address: str, ip: str, netmask: str
    ) -> Action:
        net = ctx.plan.storage_network
        master = xe_at(ctx.plan.master_host.address, ctx.plan.port)
        host_plan = next(h for h in ctx.plan.hosts if h.address == address)
        host_name = host_plan.name or address
        nic = ctx.plan.nic_for(host_plan)

        async def run(progress: Callable[[float], None]) -> None:
            pifs_by_address = await lookup.storage_pifs()
            if address not in pifs_by_address:
                raise BuildStopped(
                    translate("Steps", "{address} has no interface on the storage network").format(
                        address=address
                    ),
                    translate("Steps", "Run the build again."),
                )
            pif_ref, pif = pifs_by_address[address]
            if (pif["ip_configuration_mode"], pif["IP"], pif["netmask"], pif["gateway"]) != (
                "Static",
                ip,
                netmask,
                net.gateway,
            ):
                await ctx.pool_task(
                    "PIF.reconfigure_ip",
                    pif_ref,
                    "Static",
                    ip,
                    netmask,
                    net.gateway,
                    "",
                    action=translate("Steps", "set storage IP {ip} on {address}").format(
                        ip=ip, address=address
                    ),
                    progress=lambda f: progress(f * 0.6),
                )

            async def protect() -> None:
                if not pif["disallow_unplug"]:
                    await ctx.pool_call(
                        "PIF.set_disallow_unplug",
                        pif_ref,
                        True,
                        action=translate("Steps", "protect the storage interface"),
                    )

            async def purpose() -> None:
                other = pif["other_config"]
                if other.get("management_purpose") != "Storage":
                    if "management_purpose" in other:
                        await ctx.pool_call(
                            "PIF.remove_from_other_config", pif_ref, "management_purpose"
                        )
                    await ctx.pool_call(
                        "PIF.add_to_other_config", pif_ref, "management_purpose", "Storage"
                    )

            # Two writes to different fields, independent: issued together.
            await side_by_side(protect(), purpose())
            # Read fresh: currently_attached and the MTU as they are after the writes above.
            record = await ctx.pool_call("PIF.get_record", pif_ref)
            if not record["currently_attached"]:
                await ctx.pool_task(
                    "PIF.plug",
                    pif_ref,
                    action=translate("Steps", "plug the storage interface on {address}").format(
                        address=address
                    ),
                )
                record = await ctx.pool_call("PIF.get_record", pif_ref)
            elif int(record["MTU"]) != net.mtu and await self._may_replug(ctx, record):
                # XAPI sets a PIF's MTU when it plugs it: after a NIC (driver) was fixed, the
                # interface plugged at the old MTU takes the planned one only on a re-plug.
                record = await self._replug(ctx, pif_ref, address)
            if int(record["MTU"]) != net.mtu:
                raise BuildStopped(
                    translate(
                        "Steps",
                        "{address}: the storage interface runs at MTU {mtu}, not the planned "
                        "{planned}",
                    ).format(address=address, mtu=record["MTU"], planned=net.mtu),
                    translate(
                        "Steps",
                        "The NIC (or its driver) did not accept the MTU. Check the NIC's jumbo-frame "
                        "support, or plan MTU 1500; all VLANs on one NIC share its MTU.",
                    ),
                )
            progress(1.0)

        return Action(
            address,
            translate(
                "Steps",
                "storage IP {ip}/{netmask} on {nic}.{vlan} of {host}, MTU {mtu}, not unpluggable",
            ).format(ip=ip, netmask=netmask, nic=nic, vlan=net.vlan, host=host_name, mtu=net.mtu),
            [
                *network_lookup(ctx),
                f"HOST=$({master} host-list address={q(address)} --minimal)",
                f'SPIF=$({master} pif-list network-uuid="$NET" host-uuid="$HOST" --minimal)',
                # XAPI refuses any IP change under HA: leave a PIF that already matches alone
                f'SAME=$({master} pif-list uuid="$SPIF" IP-configuration-mode=Static IP={q(ip)} '
                f"netmask={q(netmask)} gateway={q(net.gateway)} --minimal)",
                'if [ -z "$SAME" ]; then '
                f'{master} pif-reconfigure-ip uuid="$SPIF" mode=static IP={q(ip)} '
                f"netmask={q(netmask)}"
                + (f" gateway={q(net.gateway)}" if net.gateway else "")
                + "; fi",
                f'{master} pif-param-set uuid="$SPIF" disallow-unplug=true '
                "other-config:management_purpose=Storage",
                f'PLUGGED=$({master} pif-param-get uuid="$SPIF" param-name=currently-attached)',
                f'if [ "$PLUGGED" != true ]; then {master} pif-plug uuid="$SPIF"; fi',
                # The NIC may keep a smaller MTU than the network asks: say so, as the build does.
                f'MTU_NOW=$({master} pif-param-get uuid="$SPIF" param-name=MTU)',
                *self._xe_replug(ctx, master),
                f'if [ "$MTU_NOW" != {net.mtu} ]; then '
                + stop(
                    translate(
                        "Steps",
                        "{address}: the storage interface is not at the planned MTU {planned} "
                        "(check the NIC's jumbo-frame support, or plan MTU 1500); its MTU now:",
                    ).format(address=address, planned=net.mtu),
                    '"$MTU_NOW"',
                )
                + "; fi",
            ],
            run,
            group=2,
        )
