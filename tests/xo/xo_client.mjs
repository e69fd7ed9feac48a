// Xen Orchestra's own XAPI client (npm xen-api) against one simulated pool master.
// Usage: node xo_client.mjs CLIENT_DIR '{"url":…,"user":…,"password":…,"transports":[…]}'
// Prints one JSON line: what the client saw, per transport.
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const [clientDir, configText] = process.argv.slice(2)
const { Xapi } = await import(pathToFileURL(join(clientDir, 'node_modules', 'xen-api', 'index.mjs')))
const config = JSON.parse(configText)

const until = async (what, check, ms = 30e3) => {
  const end = Date.now() + ms
  for (;;) {
    const value = check()
    if (value !== undefined && value !== false) return value
    if (Date.now() > end) throw new Error('timed out waiting for ' + what)
    await new Promise(resolve => setTimeout(resolve, 20))
  }
}

const kind = value => (value instanceof Date ? (Number.isNaN(+value) ? 'invalid Date' : 'Date') : typeof value)

async function session(transport, index) {
  const xapi = new Xapi({
    url: config.url,
    auth: { user: config.user, password: config.password },
    allowUnauthorized: true,
    transport,
    debounce: 20,
  })
  await xapi.connect()
  await xapi.objectsFetched
  const all = Object.values(xapi.objects.all)
  const of = type => all.filter(o => o.$type === type)
  const counts = {}
  for (const o of all) counts[o.$type] = (counts[o.$type] ?? 0) + 1
  const pool = xapi.pool
  const seen = {
    pool: { name_label: pool.name_label, ha_enabled: pool.ha_enabled, ha_host_failures_to_tolerate: String(pool.ha_host_failures_to_tolerate), master: xapi.getObjectByRef(pool.master).name_label },
    hosts: of('host').map(h => ({ name_label: h.name_label, address: h.address, enabled: h.enabled, live: h.$metrics.live })),
    srs: of('SR').map(sr => ({
      name_label: sr.name_label,
      type: sr.type,
      shared: sr.shared,
      pbds: sr.$PBDs.map(pbd => ({ host: pbd.$host.name_label, currently_attached: pbd.currently_attached })),
    })),
    counts,
    last_updated: kind(of('host_metrics')[0].last_updated),
    memory_total: typeof of('host_metrics')[0].memory_total,
  }

  // tasks: a ref result, a set result, a void result and a failure, each followed by events
  const master = xapi.getObjectByRef(pool.master)
  const eth1 = master.$PIFs.find(pif => pif.device === 'eth1' && String(pif.VLAN) === '-1')
  const network = await xapi.callAsync('network.create', {
    name_label: 'xo ' + transport, name_description: '', MTU: 1500, other_config: {}, tags: [],
  })
  const label = (await until('the new network', () => xapi.getObjectByRef(network, undefined))).name_label
  const vlanPifs = await xapi.callAsync('pool.create_VLAN_from_PIF', eth1.$ref, network, String(310 + index))
  const plugged = await xapi.callAsync('PIF.plug', vlanPifs[0])
  let failure
  try {
    await xapi.callAsync('pool.create_VLAN_from_PIF', eth1.$ref, network, String(310 + index))
  } catch (error) {
    failure = error.code
  }
  seen.tasks = {
    network_label: label,
    vlan_pifs: vlanPifs.length,
    vlan_pifs_known: vlanPifs.every(ref => xapi.getObjectByRef(ref, undefined)?.network === network),
    void_result: plugged,
    failure,
  }

  // events: a change made through the client comes back through event.from
  const name = `renamed over ${transport}`
  await xapi.call('pool.set_name_label', pool.$ref, name)
  seen.renamed = await until('the rename event', () => xapi.pool.name_label === name)
  await xapi.barrier()
  seen.barrier = true
  const taskRef = await xapi.call('task.create', 'xo probe', '')
  const task = await until('the new task', () => xapi.getObjectByRef(taskRef, undefined))
  seen.task_created = kind(task.created)
  seen.task_finished = task.finished instanceof Date ? task.finished.toISOString() : task.finished
  await xapi.call('task.destroy', taskRef)

  // the legacy event API, through the same transport
  await xapi.call('event.register', ['pool'])
  await xapi.call('pool.set_name_label', pool.$ref, config.pool_name)
  // (the barrier's own clean-up may land first: event.next answers whatever came since)
  let legacy = []
  while (!legacy.some(e => e.snapshot?.name_label === config.pool_name)) {
    legacy = legacy.concat(await xapi.call('event.next'))
  }
  seen.legacy_classes = [...new Set(legacy.map(e => e.class))]
  seen.legacy = legacy.filter(e => e.snapshot?.name_label === config.pool_name).map(e => [e.class, e.operation])
  await xapi.call('event.unregister', ['pool'])
  await xapi.disconnect()
  return seen
}

const result = {}
let index = 0
for (const transport of config.transports) result[transport] = await session(transport, index++)
process.stdout.write(JSON.stringify(result) + '\n')
process.exit(0)
