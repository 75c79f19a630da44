export * from './server.js';
export * from './http/trust-proxy.js';
