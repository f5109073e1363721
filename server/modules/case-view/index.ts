// The case view only reads other modules: no module imports from it (server/app.ts mounts its route).
export {};
