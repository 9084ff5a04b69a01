// Hand-written: Stripe preview resource not shipped by the stripe package. Source: https://docs.stripe.com/api/crypto/onramp_sessions
import { StripeResource } from '../../node_modules/stripe/cjs/StripeResource.js';
import { Metadata, MetadataParam, OtherString, PaginationParams, RangeQueryParam } from '../../node_modules/stripe/cjs/shared.js';
import { RequestOptions, Response, ApiListPromise } from '../../node_modules/stripe/cjs/lib.js';
/**
 * Accounts approved for the onramp beta before 2023-06-21 get the old (beta) request and response
 * shape unless they send `crypto_onramp_beta=v2`; these declarations describe the v2 shape, so the
 * header pins it for every account (https://docs.stripe.com/crypto/upgrade-onramp-integration).
 * @stripeVersion crypto_onramp_beta=v2
 */
export declare class CryptoOnrampSessionResource extends StripeResource {
    /**
     * Creates a CryptoOnrampSession object. After the CryptoOnrampSession is created, display the onramp session modal using the `client_secret`.
     * @endpoint POST /v1/crypto/onramp_sessions
     */
    create(params?: CryptoOnrampSessionCreateParams, options?: RequestOptions): Promise<Response<CryptoOnrampSession>>;
    /**
     * Retrieves the details of a CryptoOnrampSession that was previously created.
     * @endpoint GET /v1/crypto/onramp_sessions/{id}
     */
    retrieve(id: string, params?: CryptoOnrampSessionRetrieveParams, options?: RequestOptions): Promise<Response<CryptoOnrampSession>>;
    /**
     * Returns a list of onramp sessions that match the filter criteria. The onramp sessions are returned in sorted order, with the most recent onramp sessions appearing first.
     * @endpoint GET /v1/crypto/onramp_sessions
     */
    list(params?: CryptoOnrampSessionListParams, options?: RequestOptions): ApiListPromise<CryptoOnrampSession>;
}
/**
 * A Crypto Onramp Session represents your customer's session as they purchase cryptocurrency through Stripe. Once payment is successful, Stripe will fulfill the delivery of cryptocurrency to your user's wallet and contain a reference to the crypto transaction ID.
 *
 * Ids start with `cos_`.
 */
