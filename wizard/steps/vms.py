"""Move chosen VMs' disks from local storage to the shared SR, so they can live-migrate.

For halted VMs: copy each local disk to the shared SR, point the VM's VBD at
the copy, then delete the original. Each copy is tagged with the original's
uuid, so a run interrupted between copy and swap reuses it instead of
copying again. Running VMs move live (VDI.pool_migrate, storage XenMotion):
XAPI mirrors the disk and switches the VM to the copy itself.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, NamedTuple

from wizard.i18n import QT_TRANSLATE_NOOP, translate
from wizard.progress import POOL
from wizard.steps.base import Action, Step, comment, stop, xe_at
from wizard.steps.context import BuildContext, BuildStopped
from wizard.steps.pool import q
from wizard.steps.storage import shared_sr_lookup, sr_for_lun

COPY_OF = "xenpool-wizard-copy-of"
COPY_BYTES_PER_SECOND = 20e6  # the slowest a disk copy is allowed to be before it times out


class Disk(NamedTuple):
    """One local disk of a VM to move, as the records read before the move show it."""

    vbd: str
    vdi: str
    uuid: str
    size: int  # bytes
    copy: str | None  # a copy an interrupted halted move left on the shared SR


def copy_timeout(size: int) -> float:
    """An hour at least; a big disk at the slowest copying rate allowed."""
    return max(3600.0, size / COPY_BYTES_PER_SECOND)


def _xe_move(master: str, vm_uuid: str, vbd: dict[str, Any], vdi: dict[str, Any]) -> list[str]:
    """One local disk to the shared SR: copy, swap the VBD, delete the original."""
    return [
        f'COPY=$({master} vdi-copy uuid={q(vdi["uuid"])} sr-uuid="$SR")',
        f"{master} vbd-destroy uuid={q(vbd['uuid'])}",
        f'{master} vbd-create vm-uuid={q(vm_uuid)} vdi-uuid="$COPY" '
        f"device={q(str(vbd['userdevice']))} bootable={str(bool(vbd['bootable'])).lower()} "
        f"mode={q(str(vbd['mode']))} type={q(str(vbd['type']))}",
        f"{master} vdi-destroy uuid={q(vdi['uuid'])}",
    ]


def _xe_move_by_name(ctx: BuildContext, master: str, name: str) -> list[str]:
    """Every local disk of the VM called ``name``, looked up when the script runs."""
    return [
        *shared_sr_lookup(ctx),
        f"VM=$({master} vm-list name-label={q(name)} is-control-domain=false --minimal)",
        'case "$VM" in',
        "  ''|*,*) "
        + stop(
            translate("Steps", "move_vms names {vm}, which must match exactly one VM").format(
                vm=repr(name)
            )
        )
        + " ;;",
        "esac",
        f'VBDS=$({master} vbd-list vm-uuid="$VM" type=Disk empty=false --minimal)',
        "for VBD in $(echo \"$VBDS\" | tr , ' '); do",
        f'  DISK=$({master} vbd-param-get uuid="$VBD" param-name=vdi-uuid)',
        f'  DISKSR=$({master} vdi-param-get uuid="$DISK" param-name=sr-uuid)',
        f'  SHARED=$({master} sr-param-get uuid="$DISKSR" param-name=shared)',
        '  if [ "$SHARED" = true ]; then continue; fi',
        f'  POWER=$({master} vm-param-get uuid="$VM" param-name=power-state)',
        '  if [ "$POWER" = running ]; then',
        "    " + comment(translate("Steps", "storage XenMotion: the VM keeps running")),
        f'    {master} vdi-pool-migrate uuid="$DISK" sr-uuid="$SR"',
        "    continue",
        "  fi",
        '  if [ "$POWER" != halted ]; then '
        + stop(
            translate(
                "Steps",
                "VM {vm} is neither running nor halted: its disks move only in one of those states",
            ).format(vm=repr(name))
        )
        + "; fi",
        f'  DEVICE=$({master} vbd-param-get uuid="$VBD" param-name=userdevice)',
        f'  BOOTABLE=$({master} vbd-param-get uuid="$VBD" param-name=bootable)',
        f'  MODE=$({master} vbd-param-get uuid="$VBD" param-name=mode)',
        f'  COPY=$({master} vdi-copy uuid="$DISK" sr-uuid="$SR")',
        f'  {master} vbd-destroy uuid="$VBD"',
        f'  {master} vbd-create vm-uuid="$VM" vdi-uuid="$COPY" device="$DEVICE" '
        'bootable="$BOOTABLE" mode="$MODE" type=Disk',
        f'  {master} vdi-destroy uuid="$DISK"',
        "done",
    ]


async def _shared_sr(ctx: BuildContext) -> str:
    """The plan's shared SR, where moved disks go."""
    found = await sr_for_lun(ctx, ctx.plan.iscsi.sr_scsi_id)
    if found is None:
        raise BuildStopped(
            translate("Steps", "the shared SR does not exist yet"),
            translate("Steps", "Run the build again: the SR step comes first."),
        )
    return found[0]


