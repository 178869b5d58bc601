import { z } from 'zod';
import { API_ARGS, type ApiMethod, type PlannerApi, type Result } from '../../shared/api.ts';
import { PlannerError } from '../../shared/errors.ts';
import { isAppUrl } from './navigation.ts';

function invalid(detail: string): Result<never> {
  return { ok: false, error: new PlannerError('INVALID_REQUEST', { detail }).toApiError() };
}

export function isApiMethod(name: string): name is ApiMethod {
  return Object.hasOwn(API_ARGS, name);
}

/** Only a frame showing the app itself (app://campaign-planner/…) may call the backend. */
export function isTrustedSender(frameUrl: string | null | undefined): boolean {
  return isAppUrl(frameUrl);
}

/** Checks the arguments against API_ARGS[method] and calls the method with the parsed values; never throws. */
export async function invokeChecked(api: PlannerApi, method: string, args: unknown): Promise<Result<unknown>> {
  if (!isApiMethod(method)) return invalid(`unknown method ${String(method).slice(0, 64)}`);
  if (!Array.isArray(args)) return invalid('the arguments must be an array');
  const parsed = API_ARGS[method].safeParse(args);
  if (!parsed.success) return invalid(z.prettifyError(parsed.error).slice(0, 1000));
  try {
    const call = api[method] as (...a: unknown[]) => Promise<Result<unknown>>;
    return await call.apply(api, parsed.data as unknown[]);
  } catch (err) {
    if (err instanceof PlannerError) return { ok: false, error: err.toApiError() };
    const detail = err instanceof Error ? err.message : String(err);
    return { ok: false, error: new PlannerError('INTERNAL', { detail }).toApiError() };
  }
}

/** What main.ts knows about an IPC call: the webContents it came from, and the sending frame. */
export interface IpcCall {
  senderId: number;
  /** the sending frame's URL (null when the frame is gone) */
  frameUrl: string | null | undefined;
  /** false for a call from a subframe: only the top page talks to the backend */
  isMainFrame: boolean;
  args: unknown[];
}

/**
 * The handler of `planner:<method>`: refuses a sender that is not the app's top page or has no plan window,
 * validates the payload, then calls that window's PlannerApi. Answers a Result, never throws.
 */
export function guardedHandler(method: ApiMethod, apiFor: (senderId: number) => PlannerApi | undefined) {
  return async (call: IpcCall): Promise<Result<unknown>> => {
    if (!call.isMainFrame) return invalid('calls are accepted only from the top frame of a window');
    if (!isTrustedSender(call.frameUrl)) return invalid(`calls are accepted only from the app's own pages, not from ${String(call.frameUrl ?? 'an unknown frame').slice(0, 200)}`);
    const api = apiFor(call.senderId);
    if (!api) return invalid('this window has no plan');
    return invokeChecked(api, method, call.args);
  };
}
