import { afterEach, describe, expect, it, vi } from 'vitest';
import { MERGE_VIEWS } from '../../../shared/logic/merge.ts';
import { VIEW_IDS } from '../../../shared/views.ts';
import { enViews, zhCNViews } from '../../../renderer/app/i18n/views.ts';
import { FEATURES, runViewCommand } from '../../../renderer/app/views.ts';
import { RENDERER_COMMANDS, VIEWS as MENU_VIEWS } from '../../../electron/shell/menuCommands.ts';

describe('the feature modules', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('one per view, in the one list, each under its own id', () => {
    expect(Object.keys(FEATURES)).toEqual([...VIEW_IDS]);
    for (const id of VIEW_IDS) expect(FEATURES[id].id).toBe(id);
    expect(MERGE_VIEWS).toEqual(VIEW_IDS);
    expect(MENU_VIEWS).toEqual(VIEW_IDS);
  });

  it('serve the words the app gathers', () => {
    for (const id of VIEW_IDS) {
      expect(FEATURES[id].i18n.en).toBe(enViews[id]);
      expect(FEATURES[id].i18n.zhCN).toBe(zhCNViews[id]);
    }
  });

  it('answer the menu’s view commands by going to their view', () => {
    const location = { hash: '' };
    vi.stubGlobal('location', location);
    for (const id of VIEW_IDS) {
      expect(RENDERER_COMMANDS).toContain(`view:${id}`);
      expect(runViewCommand(`view:${id}`)).toBe(true);
      expect(location.hash).toBe(`#/${id}`);
    }
    expect(runViewCommand('view:nope')).toBe(false);
    expect(runViewCommand('undo')).toBe(false);
  });

  it('load their paper versions on demand', async () => {
    const names = async (loaders: readonly (() => Promise<{ name: string }>)[]) => (await Promise.all(loaders.map((load) => load()))).map((c) => c.name);
    expect(await names(FEATURES.timeline.print)).toEqual(['PrintSchedule']);
    expect(await names(FEATURES.risks.print)).toEqual(['PrintRegister', 'PrintCompliance', 'PrintPlaybooks']);
  });
});
