// Preloaded with --require: any attempt to open a network connection or resolve a name is reported
// on stderr with a marker and fails. Local pipes (stdio, IPC) are not network and stay allowed.
const MARK = 'COPYDESK-NETWORK-ATTEMPT';
function deny(what) {
  return function () {
    process.stderr.write(`${MARK} ${what}\n`);
    throw new Error(`network access attempted: ${what}`);
  };
}
const net = require('net');
const origConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const o = args[0];
  const isPipe = (typeof o === 'string' && !/^\d+$/.test(o)) || (o && typeof o === 'object' && typeof o.path === 'string');
  if (!isPipe) return deny(`net connect ${JSON.stringify(o)}`)();
  return origConnect.apply(this, args);
};
for (const m of ['createServer']) {
  const orig = net[m];
  net[m] = function (...args) {
    const server = orig.apply(this, args);
    const listen = server.listen;
    server.listen = function (...la) {
      const a = la[0];
      const isPipe = typeof a === 'string' || (a && typeof a === 'object' && typeof a.path === 'string');
      if (!isPipe) return deny(`net listen ${JSON.stringify(a)}`)();
      return listen.apply(this, la);
    };
    return server;
  };
}
const dgram = require('dgram');
dgram.createSocket = deny('dgram socket');
const dns = require('dns');
for (const m of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) dns[m] = deny(`dns ${m}`);
for (const m of ['lookup', 'resolve', 'resolve4', 'resolve6']) dns.promises[m] = deny(`dns ${m}`);
for (const mod of ['http', 'https']) {
  const h = require(mod);
  h.request = deny(`${mod} request`);
  h.get = deny(`${mod} get`);
}
if (typeof globalThis.fetch === 'function') globalThis.fetch = deny('fetch');
if (typeof globalThis.WebSocket === 'function') globalThis.WebSocket = deny('WebSocket');
