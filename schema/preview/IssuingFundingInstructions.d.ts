// Hand-written: Stripe resource not shipped by the stripe package. Source: https://docs.stripe.com/api/issuing/funding_instructions
import { StripeResource } from '../../node_modules/stripe/cjs/StripeResource.js';
import { OtherString, PaginationParams } from '../../node_modules/stripe/cjs/shared.js';
import { RequestOptions, Response, ApiListPromise } from '../../node_modules/stripe/cjs/lib.js';
// The object (`funding_instructions`) is the one the package already types for customer cash
// balances; reusing it keeps one `FundingInstructions` type. The Issuing page lists only the
// `iban` and `sort_code` addresses (typed nullable there, optional in the package) and adds
// `gb_bank_transfer`, which the package's open `BankTransfer.Type` union already admits.
import { FundingInstructions } from '../../node_modules/stripe/cjs/resources/FundingInstructions.js';
/**
 * The reference examples send no preview `Stripe-Version`, so there is no `@stripeVersion` tag.
 */
export declare class IssuingFundingInstructionResource extends StripeResource {
    /**
     * Create or retrieve funding instructions for an Issuing balance. If funding instructions don't yet exist for the account, we'll create new funding instructions. If we've already created funding instructions for the account, we'll retrieve the same funding instructions.
     * @endpoint POST /v1/issuing/funding_instructions
     */
    create(params: IssuingFundingInstructionCreateParams, options?: RequestOptions): Promise<Response<FundingInstructions>>;
    /**
     * Retrieve all applicable funding instructions for an Issuing balance.
     * @endpoint GET /v1/issuing/funding_instructions
     */
    list(params?: IssuingFundingInstructionListParams, options?: RequestOptions): ApiListPromise<FundingInstructions>;
    /**
     * Simulates an external bank transfer and adds funds to an Issuing balance. This method can only be called in test mode. Returns testmode funding instructions for an Issuing balance.
     * @endpoint POST /v1/test_helpers/issuing/fund_balance
     */
    fundBalance(params: IssuingFundingInstructionFundBalanceParams, options?: RequestOptions): Promise<Response<FundingInstructions>>;
}
export interface IssuingFundingInstructionCreateParams {
    /**
     * Additional parameters for `bank_transfer` funding types
     */
    bank_transfer: IssuingFundingInstructionCreateParams.BankTransfer;
    /**
     * Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
     */
    currency: string;
    /**
     * The `funding_type` to get the instructions for.
     */
    funding_type: 'bank_transfer';
    /**
     * Specifies which fields in the response should be expanded.
     */
    expand?: Array<string>;
}
export declare namespace IssuingFundingInstructionCreateParams {
    interface BankTransfer {
        /**
         * The type of the `bank_transfer`
         */
        type: BankTransfer.Type;
    }
    namespace BankTransfer {
        type Type = 'eu_bank_transfer' | 'gb_bank_transfer' | OtherString;
    }
}
export interface IssuingFundingInstructionListParams extends PaginationParams {
    /**
     * Specifies which fields in the response should be expanded.
     */
    expand?: Array<string>;
}
export interface IssuingFundingInstructionFundBalanceParams {
    /**
     * The amount to top up. An integer in the smallest currency unit.
     */
    amount: number;
    /**
     * The currency to top up (three-letter ISO currency code, in lowercase).
     */
    currency: string;
    /**
     * Specifies which fields in the response should be expanded.
     */
    expand?: Array<string>;
}
