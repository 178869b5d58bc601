// Lint: typescript-eslint's recommended rules (not type-checked, to stay fast) plus the layering of
// ARCHITECTURE.md, enforced with `no-restricted-imports` per folder (the idea of VS Code's code-layering):
//   shared/    pure TypeScript: no Node, no Electron, no React, nothing from electron/ or renderer/
//   renderer/  runs in a sandboxed page: no Node, no 'electron', no better-sqlite3, nothing from electron/
//   electron/  only main.ts and preload.ts may import 'electron' (in plain Node that import throws)
//   renderer/  is imported by nobody outside it (test/ excepted: unit tests exercise renderer code)
import { builtinModules } from 'node:module';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

const alternation = (names) => names.map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
const nodeBuiltins = builtinModules.filter((m) => !m.startsWith('node:'));

/** Each restriction is one `no-restricted-imports` pattern; a folder's rule lists the ones that apply to it. */
const R = {
  node: {
    regex: `^(node:|(${alternation(nodeBuiltins)})(/|$))`,
    message: 'Node built-ins are for electron/ only: this layer also runs in the browser.',
  },
  electronModule: {
    regex: '^electron(/|$)',
    message: "Only electron/main.ts and electron/preload.ts may import 'electron'; elsewhere (plain Node, tests, the web host) that import throws. Put the decision in electron/shell/ and keep the entry points thin.",
  },
  sqlite: {
    regex: '^better-sqlite3(/|$)',
    message: 'The plan file is reached only through PlannerApi (electron/services, electron/store).',
  },
  react: {
    regex: '^(react|react-dom)(/|$)',
    message: 'shared/ is pure TypeScript: UI code belongs in renderer/.',
  },
  electronDir: {
    regex: '^(\\.\\./)+electron(/|$)',
    message: 'This layer may not import from electron/: use shared/ (the PlannerApi contract, the model) instead.',
  },
  rendererDir: {
    regex: '^(\\.\\./)+renderer(/|$)',
    message: 'Nothing outside renderer/ imports renderer/: move what is shared to shared/.',
  },
  electronEntry: {
    regex: '^(\\.\\./)+electron/(main|preload)(\\.ts)?$',
    message: "Tests run in plain Node: electron/main.ts and electron/preload.ts import 'electron'; test the electron/shell/ modules they use.",
  },
};

const restrict = (...rules) => ({
  'no-restricted-imports': ['error', { patterns: rules.map(({ regex, message }) => ({ regex, message })) }],
});

export default defineConfig(
  globalIgnores(['dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/', 'coverage/']),
  tseslint.configs.recommended,
  {
    name: 'project/rules',
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  // Order matters: for one rule, the last block that matches a file wins.
  { name: 'layering/everywhere', files: ['**/*.{js,mjs,cjs,ts,tsx,mts,cts}'], rules: restrict(R.electronModule, R.rendererDir) },
  { name: 'layering/shared', files: ['shared/**'], rules: restrict(R.node, R.electronModule, R.sqlite, R.react, R.electronDir, R.rendererDir) },
  { name: 'layering/renderer', files: ['renderer/**'], rules: restrict(R.node, R.electronModule, R.sqlite, R.electronDir) },
  { name: 'layering/electron-entry-points', files: ['electron/main.ts', 'electron/preload.ts'], rules: restrict(R.rendererDir) },
  { name: 'layering/test', files: ['test/**'], rules: restrict(R.electronModule, R.electronEntry) },
);
