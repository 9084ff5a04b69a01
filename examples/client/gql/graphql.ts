// GENERATED FILE, DO NOT EDIT. Regenerate with `npm run codegen` (config: codegen.ts).
/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The type of `Account.businessType`: The business type. */
export type AccountBusinessType =
  | 'COMPANY'
  | 'GOVERNMENT_ENTITY'
  | 'INDIVIDUAL'
  | 'NON_PROFIT'
  /** A value this schema does not know yet (Stripe adds enum values without a new API version). */
  | 'UNRECOGNIZED';

/** The parameters of `Mutation.createExternalAccount`, as Stripe takes them (camelCased). */
export type AccountCreateExternalAccountParams = {
  /** When set to true, or if this is the first external account added in this currency, this account becomes the default external account for its currency. */
  defaultForCurrency?: boolean | null | undefined;
  /** A token, like the ones returned by [Stripe.js](https://docs.stripe.com/js) or a dictionary containing a user's external account details (with the options shown below). Please refer to full [documentation](https://stripe.com/docs/api/external_accounts) instead. */
  externalAccount: AccountCreateExternalAccountParamsExternalAccountOneOf;
  /** Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`. */
  metadata?: Record<string, string> | null | undefined;
};

/** The type of `AccountCreateExternalAccountParamsExternalAccountOneOf.bankAccount`: `external_account` as a hash (`AccountCreateExternalAccountParamsBankAccount`). */
export type AccountCreateExternalAccountParamsBankAccount = {
  /** The name of the person or business that owns the bank account.This field is required when attaching the bank account to a `Customer` object. */
  accountHolderName?: string | null | undefined;
  /** The type of entity that holds the account. It can be `company` or `individual`. This field is required when attaching the bank account to a `Customer` object. */
  accountHolderType?: AccountCreateExternalAccountParamsBankAccountAccountHolderType | null | undefined;
  /** The account number for the bank account, in string form. Must be a checking account. */
  accountNumber: string;
  /** The country in which the bank account is located. */
  country: string;
  /** The currency the bank account is in. This must be a country/currency pairing that [Stripe supports.](docs/payouts) */
  currency?: string | null | undefined;
  /** The routing number, sort code, or other country-appropriate institution number for the bank account. For US bank accounts, this is required and should be the ACH routing number, not the wire routing number. If you are providing an IBAN for `account_number`, this field is not required. */
  routingNumber?: string | null | undefined;
};

/** The type of `AccountCreateExternalAccountParamsBankAccount.accountHolderType`: The type of entity that holds the account. It can be `company` or `individual`. This field is required when attaching the bank account to a `Customer` object. */
export type AccountCreateExternalAccountParamsBankAccountAccountHolderType =
  | 'COMPANY'
  | 'INDIVIDUAL';

/** The type of `AccountCreateExternalAccountParamsExternalAccountOneOf.card`: `external_account` as a hash (`AccountCreateExternalAccountParamsCard`). */
export type AccountCreateExternalAccountParamsCard = {
  addressCity?: string | null | undefined;
  addressCountry?: string | null | undefined;
  addressLine1?: string | null | undefined;
  addressLine2?: string | null | undefined;
  addressState?: string | null | undefined;
  addressZip?: string | null | undefined;
  currency?: string | null | undefined;
  cvc?: string | null | undefined;
  expMonth: number;
  expYear: number;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata?: Record<string, string> | null | undefined;
  name?: string | null | undefined;
  number: string;
};

/** The type of `AccountCreateExternalAccountParamsExternalAccountOneOf.cardToken`: `external_account` as a hash (`AccountCreateExternalAccountParamsCardToken`). */
export type AccountCreateExternalAccountParamsCardToken = {
  currency?: string | null | undefined;
  token: string;
};

/** The type of `AccountCreateExternalAccountParams.externalAccount`: A token, like the ones returned by [Stripe.js](https://docs.stripe.com/js) or a dictionary containing a user's external account details (with the options shown below). Please refer to full [documentation](https://stripe.com/docs/api/external_accounts) instead. */
export type AccountCreateExternalAccountParamsExternalAccountOneOf =
  {   /** `external_account` as a hash (`AccountCreateExternalAccountParamsBankAccount`). */
  bankAccount: AccountCreateExternalAccountParamsBankAccount; card?: never; cardToken?: never; token?: never; }
  |  { bankAccount?: never;   /** `external_account` as a hash (`AccountCreateExternalAccountParamsCard`). */
  card: AccountCreateExternalAccountParamsCard; cardToken?: never; token?: never; }
  |  { bankAccount?: never; card?: never;   /** `external_account` as a hash (`AccountCreateExternalAccountParamsCardToken`). */
  cardToken: AccountCreateExternalAccountParamsCardToken; token?: never; }
  |  { bankAccount?: never; card?: never; cardToken?: never;   /** `external_account` as a token or id that stands for the hash. */
  token: string; };

/** The parameters of `Mutation.createAccount`, as Stripe takes them (camelCased). */
export type AccountCreateParams = {
  /** An [account token](https://docs.stripe.com/api#create_account_token), used to securely provide details to the account. */
  accountToken?: string | null | undefined;
  /** Business information about the account. */
  businessProfile?: AccountCreateParamsBusinessProfile | null | undefined;
  /** The business type. Once you create an [Account Link](https://docs.stripe.com/api/account_links) or [Account Session](https://docs.stripe.com/api/account_sessions), this property can only be updated for accounts where [controller.requirement_collection](https://docs.stripe.com/api/accounts/object#account_object-controller-requirement_collection) is `application`, which includes Custom accounts. */
  businessType?: AccountCreateParamsBusinessType | null | undefined;
  /**
   * Each key of the dictionary represents a capability, and each capability
   * maps to its settings (for example, whether it has been requested or not). Each
   * capability is inactive until you have provided its specific
   * requirements and Stripe has verified them. An account might have some
   * of its requested capabilities be active and some be inactive.
   *
   * Required when [account.controller.stripe_dashboard.type](https://docs.stripe.com/api/accounts/create#create_account-controller-dashboard-type)
   * is `none`, which includes Custom accounts.
   */
  capabilities?: AccountCreateParamsCapabilities | null | undefined;
  /** Information about the company or business. This field is available for any `business_type`. Once you create an [Account Link](https://docs.stripe.com/api/account_links) or [Account Session](https://docs.stripe.com/api/account_sessions), this property can only be updated for accounts where [controller.requirement_collection](https://docs.stripe.com/api/accounts/object#account_object-controller-requirement_collection) is `application`, which includes Custom accounts. */
  company?: AccountCreateParamsCompany | null | undefined;
  /** Configures the account's Dashboard access, loss liability, requirements collection, and Stripe fee responsibility. */
  controller?: AccountCreateParamsController | null | undefined;
  /** The country in which the account holder resides, or in which the business is legally established. This should be an ISO 3166-1 alpha-2 country code. For example, if you are in the United States and the business for which you're creating an account is legally represented in Canada, you would use `CA` as the country for the account being created. Available countries include [Stripe's global markets](https://stripe.com/global) as well as countries where [cross-border payouts](https://stripe.com/docs/connect/cross-border-payouts) are supported. */
  country?: string | null | undefined;
  /** Three-letter ISO currency code representing the default currency for the account. This must be a currency that [Stripe supports in the account's country](https://docs.stripe.com/payouts). */
  defaultCurrency?: string | null | undefined;
  /** Documents that may be submitted to satisfy various informational requests. */
  documents?: AccountCreateParamsDocuments | null | undefined;
  /** The email address of the account holder. This is only to make the account easier to identify to you. If [controller.requirement_collection](https://docs.stripe.com/api/accounts/object#account_object-controller-requirement_collection) is `application`, which includes Custom accounts, Stripe doesn't email the account without your consent. */
  email?: string | null | undefined;
  /**
   * A card or bank account to attach to the account for receiving [payouts](https://docs.stripe.com/connect/bank-debit-card-payouts) (you won't be able to use it for top-ups). You can provide either a token, like the ones returned by [Stripe.js](https://docs.stripe.com/js), or a dictionary, as documented in the `external_account` parameter for [bank account](https://docs.stripe.com/api#account_create_bank_account) creation.
   *
   * By default, providing an external account sets it as the new default external account for its currency, and deletes the old default if one exists. To add additional external accounts without replacing the existing default for the currency, use the [bank account](https://docs.stripe.com/api#account_create_bank_account) or [card creation](https://docs.stripe.com/api#account_create_card) APIs. After you create an [Account Link](https://docs.stripe.com/api/account_links) or [Account Session](https://docs.stripe.com/api/account_sessions), this property can only be updated for accounts where [controller.requirement_collection](https://docs.stripe.com/api/accounts/object#account_object-controller-requirement_collection) is `application`, which includes Custom accounts.
   */
  externalAccount?: AccountCreateParamsExternalAccountOneOf | null | undefined;
  /** A hash of account group type to tokens. These are account groups this account should be added to. */
  groups?: AccountCreateParamsGroups | null | undefined;
  /** Information about the person represented by the account. This field is null unless `business_type` is set to `individual`. Once you create an [Account Link](https://docs.stripe.com/api/account_links) or [Account Session](https://docs.stripe.com/api/account_sessions), this property can only be updated for accounts where [controller.requirement_collection](https://docs.stripe.com/api/accounts/object#account_object-controller-requirement_collection) is `application`, which includes Custom accounts. */
  individual?: AccountCreateParamsIndividual | null | undefined;
  /** Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`. */
  metadata?: Record<string, string> | null | undefined;
  /** Options for customizing how the account functions within Stripe. */
  settings?: AccountCreateParamsSettings | null | undefined;
  /** Details on the account's acceptance of the [Stripe Services Agreement](https://docs.stripe.com/connect/updating-accounts#tos-acceptance). This property can only be updated for accounts where [controller.requirement_collection](https://docs.stripe.com/api/accounts/object#account_object-controller-requirement_collection) is `application`, which includes Custom accounts. This property defaults to a `full` service agreement when empty. */
  tosAcceptance?: AccountCreateParamsTosAcceptance | null | undefined;
  /** The `type` parameter is deprecated. Use [`controller`](https://docs.stripe.com/api/accounts/create#create_account-controller) instead to configure dashboard access, fee payer, loss liability, and requirement collection. */
  type?: AccountCreateParamsType | null | undefined;
};

/** The type of `AccountCreateParams.businessProfile`: Business information about the account. */
export type AccountCreateParamsBusinessProfile = {
  /** The applicant's gross annual revenue for its preceding fiscal year. */
  annualRevenue?: AccountCreateParamsBusinessProfileAnnualRevenue | null | undefined;
  /** An estimated upper bound of employees, contractors, vendors, etc. currently working for the business. */
  estimatedWorkerCount?: number | null | undefined;
  /** [The merchant category code for the account](https://docs.stripe.com/connect/setting-mcc). MCCs are used to classify businesses based on the goods or services they provide. */
  mcc?: string | null | undefined;
  /** Whether the business is a minority-owned, women-owned, and/or LGBTQI+ -owned business. */
  minorityOwnedBusinessDesignation?: Array<AccountCreateParamsBusinessProfileMinorityOwnedBusinessDesignation> | null | undefined;
  /** An estimate of the monthly revenue of the business. Only accepted for accounts in Brazil and India. */
  monthlyEstimatedRevenue?: AccountCreateParamsBusinessProfileMonthlyEstimatedRevenue | null | undefined;
  /** The customer-facing business name. */
  name?: string | null | undefined;
  /** Internal-only description of the product sold by, or service provided by, the business. Used by Stripe for risk and underwriting purposes. */
  productDescription?: string | null | undefined;
  /** A link to the business's publicly available terms related to the Specified Commercial Transaction Act. Used by the Checkout product and for Japanese payment methods. */
  specifiedCommercialTransactionsActUrl?: string | null | undefined;
  /** A publicly available mailing address for sending support issues to. */
  supportAddress?: AddressParam | null | undefined;
  /** A publicly available email address for sending support issues to. */
  supportEmail?: string | null | undefined;
  /** A publicly available phone number to call with support issues. */
  supportPhone?: string | null | undefined;
  /** A publicly available website for handling support issues. */
  supportUrl?: string | null | undefined;
  /** The business's publicly available website. */
  url?: string | null | undefined;
};

/** The type of `AccountCreateParamsBusinessProfile.annualRevenue`: The applicant's gross annual revenue for its preceding fiscal year. */
export type AccountCreateParamsBusinessProfileAnnualRevenue = {
  /** A non-negative integer representing the amount in the [smallest currency unit](https://docs.stripe.com/currencies#zero-decimal). */
  amount: number;
  /** Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies). */
  currency: string;
  /** The close-out date of the preceding fiscal year in ISO 8601 format. E.g. 2023-12-31 for the 31st of December, 2023. */
  fiscalYearEnd: string;
};

/** The type of `AccountCreateParamsBusinessProfile.minorityOwnedBusinessDesignation`: Whether the business is a minority-owned, women-owned, and/or LGBTQI+ -owned business. */
export type AccountCreateParamsBusinessProfileMinorityOwnedBusinessDesignation =
  | 'LGBTQI_OWNED_BUSINESS'
  | 'MINORITY_OWNED_BUSINESS'
  | 'NONE_OF_THESE_APPLY'
  | 'PREFER_NOT_TO_ANSWER'
  | 'WOMEN_OWNED_BUSINESS';

/** The type of `AccountCreateParamsBusinessProfile.monthlyEstimatedRevenue`: An estimate of the monthly revenue of the business. Only accepted for accounts in Brazil and India. */
export type AccountCreateParamsBusinessProfileMonthlyEstimatedRevenue = {
  /** A non-negative integer representing how much to charge in the [smallest currency unit](https://docs.stripe.com/currencies#zero-decimal). */
  amount: number;
  /** Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies). */
  currency: string;
};

/** The type of `AccountCreateParams.businessType`: The business type. Once you create an [Account Link](https://docs.stripe.com/api/account_links) or [Account Session](https://docs.stripe.com/api/account_sessions), this property can only be updated for accounts where [controller.requirement_collection](https://docs.stripe.com/api/accounts/object#account_object-controller-requirement_collection) is `application`, which includes Custom accounts. */
export type AccountCreateParamsBusinessType =
  | 'COMPANY'
  | 'GOVERNMENT_ENTITY'
  | 'INDIVIDUAL'
  | 'NON_PROFIT';

/**
 * The type of `AccountCreateParams.capabilities`: Each key of the dictionary represents a capability, and each capability
 * maps to its settings (for example, whether it has been requested or not). Each
 * capability is inactive until you have provided its specific
 * requirements and Stripe has verified them. An account might have some
 * of its requested capabilities be active and some be inactive.
 *
 * Required when [account.controller.stripe_dashboard.type](https://docs.stripe.com/api/accounts/create#create_account-controller-dashboard-type)
 * is `none`, which includes Custom accounts.
 */
