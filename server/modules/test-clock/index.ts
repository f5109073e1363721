// No module imports from the test clock (server/app.ts mounts its routes in the test environment only).
export {};
