// Hand-written: Stripe preview resource not shipped by the stripe package. Source: https://docs.stripe.com/api/crypto/onramp_quotes
import { StripeResource } from '../../node_modules/stripe/cjs/StripeResource.js';
import { OtherString } from '../../node_modules/stripe/cjs/shared.js';
import { RequestOptions, Response } from '../../node_modules/stripe/cjs/lib.js';
/**
 * Same preview header as the onramp sessions: without it, accounts from the onramp beta get the
 * beta shape (https://docs.stripe.com/crypto/upgrade-onramp-integration). That page also says
 * v2 serves quotes at `/v1/crypto/onramp_quotes`; the API reference page still documents the
 * path below, which is the one the seed list names.
 * @stripeVersion crypto_onramp_beta=v2
 */
export declare class CryptoOnrampQuoteResource extends StripeResource {
    /**
     * Retrieves CryptoOnrampQuotes: estimated quotes for onramp conversions into the supported cryptocurrencies on each network. A singleton: the path takes no id.
     * @endpoint GET /v1/crypto/onramp/quotes
     */
    retrieve(params?: CryptoOnrampQuotesRetrieveParams, options?: RequestOptions): Promise<Response<CryptoOnrampQuotes>>;
}
/**
 * Crypto Onramp Quotes are estimated quotes for onramp conversions into all the different cryptocurrencies on different networks.
 */
export interface CryptoOnrampQuotes {
    /**
     * Unique identifier for the object (a hex digest, not a prefixed Stripe id).
     */
    id: string;
    /**
     * String representing the object's type. Objects of the same type share the same value.
     */
    object: 'crypto.onramp.quotes';
    /**
     * The quotes, keyed by destination cryptocurrency network.
     */
    destination_network_quotes: CryptoOnrampQuotes.DestinationNetworkQuotes;
    /**
     * Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
     */
    livemode: boolean;
    /**
     * The time at which this quote was created (when the prices in the quotes are applicable). Unix time in seconds as a float with a fractional part (e.g. `1719947634.6564176`), unlike Stripe's integer timestamps.
     */
    rate_fetched_at: number;
    /**
     * The amount of fiat we intend to onramp (a decimal string).
     */
    source_amount: string;
    /**
     * A fiat currency code
     */
    source_currency: CryptoOnrampQuotes.SourceCurrency;
}
export declare namespace CryptoOnrampQuotes {
    interface DestinationNetworkQuotes {
        /**
         * Quotes for Avalanche.
         */
        avalanche: Array<DestinationNetworkQuotes.Quote> | null;
        /**
         * Quotes for Base.
         */
        base_network: Array<DestinationNetworkQuotes.Quote> | null;
        /**
         * Quotes for Bitcoin.
         */
        bitcoin: Array<DestinationNetworkQuotes.Quote> | null;
        /**
         * Quotes for Ethereum.
         */
        ethereum: Array<DestinationNetworkQuotes.Quote> | null;
        /**
         * Quotes for Optimism. Absent (not just null) from the reference page's example response.
         */
        optimism?: Array<DestinationNetworkQuotes.Quote> | null;
        /**
         * Quotes for Polygon.
         */
        polygon: Array<DestinationNetworkQuotes.Quote> | null;
        /**
         * Quotes for Solana.
         */
        solana: Array<DestinationNetworkQuotes.Quote> | null;
        /**
         * Quotes for Stellar.
         */
        stellar: Array<DestinationNetworkQuotes.Quote> | null;
        /**
         * Quotes for Worldchain. Absent (not just null) from the reference page's example response.
         */
        worldchain?: Array<DestinationNetworkQuotes.Quote> | null;
    }
    namespace DestinationNetworkQuotes {
        interface Quote {
            /**
             * Unique identifier of this quote. Present in the reference page's example response but not in its attribute list.
             */
            id?: string;
            /**
             * The amount of `destination_currency` that will be settled to the user (a decimal string).
             */
            destination_amount: string;
            /**
             * The currency of the destination amount
             */
            destination_currency: Quote.DestinationCurrency;
            /**
             * The specific crypto network the `destination_currency` is settled on.
             */
            destination_network: Quote.DestinationNetwork;
            /**
             * The fees associated with the quote, if it were to be used
             */
            fees: Quote.Fees;
            /**
             * The total amount of fiat that will be charged to the user, including fees (a decimal string).
             */
            source_total_amount: string;
        }
        namespace Quote {
            type DestinationCurrency = 'avax' | 'btc' | 'eth' | 'matic' | 'sol' | 'usdc' | 'xlm' | OtherString;
            type DestinationNetwork = 'avalanche' | 'base' | 'bitcoin' | 'ethereum' | 'optimism' | 'polygon' | 'solana' | 'stellar' | 'worldchain' | OtherString;
            /**
             * The attribute list names this object without its children; these two come from the example response.
             */
            interface Fees {
                /**
                 * The network fee in the source currency (a decimal string).
                 */
                network_fee_monetary: string;
                /**
                 * The transaction fee in the source currency (a decimal string).
                 */
                transaction_fee_monetary: string;
            }
        }
    }
    type SourceCurrency = 'usd' | OtherString;
}
export interface CryptoOnrampQuotesRetrieveParams {
    /**
     * A string representation of the amount of `destination_currency` to be purchased. If set, `source_amount` must be null, and `destination_currencies` and `destination_networks` must each hold a single value.
     */
    destination_amount?: string;
    /**
     * The list of cryptocurrencies you want to generate quotes for. If left null, we retrieve quotes for all `destination_currencies` that `destination_networks` supports.
     */
    destination_currencies?: Array<CryptoOnrampQuotesRetrieveParams.DestinationCurrency>;
    /**
     * The list of cryptocurrency networks you want to generate quotes for. If left null, we retrieve quotes for `destination_currencies` in all networks.
     */
    destination_networks?: Array<CryptoOnrampQuotesRetrieveParams.DestinationNetwork>;
    /**
     * Specifies which fields in the response should be expanded.
     */
    expand?: Array<string>;
    /**
     * A string representation of the fiat amount that you need to onramp. If set, `destination_amount` must be null.
     */
    source_amount?: string;
    /**
     * The ISO-4217 currency code. Only `usd` is supported currently.
     */
    source_currency?: CryptoOnrampQuotesRetrieveParams.SourceCurrency;
}
export declare namespace CryptoOnrampQuotesRetrieveParams {
    type DestinationCurrency = 'avax' | 'btc' | 'eth' | 'matic' | 'sol' | 'usdc' | 'xlm' | OtherString;
    type DestinationNetwork = 'avalanche' | 'base' | 'bitcoin' | 'ethereum' | 'optimism' | 'polygon' | 'solana' | 'stellar' | 'worldchain' | OtherString;
    type SourceCurrency = 'usd' | OtherString;
}
