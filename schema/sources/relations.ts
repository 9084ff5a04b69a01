/**
 * Generator input: the parent -> children edges that Stripe expresses as a list filter rather
 * than a nested path. (Nested paths such as `/v1/accounts/{account}/persons` are found by the
 * generator itself.) Each becomes a connection field on the parent type.
 */
import type { FilterRelationMeta } from '../../src/metadata/types';

export const filterRelations: FilterRelationMeta[] = [
  { parent: 'FinancialConnectionsAccount', field: 'transactions', child: 'FinancialConnectionsTransaction', filter: 'account' },
  { parent: 'RadarValueList', field: 'items', child: 'RadarValueListItem', filter: 'value_list' },
  { parent: 'IssuingCard', field: 'transactions', child: 'IssuingTransaction', filter: 'card' },
  { parent: 'IssuingCard', field: 'authorizations', child: 'IssuingAuthorization', filter: 'card' },
  { parent: 'IssuingCard', field: 'tokens', child: 'IssuingToken', filter: 'card' },
  { parent: 'IssuingCardholder', field: 'cards', child: 'IssuingCard', filter: 'cardholder' },
  { parent: 'IssuingCardholder', field: 'transactions', child: 'IssuingTransaction', filter: 'cardholder' },
  { parent: 'IdentityVerificationSession', field: 'verificationReports', child: 'IdentityVerificationReport', filter: 'verification_session' },
  { parent: 'TreasuryFinancialAccount', field: 'transactions', child: 'TreasuryTransaction', filter: 'financial_account' },
  { parent: 'TreasuryFinancialAccount', field: 'transactionEntries', child: 'TreasuryTransactionEntry', filter: 'financial_account' },
  { parent: 'TreasuryFinancialAccount', field: 'outboundTransfers', child: 'TreasuryOutboundTransfer', filter: 'financial_account' },
  { parent: 'TreasuryFinancialAccount', field: 'outboundPayments', child: 'TreasuryOutboundPayment', filter: 'financial_account' },
  { parent: 'TreasuryFinancialAccount', field: 'inboundTransfers', child: 'TreasuryInboundTransfer', filter: 'financial_account' },
  { parent: 'TreasuryFinancialAccount', field: 'receivedCredits', child: 'TreasuryReceivedCredit', filter: 'financial_account' },
  { parent: 'TreasuryFinancialAccount', field: 'receivedDebits', child: 'TreasuryReceivedDebit', filter: 'financial_account' },
  { parent: 'TreasuryTransaction', field: 'entries', child: 'TreasuryTransactionEntry', filter: 'transaction' },
  { parent: 'TerminalLocation', field: 'readers', child: 'TerminalReader', filter: 'location' },
  { parent: 'Account', field: 'transfers', child: 'Transfer', filter: 'destination' },
];
