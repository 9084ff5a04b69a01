/**
 * Generator input: the seed resources (the user's seed document, see docs/schema.md), by domain.
 *
 * Each entry names a resource class file of the `stripe` package (under `cjs/resources/`) or
 * one of our preview declarations (under `schema/preview/`). `methods` narrows a class to the
 * methods that belong to the seed (Products carries the product-feature endpoints, nothing else
 * of products is in the seed). The `TestHelpers/...` classes simulate state changes in test mode
 * (`/v1/test_helpers/...`); their methods land on the resource they answer (a card's shipping
 * helpers on `IssuingCard`) and become `testHelper...` mutations (scripts/generate/graph-fields.ts). Everything else (objects, fields, endpoints, parameters) is read
 * from the declarations themselves.
 */
export interface SeedEntry {
  file: string;
  source: 'stripe' | 'preview';
  methods?: RegExp;
}

export interface SeedDomain {
  domain: string;
  entries: SeedEntry[];
}

const sdk = (file: string, methods?: RegExp): SeedEntry => (methods ? { file, source: 'stripe', methods } : { file, source: 'stripe' });
const preview = (file: string): SeedEntry => ({ file, source: 'preview' });

export const seedDomains: SeedDomain[] = [
  {
    domain: 'Connect',
    entries: [
      sdk('Accounts'),
      sdk('AccountLinks'),
      sdk('AccountSessions'),
      sdk('ApplicationFees'),
      sdk('CountrySpecs'),
      sdk('Topups'),
      sdk('Transfers'),
      sdk('Apps/Secrets'),
    ],
  },
  {
    domain: 'Fraud',
    entries: [sdk('Radar/EarlyFraudWarnings'), sdk('Reviews'), sdk('Radar/ValueLists'), sdk('Radar/ValueListItems')],
  },
  {
    domain: 'Issuing',
    entries: [
      sdk('Issuing/Cardholders'),
      sdk('Issuing/Cards'),
      sdk('Issuing/Disputes'),
      sdk('Issuing/PersonalizationDesigns'),
      sdk('Issuing/PhysicalBundles'),
      sdk('Issuing/Tokens'),
      sdk('Issuing/Transactions'),
      sdk('Issuing/Authorizations'),
      preview('IssuingFundingInstructions'),
      sdk('TestHelpers/Issuing/Authorizations'),
      sdk('TestHelpers/Issuing/Cards'),
      sdk('TestHelpers/Issuing/PersonalizationDesigns'),
      sdk('TestHelpers/Issuing/Transactions'),
    ],
  },
  {
    domain: 'Terminal',
    entries: [
      sdk('Terminal/ConnectionTokens'),
      sdk('Terminal/Locations'),
      sdk('Terminal/Readers'),
      sdk('Terminal/Configurations'),
      preview('TerminalHardwareOrders'),
      preview('TerminalHardwareProducts'),
      preview('TerminalHardwareSkus'),
      preview('TerminalHardwareShippingMethods'),
      sdk('TestHelpers/Terminal/Readers'),
    ],
  },
  {
    domain: 'Treasury',
    entries: [
      sdk('Treasury/FinancialAccounts'),
      sdk('Treasury/Transactions'),
      sdk('Treasury/TransactionEntries'),
      sdk('Treasury/OutboundTransfers'),
      sdk('Treasury/OutboundPayments'),
      sdk('Treasury/InboundTransfers'),
      sdk('Treasury/ReceivedCredits'),
      sdk('Treasury/ReceivedDebits'),
      sdk('Treasury/CreditReversals'),
      sdk('Treasury/DebitReversals'),
      sdk('TestHelpers/Treasury/InboundTransfers'),
      sdk('TestHelpers/Treasury/OutboundPayments'),
      sdk('TestHelpers/Treasury/OutboundTransfers'),
      sdk('TestHelpers/Treasury/ReceivedCredits'),
      sdk('TestHelpers/Treasury/ReceivedDebits'),
    ],
  },
  {
    domain: 'Entitlements',
    entries: [sdk('Entitlements/Features'), sdk('Entitlements/ActiveEntitlements'), sdk('Products', /Features?$/)],
  },
  {
    domain: 'Reporting',
    entries: [sdk('Sigma/ScheduledQueryRuns'), sdk('Reporting/ReportRuns'), sdk('Reporting/ReportTypes')],
  },
  {
    domain: 'FinancialConnections',
    entries: [sdk('FinancialConnections/Accounts'), sdk('FinancialConnections/Sessions'), sdk('FinancialConnections/Transactions')],
  },
  {
    domain: 'Tax',
    entries: [sdk('Tax/Calculations'), sdk('Tax/Registrations'), sdk('Tax/Transactions'), sdk('Tax/Settings')],
  },
  {
    domain: 'Identity',
    entries: [sdk('Identity/VerificationSessions'), sdk('Identity/VerificationReports')],
  },
  {
    domain: 'Climate',
    entries: [sdk('Climate/Orders'), sdk('Climate/Products'), sdk('Climate/Suppliers')],
  },
  { domain: 'Forwarding', entries: [sdk('Forwarding/Requests')] },
  { domain: 'Webhooks', entries: [sdk('WebhookEndpoints')] },
  { domain: 'Crypto', entries: [preview('CryptoOnrampSessions'), preview('CryptoOnrampQuotes')] },
];

/**
 * Domain file for objects the seed resources only reference (charges, customers, ...): they
 * are in the graph, reachable through expandable fields, but have no root fields of their own.
 */
export const referencedDomain = 'Referenced';
