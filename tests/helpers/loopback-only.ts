/**
 * Preloaded (`node --import tsx --import ./tests/helpers/loopback-only.ts …`) into app processes a
 * test starts with libraries that would reach out on their own (Azure Monitor's resource detection
 * asks the cloud metadata address 169.254.169.254): every connection to anything but loopback fails
 * at once with ECONNREFUSED, so a test never sends traffic off the machine.
 */
import net from 'node:net';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost|::ffff:127\.\d+\.\d+\.\d+)$/;
const connect = net.Socket.prototype.connect;

net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
  const first = args[0];
  const options = (Array.isArray(first) ? first[0] : first) as { host?: string; path?: string } | number | string;
  const host = typeof options === 'object' && options !== null ? (options.path ? 'localhost' : (options.host ?? 'localhost')) : typeof args[1] === 'string' ? args[1] : 'localhost';
  if (!LOOPBACK.test(host)) {
    process.nextTick(() => this.destroy(Object.assign(new Error(`connect ECONNREFUSED ${host} (tests reach loopback only)`), { code: 'ECONNREFUSED' })));
    return this;
  }
  return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;
