// Every error answer has one shape, {error, field, errors:[{field, message}]}: bad input is a 400
// naming the field, and nothing a client sends may become a 500.
import type { Response } from 'restify';
import type { z } from 'zod';

export interface FieldError {
  readonly field: string;
  readonly message: string;
}

export interface ErrorBody {
  readonly error: string;
  readonly field: string;
  readonly errors: readonly FieldError[];
}

/** The `error` word for each status the server answers with. */
const ERROR_WORDS: Readonly<Record<number, string>> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  406: 'not-acceptable',
  409: 'conflict',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  429: 'too-many-requests',
  431: 'header-fields-too-large',
  500: 'internal',
  503: 'unavailable',
};

export const errorWord = (status: number): string =>
  ERROR_WORDS[status] ?? (status >= 500 ? 'internal' : 'bad-request');

export function errorBody(status: number, errors: readonly FieldError[]): ErrorBody {
  return { error: errorWord(status), field: errors[0]?.field ?? '', errors };
}

export function sendError(res: Response, status: number, field: string, message: string): void {
  res.send(status, errorBody(status, [{ field, message }]));
}

export function sendBadRequest(res: Response, errors: readonly FieldError[]): void {
  res.send(400, errorBody(400, errors));
}

export function zodFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((i) => ({ field: i.path.join('.') || '(body)', message: i.message }));
}

export function sendNotFound(res: Response, field: string, message: string): void {
  sendError(res, 404, field, message);
}