export type AccountCreateParamsCapabilities = {
  /** The acss_debit_payments capability. */
  acssDebitPayments?: AccountCreateParamsCapabilitiesAcssDebitPayments | null | undefined;
  /** The affirm_payments capability. */
  affirmPayments?: AccountCreateParamsCapabilitiesAffirmPayments | null | undefined;
  /** The afterpay_clearpay_payments capability. */
  afterpayClearpayPayments?: AccountCreateParamsCapabilitiesAfterpayClearpayPayments | null | undefined;
  /** The alma_payments capability. */
  almaPayments?: AccountCreateParamsCapabilitiesAlmaPayments | null | undefined;
  /** The amazon_pay_payments capability. */
  amazonPayPayments?: AccountCreateParamsCapabilitiesAmazonPayPayments | null | undefined;
  /** The app_distribution capability. */
  appDistribution?: AccountCreateParamsCapabilitiesAppDistribution | null | undefined;
  /** The au_becs_debit_payments capability. */
  auBecsDebitPayments?: AccountCreateParamsCapabilitiesAuBecsDebitPayments | null | undefined;
  /** The bacs_debit_payments capability. */
  bacsDebitPayments?: AccountCreateParamsCapabilitiesBacsDebitPayments | null | undefined;
  /** The bancontact_payments capability. */
  bancontactPayments?: AccountCreateParamsCapabilitiesBancontactPayments | null | undefined;
  /** The bank_transfer_payments capability. */
  bankTransferPayments?: AccountCreateParamsCapabilitiesBankTransferPayments | null | undefined;
  /** The billie_payments capability. */
  billiePayments?: AccountCreateParamsCapabilitiesBilliePayments | null | undefined;
  /** The bizum_payments capability. */
  bizumPayments?: AccountCreateParamsCapabilitiesBizumPayments | null | undefined;
  /** The blik_payments capability. */
  blikPayments?: AccountCreateParamsCapabilitiesBlikPayments | null | undefined;
  /** The blik_recurring_payments capability. */
  blikRecurringPayments?: AccountCreateParamsCapabilitiesBlikRecurringPayments | null | undefined;
  /** The boleto_payments capability. */
  boletoPayments?: AccountCreateParamsCapabilitiesBoletoPayments | null | undefined;
  /** The card_issuing capability. */
  cardIssuing?: AccountCreateParamsCapabilitiesCardIssuing | null | undefined;
  /** The card_payments capability. */
  cardPayments?: AccountCreateParamsCapabilitiesCardPayments | null | undefined;
  /** The cartes_bancaires_payments capability. */
  cartesBancairesPayments?: AccountCreateParamsCapabilitiesCartesBancairesPayments | null | undefined;
  /** The cashapp_payments capability. */
  cashappPayments?: AccountCreateParamsCapabilitiesCashappPayments | null | undefined;
  /** The crypto_payments capability. */
  cryptoPayments?: AccountCreateParamsCapabilitiesCryptoPayments | null | undefined;
  /** The eps_payments capability. */
  epsPayments?: AccountCreateParamsCapabilitiesEpsPayments | null | undefined;
  /** The fpx_payments capability. */
  fpxPayments?: AccountCreateParamsCapabilitiesFpxPayments | null | undefined;
  /** The gb_bank_transfer_payments capability. */
  gbBankTransferPayments?: AccountCreateParamsCapabilitiesGbBankTransferPayments | null | undefined;
  /** The giropay_payments capability. */
  giropayPayments?: AccountCreateParamsCapabilitiesGiropayPayments | null | undefined;
  /** The grabpay_payments capability. */
  grabpayPayments?: AccountCreateParamsCapabilitiesGrabpayPayments | null | undefined;
  /** The ideal_payments capability. */
  idealPayments?: AccountCreateParamsCapabilitiesIdealPayments | null | undefined;
  /** The india_international_payments capability. */
  indiaInternationalPayments?: AccountCreateParamsCapabilitiesIndiaInternationalPayments | null | undefined;
  /** The jcb_payments capability. */
  jcbPayments?: AccountCreateParamsCapabilitiesJcbPayments | null | undefined;
  /** The jp_bank_transfer_payments capability. */
  jpBankTransferPayments?: AccountCreateParamsCapabilitiesJpBankTransferPayments | null | undefined;
  /** The kakao_pay_payments capability. */
  kakaoPayPayments?: AccountCreateParamsCapabilitiesKakaoPayPayments | null | undefined;
  /** The klarna_payments capability. */
  klarnaPayments?: AccountCreateParamsCapabilitiesKlarnaPayments | null | undefined;
  /** The konbini_payments capability. */
  konbiniPayments?: AccountCreateParamsCapabilitiesKonbiniPayments | null | undefined;
  /** The kr_card_payments capability. */
  krCardPayments?: AccountCreateParamsCapabilitiesKrCardPayments | null | undefined;
  /** The legacy_payments capability. */
  legacyPayments?: AccountCreateParamsCapabilitiesLegacyPayments | null | undefined;
  /** The link_payments capability. */
  linkPayments?: AccountCreateParamsCapabilitiesLinkPayments | null | undefined;
  /** The mb_way_payments capability. */
  mbWayPayments?: AccountCreateParamsCapabilitiesMbWayPayments | null | undefined;
  /** The mobilepay_payments capability. */
  mobilepayPayments?: AccountCreateParamsCapabilitiesMobilepayPayments | null | undefined;
  /** The multibanco_payments capability. */
  multibancoPayments?: AccountCreateParamsCapabilitiesMultibancoPayments | null | undefined;
  /** The mx_bank_transfer_payments capability. */
  mxBankTransferPayments?: AccountCreateParamsCapabilitiesMxBankTransferPayments | null | undefined;
  /** The naver_pay_payments capability. */
  naverPayPayments?: AccountCreateParamsCapabilitiesNaverPayPayments | null | undefined;
  /** The nz_bank_account_becs_debit_payments capability. */
  nzBankAccountBecsDebitPayments?: AccountCreateParamsCapabilitiesNzBankAccountBecsDebitPayments | null | undefined;
  /** The oxxo_payments capability. */
  oxxoPayments?: AccountCreateParamsCapabilitiesOxxoPayments | null | undefined;
  /** The p24_payments capability. */
  p24Payments?: AccountCreateParamsCapabilitiesP24Payments | null | undefined;
  /** The pay_by_bank_payments capability. */
  payByBankPayments?: AccountCreateParamsCapabilitiesPayByBankPayments | null | undefined;
  /** The payco_payments capability. */
  paycoPayments?: AccountCreateParamsCapabilitiesPaycoPayments | null | undefined;
  /** The paynow_payments capability. */
  paynowPayments?: AccountCreateParamsCapabilitiesPaynowPayments | null | undefined;
  /** The paypay_payments capability. */
  paypayPayments?: AccountCreateParamsCapabilitiesPaypayPayments | null | undefined;
  /** The payto_payments capability. */
  paytoPayments?: AccountCreateParamsCapabilitiesPaytoPayments | null | undefined;
  /** The pix_payments capability. */
  pixPayments?: AccountCreateParamsCapabilitiesPixPayments | null | undefined;
  /** The promptpay_payments capability. */
  promptpayPayments?: AccountCreateParamsCapabilitiesPromptpayPayments | null | undefined;
  /** The revolut_pay_payments capability. */
  revolutPayPayments?: AccountCreateParamsCapabilitiesRevolutPayPayments | null | undefined;
  /** The samsung_pay_payments capability. */
  samsungPayPayments?: AccountCreateParamsCapabilitiesSamsungPayPayments | null | undefined;
  /** The satispay_payments capability. */
  satispayPayments?: AccountCreateParamsCapabilitiesSatispayPayments | null | undefined;
  /** The scalapay_payments capability. */
  scalapayPayments?: AccountCreateParamsCapabilitiesScalapayPayments | null | undefined;
  /** The sepa_bank_transfer_payments capability. */
  sepaBankTransferPayments?: AccountCreateParamsCapabilitiesSepaBankTransferPayments | null | undefined;
  /** The sepa_debit_payments capability. */
  sepaDebitPayments?: AccountCreateParamsCapabilitiesSepaDebitPayments | null | undefined;
  /** The sequra_payments capability. */
  sequraPayments?: AccountCreateParamsCapabilitiesSequraPayments | null | undefined;
  /** The sofort_payments capability. */
  sofortPayments?: AccountCreateParamsCapabilitiesSofortPayments | null | undefined;
  /** The sunbit_payments capability. */
  sunbitPayments?: AccountCreateParamsCapabilitiesSunbitPayments | null | undefined;
  /** The swish_payments capability. */
  swishPayments?: AccountCreateParamsCapabilitiesSwishPayments | null | undefined;
  /** The tax_reporting_us_1099_k capability. */
  taxReportingUs1099K?: AccountCreateParamsCapabilitiesTaxReportingUs1099K | null | undefined;
  /** The tax_reporting_us_1099_misc capability. */
  taxReportingUs1099Misc?: AccountCreateParamsCapabilitiesTaxReportingUs1099Misc | null | undefined;
  /** The transfers capability. */
  transfers?: AccountCreateParamsCapabilitiesTransfers | null | undefined;
  /** The treasury capability. */
  treasury?: AccountCreateParamsCapabilitiesTreasury | null | undefined;
  /** The twint_payments capability. */
  twintPayments?: AccountCreateParamsCapabilitiesTwintPayments | null | undefined;
  /** The upi_payments capability. */
  upiPayments?: AccountCreateParamsCapabilitiesUpiPayments | null | undefined;
  /** The us_bank_account_ach_payments capability. */
  usBankAccountAchPayments?: AccountCreateParamsCapabilitiesUsBankAccountAchPayments | null | undefined;
  /** The us_bank_transfer_payments capability. */
  usBankTransferPayments?: AccountCreateParamsCapabilitiesUsBankTransferPayments | null | undefined;
  /** The wero_payments capability. */
  weroPayments?: AccountCreateParamsCapabilitiesWeroPayments | null | undefined;
  /** The zip_payments capability. */
  zipPayments?: AccountCreateParamsCapabilitiesZipPayments | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.acssDebitPayments`: The acss_debit_payments capability. */
export type AccountCreateParamsCapabilitiesAcssDebitPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.affirmPayments`: The affirm_payments capability. */
export type AccountCreateParamsCapabilitiesAffirmPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.afterpayClearpayPayments`: The afterpay_clearpay_payments capability. */
export type AccountCreateParamsCapabilitiesAfterpayClearpayPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.almaPayments`: The alma_payments capability. */
export type AccountCreateParamsCapabilitiesAlmaPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.amazonPayPayments`: The amazon_pay_payments capability. */
export type AccountCreateParamsCapabilitiesAmazonPayPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.appDistribution`: The app_distribution capability. */
export type AccountCreateParamsCapabilitiesAppDistribution = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.auBecsDebitPayments`: The au_becs_debit_payments capability. */
export type AccountCreateParamsCapabilitiesAuBecsDebitPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.bacsDebitPayments`: The bacs_debit_payments capability. */
export type AccountCreateParamsCapabilitiesBacsDebitPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.bancontactPayments`: The bancontact_payments capability. */
export type AccountCreateParamsCapabilitiesBancontactPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.bankTransferPayments`: The bank_transfer_payments capability. */
export type AccountCreateParamsCapabilitiesBankTransferPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.billiePayments`: The billie_payments capability. */
export type AccountCreateParamsCapabilitiesBilliePayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.bizumPayments`: The bizum_payments capability. */
export type AccountCreateParamsCapabilitiesBizumPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.blikPayments`: The blik_payments capability. */
export type AccountCreateParamsCapabilitiesBlikPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.blikRecurringPayments`: The blik_recurring_payments capability. */
export type AccountCreateParamsCapabilitiesBlikRecurringPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.boletoPayments`: The boleto_payments capability. */
export type AccountCreateParamsCapabilitiesBoletoPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.cardIssuing`: The card_issuing capability. */
export type AccountCreateParamsCapabilitiesCardIssuing = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.cardPayments`: The card_payments capability. */
export type AccountCreateParamsCapabilitiesCardPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.cartesBancairesPayments`: The cartes_bancaires_payments capability. */
export type AccountCreateParamsCapabilitiesCartesBancairesPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.cashappPayments`: The cashapp_payments capability. */
export type AccountCreateParamsCapabilitiesCashappPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.cryptoPayments`: The crypto_payments capability. */
export type AccountCreateParamsCapabilitiesCryptoPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.epsPayments`: The eps_payments capability. */
export type AccountCreateParamsCapabilitiesEpsPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.fpxPayments`: The fpx_payments capability. */
export type AccountCreateParamsCapabilitiesFpxPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.gbBankTransferPayments`: The gb_bank_transfer_payments capability. */
export type AccountCreateParamsCapabilitiesGbBankTransferPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.giropayPayments`: The giropay_payments capability. */
export type AccountCreateParamsCapabilitiesGiropayPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.grabpayPayments`: The grabpay_payments capability. */
export type AccountCreateParamsCapabilitiesGrabpayPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.idealPayments`: The ideal_payments capability. */
export type AccountCreateParamsCapabilitiesIdealPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.indiaInternationalPayments`: The india_international_payments capability. */
export type AccountCreateParamsCapabilitiesIndiaInternationalPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.jcbPayments`: The jcb_payments capability. */
export type AccountCreateParamsCapabilitiesJcbPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.jpBankTransferPayments`: The jp_bank_transfer_payments capability. */
export type AccountCreateParamsCapabilitiesJpBankTransferPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.kakaoPayPayments`: The kakao_pay_payments capability. */
export type AccountCreateParamsCapabilitiesKakaoPayPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.klarnaPayments`: The klarna_payments capability. */
export type AccountCreateParamsCapabilitiesKlarnaPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.konbiniPayments`: The konbini_payments capability. */
export type AccountCreateParamsCapabilitiesKonbiniPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.krCardPayments`: The kr_card_payments capability. */
export type AccountCreateParamsCapabilitiesKrCardPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.legacyPayments`: The legacy_payments capability. */
export type AccountCreateParamsCapabilitiesLegacyPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.linkPayments`: The link_payments capability. */
export type AccountCreateParamsCapabilitiesLinkPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.mbWayPayments`: The mb_way_payments capability. */
export type AccountCreateParamsCapabilitiesMbWayPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.mobilepayPayments`: The mobilepay_payments capability. */
export type AccountCreateParamsCapabilitiesMobilepayPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.multibancoPayments`: The multibanco_payments capability. */
export type AccountCreateParamsCapabilitiesMultibancoPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.mxBankTransferPayments`: The mx_bank_transfer_payments capability. */
export type AccountCreateParamsCapabilitiesMxBankTransferPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.naverPayPayments`: The naver_pay_payments capability. */
export type AccountCreateParamsCapabilitiesNaverPayPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.nzBankAccountBecsDebitPayments`: The nz_bank_account_becs_debit_payments capability. */
export type AccountCreateParamsCapabilitiesNzBankAccountBecsDebitPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.oxxoPayments`: The oxxo_payments capability. */
export type AccountCreateParamsCapabilitiesOxxoPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.p24Payments`: The p24_payments capability. */
export type AccountCreateParamsCapabilitiesP24Payments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.payByBankPayments`: The pay_by_bank_payments capability. */
export type AccountCreateParamsCapabilitiesPayByBankPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.paycoPayments`: The payco_payments capability. */
export type AccountCreateParamsCapabilitiesPaycoPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.paynowPayments`: The paynow_payments capability. */
export type AccountCreateParamsCapabilitiesPaynowPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.paypayPayments`: The paypay_payments capability. */
export type AccountCreateParamsCapabilitiesPaypayPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.paytoPayments`: The payto_payments capability. */
export type AccountCreateParamsCapabilitiesPaytoPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.pixPayments`: The pix_payments capability. */
export type AccountCreateParamsCapabilitiesPixPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.promptpayPayments`: The promptpay_payments capability. */
export type AccountCreateParamsCapabilitiesPromptpayPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.revolutPayPayments`: The revolut_pay_payments capability. */
export type AccountCreateParamsCapabilitiesRevolutPayPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.samsungPayPayments`: The samsung_pay_payments capability. */
export type AccountCreateParamsCapabilitiesSamsungPayPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.satispayPayments`: The satispay_payments capability. */
export type AccountCreateParamsCapabilitiesSatispayPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.scalapayPayments`: The scalapay_payments capability. */
export type AccountCreateParamsCapabilitiesScalapayPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.sepaBankTransferPayments`: The sepa_bank_transfer_payments capability. */
export type AccountCreateParamsCapabilitiesSepaBankTransferPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.sepaDebitPayments`: The sepa_debit_payments capability. */
export type AccountCreateParamsCapabilitiesSepaDebitPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.sequraPayments`: The sequra_payments capability. */
export type AccountCreateParamsCapabilitiesSequraPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.sofortPayments`: The sofort_payments capability. */
export type AccountCreateParamsCapabilitiesSofortPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.sunbitPayments`: The sunbit_payments capability. */
export type AccountCreateParamsCapabilitiesSunbitPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.swishPayments`: The swish_payments capability. */
export type AccountCreateParamsCapabilitiesSwishPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.taxReportingUs1099K`: The tax_reporting_us_1099_k capability. */
export type AccountCreateParamsCapabilitiesTaxReportingUs1099K = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.taxReportingUs1099Misc`: The tax_reporting_us_1099_misc capability. */
export type AccountCreateParamsCapabilitiesTaxReportingUs1099Misc = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.transfers`: The transfers capability. */
export type AccountCreateParamsCapabilitiesTransfers = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.treasury`: The treasury capability. */
export type AccountCreateParamsCapabilitiesTreasury = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.twintPayments`: The twint_payments capability. */
export type AccountCreateParamsCapabilitiesTwintPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.upiPayments`: The upi_payments capability. */
export type AccountCreateParamsCapabilitiesUpiPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.usBankAccountAchPayments`: The us_bank_account_ach_payments capability. */
export type AccountCreateParamsCapabilitiesUsBankAccountAchPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.usBankTransferPayments`: The us_bank_transfer_payments capability. */
export type AccountCreateParamsCapabilitiesUsBankTransferPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.weroPayments`: The wero_payments capability. */
export type AccountCreateParamsCapabilitiesWeroPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsCapabilities.zipPayments`: The zip_payments capability. */
export type AccountCreateParamsCapabilitiesZipPayments = {
  /** Passing true requests the capability for the account, if it is not already requested. A requested capability may not immediately become active. Any requirements to activate the capability are returned in the `requirements` arrays. */
  requested?: boolean | null | undefined;
};

/** The type of `AccountCreateParams.company`: Information about the company or business. This field is available for any `business_type`. Once you create an [Account Link](https://docs.stripe.com/api/account_links) or [Account Session](https://docs.stripe.com/api/account_sessions), this property can only be updated for accounts where [controller.requirement_collection](https://docs.stripe.com/api/accounts/object#account_object-controller-requirement_collection) is `application`, which includes Custom accounts. */
export type AccountCreateParamsCompany = {
  /** The company's primary address. */
  address?: AddressParam | null | undefined;
  /** The Kana variation of the company's primary address (Japan only). */
  addressKana?: JapanAddressParam | null | undefined;
  /** The Kanji variation of the company's primary address (Japan only). */
  addressKanji?: JapanAddressParam | null | undefined;
  /** The location where the business is administered. */
  administrativeAddress?: AddressParam | null | undefined;
  /** Whether the company's directors have been provided. Set this Boolean to `true` after creating all the company's directors with [the Persons API](https://docs.stripe.com/api/persons) for accounts with a `relationship.director` requirement. This value is not automatically set to `true` after creating directors, so it needs to be updated to indicate all directors have been provided. */
  directorsProvided?: boolean | null | undefined;
  /** This hash is used to attest that the directors information provided to Stripe is both current and correct. */
  directorshipDeclaration?: AccountCreateParamsCompanyDirectorshipDeclaration | null | undefined;
  /** Whether the company's executives have been provided. Set this Boolean to `true` after creating all the company's executives with [the Persons API](https://docs.stripe.com/api/persons) for accounts with a `relationship.executive` requirement. */
  executivesProvided?: boolean | null | undefined;
  /** The export license ID number of the company, also referred as Import Export Code (India only). */
  exportLicenseId?: string | null | undefined;
  /** The purpose code to use for export transactions (India only). */
  exportPurposeCode?: string | null | undefined;
  /** The company's legal name. */
  name?: string | null | undefined;
  /** The Kana variation of the company's legal name (Japan only). */
  nameKana?: string | null | undefined;
  /** The Kanji variation of the company's legal name (Japan only). */
  nameKanji?: string | null | undefined;
  /** Whether the company's owners have been provided. Set this Boolean to `true` after creating all the company's owners with [the Persons API](https://docs.stripe.com/api/persons) for accounts with a `relationship.owner` requirement. */
  ownersProvided?: boolean | null | undefined;
  /** This hash is used to attest that the beneficial owner information provided to Stripe is both current and correct. */
  ownershipDeclaration?: AccountCreateParamsCompanyOwnershipDeclaration | null | undefined;
  /** This value is used to determine if a business is exempt from providing ultimate beneficial owners. See [this support article](https://support.stripe.com/questions/exemption-from-providing-ownership-details) and [changelog](https://docs.stripe.com/changelog/acacia/2025-01-27/ownership-exemption-reason-accounts-api) for more details. */
  ownershipExemptionReason?: AccountCreateParamsCompanyOwnershipExemptionReason | null | undefined;
  /** The company's phone number (used for verification). */
  phone?: string | null | undefined;
  /** A location where the business has a meaningful physical operating presence. */
  physicalAddress?: AddressParam | null | undefined;
  /** The primary location where the business conducts operations. */
  principalPlaceOfBusiness?: AddressParam | null | undefined;
  /** When the business was incorporated or registered. */
  registrationDate?: AccountCreateParamsCompanyRegistrationDate | null | undefined;
  /** The identification number given to a company when it is registered or incorporated, if distinct from the identification number used for filing taxes. (Examples are the CIN for companies and LLP IN for partnerships in India, and the Company Registration Number in Hong Kong). */
  registrationNumber?: string | null | undefined;
  /** This hash is used to attest that the representative is authorized to act as the representative of their legal entity. */
  representativeDeclaration?: AccountCreateParamsCompanyRepresentativeDeclaration | null | undefined;
  /** The category identifying the legal structure of the company or legal entity. See [Business structure](https://docs.stripe.com/connect/identity-verification#business-structure) for more details. Pass an empty string to unset this value. */
  structure?: AccountCreateParamsCompanyStructure | null | undefined;
  /**
   * The business ID number of the company, as appropriate for the company's country. (Examples are an Employer ID Number in the U.S., a Business Number in Canada, or a Company Number in the UK.)
   *
   * Changing this value requires that the account re-accept the [terms of service](https://docs.stripe.com/api/accounts/object#account_object-tos_acceptance).
   */
  taxId?: string | null | undefined;
  /** The jurisdiction in which the `tax_id` is registered (Germany-based companies only). */
  taxIdRegistrar?: string | null | undefined;
  /** The VAT number of the company. */
  vatId?: string | null | undefined;
  /** Information on the verification state of the company. */
  verification?: AccountCreateParamsCompanyVerification | null | undefined;
};

/** The type of `AccountCreateParamsCompany.directorshipDeclaration`: This hash is used to attest that the directors information provided to Stripe is both current and correct. */
export type AccountCreateParamsCompanyDirectorshipDeclaration = {
  /** The Unix timestamp marking when the directorship declaration attestation was made. */
  date?: number | null | undefined;
  /** The IP address from which the directorship declaration attestation was made. */
  ip?: string | null | undefined;
  /** The user agent of the browser from which the directorship declaration attestation was made. */
  userAgent?: string | null | undefined;
};

/** The type of `AccountCreateParamsCompany.ownershipDeclaration`: This hash is used to attest that the beneficial owner information provided to Stripe is both current and correct. */
export type AccountCreateParamsCompanyOwnershipDeclaration = {
  /** The Unix timestamp marking when the beneficial owner attestation was made. */
  date?: number | null | undefined;
  /** The IP address from which the beneficial owner attestation was made. */
  ip?: string | null | undefined;
  /** The user agent of the browser from which the beneficial owner attestation was made. */
  userAgent?: string | null | undefined;
};

/** The type of `AccountCreateParamsCompany.ownershipExemptionReason`: This value is used to determine if a business is exempt from providing ultimate beneficial owners. See [this support article](https://support.stripe.com/questions/exemption-from-providing-ownership-details) and [changelog](https://docs.stripe.com/changelog/acacia/2025-01-27/ownership-exemption-reason-accounts-api) for more details. */
export type AccountCreateParamsCompanyOwnershipExemptionReason =
  | 'QUALIFIED_ENTITY_EXCEEDS_OWNERSHIP_THRESHOLD'
  | 'QUALIFIES_AS_FINANCIAL_INSTITUTION';

/** The type of `AccountCreateParamsCompany.registrationDate`: When the business was incorporated or registered. */
export type AccountCreateParamsCompanyRegistrationDate = {
  /** The day of registration, between 1 and 31. */
  day: number;
  /** The month of registration, between 1 and 12. */
  month: number;
  /** The four-digit year of registration. */
  year: number;
};

/** The type of `AccountCreateParamsCompany.representativeDeclaration`: This hash is used to attest that the representative is authorized to act as the representative of their legal entity. */
export type AccountCreateParamsCompanyRepresentativeDeclaration = {
  /** The Unix timestamp marking when the representative declaration attestation was made. */
  date?: number | null | undefined;
  /** The IP address from which the representative declaration attestation was made. */
  ip?: string | null | undefined;
  /** The user agent of the browser from which the representative declaration attestation was made. */
  userAgent?: string | null | undefined;
};

/** The type of `AccountCreateParamsCompany.structure`: The category identifying the legal structure of the company or legal entity. See [Business structure](https://docs.stripe.com/connect/identity-verification#business-structure) for more details. Pass an empty string to unset this value. */
export type AccountCreateParamsCompanyStructure =
  | 'FREE_ZONE_ESTABLISHMENT'
  | 'FREE_ZONE_LLC'
  | 'GOVERNMENTAL_UNIT'
  | 'GOVERNMENT_INSTRUMENTALITY'
  | 'INCORPORATED_NON_PROFIT'
  | 'INCORPORATED_PARTNERSHIP'
  | 'LIMITED_LIABILITY_PARTNERSHIP'
  | 'LLC'
  | 'MULTI_MEMBER_LLC'
  | 'PRIVATE_COMPANY'
  | 'PRIVATE_CORPORATION'
  | 'PRIVATE_PARTNERSHIP'
  | 'PUBLIC_COMPANY'
  | 'PUBLIC_CORPORATION'
  | 'PUBLIC_PARTNERSHIP'
  | 'REGISTERED_CHARITY'
  | 'SINGLE_MEMBER_LLC'
  | 'SOLE_ESTABLISHMENT'
  | 'SOLE_PROPRIETORSHIP'
  | 'TAX_EXEMPT_GOVERNMENT_INSTRUMENTALITY'
  | 'UNINCORPORATED_ASSOCIATION'
  | 'UNINCORPORATED_NON_PROFIT'
  | 'UNINCORPORATED_PARTNERSHIP';

/** The type of `AccountCreateParamsCompany.verification`: Information on the verification state of the company. */
export type AccountCreateParamsCompanyVerification = {
  /** A document verifying the business. */
  document?: AccountCreateParamsCompanyVerificationDocument | null | undefined;
};

/** The type of `AccountCreateParamsCompanyVerification.document`: A document verifying the business. */
export type AccountCreateParamsCompanyVerificationDocument = {
  /** The back of a document returned by a [file upload](https://docs.stripe.com/api#create_file) with a `purpose` value of `additional_verification`. The uploaded file needs to be a color image (smaller than 8,000px by 8,000px), in JPG, PNG, or PDF format, and less than 10 MB in size. */
  back?: string | null | undefined;
  /** The front of a document returned by a [file upload](https://docs.stripe.com/api#create_file) with a `purpose` value of `additional_verification`. The uploaded file needs to be a color image (smaller than 8,000px by 8,000px), in JPG, PNG, or PDF format, and less than 10 MB in size. */
  front?: string | null | undefined;
};

/** The type of `AccountCreateParams.controller`: Configures the account's Dashboard access, loss liability, requirements collection, and Stripe fee responsibility. */
export type AccountCreateParamsController = {
  /** A hash of configuration for who pays Stripe fees for product usage on this account. */
  fees?: AccountCreateParamsControllerFees | null | undefined;
  /** A hash of configuration for products that have negative balance liability, and whether Stripe or a Connect application is responsible for them. */
  losses?: AccountCreateParamsControllerLosses | null | undefined;
  /** A value indicating responsibility for collecting updated information when requirements on the account are due or change. Defaults to `stripe`. */
  requirementCollection?: AccountCreateParamsControllerRequirementCollection | null | undefined;
  /** A hash of configuration for Stripe-hosted dashboards. */
  stripeDashboard?: AccountCreateParamsControllerStripeDashboard | null | undefined;
};

/** The type of `AccountCreateParamsController.fees`: A hash of configuration for who pays Stripe fees for product usage on this account. */
export type AccountCreateParamsControllerFees = {
  /** Controls who pays Stripe fees for direct charges and other pricing-control-eligible Stripe products. Setting `controller.losses.payments=application` requires `controller.fees.payer=application`. For destination charges and separate charges and transfers, Stripe bills the platform regardless of this setting. Defaults to `account`. Learn more about [fee behavior on connected accounts](https://docs.stripe.com/connect/direct-charges-fee-payer-behavior), including application fees and pricing considerations. */
  payer?: AccountCreateParamsControllerFeesPayer | null | undefined;
};

/** The type of `AccountCreateParamsControllerFees.payer`: Controls who pays Stripe fees for direct charges and other pricing-control-eligible Stripe products. Setting `controller.losses.payments=application` requires `controller.fees.payer=application`. For destination charges and separate charges and transfers, Stripe bills the platform regardless of this setting. Defaults to `account`. Learn more about [fee behavior on connected accounts](https://docs.stripe.com/connect/direct-charges-fee-payer-behavior), including application fees and pricing considerations. */
export type AccountCreateParamsControllerFeesPayer =
  | 'ACCOUNT'
  | 'APPLICATION';

/** The type of `AccountCreateParamsController.losses`: A hash of configuration for products that have negative balance liability, and whether Stripe or a Connect application is responsible for them. */
export type AccountCreateParamsControllerLosses = {
  /** Controls who is responsible for payment-related negative balances on this account. The platform remains liable for negative balances on its own account. To use Stripe negative balance liability, your integration must meet [Managed Risk requirements](https://docs.stripe.com/connect/risk-management/managed-risk). Defaults to `stripe`. */
  payments?: AccountCreateParamsControllerLossesPayments | null | undefined;
};

/** The type of `AccountCreateParamsControllerLosses.payments`: Controls who is responsible for payment-related negative balances on this account. The platform remains liable for negative balances on its own account. To use Stripe negative balance liability, your integration must meet [Managed Risk requirements](https://docs.stripe.com/connect/risk-management/managed-risk). Defaults to `stripe`. */
export type AccountCreateParamsControllerLossesPayments =
  | 'APPLICATION'
  | 'STRIPE';

/** The type of `AccountCreateParamsController.requirementCollection`: A value indicating responsibility for collecting updated information when requirements on the account are due or change. Defaults to `stripe`. */
export type AccountCreateParamsControllerRequirementCollection =
  | 'APPLICATION'
  | 'STRIPE';

/** The type of `AccountCreateParamsController.stripeDashboard`: A hash of configuration for Stripe-hosted dashboards. */
export type AccountCreateParamsControllerStripeDashboard = {
  /** Whether this account should have access to the full Stripe Dashboard (`full`), to the Express Dashboard (`express`), or to no Stripe-hosted dashboard (`none`). Defaults to `full`. */
  type?: AccountCreateParamsControllerStripeDashboardType | null | undefined;
};

/** The type of `AccountCreateParamsControllerStripeDashboard.type`: Whether this account should have access to the full Stripe Dashboard (`full`), to the Express Dashboard (`express`), or to no Stripe-hosted dashboard (`none`). Defaults to `full`. */
export type AccountCreateParamsControllerStripeDashboardType =
  | 'EXPRESS'
  | 'FULL'
  | 'NONE';

/** The type of `AccountCreateParams.documents`: Documents that may be submitted to satisfy various informational requests. */
export type AccountCreateParamsDocuments = {
  /** One or more documents that support the [Bank account ownership verification](https://support.stripe.com/questions/bank-account-ownership-verification) requirement. Must be a document associated with the account's primary active bank account that displays the last 4 digits of the account number, either a statement or a check. */
  bankAccountOwnershipVerification?: AccountCreateParamsDocumentsBankAccountOwnershipVerification | null | undefined;
  /** One or more documents that demonstrate proof of a company's license to operate. */
  companyLicense?: AccountCreateParamsDocumentsCompanyLicense | null | undefined;
  /** One or more documents showing the company's governing document (for example, a memorandum of association, constitution, or articles of association). */
  companyMemorandumOfAssociation?: AccountCreateParamsDocumentsCompanyMemorandumOfAssociation | null | undefined;
  /** (Certain countries only) One or more documents showing the ministerial decree legalizing the company's establishment. */
  companyMinisterialDecree?: AccountCreateParamsDocumentsCompanyMinisterialDecree | null | undefined;
  /** One or more documents that demonstrate proof of a company's registration with the appropriate local authorities. */
  companyRegistrationVerification?: AccountCreateParamsDocumentsCompanyRegistrationVerification | null | undefined;
  /** One or more documents that demonstrate proof of a company's tax ID. */
  companyTaxIdVerification?: AccountCreateParamsDocumentsCompanyTaxIdVerification | null | undefined;
  /** One or more documents that demonstrate proof of address. */
  proofOfAddress?: AccountCreateParamsDocumentsProofOfAddress | null | undefined;
  /** One or more documents that demonstrate proof of business presence. */
  proofOfBusinessPresence?: AccountCreateParamsDocumentsProofOfBusinessPresence | null | undefined;
  /** One or more documents that demonstrate proof of ultimate beneficial ownership. */
  proofOfUltimateBeneficialOwnership?: AccountCreateParamsDocumentsProofOfUltimateBeneficialOwnership | null | undefined;
};

/** The type of `AccountCreateParamsDocuments.bankAccountOwnershipVerification`: One or more documents that support the [Bank account ownership verification](https://support.stripe.com/questions/bank-account-ownership-verification) requirement. Must be a document associated with the account's primary active bank account that displays the last 4 digits of the account number, either a statement or a check. */
export type AccountCreateParamsDocumentsBankAccountOwnershipVerification = {
  /** One or more document ids returned by a [file upload](https://docs.stripe.com/api#create_file) with a `purpose` value of `account_requirement`. */
  files?: Array<string> | null | undefined;
};

/** The type of `AccountCreateParamsDocuments.companyLicense`: One or more documents that demonstrate proof of a company's license to operate. */
export type AccountCreateParamsDocumentsCompanyLicense = {
  /** One or more document ids returned by a [file upload](https://docs.stripe.com/api#create_file) with a `purpose` value of `account_requirement`. */
  files?: Array<string> | null | undefined;
};

/** The type of `AccountCreateParamsDocuments.companyMemorandumOfAssociation`: One or more documents showing the company's governing document (for example, a memorandum of association, constitution, or articles of association). */
export type AccountCreateParamsDocumentsCompanyMemorandumOfAssociation = {
  /** One or more document ids returned by a [file upload](https://docs.stripe.com/api#create_file) with a `purpose` value of `account_requirement`. */
  files?: Array<string> | null | undefined;
};

/** The type of `AccountCreateParamsDocuments.companyMinisterialDecree`: (Certain countries only) One or more documents showing the ministerial decree legalizing the company's establishment. */
export type AccountCreateParamsDocumentsCompanyMinisterialDecree = {
  /** One or more document ids returned by a [file upload](https://docs.stripe.com/api#create_file) with a `purpose` value of `account_requirement`. */
  files?: Array<string> | null | undefined;
};

/** The type of `AccountCreateParamsDocuments.companyRegistrationVerification`: One or more documents that demonstrate proof of a company's registration with the appropriate local authorities. */
export type AccountCreateParamsDocumentsCompanyRegistrationVerification = {
  /** One or more document ids returned by a [file upload](https://docs.stripe.com/api#create_file) with a `purpose` value of `account_requirement`. */
  files?: Array<string> | null | undefined;
};

/** The type of `AccountCreateParamsDocuments.companyTaxIdVerification`: One or more documents that demonstrate proof of a company's tax ID. */
export type AccountCreateParamsDocumentsCompanyTaxIdVerification = {
  /** One or more document ids returned by a [file upload](https://docs.stripe.com/api#create_file) with a `purpose` value of `account_requirement`. */
  files?: Array<string> | null | undefined;
};

/** The type of `AccountCreateParamsDocuments.proofOfAddress`: One or more documents that demonstrate proof of address. */
export type AccountCreateParamsDocumentsProofOfAddress = {
  /** One or more document ids returned by a [file upload](https://docs.stripe.com/api#create_file) with a `purpose` value of `account_requirement`. */
  files?: Array<string> | null | undefined;
};

/** The type of `AccountCreateParamsDocuments.proofOfBusinessPresence`: One or more documents that demonstrate proof of business presence. */
export type AccountCreateParamsDocumentsProofOfBusinessPresence = {
  /** One or more document ids returned by a [file upload](https://docs.stripe.com/api#create_file) with a `purpose` value of `account_requirement`. */
  files?: Array<string> | null | undefined;
};

/** The type of `AccountCreateParamsDocuments.proofOfUltimateBeneficialOwnership`: One or more documents that demonstrate proof of ultimate beneficial ownership. */
export type AccountCreateParamsDocumentsProofOfUltimateBeneficialOwnership = {
  /** One or more document ids returned by a [file upload](https://docs.stripe.com/api#create_file) with a `purpose` value of `account_requirement`. */
  files?: Array<string> | null | undefined;
  /** Information regarding the person signing the document if applicable. */
  signer?: AccountCreateParamsDocumentsProofOfUltimateBeneficialOwnershipSigner | null | undefined;
};

/** The type of `AccountCreateParamsDocumentsProofOfUltimateBeneficialOwnership.signer`: Information regarding the person signing the document if applicable. */
export type AccountCreateParamsDocumentsProofOfUltimateBeneficialOwnershipSigner = {
  /** The token of the person signing the document, if applicable. */
  person?: string | null | undefined;
};

/** The type of `AccountCreateParamsExternalAccountOneOf.externalAccount`: `external_account` as a hash (`AccountCreateParamsExternalAccount`). */
export type AccountCreateParamsExternalAccount = {
  /** The name of the person or business that owns the bank account. This field is required when attaching the bank account to a Customer object. */
  accountHolderName?: string | null | undefined;
  /** The type of entity that holds the account. This can be either individual or company. This field is required when attaching the bank account to a Customer object. */
  accountHolderType?: string | null | undefined;
  /** The account number for the bank account, in string form. Must be a checking account. */
  accountNumber: string;
  /** The country in which the bank account is located. */
  country: string;
  /** The currency the bank account is in. This must be a country/currency pairing that [Stripe supports](https://stripe.com/docs/payouts). */
  currency: string;
  /** The type of external account. Should be bank_account. */
  object: string;
  /** The routing number, sort code, or other country-appropriate institution number for the bank account. For US bank accounts, this is required and should be the ACH routing number, not the wire routing number. If you are providing an IBAN for account_number, this field is not required. */
  routingNumber?: string | null | undefined;
};

/**
 * The type of `AccountCreateParams.externalAccount`: A card or bank account to attach to the account for receiving [payouts](https://docs.stripe.com/connect/bank-debit-card-payouts) (you won't be able to use it for top-ups). You can provide either a token, like the ones returned by [Stripe.js](https://docs.stripe.com/js), or a dictionary, as documented in the `external_account` parameter for [bank account](https://docs.stripe.com/api#account_create_bank_account) creation.
 *
 * By default, providing an external account sets it as the new default external account for its currency, and deletes the old default if one exists. To add additional external accounts without replacing the existing default for the currency, use the [bank account](https://docs.stripe.com/api#account_create_bank_account) or [card creation](https://docs.stripe.com/api#account_create_card) APIs. After you create an [Account Link](https://docs.stripe.com/api/account_links) or [Account Session](https://docs.stripe.com/api/account_sessions), this property can only be updated for accounts where [controller.requirement_collection](https://docs.stripe.com/api/accounts/object#account_object-controller-requirement_collection) is `application`, which includes Custom accounts.
 */
export type AccountCreateParamsExternalAccountOneOf =
  {   /** `external_account` as a hash (`AccountCreateParamsExternalAccount`). */
  externalAccount: AccountCreateParamsExternalAccount; token?: never; }
  |  { externalAccount?: never;   /** `external_account` as a token or id that stands for the hash. */
  token: string; };

/** The type of `AccountCreateParams.groups`: A hash of account group type to tokens. These are account groups this account should be added to. */
export type AccountCreateParamsGroups = {
  /** The group the account is in to determine their payments pricing, and null if the account is on customized pricing. [See the Platform pricing tool documentation](https://docs.stripe.com/connect/platform-pricing-tools) for details. */
  paymentsPricing?: string | null | undefined;
};

/** The type of `AccountCreateParams.individual`: Information about the person represented by the account. This field is null unless `business_type` is set to `individual`. Once you create an [Account Link](https://docs.stripe.com/api/account_links) or [Account Session](https://docs.stripe.com/api/account_sessions), this property can only be updated for accounts where [controller.requirement_collection](https://docs.stripe.com/api/accounts/object#account_object-controller-requirement_collection) is `application`, which includes Custom accounts. */
export type AccountCreateParamsIndividual = {
  /** The individual's primary address. */
  address?: AddressParam | null | undefined;
  /** The Kana variation of the individual's primary address (Japan only). */
  addressKana?: JapanAddressParam | null | undefined;
  /** The Kanji variation of the individual's primary address (Japan only). */
  addressKanji?: JapanAddressParam | null | undefined;
  /** The individual's date of birth. */
  dob?: AccountCreateParamsIndividualDob | null | undefined;
  /** The individual's email address. */
  email?: string | null | undefined;
  /** The individual's first name. */
  firstName?: string | null | undefined;
  /** The Kana variation of the individual's first name (Japan only). */
  firstNameKana?: string | null | undefined;
  /** The Kanji variation of the individual's first name (Japan only). */
  firstNameKanji?: string | null | undefined;
  /** A list of alternate names or aliases that the individual is known by. */
  fullNameAliases?: Array<string> | null | undefined;
  /** The individual's gender */
  gender?: string | null | undefined;
  /** The government-issued ID number of the individual, as appropriate for the representative's country. (Examples are a Social Security Number in the U.S., or a Social Insurance Number in Canada). Instead of the number itself, you can also provide a [PII token created with Stripe.js](https://docs.stripe.com/js/tokens/create_token?type=pii). */
  idNumber?: string | null | undefined;
  /** The government-issued secondary ID number of the individual, as appropriate for the representative's country, will be used for enhanced verification checks. In Thailand, this would be the laser code found on the back of an ID card. Instead of the number itself, you can also provide a [PII token created with Stripe.js](https://docs.stripe.com/js/tokens/create_token?type=pii). */
  idNumberSecondary?: string | null | undefined;
  /** The individual's last name. */
  lastName?: string | null | undefined;
  /** The Kana variation of the individual's last name (Japan only). */
  lastNameKana?: string | null | undefined;
  /** The Kanji variation of the individual's last name (Japan only). */
  lastNameKanji?: string | null | undefined;
  /** The individual's maiden name. */
  maidenName?: string | null | undefined;
  /** Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`. */
  metadata?: Record<string, string> | null | undefined;
  /** The individual's phone number. */
  phone?: string | null | undefined;
  /** Indicates if the person or any of their representatives, family members, or other closely related persons, declares that they hold or have held an important public job or function, in any jurisdiction. */
  politicalExposure?: AccountCreateParamsIndividualPoliticalExposure | null | undefined;
  /** The individual's registered address. */
  registeredAddress?: AddressParam | null | undefined;
  /** Describes the person's relationship to the account. */
  relationship?: AccountCreateParamsIndividualRelationship | null | undefined;
  /** The last four digits of the individual's Social Security Number (U.S. only). */
  ssnLast4?: string | null | undefined;
  /** The individual's verification document information. */
  verification?: AccountCreateParamsIndividualVerification | null | undefined;
};

/** The type of `AccountCreateParamsIndividual.dob`: The individual's date of birth. */
export type AccountCreateParamsIndividualDob = {
  /** The day of birth, between 1 and 31. */
  day: number;
  /** The month of birth, between 1 and 12. */
  month: number;
  /** The four-digit year of birth. */
  year: number;
};

/** The type of `AccountCreateParamsIndividual.politicalExposure`: Indicates if the person or any of their representatives, family members, or other closely related persons, declares that they hold or have held an important public job or function, in any jurisdiction. */
export type AccountCreateParamsIndividualPoliticalExposure =
  | 'EXISTING'
  | 'NONE';

/** The type of `AccountCreateParamsIndividual.relationship`: Describes the person's relationship to the account. */
export type AccountCreateParamsIndividualRelationship = {
  /** Whether the person is a director of the account's legal entity. Directors are typically members of the governing board of the company, or responsible for ensuring the company meets its regulatory obligations. */
  director?: boolean | null | undefined;
  /** Whether the person has significant responsibility to control, manage, or direct the organization. */
  executive?: boolean | null | undefined;
  /** Whether the person is an owner of the account's legal entity. */
  owner?: boolean | null | undefined;
  /** The percent owned by the person of the account's legal entity. */
  percentOwnership?: number | null | undefined;
  /** The person's title (e.g., CEO, Support Engineer). */
  title?: string | null | undefined;
};

/** The type of `AccountCreateParamsIndividual.verification`: The individual's verification document information. */
export type AccountCreateParamsIndividualVerification = {
  /** A document showing address, either a passport, local ID card, or utility bill from a well-known utility company. */
  additionalDocument?: AccountCreateParamsIndividualVerificationAdditionalDocument | null | undefined;
  /** An identifying document, either a passport or local ID card. */
  document?: AccountCreateParamsIndividualVerificationDocument | null | undefined;
};

/** The type of `AccountCreateParamsIndividualVerification.additionalDocument`: A document showing address, either a passport, local ID card, or utility bill from a well-known utility company. */
export type AccountCreateParamsIndividualVerificationAdditionalDocument = {
  /** The back of an ID returned by a [file upload](https://docs.stripe.com/api#create_file) with a `purpose` value of `identity_document`. The uploaded file needs to be a color image (smaller than 8,000px by 8,000px), in JPG, PNG, or PDF format, and less than 10 MB in size. */
  back?: string | null | undefined;
  /** The front of an ID returned by a [file upload](https://docs.stripe.com/api#create_file) with a `purpose` value of `identity_document`. The uploaded file needs to be a color image (smaller than 8,000px by 8,000px), in JPG, PNG, or PDF format, and less than 10 MB in size. */
  front?: string | null | undefined;
};

/** The type of `AccountCreateParamsIndividualVerification.document`: An identifying document, either a passport or local ID card. */
export type AccountCreateParamsIndividualVerificationDocument = {
  /** The back of an ID returned by a [file upload](https://docs.stripe.com/api#create_file) with a `purpose` value of `identity_document`. The uploaded file needs to be a color image (smaller than 8,000px by 8,000px), in JPG, PNG, or PDF format, and less than 10 MB in size. */
  back?: string | null | undefined;
  /** The front of an ID returned by a [file upload](https://docs.stripe.com/api#create_file) with a `purpose` value of `identity_document`. The uploaded file needs to be a color image (smaller than 8,000px by 8,000px), in JPG, PNG, or PDF format, and less than 10 MB in size. */
  front?: string | null | undefined;
};

/** The type of `AccountCreateParams.settings`: Options for customizing how the account functions within Stripe. */
export type AccountCreateParamsSettings = {
  /** Settings specific to Bacs Direct Debit. */
  bacsDebitPayments?: AccountCreateParamsSettingsBacsDebitPayments | null | undefined;
  /** Settings used to apply the account's branding to email receipts, invoices, Checkout, and other products. */
  branding?: AccountCreateParamsSettingsBranding | null | undefined;
  /** Settings specific to the account's use of the Card Issuing product. */
  cardIssuing?: AccountCreateParamsSettingsCardIssuing | null | undefined;
  /** Settings specific to card charging on the account. */
  cardPayments?: AccountCreateParamsSettingsCardPayments | null | undefined;
  /** Settings specific to the account's use of Invoices. */
  invoices?: AccountCreateParamsSettingsInvoices | null | undefined;
  /** Settings that apply across payment methods for charging on the account. */
  payments?: AccountCreateParamsSettingsPayments | null | undefined;
  /** Settings specific to the account's payouts. */
  payouts?: AccountCreateParamsSettingsPayouts | null | undefined;
  /** Settings specific to the PayPay payments method. */
  paypayPayments?: AccountCreateParamsSettingsPaypayPayments | null | undefined;
  /** Settings specific to SEPA Direct Debit payments. */
  sepaDebitPayments?: AccountCreateParamsSettingsSepaDebitPayments | null | undefined;
  /** Settings specific to the account's Treasury FinancialAccounts. */
  treasury?: AccountCreateParamsSettingsTreasury | null | undefined;
};

/** The type of `AccountCreateParamsSettings.bacsDebitPayments`: Settings specific to Bacs Direct Debit. */
export type AccountCreateParamsSettingsBacsDebitPayments = {
  /** The Bacs Direct Debit Display Name for this account. For payments made with Bacs Direct Debit, this name appears on the mandate as the statement descriptor. Mobile banking apps display it as the name of the business. To use custom branding, set the Bacs Direct Debit Display Name during or right after creation. Custom branding incurs an additional monthly fee for the platform. If you don't set the display name before requesting Bacs capability, it's automatically set as "Stripe" and the account is onboarded to Stripe branding, which is free. */
  displayName?: string | null | undefined;
};

/** The type of `AccountCreateParamsSettings.branding`: Settings used to apply the account's branding to email receipts, invoices, Checkout, and other products. */
export type AccountCreateParamsSettingsBranding = {
  /** (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) An icon for the account. Must be square and at least 128px x 128px. */
  icon?: string | null | undefined;
  /** (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) A logo for the account that will be used in Checkout instead of the icon and without the account's name next to it if provided. Must be at least 128px x 128px. */
  logo?: string | null | undefined;
  /** A CSS hex color value representing the primary branding color for this account. */
  primaryColor?: string | null | undefined;
  /** A CSS hex color value representing the secondary branding color for this account. */
  secondaryColor?: string | null | undefined;
};

/** The type of `AccountCreateParamsSettings.cardIssuing`: Settings specific to the account's use of the Card Issuing product. */
export type AccountCreateParamsSettingsCardIssuing = {
  /** Details on the account's acceptance of the [Stripe Issuing Terms and Disclosures](https://docs.stripe.com/issuing/connect/tos_acceptance). */
  tosAcceptance?: AccountCreateParamsSettingsCardIssuingTosAcceptance | null | undefined;
};

/** The type of `AccountCreateParamsSettingsCardIssuing.tosAcceptance`: Details on the account's acceptance of the [Stripe Issuing Terms and Disclosures](https://docs.stripe.com/issuing/connect/tos_acceptance). */
export type AccountCreateParamsSettingsCardIssuingTosAcceptance = {
  /** The Unix timestamp marking when the account representative accepted the service agreement. */
  date?: number | null | undefined;
  /** The IP address from which the account representative accepted the service agreement. */
  ip?: string | null | undefined;
  /** The user agent of the browser from which the account representative accepted the service agreement. */
  userAgent?: string | null | undefined;
};

/** The type of `AccountCreateParamsSettings.cardPayments`: Settings specific to card charging on the account. */
export type AccountCreateParamsSettingsCardPayments = {
  /** Automatically declines certain charge types regardless of whether the card issuer accepted or declined the charge. */
  declineOn?: AccountCreateParamsSettingsCardPaymentsDeclineOn | null | undefined;
  /** The default text that appears on credit card statements when a charge is made. This field prefixes any dynamic `statement_descriptor` specified on the charge. `statement_descriptor_prefix` is useful for maximizing descriptor space for the dynamic portion. */
  statementDescriptorPrefix?: string | null | undefined;
  /** The Kana variation of the default text that appears on credit card statements when a charge is made (Japan only). This field prefixes any dynamic `statement_descriptor_suffix_kana` specified on the charge. `statement_descriptor_prefix_kana` is useful for maximizing descriptor space for the dynamic portion. */
  statementDescriptorPrefixKana?: string | null | undefined;
  /** The Kanji variation of the default text that appears on credit card statements when a charge is made (Japan only). This field prefixes any dynamic `statement_descriptor_suffix_kanji` specified on the charge. `statement_descriptor_prefix_kanji` is useful for maximizing descriptor space for the dynamic portion. */
  statementDescriptorPrefixKanji?: string | null | undefined;
};

/** The type of `AccountCreateParamsSettingsCardPayments.declineOn`: Automatically declines certain charge types regardless of whether the card issuer accepted or declined the charge. */
export type AccountCreateParamsSettingsCardPaymentsDeclineOn = {
  /** Whether Stripe automatically declines charges with an incorrect ZIP or postal code. This setting only applies when a ZIP or postal code is provided and they fail bank verification. */
  avsFailure?: boolean | null | undefined;
  /** Whether Stripe automatically declines charges with an incorrect CVC. This setting only applies when a CVC is provided and it fails bank verification. */
  cvcFailure?: boolean | null | undefined;
};

/** The type of `AccountCreateParamsSettings.invoices`: Settings specific to the account's use of Invoices. */
export type AccountCreateParamsSettingsInvoices = {
  /** Whether to save the payment method after a payment is completed for a one-time invoice or a subscription invoice when the customer already has a default payment method on the hosted invoice page. */
  hostedPaymentMethodSave?: AccountCreateParamsSettingsInvoicesHostedPaymentMethodSave | null | undefined;
};

/** The type of `AccountCreateParamsSettingsInvoices.hostedPaymentMethodSave`: Whether to save the payment method after a payment is completed for a one-time invoice or a subscription invoice when the customer already has a default payment method on the hosted invoice page. */
export type AccountCreateParamsSettingsInvoicesHostedPaymentMethodSave =
  | 'ALWAYS'
  | 'NEVER'
  | 'OFFER';

/** The type of `AccountCreateParamsSettings.payments`: Settings that apply across payment methods for charging on the account. */
export type AccountCreateParamsSettingsPayments = {
  /** The default text that appears on statements for non-card charges outside of Japan. For card charges, if you don't set a `statement_descriptor_prefix`, this text is also used as the statement descriptor prefix. In that case, if concatenating the statement descriptor suffix causes the combined statement descriptor to exceed 22 characters, we truncate the `statement_descriptor` text to limit the full descriptor to 22 characters. For more information about statement descriptors and their requirements, see the [account settings documentation](https://docs.stripe.com/get-started/account/statement-descriptors). */
  statementDescriptor?: string | null | undefined;
  /** The Kana variation of `statement_descriptor` used for charges in Japan. Japanese statement descriptors have [special requirements](https://docs.stripe.com/get-started/account/statement-descriptors#set-japanese-statement-descriptors). */
  statementDescriptorKana?: string | null | undefined;
  /** The Kanji variation of `statement_descriptor` used for charges in Japan. Japanese statement descriptors have [special requirements](https://docs.stripe.com/get-started/account/statement-descriptors#set-japanese-statement-descriptors). */
  statementDescriptorKanji?: string | null | undefined;
};

/** The type of `AccountCreateParamsSettings.payouts`: Settings specific to the account's payouts. */
export type AccountCreateParamsSettingsPayouts = {
  /** A Boolean indicating whether Stripe should try to reclaim negative balances from an attached bank account. For details, see [Understanding Connect Account Balances](https://docs.stripe.com/connect/account-balances). */
  debitNegativeBalances?: boolean | null | undefined;
  /** Details on when funds from charges are available, and when they are paid out to an external account. For details, see our [Setting Bank and Debit Card Payouts](https://docs.stripe.com/connect/bank-transfers#payout-information) documentation. */
  schedule?: AccountCreateParamsSettingsPayoutsSchedule | null | undefined;
  /** The text that appears on the bank account statement for payouts. If not set, this defaults to the platform's bank descriptor as set in the Dashboard. */
  statementDescriptor?: string | null | undefined;
};

/** The type of `AccountCreateParamsSettingsPayouts.schedule`: Details on when funds from charges are available, and when they are paid out to an external account. For details, see our [Setting Bank and Debit Card Payouts](https://docs.stripe.com/connect/bank-transfers#payout-information) documentation. */
export type AccountCreateParamsSettingsPayoutsSchedule = {
  /** The number of days charge funds are held before being paid out. May also be set to `minimum`, representing the lowest available value for the account country. Default is `minimum`. The `delay_days` parameter remains at the last configured value if `interval` is `manual`. [Learn more about controlling payout delay days](https://docs.stripe.com/connect/manage-payout-schedule). */
  delayDays?: AccountCreateParamsSettingsPayoutsScheduleDelayDaysOneOf | null | undefined;
  /** How frequently available funds are paid out. One of: `daily`, `manual`, `weekly`, or `monthly`. Default is `daily`. */
  interval?: AccountCreateParamsSettingsPayoutsScheduleInterval | null | undefined;
  /** The day of the month when available funds are paid out, specified as a number between 1--31. Payouts nominally scheduled between the 29th and 31st of the month are instead sent on the last day of a shorter month. Required and applicable only if `interval` is `monthly`. */
  monthlyAnchor?: number | null | undefined;
  /** The days of the month when available funds are paid out, specified as an array of numbers between 1--31. Payouts nominally scheduled between the 29th and 31st of the month are instead sent on the last day of a shorter month. Required and applicable only if `interval` is `monthly` and `monthly_anchor` is not set. */
  monthlyPayoutDays?: Array<number> | null | undefined;
  /** The day of the week when available funds are paid out, specified as `monday`, `tuesday`, etc. Required and applicable only if `interval` is `weekly`. */
  weeklyAnchor?: AccountCreateParamsSettingsPayoutsScheduleWeeklyAnchor | null | undefined;
  /** The days of the week when available funds are paid out, specified as an array, e.g., [`monday`, `tuesday`]. Required and applicable only if `interval` is `weekly`. */
  weeklyPayoutDays?: Array<AccountCreateParamsSettingsPayoutsScheduleWeeklyPayoutDay> | null | undefined;
};

/** The type of `AccountCreateParamsSettingsPayoutsScheduleDelayDaysOneOf.minimum`: `delay_days` as one of Stripe's keywords. */
export type AccountCreateParamsSettingsPayoutsScheduleDelayDays =
  | 'MINIMUM';

/** The type of `AccountCreateParamsSettingsPayoutsSchedule.delayDays`: The number of days charge funds are held before being paid out. May also be set to `minimum`, representing the lowest available value for the account country. Default is `minimum`. The `delay_days` parameter remains at the last configured value if `interval` is `manual`. [Learn more about controlling payout delay days](https://docs.stripe.com/connect/manage-payout-schedule). */
export type AccountCreateParamsSettingsPayoutsScheduleDelayDaysOneOf =
  {   /** `delay_days` as one of Stripe's keywords. */
  minimum: AccountCreateParamsSettingsPayoutsScheduleDelayDays; value?: never; }
  |  { minimum?: never;   /** `delay_days` as a number. */
  value: number; };

/** The type of `AccountCreateParamsSettingsPayoutsSchedule.interval`: How frequently available funds are paid out. One of: `daily`, `manual`, `weekly`, or `monthly`. Default is `daily`. */
export type AccountCreateParamsSettingsPayoutsScheduleInterval =
  | 'DAILY'
  | 'MANUAL'
  | 'MONTHLY'
  | 'WEEKLY';

/** The type of `AccountCreateParamsSettingsPayoutsSchedule.weeklyAnchor`: The day of the week when available funds are paid out, specified as `monday`, `tuesday`, etc. Required and applicable only if `interval` is `weekly`. */
export type AccountCreateParamsSettingsPayoutsScheduleWeeklyAnchor =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

/** The type of `AccountCreateParamsSettingsPayoutsSchedule.weeklyPayoutDays`: The days of the week when available funds are paid out, specified as an array, e.g., [`monday`, `tuesday`]. Required and applicable only if `interval` is `weekly`. */
export type AccountCreateParamsSettingsPayoutsScheduleWeeklyPayoutDay =
  | 'FRIDAY'
  | 'MONDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

/** The type of `AccountCreateParamsSettings.paypayPayments`: Settings specific to the PayPay payments method. */
export type AccountCreateParamsSettingsPaypayPayments = {
  /** Additional files that are required to support the onboarding process of your business. */
  additionalFiles?: Array<string> | null | undefined;
  /** The type of goods your business sells. Use `digital_content` if you sell digital content. Use `other` for all other types of goods or services. */
  goodsType?: AccountCreateParamsSettingsPaypayPaymentsGoodsType | null | undefined;
  /** Details regarding your business's website. */
  site?: AccountCreateParamsSettingsPaypayPaymentsSite | null | undefined;
};

/** The type of `AccountCreateParamsSettingsPaypayPayments.goodsType`: The type of goods your business sells. Use `digital_content` if you sell digital content. Use `other` for all other types of goods or services. */
export type AccountCreateParamsSettingsPaypayPaymentsGoodsType =
  | 'DIGITAL_CONTENT'
  | 'OTHER';

/** The type of `AccountCreateParamsSettingsPaypayPayments.site`: Details regarding your business's website. */
export type AccountCreateParamsSettingsPaypayPaymentsSite = {
  /** Additional information about your business's website. */
  inDevelopment?: AccountCreateParamsSettingsPaypayPaymentsSiteInDevelopment | null | undefined;
  /** Additional information about your business's website. */
  restricted?: AccountCreateParamsSettingsPaypayPaymentsSiteRestricted | null | undefined;
  /** The status of your business's website. */
  type?: AccountCreateParamsSettingsPaypayPaymentsSiteType | null | undefined;
};

/** The type of `AccountCreateParamsSettingsPaypayPaymentsSite.inDevelopment`: Additional information about your business's website. */
export type AccountCreateParamsSettingsPaypayPaymentsSiteInDevelopment = {
  /** The password needed to access your business's website. */
  password: string;
  /** The username needed to access your business's website. */
  username?: string | null | undefined;
};

/** The type of `AccountCreateParamsSettingsPaypayPaymentsSite.restricted`: Additional information about your business's website. */
export type AccountCreateParamsSettingsPaypayPaymentsSiteRestricted = {
  /** The file explaining the payment flow for your business. */
  paymentFlowFile?: string | null | undefined;
};

/** The type of `AccountCreateParamsSettingsPaypayPaymentsSite.type`: The status of your business's website. */
export type AccountCreateParamsSettingsPaypayPaymentsSiteType =
  | 'ACCESSIBLE'
  | 'IN_DEVELOPMENT'
  | 'RESTRICTED';

/** The type of `AccountCreateParamsSettings.sepaDebitPayments`: Settings specific to SEPA Direct Debit payments. */
export type AccountCreateParamsSettingsSepaDebitPayments = {
  /** The business creditor id for european payments. */
  creditorId?: string | null | undefined;
};

/** The type of `AccountCreateParamsSettings.treasury`: Settings specific to the account's Treasury FinancialAccounts. */
export type AccountCreateParamsSettingsTreasury = {
  /** Details on the account's acceptance of the Stripe Treasury Services Agreement. */
  tosAcceptance?: AccountCreateParamsSettingsTreasuryTosAcceptance | null | undefined;
};

/** The type of `AccountCreateParamsSettingsTreasury.tosAcceptance`: Details on the account's acceptance of the Stripe Treasury Services Agreement. */
export type AccountCreateParamsSettingsTreasuryTosAcceptance = {
  /** The Unix timestamp marking when the account representative accepted the service agreement. */
  date?: number | null | undefined;
  /** The IP address from which the account representative accepted the service agreement. */
  ip?: string | null | undefined;
  /** The user agent of the browser from which the account representative accepted the service agreement. */
  userAgent?: string | null | undefined;
};

/** The type of `AccountCreateParams.tosAcceptance`: Details on the account's acceptance of the [Stripe Services Agreement](https://docs.stripe.com/connect/updating-accounts#tos-acceptance). This property can only be updated for accounts where [controller.requirement_collection](https://docs.stripe.com/api/accounts/object#account_object-controller-requirement_collection) is `application`, which includes Custom accounts. This property defaults to a `full` service agreement when empty. */
export type AccountCreateParamsTosAcceptance = {
  /** The Unix timestamp marking when the account representative accepted their service agreement. */
  date?: number | null | undefined;
  /** The IP address from which the account representative accepted their service agreement. */
  ip?: string | null | undefined;
  /** The user's service agreement type. */
  serviceAgreement?: string | null | undefined;
  /** The user agent of the browser from which the account representative accepted their service agreement. */
  userAgent?: string | null | undefined;
};

/** The type of `AccountCreateParams.type`: The `type` parameter is deprecated. Use [`controller`](https://docs.stripe.com/api/accounts/create#create_account-controller) instead to configure dashboard access, fee payer, loss liability, and requirement collection. */
export type AccountCreateParamsType =
  | 'CUSTOM'
  | 'EXPRESS'
  | 'STANDARD';

/** The parameters of `Mutation.createPerson`, as Stripe takes them (camelCased). */
export type AccountCreatePersonParams = {
  /** Details on the legal guardian's or authorizer's acceptance of the required Stripe agreements. */
  additionalTosAcceptances?: AccountCreatePersonParamsAdditionalTosAcceptances | null | undefined;
  /** The person's address. */
  address?: AddressParam | null | undefined;
  /** The Kana variation of the person's address (Japan only). */
  addressKana?: JapanAddressParam | null | undefined;
  /** The Kanji variation of the person's address (Japan only). */
  addressKanji?: JapanAddressParam | null | undefined;
  /** The person's date of birth. */
  dob?: AccountCreatePersonParamsDob | null | undefined;
  /** Documents that may be submitted to satisfy various informational requests. */
  documents?: AccountCreatePersonParamsDocuments | null | undefined;
  /** The person's email address. */
  email?: string | null | undefined;
  /** The person's first name. */
  firstName?: string | null | undefined;
  /** The Kana variation of the person's first name (Japan only). */
  firstNameKana?: string | null | undefined;
  /** The Kanji variation of the person's first name (Japan only). */
  firstNameKanji?: string | null | undefined;
  /** A list of alternate names or aliases that the person is known by. */
  fullNameAliases?: Array<string> | null | undefined;
  /** The person's gender (International regulations require either "male" or "female"). */
  gender?: string | null | undefined;
  /**
   * The person's ID number, as appropriate for their country. For example, a social security number in the U.S., social insurance number in Canada, etc. Instead of the number itself, you can also provide a [PII token provided by Stripe.js](https://docs.stripe.com/js/tokens/create_token?type=pii).
   *
   * Changing this value for the account's representative requires that the account re-accept the [terms of service](https://docs.stripe.com/api/accounts/object#account_object-tos_acceptance).
   */
  idNumber?: string | null | undefined;
  /**
   * The person's secondary ID number, as appropriate for their country, will be used for enhanced verification checks. In Thailand, this would be the laser code found on the back of an ID card. Instead of the number itself, you can also provide a [PII token provided by Stripe.js](https://docs.stripe.com/js/tokens/create_token?type=pii).
   *
   * Changing this value for the account's representative requires that the account re-accept the [terms of service](https://docs.stripe.com/api/accounts/object#account_object-tos_acceptance).
   */
  idNumberSecondary?: string | null | undefined;
  /** The person's last name. */
  lastName?: string | null | undefined;
  /** The Kana variation of the person's last name (Japan only). */
  lastNameKana?: string | null | undefined;
  /** The Kanji variation of the person's last name (Japan only). */
  lastNameKanji?: string | null | undefined;
  /** The person's maiden name. */
  maidenName?: string | null | undefined;
  /** Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`. */
  metadata?: Record<string, string> | null | undefined;
  /** The country where the person is a national. Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)), or "XX" if unavailable. */
  nationality?: string | null | undefined;
  /** A [person token](https://docs.stripe.com/connect/account-tokens), used to securely provide details to the person. */
  personToken?: string | null | undefined;
  /** The person's phone number. */
  phone?: string | null | undefined;
  /** Indicates if the person or any of their representatives, family members, or other closely related persons, declares that they hold or have held an important public job or function, in any jurisdiction. */
  politicalExposure?: AccountCreatePersonParamsPoliticalExposure | null | undefined;
  /** The person's registered address. */
  registeredAddress?: AddressParam | null | undefined;
  /** The relationship that this person has with the account's legal entity. */
  relationship?: AccountCreatePersonParamsRelationship | null | undefined;
  /**
   * The last four digits of the person's Social Security number (U.S. only).
   *
   * Changing this value for the account's representative requires that the account re-accept the [terms of service](https://docs.stripe.com/api/accounts/object#account_object-tos_acceptance).
   */
  ssnLast4?: string | null | undefined;
  /** Demographic data related to the person. */
  usCfpbData?: AccountCreatePersonParamsUsCfpbData | null | undefined;
  /** The person's verification status. */
  verification?: AccountCreatePersonParamsVerification | null | undefined;
};

/** The type of `AccountCreatePersonParams.additionalTosAcceptances`: Details on the legal guardian's or authorizer's acceptance of the required Stripe agreements. */
export type AccountCreatePersonParamsAdditionalTosAcceptances = {
  /** Details on the legal guardian's acceptance of the main Stripe service agreement. */
  account?: AccountCreatePersonParamsAdditionalTosAcceptancesAccount | null | undefined;
};

/** The type of `AccountCreatePersonParamsAdditionalTosAcceptances.account`: Details on the legal guardian's acceptance of the main Stripe service agreement. */
export type AccountCreatePersonParamsAdditionalTosAcceptancesAccount = {
  /** The Unix timestamp marking when the account representative accepted the service agreement. */
  date?: number | null | undefined;
  /** The IP address from which the account representative accepted the service agreement. */
  ip?: string | null | undefined;
  /** The user agent of the browser from which the account representative accepted the service agreement. */
  userAgent?: string | null | undefined;
};

/** The type of `AccountCreatePersonParams.dob`: The person's date of birth. */
export type AccountCreatePersonParamsDob = {
  /** The day of birth, between 1 and 31. */
  day: number;
  /** The month of birth, between 1 and 12. */
  month: number;
  /** The four-digit year of birth. */
  year: number;
};

/** The type of `AccountCreatePersonParams.documents`: Documents that may be submitted to satisfy various informational requests. */
export type AccountCreatePersonParamsDocuments = {
  /** One or more documents that demonstrate proof that this person is authorized to represent the company. */
  companyAuthorization?: AccountCreatePersonParamsDocumentsCompanyAuthorization | null | undefined;
  /** One or more documents showing the person's passport page with photo and personal data. */
  passport?: AccountCreatePersonParamsDocumentsPassport | null | undefined;
  /** One or more documents showing the person's visa required for living in the country where they are residing. */
  visa?: AccountCreatePersonParamsDocumentsVisa | null | undefined;
};

/** The type of `AccountCreatePersonParamsDocuments.companyAuthorization`: One or more documents that demonstrate proof that this person is authorized to represent the company. */
export type AccountCreatePersonParamsDocumentsCompanyAuthorization = {
  /** One or more document ids returned by a [file upload](https://docs.stripe.com/api#create_file) with a `purpose` value of `account_requirement`. */
  files?: Array<string> | null | undefined;
};

/** The type of `AccountCreatePersonParamsDocuments.passport`: One or more documents showing the person's passport page with photo and personal data. */
export type AccountCreatePersonParamsDocumentsPassport = {
  /** One or more document ids returned by a [file upload](https://docs.stripe.com/api#create_file) with a `purpose` value of `account_requirement`. */
  files?: Array<string> | null | undefined;
};

/** The type of `AccountCreatePersonParamsDocuments.visa`: One or more documents showing the person's visa required for living in the country where they are residing. */
export type AccountCreatePersonParamsDocumentsVisa = {
  /** One or more document ids returned by a [file upload](https://docs.stripe.com/api#create_file) with a `purpose` value of `account_requirement`. */
  files?: Array<string> | null | undefined;
};

/** The type of `AccountCreatePersonParams.politicalExposure`: Indicates if the person or any of their representatives, family members, or other closely related persons, declares that they hold or have held an important public job or function, in any jurisdiction. */
export type AccountCreatePersonParamsPoliticalExposure =
  | 'EXISTING'
  | 'NONE';

/** The type of `AccountCreatePersonParams.relationship`: The relationship that this person has with the account's legal entity. */
export type AccountCreatePersonParamsRelationship = {
  /** Whether the person is the authorizer of the account's representative. */
  authorizer?: boolean | null | undefined;
  /** Whether the person is a director of the account's legal entity. Directors are typically members of the governing board of the company, or responsible for ensuring the company meets its regulatory obligations. */
  director?: boolean | null | undefined;
  /** Whether the person has significant responsibility to control, manage, or direct the organization. */
  executive?: boolean | null | undefined;
  /** Whether the person is the legal guardian of the account's representative. */
  legalGuardian?: boolean | null | undefined;
  /** Whether the person is an owner of the account's legal entity. */
  owner?: boolean | null | undefined;
  /** The percent owned by the person of the account's legal entity. */
  percentOwnership?: number | null | undefined;
  /** Whether the person is authorized as the primary representative of the account. This is the person nominated by the business to provide information about themselves, and general information about the account. There can only be one representative at any given time. At the time the account is created, this person should be set to the person responsible for opening the account. */
  representative?: boolean | null | undefined;
  /** The person's title (e.g., CEO, Support Engineer). */
  title?: string | null | undefined;
};

/** The type of `AccountCreatePersonParams.usCfpbData`: Demographic data related to the person. */
export type AccountCreatePersonParamsUsCfpbData = {
  /** The persons ethnicity details */
  ethnicityDetails?: AccountCreatePersonParamsUsCfpbDataEthnicityDetails | null | undefined;
  /** The persons race details */
  raceDetails?: AccountCreatePersonParamsUsCfpbDataRaceDetails | null | undefined;
  /** The persons self-identified gender */
  selfIdentifiedGender?: string | null | undefined;
};

/** The type of `AccountCreatePersonParamsUsCfpbData.ethnicityDetails`: The persons ethnicity details */
export type AccountCreatePersonParamsUsCfpbDataEthnicityDetails = {
  /** The persons ethnicity */
  ethnicity?: Array<AccountCreatePersonParamsUsCfpbDataEthnicityDetailsEthnicity> | null | undefined;
  /** Please specify your origin, when other is selected. */
  ethnicityOther?: string | null | undefined;
};

/** The type of `AccountCreatePersonParamsUsCfpbDataEthnicityDetails.ethnicity`: The persons ethnicity */
export type AccountCreatePersonParamsUsCfpbDataEthnicityDetailsEthnicity =
  | 'CUBAN'
  | 'HISPANIC_OR_LATINO'
  | 'MEXICAN'
  | 'NOT_HISPANIC_OR_LATINO'
  | 'OTHER_HISPANIC_OR_LATINO'
  | 'PREFER_NOT_TO_ANSWER'
  | 'PUERTO_RICAN';

/** The type of `AccountCreatePersonParamsUsCfpbData.raceDetails`: The persons race details */
export type AccountCreatePersonParamsUsCfpbDataRaceDetails = {
  /** The persons race. */
  race?: Array<AccountCreatePersonParamsUsCfpbDataRaceDetailsRace> | null | undefined;
  /** Please specify your race, when other is selected. */
  raceOther?: string | null | undefined;
};

/** The type of `AccountCreatePersonParamsUsCfpbDataRaceDetails.race`: The persons race. */
export type AccountCreatePersonParamsUsCfpbDataRaceDetailsRace =
  | 'AFRICAN_AMERICAN'
  | 'AMERICAN_INDIAN_OR_ALASKA_NATIVE'
  | 'ASIAN'
  | 'ASIAN_INDIAN'
  | 'BLACK_OR_AFRICAN_AMERICAN'
  | 'CHINESE'
  | 'ETHIOPIAN'
  | 'FILIPINO'
  | 'GUAMANIAN_OR_CHAMORRO'
  | 'HAITIAN'
  | 'JAMAICAN'
  | 'JAPANESE'
  | 'KOREAN'
  | 'NATIVE_HAWAIIAN'
  | 'NATIVE_HAWAIIAN_OR_OTHER_PACIFIC_ISLANDER'
  | 'NIGERIAN'
  | 'OTHER_ASIAN'
  | 'OTHER_BLACK_OR_AFRICAN_AMERICAN'
  | 'OTHER_PACIFIC_ISLANDER'
  | 'PREFER_NOT_TO_ANSWER'
  | 'SAMOAN'
  | 'SOMALI'
  | 'VIETNAMESE'
  | 'WHITE';

/** The type of `AccountCreatePersonParams.verification`: The person's verification status. */
export type AccountCreatePersonParamsVerification = {
  /** A document showing address, either a passport, local ID card, or utility bill from a well-known utility company. */
  additionalDocument?: AccountCreatePersonParamsVerificationAdditionalDocument | null | undefined;
  /** An identifying document, either a passport or local ID card. */
  document?: AccountCreatePersonParamsVerificationDocument | null | undefined;
};

/** The type of `AccountCreatePersonParamsVerification.additionalDocument`: A document showing address, either a passport, local ID card, or utility bill from a well-known utility company. */
export type AccountCreatePersonParamsVerificationAdditionalDocument = {
  /** The back of an ID returned by a [file upload](https://docs.stripe.com/api#create_file) with a `purpose` value of `identity_document`. The uploaded file needs to be a color image (smaller than 8,000px by 8,000px), in JPG, PNG, or PDF format, and less than 10 MB in size. */
  back?: string | null | undefined;
  /** The front of an ID returned by a [file upload](https://docs.stripe.com/api#create_file) with a `purpose` value of `identity_document`. The uploaded file needs to be a color image (smaller than 8,000px by 8,000px), in JPG, PNG, or PDF format, and less than 10 MB in size. */
  front?: string | null | undefined;
};

/** The type of `AccountCreatePersonParamsVerification.document`: An identifying document, either a passport or local ID card. */
export type AccountCreatePersonParamsVerificationDocument = {
  /** The back of an ID returned by a [file upload](https://docs.stripe.com/api#create_file) with a `purpose` value of `identity_document`. The uploaded file needs to be a color image (smaller than 8,000px by 8,000px), in JPG, PNG, or PDF format, and less than 10 MB in size. */
  back?: string | null | undefined;
  /** The front of an ID returned by a [file upload](https://docs.stripe.com/api#create_file) with a `purpose` value of `identity_document`. The uploaded file needs to be a color image (smaller than 8,000px by 8,000px), in JPG, PNG, or PDF format, and less than 10 MB in size. */
  front?: string | null | undefined;
};

/** The parameters of `Mutation.createAccountLink`, as Stripe takes them (camelCased). */
export type AccountLinkCreateParams = {
  /** The identifier of the account to create an account link for. */
  account: string;
  /** The collect parameter is deprecated. Use `collection_options` instead. */
  collect?: AccountLinkCreateParamsCollect | null | undefined;
  /** Specifies the requirements that Stripe collects from connected accounts in the Connect Onboarding flow. */
  collectionOptions?: AccountLinkCreateParamsCollectionOptions | null | undefined;
  /** The URL the user will be redirected to if the account link is expired, has been previously-visited, or is otherwise invalid. The URL you specify should attempt to generate a new account link with the same parameters used to create the original account link, then redirect the user to the new account link's URL so they can continue with Connect Onboarding. If a new account link cannot be generated or the redirect fails you should display a useful error to the user. */
  refreshUrl?: string | null | undefined;
  /** The URL that the user will be redirected to upon leaving or completing the linked flow. */
  returnUrl?: string | null | undefined;
  /**
   * The type of account link the user is requesting.
   *
   * You can create Account Links of type `account_update` only for connected accounts where your platform is responsible for collecting requirements, including Custom accounts. You can't create them for accounts that have access to a Stripe-hosted Dashboard. If you use [Connect embedded components](https://docs.stripe.com/connect/get-started-connect-embedded-components), you can include components that allow your connected accounts to update their own information. For an account without Stripe-hosted Dashboard access where Stripe is liable for negative balances, you must use embedded components.
   */
  type: AccountLinkCreateParamsType;
};

/** The type of `AccountLinkCreateParams.collect`: The collect parameter is deprecated. Use `collection_options` instead. */
export type AccountLinkCreateParamsCollect =
  | 'CURRENTLY_DUE'
  | 'EVENTUALLY_DUE';

/** The type of `AccountLinkCreateParams.collectionOptions`: Specifies the requirements that Stripe collects from connected accounts in the Connect Onboarding flow. */
export type AccountLinkCreateParamsCollectionOptions = {
  /** Specifies whether the platform collects only currently_due requirements (`currently_due`) or both currently_due and eventually_due requirements (`eventually_due`). If you don't specify `collection_options`, the default value is `currently_due`. */
  fields?: AccountLinkCreateParamsCollectionOptionsFields | null | undefined;
  /** Specifies whether the platform collects future_requirements in addition to requirements in Connect Onboarding. The default value is `omit`. */
  futureRequirements?: AccountLinkCreateParamsCollectionOptionsFutureRequirements | null | undefined;
};

/** The type of `AccountLinkCreateParamsCollectionOptions.fields`: Specifies whether the platform collects only currently_due requirements (`currently_due`) or both currently_due and eventually_due requirements (`eventually_due`). If you don't specify `collection_options`, the default value is `currently_due`. */
export type AccountLinkCreateParamsCollectionOptionsFields =
  | 'CURRENTLY_DUE'
  | 'EVENTUALLY_DUE';

/** The type of `AccountLinkCreateParamsCollectionOptions.futureRequirements`: Specifies whether the platform collects future_requirements in addition to requirements in Connect Onboarding. The default value is `omit`. */
export type AccountLinkCreateParamsCollectionOptionsFutureRequirements =
  | 'INCLUDE'
  | 'OMIT';

/**
 * The type of `AccountLinkCreateParams.type`: The type of account link the user is requesting.
 *
 * You can create Account Links of type `account_update` only for connected accounts where your platform is responsible for collecting requirements, including Custom accounts. You can't create them for accounts that have access to a Stripe-hosted Dashboard. If you use [Connect embedded components](https://docs.stripe.com/connect/get-started-connect-embedded-components), you can include components that allow your connected accounts to update their own information. For an account without Stripe-hosted Dashboard access where Stripe is liable for negative balances, you must use embedded components.
 */
export type AccountLinkCreateParamsType =
  | 'ACCOUNT_ONBOARDING'
  | 'ACCOUNT_UPDATE';

/** The type of `AccountRequirements.disabledReason`: If the account is disabled, this enum describes why. [Learn more about handling verification issues](https://docs.stripe.com/connect/handling-api-verification). */
export type AccountRequirementsDisabledReason =
  | 'ACTION_REQUIRED_REQUESTED_CAPABILITIES'
  | 'LISTED'
  | 'OTHER'
  | 'PLATFORM_PAUSED'
  | 'REJECTED_FRAUD'
  | 'REJECTED_INCOMPLETE_VERIFICATION'
  | 'REJECTED_LISTED'
  | 'REJECTED_OTHER'
  | 'REJECTED_PLATFORM_FRAUD'
  | 'REJECTED_PLATFORM_OTHER'
  | 'REJECTED_PLATFORM_TERMS_OF_SERVICE'
  | 'REJECTED_TERMS_OF_SERVICE'
  | 'REQUIREMENTS_PAST_DUE'
  | 'REQUIREMENTS_PENDING_VERIFICATION'
  | 'UNDER_REVIEW'
  /** A value this schema does not know yet (Stripe adds enum values without a new API version). */
  | 'UNRECOGNIZED';

/** The type of `Account.type`: The Stripe account type. Can be `standard`, `express`, `custom`, or `none`. */
export type AccountType =
  | 'CUSTOM'
  | 'EXPRESS'
  | 'NONE'
  | 'STANDARD'
  /** A value this schema does not know yet (Stripe adds enum values without a new API version). */
  | 'UNRECOGNIZED';

/** The type of `AccountCreateParamsBusinessProfile.supportAddress`: A publicly available mailing address for sending support issues to. */
export type AddressParam = {
  /** City, district, suburb, town, village, or ward. */
  city?: string | null | undefined;
  /** Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)). */
  country?: string | null | undefined;
  /** Address line 1 (e.g., street, block, PO Box, or company name). */
  line1?: string | null | undefined;
  /** Address line 2 (e.g., apartment, suite, unit, or building). */
  line2?: string | null | undefined;
  /** ZIP or postal code. */
  postalCode?: string | null | undefined;
  /** State, county, province, prefecture, or region. */
  state?: string | null | undefined;
};

/** The type of `Capability.status`: The status of the capability. */
export type CapabilityStatus =
  | 'ACTIVE'
  | 'INACTIVE'
  | 'PENDING'
  /** A value this schema does not know yet (Stripe adds enum values without a new API version). */
  | 'UNRECOGNIZED'
  | 'UNREQUESTED';

/** The type of `CryptoOnrampQuotesDestinationNetworkQuotesQuote.destinationCurrency`: The currency of the destination amount */
export type CryptoOnrampQuotesDestinationNetworkQuotesQuoteDestinationCurrency =
  | 'AVAX'
  | 'BTC'
  | 'ETH'
  | 'MATIC'
  | 'SOL'
  /** A value this schema does not know yet (Stripe adds enum values without a new API version). */
  | 'UNRECOGNIZED'
  | 'USDC'
  | 'XLM';

/** The type of `CryptoOnrampQuotesRetrieveParams.destinationCurrencies`: The list of cryptocurrencies you want to generate quotes for. If left null, we retrieve quotes for all `destination_currencies` that `destination_networks` supports. */
export type CryptoOnrampQuotesRetrieveParamsDestinationCurrency =
  | 'AVAX'
  | 'BTC'
  | 'ETH'
  | 'MATIC'
  | 'SOL'
  | 'USDC'
  | 'XLM';

/** The type of `CryptoOnrampQuotesRetrieveParams.destinationNetworks`: The list of cryptocurrency networks you want to generate quotes for. If left null, we retrieve quotes for `destination_currencies` in all networks. */
export type CryptoOnrampQuotesRetrieveParamsDestinationNetwork =
  | 'AVALANCHE'
  | 'BASE'
  | 'BITCOIN'
  | 'ETHEREUM'
  | 'OPTIMISM'
  | 'POLYGON'
  | 'SOLANA'
  | 'STELLAR'
  | 'WORLDCHAIN';

/** The type of `CryptoOnrampQuotes.sourceCurrency`: A fiat currency code */
export type CryptoOnrampQuotesSourceCurrency =
  /** A value this schema does not know yet (Stripe adds enum values without a new API version). */
  | 'UNRECOGNIZED'
  | 'USD';

/** The parameters of `Mutation.createCryptoOnrampSession`, as Stripe takes them (camelCased). */
export type CryptoOnrampSessionCreateParams = {
  /** The IP address of the customer the platform intends to onramp. If the user's IP is in a region we can't support, we return an `HTTP 400` with an appropriate error code. We support IPv4 and IPv6 addresses. */
  customerIpAddress?: string | null | undefined;
  /** The default amount of crypto to exchange into (a decimal string). When set, both `destination_currency` and `destination_network` must also be set. Mutually exclusive with `source_amount`. */
  destinationAmount?: string | null | undefined;
  /** The list of destination cryptocurrencies a user can choose from. When set, it must be a non-empty array; users cannot override it. */
  destinationCurrencies?: Array<CryptoOnrampSessionCreateParamsDestinationCurrency> | null | undefined;
  /** The default destination cryptocurrency. When left null, the first value of `destination_currencies` is selected. */
  destinationCurrency?: CryptoOnrampSessionCreateParamsDestinationCurrency | null | undefined;
  /** The default destination crypto network. When left null, the first value of `destination_networks` is selected. */
  destinationNetwork?: CryptoOnrampSessionCreateParamsDestinationNetwork | null | undefined;
  /** The list of destination crypto networks user can choose from. When set, it must be a non-empty array; users cannot override it. */
  destinationNetworks?: Array<CryptoOnrampSessionCreateParamsDestinationNetwork> | null | undefined;
  /** Pre-populate some of the required KYC information for the user if you've already collected it within your application. */
  kycDetails?: unknown;
  /** Whether or not to lock the suggested wallet address. If destination tags are provided, this will also lock the destination tags. */
  lockWalletAddress?: boolean | null | undefined;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`. */
  metadata?: Record<string, string> | null | undefined;
  /** The default amount of fiat (in decimal) to exchange into crypto. Mutually exclusive with `destination_amount`; fractional minor units are rejected. */
  sourceAmount?: string | null | undefined;
  /** The default source fiat currency for the onramp session. When left null, a default currency is selected based on user locale. */
  sourceCurrency?: CryptoOnrampSessionCreateParamsSourceCurrency | null | undefined;
  /** The end customer's crypto wallet address (for each network) to use for this transaction. When set, the platform must set either `destination_networks` or `destination_network`. */
  walletAddresses?: CryptoOnrampSessionCreateParamsWalletAddresses | null | undefined;
};

/** The type of `CryptoOnrampSessionCreateParams.destinationCurrencies`: The list of destination cryptocurrencies a user can choose from. When set, it must be a non-empty array; users cannot override it. */
export type CryptoOnrampSessionCreateParamsDestinationCurrency =
  | 'AVAX'
  | 'BTC'
  | 'ETH'
  | 'MATIC'
  | 'SOL'
  | 'USDC'
  | 'XLM';

/** The type of `CryptoOnrampSessionCreateParams.destinationNetwork`: The default destination crypto network. When left null, the first value of `destination_networks` is selected. */
export type CryptoOnrampSessionCreateParamsDestinationNetwork =
  | 'AVALANCHE'
  | 'BASE'
  | 'BITCOIN'
  | 'ETHEREUM'
  | 'OPTIMISM'
  | 'POLYGON'
  | 'SOLANA'
  | 'STELLAR'
  | 'WORLDCHAIN';

/** The type of `CryptoOnrampSessionCreateParams.sourceCurrency`: The default source fiat currency for the onramp session. When left null, a default currency is selected based on user locale. */
export type CryptoOnrampSessionCreateParamsSourceCurrency =
  | 'USD';

/** The type of `CryptoOnrampSessionCreateParams.walletAddresses`: The end customer's crypto wallet address (for each network) to use for this transaction. When set, the platform must set either `destination_networks` or `destination_network`. */
export type CryptoOnrampSessionCreateParamsWalletAddresses = {
  /** A base address */
  baseNetwork?: string | null | undefined;
  /** A bitcoin address */
  bitcoin?: string | null | undefined;
  /** The end customer's crypto wallet destination tag (for each network) to use for this transaction. This only applies for tag-based assets such as XLM. */
  destinationTags?: CryptoOnrampSessionCreateParamsWalletAddressesDestinationTags | null | undefined;
  /** An ethereum address */
  ethereum?: string | null | undefined;
  /** An optimism address */
  optimism?: string | null | undefined;
  /** A polygon address */
  polygon?: string | null | undefined;
  /** A solana address */
  solana?: string | null | undefined;
  /** A stellar address */
  stellar?: string | null | undefined;
  /** A worldchain address */
  worldchain?: string | null | undefined;
};

/** The type of `CryptoOnrampSessionCreateParamsWalletAddresses.destinationTags`: The end customer's crypto wallet destination tag (for each network) to use for this transaction. This only applies for tag-based assets such as XLM. */
export type CryptoOnrampSessionCreateParamsWalletAddressesDestinationTags = {
  /** A stellar destination tag */
  stellar?: string | null | undefined;
};

/** The type of `CryptoOnrampSession.status`: The status of the Onramp Session. */
export type CryptoOnrampSessionStatus =
  | 'FULFILLMENT_COMPLETE'
  | 'FULFILLMENT_PROCESSING'
  | 'INITIALIZED'
  | 'REJECTED'
  | 'REQUIRES_PAYMENT'
  /** A value this schema does not know yet (Stripe adds enum values without a new API version). */
  | 'UNRECOGNIZED';

/** The type of `CryptoOnrampSessionTransactionDetails.destinationCurrencies`: If a platform wants to lock the currencies an session will support, they can add supported currencies to this array. If left null, the experience will allow selection of all supported destination currencies. */
export type CryptoOnrampSessionTransactionDetailsDestinationCurrency =
  | 'AVAX'
  | 'BTC'
  | 'ETH'
  | 'MATIC'
  | 'SOL'
  /** A value this schema does not know yet (Stripe adds enum values without a new API version). */
  | 'UNRECOGNIZED'
  | 'USDC'
  | 'XLM';

/** The type of `CryptoOnrampSessionTransactionDetails.destinationNetwork`: The specific crypto network the `destination_currency` is settled on. If `destination_networks` is set, it must be a value in that array. */
export type CryptoOnrampSessionTransactionDetailsDestinationNetwork =
  | 'AVALANCHE'
  | 'BASE'
  | 'BITCOIN'
  | 'ETHEREUM'
  | 'OPTIMISM'
  | 'POLYGON'
  | 'SOLANA'
  | 'STELLAR'
  /** A value this schema does not know yet (Stripe adds enum values without a new API version). */
  | 'UNRECOGNIZED'
  | 'WORLDCHAIN';

/** The type of `CryptoOnrampSessionTransactionDetails.sourceCurrency`: A fiat currency code */
export type CryptoOnrampSessionTransactionDetailsSourceCurrency =
  /** A value this schema does not know yet (Stripe adds enum values without a new API version). */
  | 'UNRECOGNIZED'
  | 'USD';

/** The type of `FinancialConnectionsAccountBalanceRefresh.status`: The status of the last refresh attempt. */
export type FinancialConnectionsAccountBalanceRefreshStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SUCCEEDED'
  /** A value this schema does not know yet (Stripe adds enum values without a new API version). */
  | 'UNRECOGNIZED';

/** The type of `FinancialConnectionsAccountBalance.type`: The `type` of the balance. An additional hash is included on the balance with a name matching this value. */
export type FinancialConnectionsAccountBalanceType =
  | 'CASH'
  | 'CREDIT'
  /** A value this schema does not know yet (Stripe adds enum values without a new API version). */
  | 'UNRECOGNIZED';

/** The type of `FinancialConnectionsAccount.category`: The type of the account. Account category is further divided in `subcategory`. */
export type FinancialConnectionsAccountCategory =
  | 'CASH'
  | 'CREDIT'
  | 'INVESTMENT'
  | 'OTHER'
  /** A value this schema does not know yet (Stripe adds enum values without a new API version). */
  | 'UNRECOGNIZED';

/** The type of `FinancialConnectionsAccount.permissions`: The list of permissions granted by this account. */
export type FinancialConnectionsAccountPermission =
  | 'BALANCES'
  | 'OWNERSHIP'
  | 'PAYMENT_METHOD'
  | 'TRANSACTIONS'
  /** A value this schema does not know yet (Stripe adds enum values without a new API version). */
  | 'UNRECOGNIZED';

/** The type of `FinancialConnectionsAccount.status`: The status of the link to the account. */
export type FinancialConnectionsAccountStatus =
  | 'ACTIVE'
  | 'DISCONNECTED'
  | 'INACTIVE'
  /** A value this schema does not know yet (Stripe adds enum values without a new API version). */
  | 'UNRECOGNIZED';

/**
 * The type of `FinancialConnectionsAccount.subcategory`: If `category` is `cash`, one of:
 *
 *  - `checking`
 *  - `savings`
 *  - `other`
 *
 * If `category` is `credit`, one of:
 *
 *  - `mortgage`
 *  - `line_of_credit`
 *  - `credit_card`
 *  - `other`
 *
 * If `category` is `investment` or `other`, this will be `other`.
 */
export type FinancialConnectionsAccountSubcategory =
  | 'CHECKING'
  | 'CREDIT_CARD'
  | 'LINE_OF_CREDIT'
  | 'MORTGAGE'
  | 'OTHER'
  | 'SAVINGS'
  /** A value this schema does not know yet (Stripe adds enum values without a new API version). */
  | 'UNRECOGNIZED';

/** The type of `FinancialConnectionsTransaction.status`: The status of the transaction. */
export type FinancialConnectionsTransactionStatus =
  | 'PENDING'
  | 'POSTED'
  /** A value this schema does not know yet (Stripe adds enum values without a new API version). */
  | 'UNRECOGNIZED'
  | 'VOID';

/** The type of `IdentityVerificationReportDocument.status`: Status of this `document` check. */
export type IdentityVerificationReportDocumentStatus =
  /** A value this schema does not know yet (Stripe adds enum values without a new API version). */
  | 'UNRECOGNIZED'
  | 'UNVERIFIED'
  | 'VERIFIED';

/** The type of `IdentityVerificationReportDocument.type`: Type of the document. */
export type IdentityVerificationReportDocumentType =
  | 'DRIVING_LICENSE'
  | 'ID_CARD'
  | 'PASSPORT'
  /** A value this schema does not know yet (Stripe adds enum values without a new API version). */
  | 'UNRECOGNIZED';

/** The type of `IdentityVerificationReportSelfie.status`: Status of this `selfie` check. */
export type IdentityVerificationReportSelfieStatus =
  /** A value this schema does not know yet (Stripe adds enum values without a new API version). */
  | 'UNRECOGNIZED'
  | 'UNVERIFIED'
  | 'VERIFIED';

/** The type of `IdentityVerificationReport.type`: Type of report. */
export type IdentityVerificationReportType =
  | 'DOCUMENT'
  | 'ID_NUMBER'
  /** A value this schema does not know yet (Stripe adds enum values without a new API version). */
  | 'UNRECOGNIZED'
  | 'VERIFICATION_FLOW';

/** The parameters of `Mutation.createIdentityVerificationSession`, as Stripe takes them (camelCased). */
export type IdentityVerificationSessionCreateParams = {
  /** A string to reference this user. This can be a customer ID, a session ID, or similar, and can be used to reconcile this verification with your internal systems. */
  clientReferenceId?: string | null | undefined;
  /** Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`. */
  metadata?: Record<string, string> | null | undefined;
  /** A set of options for the session's verification checks. */
  options?: IdentityVerificationSessionCreateParamsOptions | null | undefined;
  /** Details provided about the user being verified. These details might be shown to the user. */
  providedDetails?: IdentityVerificationSessionCreateParamsProvidedDetails | null | undefined;
  /** Customer ID */
  relatedCustomer?: string | null | undefined;
  /** The ID of the Account representing a customer. */
  relatedCustomerAccount?: string | null | undefined;
  /** Tokens referencing a Person resource and its associated account. */
  relatedPerson?: IdentityVerificationSessionCreateParamsRelatedPerson | null | undefined;
  /** The URL that the user will be redirected to upon completing the verification flow. */
  returnUrl?: string | null | undefined;
  /** The type of [verification check](https://docs.stripe.com/identity/verification-checks) to be performed. You must provide a `type` if not passing `verification_flow`. */
  type?: IdentityVerificationSessionCreateParamsType | null | undefined;
  /** The ID of a verification flow from the Dashboard. See https://docs.stripe.com/identity/verification-flows. */
  verificationFlow?: string | null | undefined;
};

/** The type of `IdentityVerificationSessionCreateParams.options`: A set of options for the session's verification checks. */
export type IdentityVerificationSessionCreateParamsOptions = {
  /** Options that apply to the [document check](https://docs.stripe.com/identity/verification-checks?type=document). */
  document?: IdentityVerificationSessionCreateParamsOptionsDocument | null | undefined;
};

/** The type of `IdentityVerificationSessionCreateParamsOptions.document`: Options that apply to the [document check](https://docs.stripe.com/identity/verification-checks?type=document). */
export type IdentityVerificationSessionCreateParamsOptionsDocument = {
  /** Array of strings of allowed identity document types. If the provided identity document isn't one of the allowed types, the verification check will fail with a document_type_not_allowed error code. */
  allowedTypes?: Array<IdentityVerificationSessionCreateParamsOptionsDocumentAllowedType> | null | undefined;
  /** Collect an ID number and perform an [ID number check](https://docs.stripe.com/identity/verification-checks?type=id-number) with the document's extracted name and date of birth. */
  requireIdNumber?: boolean | null | undefined;
  /** Disable image uploads, identity document images have to be captured using the device's camera. */
  requireLiveCapture?: boolean | null | undefined;
  /** Capture a face image and perform a [selfie check](https://docs.stripe.com/identity/verification-checks?type=selfie) comparing a photo ID and a picture of your user's face. [Learn more](https://docs.stripe.com/identity/selfie). */
  requireMatchingSelfie?: boolean | null | undefined;
};

/** The type of `IdentityVerificationSessionCreateParamsOptionsDocument.allowedTypes`: Array of strings of allowed identity document types. If the provided identity document isn't one of the allowed types, the verification check will fail with a document_type_not_allowed error code. */
export type IdentityVerificationSessionCreateParamsOptionsDocumentAllowedType =
  | 'DRIVING_LICENSE'
  | 'ID_CARD'
  | 'PASSPORT';

/** The type of `IdentityVerificationSessionCreateParams.providedDetails`: Details provided about the user being verified. These details might be shown to the user. */
export type IdentityVerificationSessionCreateParamsProvidedDetails = {
  /** Email of user being verified */
  email?: string | null | undefined;
  /** Phone number of user being verified */
  phone?: string | null | undefined;
};

/** The type of `IdentityVerificationSessionCreateParams.relatedPerson`: Tokens referencing a Person resource and its associated account. */
export type IdentityVerificationSessionCreateParamsRelatedPerson = {
  /** A token representing a connected account. If provided, the person parameter is also required and must be associated with the account. */
  account: string;
  /** A token referencing a Person resource that this verification is being used to verify. */
  person: string;
};

/** The type of `IdentityVerificationSessionCreateParams.type`: The type of [verification check](https://docs.stripe.com/identity/verification-checks) to be performed. You must provide a `type` if not passing `verification_flow`. */
export type IdentityVerificationSessionCreateParamsType =
  | 'DOCUMENT'
  | 'ID_NUMBER';

/** The type of `IdentityVerificationSessionLastError.code`: A short machine-readable string giving the reason for the verification or user-session failure. */
export type IdentityVerificationSessionLastErrorCode =
  | 'ABANDONED'
  | 'CONSENT_DECLINED'
  | 'COUNTRY_NOT_SUPPORTED'
  | 'DEVICE_NOT_SUPPORTED'
  | 'DOCUMENT_EXPIRED'
  | 'DOCUMENT_TYPE_NOT_SUPPORTED'
  | 'DOCUMENT_UNVERIFIED_OTHER'
  | 'EMAIL_UNVERIFIED_OTHER'
  | 'EMAIL_VERIFICATION_DECLINED'
  | 'ID_NUMBER_INSUFFICIENT_DOCUMENT_DATA'
  | 'ID_NUMBER_MISMATCH'
  | 'ID_NUMBER_UNVERIFIED_OTHER'
  | 'PHONE_UNVERIFIED_OTHER'
  | 'PHONE_VERIFICATION_DECLINED'
  | 'SELFIE_DOCUMENT_MISSING_PHOTO'
  | 'SELFIE_FACE_MISMATCH'
  | 'SELFIE_MANIPULATED'
  | 'SELFIE_UNVERIFIED_OTHER'
  | 'UNDER_SUPPORTED_AGE'
  /** A value this schema does not know yet (Stripe adds enum values without a new API version). */
  | 'UNRECOGNIZED';

/** The type of `IdentityVerificationSessionListParams.status`: Only return VerificationSessions with this status. [Learn more about the lifecycle of sessions](https://docs.stripe.com/identity/how-sessions-work). */
export type IdentityVerificationSessionListParamsStatus =
  | 'CANCELED'
  | 'PROCESSING'
  | 'REQUIRES_INPUT'
  | 'VERIFIED';

/** The type of `IdentityVerificationSessionRedaction.status`: Indicates whether this object and its related objects have been redacted or not. */
export type IdentityVerificationSessionRedactionStatus =
  | 'PROCESSING'
  | 'REDACTED'
  /** A value this schema does not know yet (Stripe adds enum values without a new API version). */
  | 'UNRECOGNIZED'
  | 'VALIDATED';

/** The type of `IdentityVerificationSession.status`: Status of this VerificationSession. [Learn more about the lifecycle of sessions](https://docs.stripe.com/identity/how-sessions-work). */
export type IdentityVerificationSessionStatus =
  | 'CANCELED'
  | 'PROCESSING'
  | 'REQUIRES_INPUT'
  /** A value this schema does not know yet (Stripe adds enum values without a new API version). */
  | 'UNRECOGNIZED'
  | 'VERIFIED';

/** The type of `IdentityVerificationSession.type`: The type of [verification check](https://docs.stripe.com/identity/verification-checks) to be performed. */
export type IdentityVerificationSessionType =
  | 'DOCUMENT'
  | 'ID_NUMBER'
  /** A value this schema does not know yet (Stripe adds enum values without a new API version). */
  | 'UNRECOGNIZED'
  | 'VERIFICATION_FLOW';

/** The type of `AccountCreateParamsCompany.addressKana`: The Kana variation of the company's primary address (Japan only). */
export type JapanAddressParam = {
  /** City, district, suburb, town, village, or ward. */
  city?: string | null | undefined;
  /** Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)). */
  country?: string | null | undefined;
  /** Address line 1 (e.g., street, block, PO Box, or company name). */
  line1?: string | null | undefined;
  /** Address line 2 (e.g., apartment, suite, unit, or building). */
  line2?: string | null | undefined;
  /** ZIP or postal code. */
  postalCode?: string | null | undefined;
  /** State, county, province, prefecture, or region. */
  state?: string | null | undefined;
  /** Town or cho-me. */
  town?: string | null | undefined;
};

/** The type of `TerminalReaderAction.status`: Status of the action performed by the reader. */
export type TerminalReaderActionStatus =
  | 'FAILED'
  | 'IN_PROGRESS'
  | 'SUCCEEDED'
  /** A value this schema does not know yet (Stripe adds enum values without a new API version). */
  | 'UNRECOGNIZED';

/** The type of `TerminalReaderAction.type`: Type of action performed by the reader. */
export type TerminalReaderActionType =
  | 'COLLECT_INPUTS'
  | 'COLLECT_PAYMENT_METHOD'
  | 'CONFIRM_PAYMENT_INTENT'
  | 'PRINT_CONTENT'
  | 'PROCESS_PAYMENT_INTENT'
  | 'PROCESS_SETUP_INTENT'
  | 'REFUND_PAYMENT'
  | 'SET_READER_DISPLAY'
  /** A value this schema does not know yet (Stripe adds enum values without a new API version). */
  | 'UNRECOGNIZED';

/** The type of `AccountListParams.created`: Only return connected accounts that were created during the given date interval. */
export type TimestampRange = {
  /** Greater than (Unix seconds). */
  gt?: number | null | undefined;
  /** Greater than or equal to (Unix seconds). */
  gte?: number | null | undefined;
  /** Less than (Unix seconds). */
  lt?: number | null | undefined;
  /** Less than or equal to (Unix seconds). */
  lte?: number | null | undefined;
};

/** The type of `TreasuryOutboundPayment.status`: Current status of the OutboundPayment: `processing`, `failed`, `posted`, `returned`, `canceled`. An OutboundPayment is `processing` if it has been created and is pending. The status changes to `posted` once the OutboundPayment has been "confirmed" and funds have left the account, or to `failed` or `canceled`. If an OutboundPayment fails to arrive at its destination, its status will change to `returned`. */
export type TreasuryOutboundPaymentStatus =
  | 'CANCELED'
  | 'FAILED'
  | 'POSTED'
  | 'PROCESSING'
  | 'RETURNED'
  /** A value this schema does not know yet (Stripe adds enum values without a new API version). */
  | 'UNRECOGNIZED';

/** The type of `TreasuryOutboundPaymentTrackingDetails.type`: The US bank account network used to send funds. */
export type TreasuryOutboundPaymentTrackingDetailsType =
  | 'ACH'
  /** A value this schema does not know yet (Stripe adds enum values without a new API version). */
  | 'UNRECOGNIZED'
  | 'US_DOMESTIC_WIRE';

/** The type of `TreasuryTransaction.status`: Status of the Transaction. */
export type TreasuryTransactionStatus =
  | 'OPEN'
  | 'POSTED'
  /** A value this schema does not know yet (Stripe adds enum values without a new API version). */
  | 'UNRECOGNIZED'
  | 'VOID';

export type CreateAccountMutationVariables = Exact<{
  input: AccountCreateParams;
}>;


export type CreateAccountMutation = { createAccount: { id: string, type: AccountType, country: string | null, email: string | null, businessType: AccountBusinessType | null, chargesEnabled: boolean, payoutsEnabled: boolean, detailsSubmitted: boolean, metadata: Record<string, string> | null, businessProfile: { name: string | null, url: string | null, mcc: string | null } | null, company: { name: string | null } | null } | null };

export type AddPersonMutationVariables = Exact<{
  account: string;
  input: AccountCreatePersonParams;
}>;


export type AddPersonMutation = { createPerson: { id: string, stripeId: string, accountId: string, firstName: string | null, lastName: string | null, email: string | null, dob: { day: number | null, month: number | null, year: number | null } | null, relationship: { representative: boolean | null, executive: boolean | null, owner: boolean | null, percentOwnership: number | null, title: string | null } | null } | null };

export type RequestCapabilitiesMutationVariables = Exact<{
  account: string;
}>;


export type RequestCapabilitiesMutation = { cardPayments: { id: string, stripeId: string, requested: boolean, status: CapabilityStatus } | null, transfers: { id: string, stripeId: string, requested: boolean, status: CapabilityStatus } | null };

export type AddExternalAccountMutationVariables = Exact<{
  account: string;
  input: AccountCreateExternalAccountParams;
}>;


export type AddExternalAccountMutation = { createExternalAccount:
    | { __typename: 'BankAccount', id: string, stripeId: string, bankName: string | null, accountHolderName: string | null, accountHolderType: string | null, country: string, currency: string, last4: string, routingNumber: string | null, status: string }
    | { __typename: 'Card', id: string, stripeId: string, brand: string, last4: string, expMonth: number, expYear: number }
   | null };

export type CreateAccountLinkMutationVariables = Exact<{
  input: AccountLinkCreateParams;
}>;


export type CreateAccountLinkMutation = { createAccountLink: { url: string, created: number, expiresAt: number } | null };

export type ReadAccountQueryVariables = Exact<{
  id: string;
}>;


export type ReadAccountQuery = { account: { id: string, type: AccountType, country: string | null, email: string | null, businessType: AccountBusinessType | null, chargesEnabled: boolean, payoutsEnabled: boolean, detailsSubmitted: boolean, metadata: Record<string, string> | null, businessProfile: { name: string | null, url: string | null, mcc: string | null, productDescription: string | null } | null, company: { name: string | null, address: { line1: string | null, city: string | null, state: string | null, postalCode: string | null, country: string | null } | null } | null, requirements: { currentlyDue: Array<string> | null, eventuallyDue: Array<string> | null, pastDue: Array<string> | null, pendingVerification: Array<string> | null, disabledReason: AccountRequirementsDisabledReason | null, currentDeadline: number | null } | null, settings: { dashboard: { displayName: string | null, timezone: string | null }, payments: { statementDescriptor: string | null }, payouts: { schedule: { interval: string, delayDays: number } } | null, branding: { primaryColor: string | null } } | null, persons: { nodes: Array<{ id: string, stripeId: string, firstName: string | null, lastName: string | null, email: string | null, relationship: { representative: boolean | null, owner: boolean | null, percentOwnership: number | null, title: string | null } | null }> } | null, capabilities: { nodes: Array<{ id: string, stripeId: string, requested: boolean, status: CapabilityStatus }> } | null, externalAccounts: { nodes: Array<
        | { __typename: 'BankAccount', id: string, stripeId: string, bankName: string | null, last4: string, currency: string, defaultForCurrency: boolean | null, status: string }
        | { __typename: 'Card', id: string, stripeId: string, brand: string, last4: string, expMonth: number, expYear: number, defaultForCurrency: boolean | null }
      >, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type ListFinancialConnectionsAccountsQueryVariables = Exact<{
  first?: number | null | undefined;
  transactions?: number | null | undefined;
}>;


export type ListFinancialConnectionsAccountsQuery = { financialConnectionsAccounts: { nodes: Array<{ id: string, displayName: string | null, institutionName: string, category: FinancialConnectionsAccountCategory, subcategory: FinancialConnectionsAccountSubcategory, last4: string | null, status: FinancialConnectionsAccountStatus, permissions: Array<FinancialConnectionsAccountPermission> | null, balance: { asOf: number, type: FinancialConnectionsAccountBalanceType, current: Array<{ currency: string, amount: number }>, cash: { available: Array<{ currency: string, amount: number }> | null } | null } | null, owners: { nodes: Array<{ id: string, name: string, email: string | null, phone: string | null, rawAddress: string | null }> } | null, transactions: { nodes: Array<{ id: string, description: string, amount: number, currency: string, status: FinancialConnectionsTransactionStatus, transactedAt: number }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type CreateIdentityVerificationSessionMutationVariables = Exact<{
  input: IdentityVerificationSessionCreateParams;
}>;


export type CreateIdentityVerificationSessionMutation = { createIdentityVerificationSession: { id: string, type: IdentityVerificationSessionType, status: IdentityVerificationSessionStatus, clientReferenceId: string | null, clientSecret: string | null, url: string | null, metadata: Record<string, string> } | null };

export type FollowIdentityVerificationSessionQueryVariables = Exact<{
  id: string;
}>;


export type FollowIdentityVerificationSessionQuery = { identityVerificationSession: { id: string, type: IdentityVerificationSessionType, status: IdentityVerificationSessionStatus, lastError: { code: IdentityVerificationSessionLastErrorCode | null, reason: string | null } | null, verifiedOutputs: { firstName: string | null, lastName: string | null, address: { city: string | null, country: string | null } | null } | null, lastVerificationReport: { id: string, type: IdentityVerificationReportType, created: number, document: { status: IdentityVerificationReportDocumentStatus, type: IdentityVerificationReportDocumentType | null, firstName: string | null, lastName: string | null, issuingCountry: string | null, expirationDate: { day: number | null, month: number | null, year: number | null } | null } | null, selfie: { status: IdentityVerificationReportSelfieStatus } | null } | null } | null };

export type CreateCryptoOnrampSessionMutationVariables = Exact<{
  input: CryptoOnrampSessionCreateParams;
}>;


export type CreateCryptoOnrampSessionMutation = { createCryptoOnrampSession: { id: string, status: CryptoOnrampSessionStatus, clientSecret: string, transactionDetails: { sourceCurrency: CryptoOnrampSessionTransactionDetailsSourceCurrency | null, sourceAmount: string | null, destinationCurrency: CryptoOnrampSessionTransactionDetailsDestinationCurrency | null, destinationNetwork: CryptoOnrampSessionTransactionDetailsDestinationNetwork | null, destinationCurrencies: Array<CryptoOnrampSessionTransactionDetailsDestinationCurrency> | null, destinationNetworks: Array<CryptoOnrampSessionTransactionDetailsDestinationNetwork> | null, lockWalletAddress: boolean | null, walletAddresses: { ethereum: string | null } | null } } | null };

export type FetchCryptoOnrampQuotesQueryVariables = Exact<{
  sourceAmount?: string | null | undefined;
  destinationCurrencies?: Array<CryptoOnrampQuotesRetrieveParamsDestinationCurrency> | CryptoOnrampQuotesRetrieveParamsDestinationCurrency | null | undefined;
  destinationNetworks?: Array<CryptoOnrampQuotesRetrieveParamsDestinationNetwork> | CryptoOnrampQuotesRetrieveParamsDestinationNetwork | null | undefined;
}>;


export type FetchCryptoOnrampQuotesQuery = { cryptoOnrampQuotes: { id: string, sourceAmount: string, sourceCurrency: CryptoOnrampQuotesSourceCurrency, rateFetchedAt: number, destinationNetworkQuotes: { ethereum: Array<{ destinationCurrency: CryptoOnrampQuotesDestinationNetworkQuotesQuoteDestinationCurrency, destinationAmount: string, sourceTotalAmount: string, fees: { networkFeeMonetary: string, transactionFeeMonetary: string } }> | null, bitcoin: Array<{ destinationCurrency: CryptoOnrampQuotesDestinationNetworkQuotesQuoteDestinationCurrency, destinationAmount: string, sourceTotalAmount: string, fees: { networkFeeMonetary: string, transactionFeeMonetary: string } }> | null } } | null };

export type PageThroughAccountsForwardQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type PageThroughAccountsForwardQuery = { accounts: { nodes: Array<{ id: string, businessProfile: { name: string | null } | null }>, pageInfo: { hasPreviousPage: boolean, hasNextPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type PageThroughAccountsBackwardQueryVariables = Exact<{
  last: number;
  before: string;
}>;


export type PageThroughAccountsBackwardQuery = { accounts: { nodes: Array<{ id: string, businessProfile: { name: string | null } | null }>, pageInfo: { hasPreviousPage: boolean, hasNextPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type ListVerifiedIdentitySessionsQueryVariables = Exact<{
  status: IdentityVerificationSessionListParamsStatus;
  created?: TimestampRange | null | undefined;
}>;


export type ListVerifiedIdentitySessionsQuery = { identityVerificationSessions: { nodes: Array<{ id: string, status: IdentityVerificationSessionStatus, type: IdentityVerificationSessionType, created: number, verifiedOutputs: { firstName: string | null, lastName: string | null } | null }> } | null };

export type ConnectedAccountThroughTheHeaderQueryVariables = Exact<{ [key: string]: never; }>;


export type ConnectedAccountThroughTheHeaderQuery = { currentAccount: { id: string, email: string | null } | null, terminalLocations: { nodes: Array<{ displayName: string }> } | null, identityVerificationSessions: { nodes: Array<{ id: string, metadata: Record<string, string> }> } | null };

export type ConnectedAccountInTheQueryQueryVariables = Exact<{
  account: string;
}>;


export type ConnectedAccountInTheQueryQuery = { platform: { id: string, email: string | null } | null, connected: { currentAccount: { id: string, email: string | null } | null, terminalLocations: { nodes: Array<{ displayName: string }> } | null } };

export type RefreshFinancialConnectionsAccountMutationVariables = Exact<{
  id: string;
}>;


export type RefreshFinancialConnectionsAccountMutation = { refreshFinancialConnectionsAccount: { id: string, status: FinancialConnectionsAccountStatus, balanceRefresh: { status: FinancialConnectionsAccountBalanceRefreshStatus } | null, balance: { current: Array<{ currency: string, amount: number }> } | null } | null };

export type DisconnectFinancialConnectionsAccountMutationVariables = Exact<{
  id: string;
}>;


export type DisconnectFinancialConnectionsAccountMutation = { disconnectFinancialConnectionsAccount: { id: string, displayName: string | null, status: FinancialConnectionsAccountStatus } | null };

export type CancelIdentityVerificationSessionMutationVariables = Exact<{
  id: string;
}>;


export type CancelIdentityVerificationSessionMutation = { cancelIdentityVerificationSession: { id: string, status: IdentityVerificationSessionStatus } | null };

export type RedactIdentityVerificationSessionMutationVariables = Exact<{
  id: string;
}>;


export type RedactIdentityVerificationSessionMutation = { redactIdentityVerificationSession: { id: string, status: IdentityVerificationSessionStatus, redaction: { status: IdentityVerificationSessionRedactionStatus } | null, verifiedOutputs: { firstName: string | null } | null } | null };

export type WatchIdentityVerificationSessionSubscriptionVariables = Exact<{
  id?: string | null | undefined;
}>;


export type WatchIdentityVerificationSessionSubscription = { identityVerificationSessionUpdated: { id: string, status: IdentityVerificationSessionStatus, lastVerificationReport: { id: string } | null } | null };

export type SimulateCardPaymentAtTerminalReaderMutationVariables = Exact<{
  reader: string;
}>;


export type SimulateCardPaymentAtTerminalReaderMutation = { started: { id: string, action: { type: TerminalReaderActionType, status: TerminalReaderActionStatus } | null } | null, presented: { id: string, action: { type: TerminalReaderActionType, status: TerminalReaderActionStatus, failureCode: string | null } | null } | null };

export type PostTreasuryOutboundPaymentMutationVariables = Exact<{
  id: string;
}>;


export type PostTreasuryOutboundPaymentMutation = { posted: { id: string, status: TreasuryOutboundPaymentStatus, cancelable: boolean, statusTransitions: { postedAt: number | null }, transaction: { status: TreasuryTransactionStatus, amount: number } | null } | null, tracked: { id: string, trackingDetails: { type: TreasuryOutboundPaymentTrackingDetailsType, ach: { traceId: string } | null } | null } | null };


export const CreateAccountDocument = {"__meta__":{"hash":"3538a3df34aa874374a99a0474d6ede912fa0a0a17f3a00eacba019c294ea1ea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountCreateParams"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"businessType"}},{"kind":"Field","name":{"kind":"Name","value":"businessProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"mcc"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chargesEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"payoutsEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"detailsSubmitted"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}}]}}]}}]} as unknown as DocumentNode<CreateAccountMutation, CreateAccountMutationVariables>;
export const AddPersonDocument = {"__meta__":{"hash":"42c47dc238607ae64d238ef71fa86e59be059caf3f9b2a5881a30d66b717a251"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"account"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountCreatePersonParams"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"account"},"value":{"kind":"Variable","name":{"kind":"Name","value":"account"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeId"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"dob"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"representative"}},{"kind":"Field","name":{"kind":"Name","value":"executive"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"percentOwnership"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<AddPersonMutation, AddPersonMutationVariables>;
export const RequestCapabilitiesDocument = {"__meta__":{"hash":"4d1bc706c2e7294c74a7317e6692363e34cc7f2a96435c32d3751386ef157ac6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestCapabilities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"account"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"cardPayments"},"name":{"kind":"Name","value":"updateCapability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"account"},"value":{"kind":"Variable","name":{"kind":"Name","value":"account"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"card_payments","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"requested"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeId"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"transfers"},"name":{"kind":"Name","value":"updateCapability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"account"},"value":{"kind":"Variable","name":{"kind":"Name","value":"account"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"transfers","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"requested"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeId"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RequestCapabilitiesMutation, RequestCapabilitiesMutationVariables>;
export const AddExternalAccountDocument = {"__meta__":{"hash":"a03222e1e6e97503853fd219da03a4b83cb745023bfeb91fba968a82c610d788"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddExternalAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"account"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountCreateExternalAccountParams"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createExternalAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"account"},"value":{"kind":"Variable","name":{"kind":"Name","value":"account"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BankAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeId"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"accountHolderName"}},{"kind":"Field","name":{"kind":"Name","value":"accountHolderType"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"routingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Card"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeId"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"expMonth"}},{"kind":"Field","name":{"kind":"Name","value":"expYear"}}]}}]}}]}}]} as unknown as DocumentNode<AddExternalAccountMutation, AddExternalAccountMutationVariables>;
export const CreateAccountLinkDocument = {"__meta__":{"hash":"0a0e08fa681961b80fc52b13b22f3cfb1d1f0e13cb5ec3a0e26c4505f6a97c6d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAccountLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountLinkCreateParams"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccountLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<CreateAccountLinkMutation, CreateAccountLinkMutationVariables>;
export const ReadAccountDocument = {"__meta__":{"hash":"c2632a5b7087ce60917f85d19c5e9ed2850b24b3cf22c98de58f674bc0a88e86"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"businessType"}},{"kind":"Field","name":{"kind":"Name","value":"businessProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"mcc"}},{"kind":"Field","name":{"kind":"Name","value":"productDescription"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"chargesEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"payoutsEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"detailsSubmitted"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentlyDue"}},{"kind":"Field","name":{"kind":"Name","value":"eventuallyDue"}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"}},{"kind":"Field","name":{"kind":"Name","value":"pendingVerification"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"currentDeadline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statementDescriptor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payouts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"delayDays"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"branding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"primaryColor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"representative"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"percentOwnership"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeId"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BankAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeId"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"defaultForCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Card"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeId"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"expMonth"}},{"kind":"Field","name":{"kind":"Name","value":"expYear"}},{"kind":"Field","name":{"kind":"Name","value":"defaultForCurrency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReadAccountQuery, ReadAccountQueryVariables>;
export const ListFinancialConnectionsAccountsDocument = {"__meta__":{"hash":"7ee97c588ffea7e4a7667d73407e3ffc149310b9a5923ba14b65cd5ad43cf7e6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListFinancialConnectionsAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"transactions"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financialConnectionsAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"subcategory"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"rawAddress"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"transactions"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"transactedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListFinancialConnectionsAccountsQuery, ListFinancialConnectionsAccountsQueryVariables>;
export const CreateIdentityVerificationSessionDocument = {"__meta__":{"hash":"c68baabb8f2f9f14b9e536dbe7305b30c087c0ac5b419bec16bd2ce74fa5c570"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateIdentityVerificationSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityVerificationSessionCreateParams"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIdentityVerificationSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"clientReferenceId"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}}]}}]}}]} as unknown as DocumentNode<CreateIdentityVerificationSessionMutation, CreateIdentityVerificationSessionMutationVariables>;
export const FollowIdentityVerificationSessionDocument = {"__meta__":{"hash":"1e4d3f043d390cc4ab285a5ed0e6cabf241c2ced2538e581f83b7073e3aa9416"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FollowIdentityVerificationSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identityVerificationSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verifiedOutputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastVerificationReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"issuingCountry"}},{"kind":"Field","name":{"kind":"Name","value":"expirationDate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FollowIdentityVerificationSessionQuery, FollowIdentityVerificationSessionQueryVariables>;
export const CreateCryptoOnrampSessionDocument = {"__meta__":{"hash":"808bad508014ab7c15ad1d190c8c071f8feeefcbee424657cc53b711ee96a79c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCryptoOnrampSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CryptoOnrampSessionCreateParams"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCryptoOnrampSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"transactionDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"sourceAmount"}},{"kind":"Field","name":{"kind":"Name","value":"destinationCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"destinationNetwork"}},{"kind":"Field","name":{"kind":"Name","value":"destinationCurrencies"}},{"kind":"Field","name":{"kind":"Name","value":"destinationNetworks"}},{"kind":"Field","name":{"kind":"Name","value":"lockWalletAddress"}},{"kind":"Field","name":{"kind":"Name","value":"walletAddresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ethereum"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateCryptoOnrampSessionMutation, CreateCryptoOnrampSessionMutationVariables>;
export const FetchCryptoOnrampQuotesDocument = {"__meta__":{"hash":"3923b94aba514739f543e9874cc142544432bf5a0bfbd76c76dfc00b24407859"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FetchCryptoOnrampQuotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sourceAmount"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"destinationCurrencies"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CryptoOnrampQuotesRetrieveParamsDestinationCurrency"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"destinationNetworks"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CryptoOnrampQuotesRetrieveParamsDestinationNetwork"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cryptoOnrampQuotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sourceAmount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sourceAmount"}}},{"kind":"Argument","name":{"kind":"Name","value":"sourceCurrency"},"value":{"kind":"EnumValue","value":"USD"}},{"kind":"Argument","name":{"kind":"Name","value":"destinationCurrencies"},"value":{"kind":"Variable","name":{"kind":"Name","value":"destinationCurrencies"}}},{"kind":"Argument","name":{"kind":"Name","value":"destinationNetworks"},"value":{"kind":"Variable","name":{"kind":"Name","value":"destinationNetworks"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceAmount"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"rateFetchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"destinationNetworkQuotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ethereum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destinationCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"destinationAmount"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTotalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkFeeMonetary"}},{"kind":"Field","name":{"kind":"Name","value":"transactionFeeMonetary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bitcoin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destinationCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"destinationAmount"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTotalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkFeeMonetary"}},{"kind":"Field","name":{"kind":"Name","value":"transactionFeeMonetary"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FetchCryptoOnrampQuotesQuery, FetchCryptoOnrampQuotesQueryVariables>;
export const PageThroughAccountsForwardDocument = {"__meta__":{"hash":"18fe1f371c7eacaa15e36e4fed3b0f98a956c342a5c74b59ca814967054784a6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PageThroughAccountsForward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"businessProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PageThroughAccountsForwardQuery, PageThroughAccountsForwardQueryVariables>;
export const PageThroughAccountsBackwardDocument = {"__meta__":{"hash":"309b7688e8e3671432fb08604b4ff436b58f89880eeba67ba1e39feac86f713f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PageThroughAccountsBackward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"businessProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PageThroughAccountsBackwardQuery, PageThroughAccountsBackwardQueryVariables>;
export const ListVerifiedIdentitySessionsDocument = {"__meta__":{"hash":"ce0f066fec59de05b48fd418050937c9fc3a3136b2f7273e5bb87ecfb3732c7e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListVerifiedIdentitySessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityVerificationSessionListParamsStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"created"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimestampRange"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identityVerificationSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"created"},"value":{"kind":"Variable","name":{"kind":"Name","value":"created"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedOutputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListVerifiedIdentitySessionsQuery, ListVerifiedIdentitySessionsQueryVariables>;
export const ConnectedAccountThroughTheHeaderDocument = {"__meta__":{"hash":"2bf6601ff263377c8c5b43b3cf92d86e34eab9d1dcabd73388a63ddd5d50f61e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectedAccountThroughTheHeader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"terminalLocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"identityVerificationSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}}]}}]}}]}}]} as unknown as DocumentNode<ConnectedAccountThroughTheHeaderQuery, ConnectedAccountThroughTheHeaderQueryVariables>;
export const ConnectedAccountInTheQueryDocument = {"__meta__":{"hash":"ed2bf5a0e9ed939cf2ef29a41cae4a457da6ecbca809dfa6211c9c99aecffb9a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectedAccountInTheQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"account"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"platform"},"name":{"kind":"Name","value":"currentAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"connected"},"name":{"kind":"Name","value":"asConnectedAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"account"},"value":{"kind":"Variable","name":{"kind":"Name","value":"account"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"terminalLocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConnectedAccountInTheQueryQuery, ConnectedAccountInTheQueryQueryVariables>;
export const RefreshFinancialConnectionsAccountDocument = {"__meta__":{"hash":"ce0e762592cc20c35752da8184476dd6d3d72d13ac8298d3dfc325ea7ec70478"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshFinancialConnectionsAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshFinancialConnectionsAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"features"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"BALANCE"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"balanceRefresh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RefreshFinancialConnectionsAccountMutation, RefreshFinancialConnectionsAccountMutationVariables>;
export const DisconnectFinancialConnectionsAccountDocument = {"__meta__":{"hash":"1ce6052061953f51a7af45f66a7da036a69b6e4b1f2c6bec371d01542ae6a1a3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisconnectFinancialConnectionsAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disconnectFinancialConnectionsAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DisconnectFinancialConnectionsAccountMutation, DisconnectFinancialConnectionsAccountMutationVariables>;
export const CancelIdentityVerificationSessionDocument = {"__meta__":{"hash":"1dd57ddbc308dd1a01e6915849ac58726b0d48a9c4d907586629ee335479af68"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelIdentityVerificationSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelIdentityVerificationSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CancelIdentityVerificationSessionMutation, CancelIdentityVerificationSessionMutationVariables>;
export const RedactIdentityVerificationSessionDocument = {"__meta__":{"hash":"7ffb696bf978ef9c62408d126653c594dfe39306bf359a79b7a60662e33d55fc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedactIdentityVerificationSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redactIdentityVerificationSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"redaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verifiedOutputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}}]}}]}}]} as unknown as DocumentNode<RedactIdentityVerificationSessionMutation, RedactIdentityVerificationSessionMutationVariables>;
export const WatchIdentityVerificationSessionDocument = {"__meta__":{"hash":"bac9ffafa5946f7c3e71a0de0c474cc9f2d7d39f7bcf7bb15c974d2281b05a15"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WatchIdentityVerificationSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identityVerificationSessionUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerificationReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WatchIdentityVerificationSessionSubscription, WatchIdentityVerificationSessionSubscriptionVariables>;
export const SimulateCardPaymentAtTerminalReaderDocument = {"__meta__":{"hash":"f7589b88f0d033008216886c437cca16714336ec09f4330a5a32e727fb90fca4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SimulateCardPaymentAtTerminalReader"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reader"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"started"},"name":{"kind":"Name","value":"processTerminalReaderPaymentIntent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reader"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"paymentIntent"},"value":{"kind":"StringValue","value":"pi_demo_terminal","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"presented"},"name":{"kind":"Name","value":"testHelperPresentTerminalReaderPaymentMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reader"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}}]}}]}}]}}]} as unknown as DocumentNode<SimulateCardPaymentAtTerminalReaderMutation, SimulateCardPaymentAtTerminalReaderMutationVariables>;
export const PostTreasuryOutboundPaymentDocument = {"__meta__":{"hash":"fe7009c69df7f2b2a0cde7ac59c66837155819ed61d7fe022c2facaff4555fb3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostTreasuryOutboundPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"posted"},"name":{"kind":"Name","value":"testHelperPostTreasuryOutboundPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelable"}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"tracked"},"name":{"kind":"Name","value":"testHelperUpdateTreasuryOutboundPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"trackingDetails"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"ACH"}},{"kind":"ObjectField","name":{"kind":"Name","value":"ach"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"traceId"},"value":{"kind":"StringValue","value":"021000021000001","block":false}}]}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"traceId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PostTreasuryOutboundPaymentMutation, PostTreasuryOutboundPaymentMutationVariables>;