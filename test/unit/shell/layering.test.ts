// The layering of ARCHITECTURE.md, proven on small virtual files linted with the project's own config.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
// spelled in two parts so that no file of the test suite literally imports the module
const E = ['elec', 'tron'].join('');

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The layering messages (restricted packages, folders crossed) ESLint gives for `code` as if it were the file at `filePath`. */
async function violations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath });
  const messages = result?.messages ?? [];
  const fatal = messages.filter((m) => m.fatal);
  if (fatal.length) throw new Error(fatal.map((m) => m.message).join('\n'));
  return messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'project/layers').map((m) => m.message);
}

const imports = (from: string) => `import x from '${from}';\nexport default x;`;

function expectForbidden(file: string, sources: string[]) {
  for (const source of sources) {
    it(`${file} may not import ${source}`, async () => {
      expect(await violations(file, imports(source))).toHaveLength(1);
    });
  }
}

function expectAllowed(file: string, sources: string[]) {
  for (const source of sources) {
    it(`${file} may import ${source}`, async () => {
      expect(await violations(file, imports(source))).toEqual([]);
    });
  }
}

describe('shared/ is pure TypeScript', () => {
  const file = 'shared/logic/example.ts';
  expectForbidden(file, ['node:fs', 'fs', 'fs/promises', 'path', 'node:path', 'crypto', E, `${E}/main`, 'react', 'react-dom/client', 'react/jsx-runtime', 'better-sqlite3', '../../electron/store/plan-file.ts', '../../electron/shell/csp.ts', '../../renderer/main.tsx', '../../renderer/app/App.tsx']);
  expectAllowed(file, ['zod', '../model/registry.ts', './hlc.ts', '../api.ts']);

  it('also refuses type-only imports and re-exports across the boundary', async () => {
    expect(await violations(file, "import type { PlanService } from '../../electron/services/plan-service.ts';")).toHaveLength(1);
    expect(await violations(file, "export { join } from 'node:path';")).toHaveLength(1);
    expect(await violations(file, "export * from '../../renderer/app/App.tsx';")).toHaveLength(1);
  });
});

describe('renderer/ reaches the backend only through PlannerApi', () => {
  const file = 'renderer/features/timeline/TimelineView.tsx';
  expectForbidden(file, ['node:fs', 'fs', 'os', 'child_process', E, `${E}/renderer`, 'better-sqlite3', '../../../electron/services/plan-service.ts', '../../../electron/preload.ts']);
  expectAllowed(file, ['react', 'zustand', 'frappe-gantt', '../../../shared/api.ts', '../../app/store.ts', './Gantt.tsx']);
});

describe('a feature imports no other feature', () => {
  const file = 'renderer/features/overview/OverviewView.tsx';
  expectForbidden(file, ['../goals/widgets.tsx', '../../features/goals/i18n.ts', './../team/model.ts', '../overview/../budget/money.ts']);
  expectAllowed(file, ['./HeatMap.tsx', '../overview/colors.ts', '../../ui/Progress.tsx', '../../app/router.ts', '../../../shared/logic/overview.ts']);
  // the File menu's two layers open each other's dialogs
  expectAllowed('renderer/features/sharing/FileMenu.tsx', ['../exchange/state.ts']);
  expectForbidden('renderer/features/sharing/FileMenu.tsx', ['../timeline/model.ts']);

  it('whatever way the path is spelled, and for dynamic imports too', async () => {
    expect(await violations(file, "export const m = import('../goals/tree.ts');")).toHaveLength(1);
    expect(await violations('shared/logic/example.ts', "export * from './../../shared/../renderer/app/router.ts';")).toHaveLength(1);
  });
});

describe("only electron/main.ts and electron/preload.ts import 'electron'", () => {
  expectForbidden('electron/services/plan-service.ts', [E, `${E}/main`, '../../renderer/main.tsx']);
  expectForbidden('electron/shell/windowOptions.ts', [E]);
  expectForbidden('electron/web-host.ts', [E, '../renderer/app/App.tsx']);
  expectForbidden('electron/cli.ts', [E]);
  expectAllowed('electron/store/plan-file.ts', ['node:fs', 'better-sqlite3', 'zod', '../../shared/model/registry.ts', './lock.ts']);
  expectAllowed('electron/main.ts', [E, './shell/menu.ts', './services/plan-service.ts', 'node:path']);
  expectAllowed('electron/preload.ts', [E, './shell/channels.ts']);
  expectForbidden('electron/main.ts', ['../renderer/main.tsx']);
  expectForbidden('electron/preload.ts', ['../renderer/main.tsx']);
});

describe('tests and scripts run in plain Node', () => {
  expectForbidden('test/unit/shell/example.test.ts', [E, '../../../electron/main.ts', '../../../electron/preload.ts', '../../../electron/main']);
  expectAllowed('test/unit/shell/example.test.ts', ['../../../electron/shell/csp.ts', '../../../renderer/app/store.ts', '../../../shared/api.ts', 'node:fs']);
  expectForbidden('scripts/example.mjs', [E, '../renderer/main.tsx']);
  expectForbidden('vite.config.ts', [E]);
});
