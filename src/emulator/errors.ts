/**
 * Stripe's error shape: `{error: {type, code, message, param, doc_url}}` with Stripe's HTTP
 * statuses. Every refusal the emulator makes goes through `EmulatorError`, so a bad request
 * always gets this shape and never a crash.
 */

export type StripeErrorType = 'invalid_request_error' | 'api_error' | 'idempotency_error' | 'authentication_error' | 'permission_error' | 'rate_limit_error';

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
  /** Set by the request check: the parameters themselves were refused, before any behaviour. */
  refusedParams = false;

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

export function stripeErrorBody(type: StripeErrorType, message: string, code?: string, param?: string): StripeErrorBody {
  const error: StripeErrorBody['error'] = { type, message };
  if (code !== undefined) {
    error.code = code;
    error.doc_url = `https://stripe.com/docs/error-codes/${code.replace(/_/g, '-')}`;
  }
  if (param !== undefined) error.param = param;
  return { error };
}

/**
 * 400 for a bad parameter; `param` names it the way Stripe does (`individual[first_name]`).
 * Stripe sends no `code` with its type errors (`Invalid boolean: 1`, `Invalid array`), so
 * none is the default.
 */
export function invalidParam(param: string, message: string, code?: string): EmulatorError {
  return new EmulatorError(400, 'invalid_request_error', message, code, param);
}

export function missingParam(param: string): EmulatorError {
  return new EmulatorError(400, 'invalid_request_error', `Missing required param: ${param}.`, 'parameter_missing', param);
}

export function unknownParam(param: string): EmulatorError {
  return new EmulatorError(400, 'invalid_request_error', `Received unknown parameter: ${param}`, 'parameter_unknown', param);
}

export function invalidInteger(param: string, shown: string): EmulatorError {
  return invalidParam(param, `Invalid integer: ${shown}`, 'parameter_invalid_integer');
}

/** An integer outside its documented range; Stripe's wording for `limit=0`. */
export function outOfRange(param: string, side: 'greater' | 'less', bound: number): EmulatorError {
  return invalidParam(param, `This value must be ${side} than or equal to ${bound}.`, 'parameter_invalid_integer');
}

/** `''` where Stripe cannot unset the parameter. */
export function emptyNotAllowed(param: string): EmulatorError {
  return invalidParam(
    param,
    `You passed an empty string for '${param}'. We assume empty values are an attempt to unset a parameter; however '${param}' cannot be unset. You should remove '${param}' from your request or supply a non-empty value.`,
    'parameter_invalid_empty',
  );
}

export function invalidArray(param: string): EmulatorError {
  return invalidParam(param, 'Invalid array');
}

export function invalidHash(param: string): EmulatorError {
  return invalidParam(param, 'Invalid hash');
}

/** A value outside an enum: `Invalid usage: must be one of reusable or single_use`. */
export function invalidEnum(param: string, allowed: readonly string[]): EmulatorError {
  return invalidParam(param, `Invalid ${param}: must be one of ${oneOfList(allowed)}`);
}

/** `a`, `a or b`, `a, b, or c`. */
export function oneOfList(values: readonly string[]): string {
  if (values.length <= 2) return values.join(' or ');
  return `${values.slice(0, -1).join(', ')}, or ${values[values.length - 1]}`;
}

/** `expand[]` of a property that is not expandable; on lists Stripe points at the `data.` form. */
export function cannotExpand(property: string, listHint = false): EmulatorError {
  const hint = listHint ? ` You may want to try expanding 'data.${property}' instead.` : '';
  return invalidParam('expand', `This property cannot be expanded (${property}).${hint}`);
}

/** 404 `resource_missing`, worded like Stripe: `No such account: 'acct_123'`. */
export function noSuch(objectLabel: string, id: string, param = 'id'): EmulatorError {
  return new EmulatorError(404, 'invalid_request_error', `No such ${objectLabel}: '${id}'`, 'resource_missing', param);
}

/** A request the object's state does not allow (cancel a finished session, refund too much). */
export function badState(message: string, param?: string, code = 'invalid_request'): EmulatorError {
  return new EmulatorError(400, 'invalid_request_error', message, code, param);
}
