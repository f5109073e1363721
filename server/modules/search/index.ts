// No module imports from search (server/app.ts mounts its routes).
export {};
