/**
 * `npm run dev`: the service on :8080 in development mode (pretty logs,
 * cookies without Secure) and Vite's dev server with hot reload on :5173,
 * which proxies /api to the service. Open http://localhost:5173.
 */
import { spawn } from 'node:child_process';

const env = { ...process.env, TELEDERM_ENV: 'development' };
const children = [
  spawn('node', ['--watch-path=server', '--watch-path=shared', 'server/main.ts'], { stdio: 'inherit', env }),
  spawn('vite', [], { stdio: 'inherit', env }),
];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', stop);
