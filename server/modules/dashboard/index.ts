// No module imports from the dashboard (server/app.ts mounts its routes).
export {};
