/**
 * The views of a plan, in the order of the app's navigation (and of the menu's CmdOrCtrl+1 … 9). The one
 * list: the renderer's routes and feature modules, the native menu, the merge review's groups and the
 * tests all derive from it, so adding a view starts here (docs/ARCHITECTURE.md, "Adding a view").
 */
export const VIEW_IDS = ['overview', 'timeline', 'content', 'budget', 'risks', 'goals', 'audience', 'team', 'brief'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export function isViewId(value: string): value is ViewId {
  return (VIEW_IDS as readonly string[]).includes(value);
}
