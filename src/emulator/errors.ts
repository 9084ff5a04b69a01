/**
 * Stripe's error shape: `{error: {type, code, message, param, doc_url}}` with Stripe's HTTP
 * statuses. Every refusal the emulator makes goes through `EmulatorError`, so a bad request
 * always gets this shape and never a crash.
 */

export type StripeErrorType =
  | 'invalid_request_error'
  | 'api_error'
  | 'idempotency_error'
  | 'authentication_error'
  | 'permission_error'
  | 'rate_limit_error';

export interface StripeErrorBody {
  error: {
    type: StripeErrorType;
    code?: string;
    message: string;
    param?: string;
    doc_url?: string;
  };
}

export class EmulatorError extends Error {
  constructor(
    readonly status: number,
    readonly type: StripeErrorType,
    message: string,
    readonly code?: string,
    readonly param?: string,
  ) {
    super(message);
    this.name = 'EmulatorError';
  }

  toBody(): StripeErrorBody {
    return stripeErrorBody(this.type, this.message, this.code, this.param);
  }
}

export function stripeErrorBody(
  type: StripeErrorType,
  message: string,
  code?: string,
  param?: string,
): StripeErrorBody {
  const error: StripeErrorBody['error'] = { type, message };
  if (code !== undefined) {
    error.code = code;
    error.doc_url = `https://stripe.com/docs/error-codes/${code.replace(/_/g, '-')}`;
  }
  if (param !== undefined) error.param = param;
  return { error };
}

/** 400 for a bad parameter; `param` names it the way Stripe does (`individual[first_name]`). */
export function invalidParam(param: string, message: string, code = 'parameter_invalid'): EmulatorError {
  return new EmulatorError(400, 'invalid_request_error', message, code, param);
}

export function missingParam(param: string): EmulatorError {
  return new EmulatorError(400, 'invalid_request_error', `Missing required param: ${param}.`, 'parameter_missing', param);
}

export function unknownParam(param: string): EmulatorError {
  return new EmulatorError(400, 'invalid_request_error', `Received unknown parameter: ${param}`, 'parameter_unknown', param);
}

/** 404 `resource_missing`, worded like Stripe: `No such account: 'acct_123'`. */
export function noSuch(objectLabel: string, id: string, param = 'id'): EmulatorError {
  return new EmulatorError(404, 'invalid_request_error', `No such ${objectLabel}: '${id}'`, 'resource_missing', param);
}

/** A request the object's state does not allow (cancel a finished session, refund too much). */
export function badState(message: string, param?: string, code = 'invalid_request'): EmulatorError {
  return new EmulatorError(400, 'invalid_request_error', message, code, param);
}
