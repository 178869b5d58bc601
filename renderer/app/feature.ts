/**
 * What a view's folder offers the app: renderer/features/<view>/index.ts exports one `feature` made with
 * `defineView`, and app/views.ts gathers them, typed against shared/views.ts so a view missing from
 * either side fails the typecheck.
 */
import type { ComponentType } from 'react';
import type { ViewId } from '../../shared/views.ts';
import { hrefOf } from './router.ts';

/** A command of the native menu (sent as `menu:<id>`) that a view carries out. */
export interface ViewCommand {
  id: string;
  run: () => void;
}

export interface ViewFeature<Id extends ViewId = ViewId> {
  id: Id;
  /** draws the view in the app's main area */
  component: ComponentType;
  /** the view's words, served under `views.<id>` */
  i18n: { en: object; zhCN: object };
  /**
   * The paper versions the view renders for printing (shown only in print media). A view without any
   * prints as it is on screen, less what print.css leaves off. Loaders, not components: importing them
   * here put the Risks register and the Timeline's model into the code parsed before the first view.
   */
  print: readonly (() => Promise<ComponentType<never>>)[];
  /** always starts with `view:<id>` (go to the view: CmdOrCtrl+1 … 9 in the desktop menu) */
  commands: readonly ViewCommand[];
}

export function defineView<Id extends ViewId>(feature: Omit<ViewFeature<Id>, 'commands' | 'print'> & Partial<Pick<ViewFeature<Id>, 'commands' | 'print'>>): ViewFeature<Id> {
  const goTo: ViewCommand = {
    id: `view:${feature.id}`,
    run: () => {
      location.hash = hrefOf(feature.id);
    },
  };
  return { ...feature, print: feature.print ?? [], commands: [goTo, ...(feature.commands ?? [])] };
}