class MoveVmsStep(Step):
    key = "move"
    title = QT_TRANSLATE_NOOP("Steps", "Move VM disks to shared storage")

    def hosts(self, ctx: BuildContext) -> list[str]:
        return [POOL]

    async def actions(self, ctx: BuildContext) -> list[Action]:
        if not ctx.plan.move_vms:
            return []
        master = xe_at(ctx.plan.master_host.address, ctx.plan.port)
        if ctx.offline:
            return [
                Action(
                    POOL,
                    translate("Steps", "move the disks of {vm} to {sr}").format(
                        vm=repr(name), sr=repr(ctx.plan.iscsi.sr_name)
                    ),
                    _xe_move_by_name(ctx, master, name),
                )
                for name in ctx.plan.move_vms
            ]
        records = await ctx.records("VM", "SR", "VBD", "VDI")
        vms, srs, vbds, vdis = records["VM"], records["SR"], records["VBD"], records["VDI"]
        out = self._leftovers(ctx, vdis, vbds)
        # original uuid -> the copy an interrupted halted move made of it
        copies = {
            vdi["other_config"][COPY_OF]: ref
            for ref, vdi in vdis.items()
            if COPY_OF in vdi["other_config"]
        }
        for name in ctx.plan.move_vms:
            refs = [
                r
                for r, vm in vms.items()
                if vm["name_label"] == name
                and not vm["is_a_template"]
                and not vm["is_control_domain"]
            ]
            if len(refs) != 1:
                raise BuildStopped(
                    translate(
                        "Steps", "move_vms names {vm}, which matches {count} VMs in the pool"
                    ).format(vm=repr(name), count=len(refs)),
                    translate("Steps", "Use a name that exactly one VM has."),
                )
            vm_ref = refs[0]
            local = [
                vbd_ref
                for vbd_ref in vms[vm_ref]["VBDs"]
                if vbd_ref in vbds
                and vbds[vbd_ref]["type"] == "Disk"  # an ISO in the drive stays where it is
                and vbds[vbd_ref]["VDI"] in vdis
                and not srs[vdis[vbds[vbd_ref]["VDI"]]["SR"]]["shared"]
            ]
            if not local:
                continue
            disks = []
            for vbd_ref in local:
                vdi = vbds[vbd_ref]["VDI"]
                uuid = vdis[vdi]["uuid"]
                size = int(vdis[vdi]["virtual_size"])
                disks.append(Disk(vbd_ref, vdi, uuid, size, copies.get(uuid)))
            state = vms[vm_ref]["power_state"]
            if state == "Running":
                out.append(
                    Action(
                        POOL,
                        translate(
                            "Steps", "move {count} disk(s) of {vm} to {sr} while it runs"
                        ).format(count=len(local), vm=repr(name), sr=repr(ctx.plan.iscsi.sr_name)),
                        [
                            *shared_sr_lookup(ctx),
                            *(
                                f'{master} vdi-pool-migrate uuid={q(d.uuid)} sr-uuid="$SR"'
                                for d in disks
                            ),
                        ],
                        self._live_mover(ctx, name, disks),
                    )
                )
                continue
            if state != "Halted":
                raise BuildStopped(
                    translate(
                        "Steps",
                        "VM {vm} is {state}: its disks move while it runs or while it is shut "
                        "down, not now",
                    ).format(vm=repr(name), state=state.lower()),
                    translate(
                        "Steps", "Resume or shut it down and run again, or remove it from move_vms."
                    ),
                )
            out.append(
                Action(
                    POOL,
                    translate("Steps", "move {count} disk(s) of {vm} to {sr}").format(
                        count=len(local), vm=repr(name), sr=repr(ctx.plan.iscsi.sr_name)
                    ),
                    [
                        *shared_sr_lookup(ctx),
                        *(
                            line
                            for vbd_ref in local
                            for line in _xe_move(
                                master,
                                vms[vm_ref]["uuid"],
                                vbds[vbd_ref],
                                vdis[vbds[vbd_ref]["VDI"]],
                            )
                        ),
                    ],
                    self._mover(ctx, name, vm_ref, disks),
                )
            )
        return out

    def _leftovers(
        self, ctx: BuildContext, vdis: dict[str, Any], vbds: dict[str, Any]
    ) -> list[Action]:
        """Originals left behind when a run stopped after swapping a disk but before deleting it."""
        by_uuid = {vdi["uuid"]: ref for ref, vdi in vdis.items()}
        in_use = {vbd["VDI"] for vbd in vbds.values()}
        out = []
        for copy_ref, copy in vdis.items():
            original_uuid = copy["other_config"].get(COPY_OF)
            if not original_uuid:
                continue
            original = by_uuid.get(original_uuid)
            if original is not None and original in in_use:
                continue  # not swapped yet: the mover resumes it
            if original is None and copy_ref not in in_use:
                # its original moved another way since (live, or by hand): nothing uses it
                out.append(self._drop_unused_copy(ctx, copy_ref, copy))
                continue

            async def finish(
                progress: Callable[[float], None],
                original: str | None = original,
                copy_ref: str = copy_ref,
            ) -> None:
                if original is not None:
                    await ctx.pool_task(
                        "VDI.destroy",
                        original,
                        action=translate("Steps", "delete a disk already moved"),
                    )
                await ctx.pool_call("VDI.remove_from_other_config", copy_ref, COPY_OF)
                progress(1.0)

            out.append(
                Action(
                    POOL,
                    translate("Steps", "finish moving disk {disk}").format(
                        disk=repr(copy["name_label"])
                    ),
                    [
                        f"{xe_at(ctx.plan.master_host.address, ctx.plan.port)} vdi-destroy "
                        f"uuid={q(original_uuid)}"
                    ],
                    finish,
                )
            )
        return out

    def _mover(
        self, ctx: BuildContext, name: str, vm_ref: str, disks: list[Disk]
    ) -> Callable[[Callable[[float], None]], Awaitable[None]]:
        async def run(progress: Callable[[float], None]) -> None:
            shared = await _shared_sr(ctx)
            for index, disk in enumerate(disks):
                vbd: dict[str, Any] = await ctx.pool_call("VBD.get_record", disk.vbd)
                original = disk.vdi
                copy = disk.copy
                if copy is None:
                    copy = await ctx.pool_task(
                        "VDI.copy",
                        original,
                        shared,
                        action=translate("Steps", "copy a disk of {vm}").format(vm=name),
                        progress=lambda f, i=index: progress((i + f * 0.9) / len(disks)),
                        timeout=copy_timeout(disk.size),
                    )
                    await ctx.pool_call("VDI.add_to_other_config", copy, COPY_OF, disk.uuid)
                await ctx.pool_call(
                    "VBD.destroy",
                    disk.vbd,
                    action=translate("Steps", "detach the local disk of {vm}").format(vm=name),
                )
                await ctx.pool_call(
                    "VBD.create",
                    {
                        "VM": vm_ref,
                        "VDI": copy,
                        "userdevice": vbd["userdevice"],
                        "bootable": vbd["bootable"],
                        "mode": vbd["mode"],
                        "type": vbd["type"],
                        "unpluggable": True,
                        "empty": False,
                        "other_config": {},
                        "qos_algorithm_type": "",
                        "qos_algorithm_params": {},
                    },
                    action=translate("Steps", "attach the moved disk to {vm}").format(vm=name),
                )
                await ctx.pool_task(
                    "VDI.destroy",
                    original,
                    action=translate("Steps", "delete the local copy of {vm}'s disk").format(
                        vm=name
                    ),
                )
                await ctx.pool_call("VDI.remove_from_other_config", copy, COPY_OF)
                progress((index + 1) / len(disks))

        return run

    def _drop_unused_copy(self, ctx: BuildContext, copy_ref: str, copy: dict[str, Any]) -> Action:
        async def drop(progress: Callable[[float], None]) -> None:
            await ctx.pool_task(
                "VDI.destroy", copy_ref, action=translate("Steps", "delete an unused copy")
            )
            progress(1.0)

        return Action(
            POOL,
            translate("Steps", "delete {disk}, a copy nothing uses any more").format(
                disk=repr(copy["name_label"])
            ),
            [
                f"{xe_at(ctx.plan.master_host.address, ctx.plan.port)} vdi-destroy "
                f"uuid={q(copy['uuid'])}"
            ],
            drop,
        )

    def _live_mover(
        self, ctx: BuildContext, name: str, disks: list[Disk]
    ) -> Callable[[Callable[[float], None]], Awaitable[None]]:
        """Storage XenMotion inside the pool (VDI.pool_migrate): the VM keeps running, and
        XAPI switches its disk to the copy; an interrupted move leaves the original in use."""

        async def run(progress: Callable[[float], None]) -> None:
            shared = await _shared_sr(ctx)
            for index, disk in enumerate(disks):
                if disk.copy is not None:
                    # left by a halted move: the live move makes its own, so that one
                    # would lie on the shared SR unused for ever
                    await ctx.pool_task(
                        "VDI.destroy",
                        disk.copy,
                        action=translate("Steps", "delete an unused copy of a disk of {vm}").format(
                            vm=name
                        ),
                    )
                await ctx.pool_task(
                    "VDI.pool_migrate",
                    disk.vdi,
                    shared,
                    {},
                    action=translate("Steps", "move a disk of {vm} while it runs").format(vm=name),
                    progress=lambda f, i=index: progress((i + f) / len(disks)),
                    timeout=copy_timeout(disk.size),
                )
            progress(1.0)

        return run
