// Lint: typescript-eslint's recommended rules (not type-checked, to stay fast), React's rules of hooks, and
// the layering of docs/ARCHITECTURE.md (the idea of VS Code's code-layering). Packages are restricted with
// `no-restricted-imports` per folder; folders by the path an import resolves to (`project/layers`), so no
// spelling of a relative path slips past:
//   shared/    pure TypeScript: no Node, no Electron, no React, nothing from electron/ or renderer/
//   renderer/  runs in a sandboxed page: no Node, no 'electron', no better-sqlite3, nothing from electron/
//   renderer/features/<view>/  imports no other feature: what two views share lives in renderer/ui or app
//   electron/  only main.ts and preload.ts may import 'electron' (in plain Node that import throws)
//   renderer/  is imported by nobody outside it (test/ excepted: unit tests exercise renderer code)
import { builtinModules } from 'node:module';
import path from 'node:path';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
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
};

const restrict = (...rules) => ({
  'no-restricted-imports': ['error', { patterns: rules.map(({ regex, message }) => ({ regex, message })) }],
});

const ROOT = import.meta.dirname;
/**
 * Folder boundaries, checked on the resolved target: [from (a path prefix or a pattern of the
 * importing file's path), to (a pattern of the target's), message]. Paths are relative to the repository, with '/'.
 */
const BOUNDARIES = [
  ['shared/', /^(electron|renderer)\//, 'shared/ is pure TypeScript: it may not import from electron/ or renderer/. Move what both need into shared/.'],
  ['renderer/', /^electron\//, 'renderer/ may not import from electron/: use shared/ (the PlannerApi contract, the model) instead.'],
  [/^(?!renderer\/|test\/)/, /^renderer\//, 'Nothing outside renderer/ imports renderer/: move what is shared to shared/.'],
  ['test/', /^electron\/(main|preload)(\.ts)?$/, "Tests run in plain Node: electron/main.ts and electron/preload.ts import 'electron'; test the electron/shell/ modules they use."],
];
// The File menu's two layers open each other's dialogs; views stay apart from every other feature.
const FEATURE_PAIRS = new Set(['sharing>exchange', 'exchange>sharing']);
const featureOf = (file) => /^renderer\/features\/([^/]+)\//.exec(file)?.[1];

const layers = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const from = path.relative(ROOT, context.filename).split(path.sep).join('/');
    const check = (node) => {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const to = path.relative(ROOT, path.resolve(path.dirname(context.filename), source.value)).split(path.sep).join('/');
      for (const [a, b, message] of BOUNDARIES) {
        const fromMatches = typeof a === 'string' ? from.startsWith(a) : a.test(from);
        if (fromMatches && b.test(to)) return context.report({ node: source, message });
      }
      const [mine, theirs] = [featureOf(from), featureOf(to)];
      if (mine && theirs && mine !== theirs && !FEATURE_PAIRS.has(`${mine}>${theirs}`)) {
        context.report({ node: source, message: `features/${mine} may not import features/${theirs}: a feature stands alone. Move what both use into renderer/ui/ (widgets) or renderer/app/ (app state).` });
      }
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default defineConfig(
  globalIgnores(['dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/', 'coverage/']),
  tseslint.configs.recommended,
  {
    name: 'project/rules',
    plugins: { project: { rules: { layers } } },
    rules: {
      'project/layers': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  {
    // renderer/ only: Playwright's fixtures call their own `use`, which is no hook. exhaustive-deps warns
    // rather than fails: several effects run on purpose only when one value changes (see their comments).
    name: 'project/react-hooks',
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  // Order matters: for one rule, the last block that matches a file wins.
  { name: 'layering/everywhere', files: ['**/*.{js,mjs,cjs,ts,tsx,mts,cts}'], rules: restrict(R.electronModule) },
  { name: 'layering/shared', files: ['shared/**'], rules: restrict(R.node, R.electronModule, R.sqlite, R.react) },
  { name: 'layering/renderer', files: ['renderer/**'], rules: restrict(R.node, R.electronModule, R.sqlite) },
  { name: 'layering/electron-entry-points', files: ['electron/main.ts', 'electron/preload.ts'], rules: { 'no-restricted-imports': 'off' } },
);
