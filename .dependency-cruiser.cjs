/**
 * Module boundaries (issue 19), checked by `npm run check:boundaries`. Each rule says why it exists.
 * Docs: https://github.com/sverweij/dependency-cruiser/blob/main/doc/rules-reference.md
 */

/** Tests reach into modules on purpose (they test internals), as do the factories they share. */
const tests = ['\\.test\\.tsx?$', '^server/testing/'];

const moduleIndex = '^server/modules/[^/]+/index\\.ts$';

/**
 * The only files that import another module's internals: a file that has no imports of its own, taken directly
 * because the module's index.ts would lead back to the importer, an import cycle through the barrels.
 */
const leafImports = [
  {
    from: '^server/modules/(patients)/patients\\.repository\\.ts$',
    to: '^server/modules/requests/(lifecycle|requests\\.repository)\\.ts$',
  },
  {
    from: '^server/modules/(requests)/decide-eligibility\\.ts$',
    to: '^server/modules/images/lesions-without-images\\.ts$',
  },
];

const reachingComment =
  "A module's index.ts is its public surface: importing another module's other files couples to its internals, " +
  'which then cannot change without breaking a stranger.';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-reaching-into-modules',
      comment: reachingComment,
      severity: 'error',
      from: { path: '^server/modules/([^/]+)/', pathNot: [...tests, ...leafImports.map((leaf) => leaf.from)] },
      to: { path: '^server/modules/', pathNot: ['^server/modules/$1/', moduleIndex] },
    },
    ...leafImports.map((leaf) => ({
      name: 'no-reaching-into-modules',
      comment: `${reachingComment} This file may also import the one named here (see leafImports).`,
      severity: 'error',
      from: { path: leaf.from },
      to: { path: '^server/modules/', pathNot: ['^server/modules/$1/', moduleIndex, leaf.to] },
    })),
    {
      name: 'http-knows-no-module',
      comment:
        'server/http is the plumbing every module builds on (errors, access control, actors): were it to import a ' +
        'module, every module would depend on that one. Modules are plugged into it from server/app.ts instead.',
      severity: 'error',
      from: { path: '^server/http/', pathNot: tests },
      to: { path: '^server/modules/' },
    },
    {
      name: 'shared-is-pure',
      comment: 'shared/ is bundled into the browser as well: it may use neither the server nor the web app.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: ['^server/', '^web/'] },
    },
    {
      name: 'shared-is-pure',
      comment: 'shared/ is bundled into the browser as well, where Node built-ins do not exist.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'web-not-server',
      comment:
        'The web app reaches the server over HTTP only; server code would drag Node and secrets into the bundle.',
      severity: 'error',
      from: { path: '^web/src/' },
      to: { path: '^server/' },
    },
    {
      name: 'no-circular',
      comment:
        'Files that import each other in a ring, through index.ts barrels especially, can meet a binding not yet ' +
        'initialised at start ("Cannot access X before initialization").',
      severity: 'error',
      from: {},
      // A type-only import is erased before the code runs, so it cannot close a ring at start.
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-circular-modules',
      comment:
        'Modules that depend on each other in a ring cannot be understood, tested or changed one at a time. A warning ' +
        'for now: the domain modules form many such rings (requests ↔ review, images, patients), and tests add more.',
      severity: 'warn',
      scope: 'folder',
      from: { path: '^server/modules/[^/]+$' },
      to: { path: '^server/modules/[^/]+$', circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a boundary holds for types too.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
