// Bad input gets a 400 whose body names the field; nothing a client sends may become a 500.
import type { Response } from 'restify';
import type { z } from 'zod';

export interface FieldError {
  readonly field: string;
  readonly message: string;
}

export function sendBadRequest(res: Response, errors: readonly FieldError[]): void {
  res.send(400, { error: 'bad-request', field: errors[0]?.field ?? '', errors });
}

export function zodFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((i) => ({ field: i.path.join('.') || '(body)', message: i.message }));
}

export function sendNotFound(res: Response, field: string, message: string): void {
  res.send(404, { error: 'not-found', field, errors: [{ field, message }] });
}
