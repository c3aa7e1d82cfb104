// Preloaded into the Agents Playground (`node --require`). The Playground calls listen(port) without
// a host, which listens on every interface and would expose its mock connector and JSON API to the
// network. Pin every host-less TCP listen in the process to 127.0.0.1.
'use strict';
const net = require('node:net');

const originalListen = net.Server.prototype.listen;
net.Server.prototype.listen = function listenOnLoopback(...args) {
    const [first, second] = args;
    const isPort = typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first));
    if (isPort && (args.length === 1 || typeof second === 'function')) {
        args.splice(1, 0, '127.0.0.1');
    } else if (first && typeof first === 'object' && !Array.isArray(first)
        && first.port !== undefined && first.host === undefined && first.path === undefined) {
        args[0] = { ...first, host: '127.0.0.1' };
    }
    return originalListen.apply(this, args);
};
