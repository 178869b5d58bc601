import { timingSafeEqual } from 'node:crypto';
import { API_ARGS, type ApiMethod, type PlannerApi, type Result } from '../../shared/api.ts';
import { invokeChecked } from '../shell/ipcGuard.ts';
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
  // the same validation and error handling as an IPC call from the desktop window
  const body = await invokeChecked(api, method, json);
  return { status: !body.ok && body.error.code === 'INVALID_REQUEST' ? 400 : 200, body };
}
