export * from './server.js';
export * from './http/trust-proxy.js';
export * from './http/route-table.js';
