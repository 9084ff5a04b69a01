/**
 * Generator input: plain id fields that name another resource. Stripe sends only the id and
 * cannot expand them (a person's `account`, a treasury transaction's `financial_account`), so
 * the SDK types them as strings; the graph still lets a client walk from the child to its
 * parent. Each becomes `<name>Id: ID` and `<name>: <Target>`, loaded by id, like an expandable
 * reference that is never expanded.
 */
export interface IdReference {
  /** GraphQL type and the Stripe name of its id field. */
  type: string;
  field: string;
  /** The resource the id names. */
  target: string;
}

const treasuryParents = [
  'TreasuryTransaction',
  'TreasuryTransactionEntry',
  'TreasuryOutboundTransfer',
  'TreasuryOutboundPayment',
  'TreasuryInboundTransfer',
  'TreasuryReceivedCredit',
  'TreasuryReceivedDebit',
  'TreasuryCreditReversal',
  'TreasuryDebitReversal',
];

export const idReferences: IdReference[] = [
  { type: 'Person', field: 'account', target: 'Account' },
  { type: 'FinancialConnectionsTransaction', field: 'account', target: 'FinancialConnectionsAccount' },
  { type: 'RadarValueListItem', field: 'value_list', target: 'RadarValueList' },
  { type: 'IdentityVerificationReport', field: 'verification_session', target: 'IdentityVerificationSession' },
  ...treasuryParents.map((type) => ({ type, field: 'financial_account', target: 'TreasuryFinancialAccount' })),
];