export interface CryptoOnrampSession {
    /**
     * Unique identifier for the object.
     */
    id: string;
    /**
     * String representing the object's type. Objects of the same type share the same value.
     */
    object: 'crypto.onramp_session';
    /**
     * A client secret that can be used to drive a single session using our embedded widget.
     */
    client_secret: string;
    /**
     * Time at which the object was created. Measured in seconds since the Unix epoch.
     */
    created: number;
    /**
     * Has the value `true` if any user kyc details were provided during the creation of the onramp session. Otherwise, has the value `false`.
     */
    kyc_details_provided: boolean;
    /**
     * Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
     */
    livemode: boolean;
    /**
     * Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
     */
    metadata: Metadata | null;
    /**
     * Redirect your users to the URL for a prebuilt frontend integration of the crypto onramp on the standalone hosted onramp.
     */
    redirect_url: string | null;
    /**
     * The status of the Onramp Session.
     */
    status: CryptoOnrampSession.Status;
    /**
     * A hash representing monetary details of the transaction this session represents.
     */
    transaction_details: CryptoOnrampSession.TransactionDetails;
}
export declare namespace CryptoOnrampSession {
    type Status = 'fulfillment_complete' | 'fulfillment_processing' | 'initialized' | 'rejected' | 'requires_payment' | OtherString;
    interface TransactionDetails {
        /**
         * The amount of crypto the customer will get deposited into their wallet (a decimal string).
         */
        destination_amount: string | null;
        /**
         * If a platform wants to lock the currencies an session will support, they can add supported currencies to this array. If left null, the experience will allow selection of all supported destination currencies.
         */
        destination_currencies: Array<TransactionDetails.DestinationCurrency> | null;
        /**
         * The selected `destination_currency` to convert the `source` to. This should be a crypto currency code. If `destination_currencies` is set, it must be a value in that array.
         */
        destination_currency: TransactionDetails.DestinationCurrency | null;
        /**
         * The specific crypto network the `destination_currency` is settled on. If `destination_networks` is set, it must be a value in that array.
         */
        destination_network: TransactionDetails.DestinationNetwork | null;
        /**
         * If a platform wants to lock the supported networks, they can do so through this array. If left null, the experience will allow selection of all supported networks.
         */
        destination_networks: Array<TransactionDetails.DestinationNetwork> | null;
        /**
         * Details about the fees associated with this transaction
         */
        fees: TransactionDetails.Fees | null;
        /**
         * Whether or not to lock the suggested wallet address.
         */
        lock_wallet_address: boolean | null;
        /**
         * The amount of fiat we intend to onramp - excluding fees (a decimal string).
         */
        source_amount: string | null;
        /**
         * A fiat currency code
         */
        source_currency: TransactionDetails.SourceCurrency | null;
        /**
         * The transaction id of the transaction that was sent to the customer's wallet. This will only be set if the sessions hits the `status=fulfillment_complete` and we've transferred the crypto successfully to the external wallet.
         */
        transaction_id: string | null;
        /**
         * The consumer's wallet address (where crypto will be sent to)
         */
        wallet_address: string | null;
        /**
         * The end customer's crypto wallet address (for each network) to use for this transaction.
         */
        wallet_addresses: TransactionDetails.WalletAddresses | null;
    }
    namespace TransactionDetails {
        type DestinationCurrency = 'avax' | 'btc' | 'eth' | 'matic' | 'sol' | 'usdc' | 'xlm' | OtherString;
        type DestinationNetwork = 'avalanche' | 'base' | 'bitcoin' | 'ethereum' | 'optimism' | 'polygon' | 'solana' | 'stellar' | 'worldchain' | OtherString;
        interface Fees {
            /**
             * The cost associated with moving crypto from Stripe to the end consumer's wallet. e.g: for ETH, this is called 'gas fee', for BTC this is a 'miner's fee'.
             */
            network_fee_amount: string | null;
            /**
             * Fee for processing the transaction.
             */
            transaction_fee_amount: string | null;
        }
        type SourceCurrency = 'usd' | OtherString;
        interface WalletAddresses {
            /**
             * A base address
             */
            base_network: string | null;
            /**
             * A bitcoin address
             */
            bitcoin: string | null;
            /**
             * The end customer's crypto wallet destination tag (for each network) to use for this transaction.
             */
            destination_tags: WalletAddresses.DestinationTags | null;
            /**
             * An ethereum address
             */
            ethereum: string | null;
            /**
             * An optimism address
             */
            optimism: string | null;
            /**
             * A polygon address
             */
            polygon: string | null;
            /**
             * A solana address
             */
            solana: string | null;
            /**
             * A stellar address
             */
            stellar: string | null;
            /**
             * A worldchain address
             */
            worldchain: string | null;
        }
        namespace WalletAddresses {
            interface DestinationTags {
                /**
                 * A stellar destination tag
                 */
                stellar: string | null;
            }
        }
    }
}
export interface CryptoOnrampSessionCreateParams {
    /**
     * The IP address of the customer the platform intends to onramp. If the user's IP is in a region we can't support, we return an `HTTP 400` with an appropriate error code. We support IPv4 and IPv6 addresses.
     */
    customer_ip_address?: string;
    /**
     * The default amount of crypto to exchange into (a decimal string). When set, both `destination_currency` and `destination_network` must also be set. Mutually exclusive with `source_amount`.
     */
    destination_amount?: string;
    /**
     * The list of destination cryptocurrencies a user can choose from. When set, it must be a non-empty array; users cannot override it.
     */
    destination_currencies?: Array<CryptoOnrampSessionCreateParams.DestinationCurrency>;
    /**
     * The default destination cryptocurrency. When left null, the first value of `destination_currencies` is selected.
     */
    destination_currency?: CryptoOnrampSessionCreateParams.DestinationCurrency;
    /**
     * The default destination crypto network. When left null, the first value of `destination_networks` is selected.
     */
    destination_network?: CryptoOnrampSessionCreateParams.DestinationNetwork;
    /**
     * The list of destination crypto networks user can choose from. When set, it must be a non-empty array; users cannot override it.
     */
    destination_networks?: Array<CryptoOnrampSessionCreateParams.DestinationNetwork>;
    /**
     * Specifies which fields in the response should be expanded.
     */
    expand?: Array<string>;
    /**
     * Pre-populate some of the required KYC information for the user if you've already collected it within your application.
     */
    kyc_details?: CryptoOnrampSessionCreateParams.KycDetails;
    /**
     * Whether or not to lock the suggested wallet address. If destination tags are provided, this will also lock the destination tags.
     */
    lock_wallet_address?: boolean;
    /**
     * Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`.
     */
    metadata?: MetadataParam;
    /**
     * The default amount of fiat (in decimal) to exchange into crypto. Mutually exclusive with `destination_amount`; fractional minor units are rejected.
     */
    source_amount?: string;
    /**
     * The default source fiat currency for the onramp session. When left null, a default currency is selected based on user locale.
     */
    source_currency?: CryptoOnrampSessionCreateParams.SourceCurrency;
    /**
     * The end customer's crypto wallet address (for each network) to use for this transaction. When set, the platform must set either `destination_networks` or `destination_network`.
     */
    wallet_addresses?: CryptoOnrampSessionCreateParams.WalletAddresses;
}
export declare namespace CryptoOnrampSessionCreateParams {
    type DestinationCurrency = 'avax' | 'btc' | 'eth' | 'matic' | 'sol' | 'usdc' | 'xlm' | OtherString;
    type DestinationNetwork = 'avalanche' | 'base' | 'bitcoin' | 'ethereum' | 'optimism' | 'polygon' | 'solana' | 'stellar' | 'worldchain' | OtherString;
    /**
     * The API reference names this parameter but does not list its child parameters, so they are
     * left open here rather than guessed; `unknown` because no shape is published to check against.
     */
    interface KycDetails {
        [field: string]: unknown;
    }
    type SourceCurrency = 'usd' | OtherString;
    interface WalletAddresses {
        /**
         * A base address
         */
        base_network?: string;
        /**
         * A bitcoin address
         */
        bitcoin?: string;
        /**
         * The end customer's crypto wallet destination tag (for each network) to use for this transaction. This only applies for tag-based assets such as XLM.
         */
        destination_tags?: WalletAddresses.DestinationTags;
        /**
         * An ethereum address
         */
        ethereum?: string;
        /**
         * An optimism address
         */
        optimism?: string;
        /**
         * A polygon address
         */
        polygon?: string;
        /**
         * A solana address
         */
        solana?: string;
        /**
         * A stellar address
         */
        stellar?: string;
        /**
         * A worldchain address
         */
        worldchain?: string;
    }
    namespace WalletAddresses {
        interface DestinationTags {
            /**
             * A stellar destination tag
             */
            stellar?: string;
        }
    }
}
export interface CryptoOnrampSessionRetrieveParams {
    /**
     * Specifies which fields in the response should be expanded.
     */
    expand?: Array<string>;
}
export interface CryptoOnrampSessionListParams extends PaginationParams {
    /**
     * Only return onramp sessions that were created during the given date interval.
     */
    created?: RangeQueryParam | number;
    /**
     * The destination cryptocurrency to filter by.
     */
    destination_currency?: CryptoOnrampSessionListParams.DestinationCurrency;
    /**
     * The destination blockchain network to filter by.
     */
    destination_network?: CryptoOnrampSessionListParams.DestinationNetwork;
    /**
     * Specifies which fields in the response should be expanded.
     */
    expand?: Array<string>;
    /**
     * The status of the Onramp Session.
     */
    status?: CryptoOnrampSessionListParams.Status;
}
export declare namespace CryptoOnrampSessionListParams {
    type DestinationCurrency = 'avax' | 'btc' | 'eth' | 'matic' | 'sol' | 'usdc' | 'xlm' | OtherString;
    type DestinationNetwork = 'avalanche' | 'base' | 'bitcoin' | 'ethereum' | 'optimism' | 'polygon' | 'solana' | 'stellar' | 'worldchain' | OtherString;
    type Status = 'fulfillment_complete' | 'fulfillment_processing' | 'initialized' | 'rejected' | 'requires_payment' | OtherString;
}
