// The menu's commands. Kept apart from menu.ts (which builds the labelled template)
// because the sandboxed preload bundles this file: it may import nothing from Node.
import { VIEW_IDS, type ViewId } from '../../shared/views.ts';

/** The nine views of a plan, in menu order (CmdOrCtrl+1 … CmdOrCtrl+9); the ids are the renderer's (#/<view>). */
export const VIEWS = VIEW_IDS;
export type { ViewId };

/** Commands the main process carries out itself (they open or close windows, or need nothing from the page). */
export const MAIN_COMMANDS = ['new', 'open', 'openRecent', 'clearRecent', 'close', 'about'] as const;
export type MainCommand = (typeof MAIN_COMMANDS)[number];

/**
 * Commands sent to the focused window as IPC message `menu:<command>`; the page carries them out through
 * PlannerApi so its store stays in step. saveAs, exportCopy and merge come with `{ path }` chosen in a
 * native dialog first (see PATH_DIALOGS); the others come with no payload (import and export open their dialogs,
 * which ask for format, language and path itself).
 */
export const RENDERER_COMMANDS = ['undo', 'redo', 'saveAs', 'exportCopy', 'merge', 'import', 'export', ...VIEWS.map((v) => `view:${v}` as const)] as const;
export type RendererCommand = (typeof RENDERER_COMMANDS)[number];
export type MenuCommand = MainCommand | RendererCommand;

/** The native dialog main shows before sending a renderer command that needs a file. */
export const PATH_DIALOGS: Partial<Record<RendererCommand, 'save' | 'open'>> = { saveAs: 'save', exportCopy: 'save', merge: 'open' };

export function isRendererCommand(command: MenuCommand): command is RendererCommand {
  return (RENDERER_COMMANDS as readonly string[]).includes(command);
}
