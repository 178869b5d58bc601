import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { API_ARGS, type ApiMethod, type PlannerApi, type Result } from '../../shared/api.ts';
import { PlannerError } from '../../shared/errors.ts';

/** What one API request answers: an HTTP status and a Result body. */
export interface ApiResponse {
  status: number;
  body: Result<unknown>;
}

/** An INVALID_REQUEST answer with the given HTTP status. */
export function invalidRequest(status: number, detail: string): ApiResponse {
  return { status, body: { ok: false, error: new PlannerError('INVALID_REQUEST', { detail }).toApiError() } };
}

function isApiMethod(name: string): name is ApiMethod {
  return Object.hasOwn(API_ARGS, name);
}

/** Constant-time check of an `Authorization: Bearer <token>` header. */
export function hasToken(header: string | undefined, token: string): boolean {
  if (!header?.startsWith('Bearer ')) return false;
  const given = Buffer.from(header.slice('Bearer '.length));
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/** Answers a request whose token was checked: the body is the JSON text of the method's argument array. */
export async function callApi(api: PlannerApi, method: string, bodyText: string): Promise<ApiResponse> {
  if (!isApiMethod(method)) return invalidRequest(404, `unknown method ${method.slice(0, 64)}`);
  let json: unknown;
  try {
    json = bodyText.trim() === '' ? [] : JSON.parse(bodyText);
  } catch {
    return invalidRequest(400, 'the body is not JSON');
  }
  if (!Array.isArray(json)) return invalidRequest(400, 'the body must be a JSON array of arguments');
  const parsed = API_ARGS[method].safeParse(json);
  if (!parsed.success) return invalidRequest(400, z.prettifyError(parsed.error).slice(0, 1000));
  try {
    const call = api[method] as (...args: unknown[]) => Promise<Result<unknown>>;
    return { status: 200, body: await call.apply(api, parsed.data as unknown[]) };
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    const error = err instanceof PlannerError ? err.toApiError() : new PlannerError('INTERNAL', { detail }).toApiError();
    return { status: 500, body: { ok: false, error } };
  }
}
