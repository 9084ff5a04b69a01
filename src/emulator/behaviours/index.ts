/** Hand-written behaviours, keyed by Stripe `object` value. Everything else is generic. */

import { account, account_link, account_session, bank_account, capability, card, login_link } from './connect';
import { crypto_onramp_quotes, crypto_onramp_session } from './crypto';
import { product_feature } from './entitlements';
import { financial_connections_account } from './financial-connections';
import { identity_verification_session } from './identity';
import { issuing_authorization, issuing_card, issuing_personalization_design, issuing_transaction } from './issuing';
import { terminal_reader } from './terminal';
import { application_fee, fee_refund, transfer, transfer_reversal } from './money';
import {
  treasury_credit_reversal,
  treasury_debit_reversal,
  treasury_financial_account,
  treasury_inbound_transfer,
  treasury_outbound_payment,
  treasury_outbound_transfer,
  treasury_received_credit,
  treasury_received_debit,
} from './treasury';
import type { BehaviourRegistry } from './types';
import { webhook_endpoint } from './webhooks';

export const BEHAVIOURS: BehaviourRegistry = {
  account,
  capability,
  bank_account,
  card,
  login_link,
  account_link,
  account_session,
  transfer,
  transfer_reversal,
  application_fee,
  fee_refund,
  'financial_connections.account': financial_connections_account,
  'identity.verification_session': identity_verification_session,
  'crypto.onramp_session': crypto_onramp_session,
  'crypto.onramp.quotes': crypto_onramp_quotes,
  'treasury.financial_account': treasury_financial_account,
  'treasury.outbound_transfer': treasury_outbound_transfer,
  'treasury.outbound_payment': treasury_outbound_payment,
  'treasury.inbound_transfer': treasury_inbound_transfer,
  'treasury.credit_reversal': treasury_credit_reversal,
  'treasury.debit_reversal': treasury_debit_reversal,
  'treasury.received_credit': treasury_received_credit,
  'treasury.received_debit': treasury_received_debit,
  'issuing.card': issuing_card,
  'issuing.authorization': issuing_authorization,
  'issuing.transaction': issuing_transaction,
  'issuing.personalization_design': issuing_personalization_design,
  'terminal.reader': terminal_reader,
  product_feature,
  webhook_endpoint,
};
