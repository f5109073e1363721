// No module imports from health (server/app.ts mounts its routes).
export {};
