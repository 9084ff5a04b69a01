/**
 * Terminal readers: an action request (`process_payment_intent`, `collect_inputs`, ...) puts
 * the reader's `action` `in_progress`, with the request's parameters under the action's type;
 * the test helpers finish it as a customer at the reader would: presenting a payment method,
 * completing or timing out an input collection.
 */

import { badState } from '../errors';
import { isPlainObject, type StripeObject } from '../model';
import type { StoredObject } from '../store';
import type { ActionHandler, Behaviour } from './types';

const ACTION_TYPE = 'TerminalReaderAction';

/** Reader actions a request starts; each waits for the reader (or a test helper) to finish. */
const STARTED_ACTIONS = [
  'collect_inputs',
  'collect_payment_method',
  'confirm_payment_intent',
  'process_payment_intent',
  'process_setup_intent',
  'refund_payment',
  'set_reader_display',
] as const;

/** Actions that wait for a payment method at the reader: `present_payment_method` finishes them. */
const AWAITS_PAYMENT_METHOD = new Set(['collect_payment_method', 'process_payment_intent', 'process_setup_intent', 'refund_payment']);

function startAction(type: string): ActionHandler {
  return (ctx, target, params) => {
    const reader = target!;
    const action = ctx.model.materialize(ACTION_TYPE, { created: ctx.now() }, 1);
    action.type = type;
    action.status = 'in_progress';
    ctx.model.merge(ACTION_TYPE, action, { [type]: params }, ctx.now());
    reader.data.action = action;
    return reader;
  };
}

/** The reader's action, when it is in progress and of one of `types`; else a 400 saying why. */
function actionInProgress(reader: StoredObject, types: ReadonlySet<string>, helper: string): StripeObject {
  const action = reader.data.action;
  if (!isPlainObject(action) || action.status !== 'in_progress' || !types.has(String(action.type))) {
    const what = isPlainObject(action) ? `its action is ${String(action.type)}, ${String(action.status)}` : 'it has no action';
    throw badState(`The reader ${String(reader.data.id)} cannot ${helper}: ${what}.`, undefined, 'terminal_reader_invalid_state');
  }
  return action;
}

function finish(action: StripeObject, failure?: { code: string; message: string }): void {
  action.status = failure === undefined ? 'succeeded' : 'failed';
  action.failure_code = failure?.code ?? null;
  action.failure_message = failure?.message ?? null;
}

const COLLECT_INPUTS = new Set(['collect_inputs']);

export const terminal_reader: Behaviour = {
  actions: {
    ...Object.fromEntries(STARTED_ACTIONS.map((type) => [type, startAction(type)])),
    present_payment_method(_ctx, target) {
      finish(actionInProgress(target!, AWAITS_PAYMENT_METHOD, 'take a payment method'));
      return target!;
    },
    succeed_input_collection(_ctx, target) {
      finish(actionInProgress(target!, COLLECT_INPUTS, 'complete an input collection'));
      return target!;
    },
    timeout_input_collection(_ctx, target) {
      // The failure code is ours: Stripe documents the helper, not the code it leaves.
      finish(actionInProgress(target!, COLLECT_INPUTS, 'time out an input collection'), {
        code: 'input_collection_timeout',
        message: 'The customer did not complete the input collection in time.',
      });
      return target!;
    },
  },
};
