// Hand-written: Stripe preview resource not shipped by the stripe package. Source: https://docs.stripe.com/api/terminal/hardware_skus
import { StripeResource } from '../../node_modules/stripe/cjs/StripeResource.js';
import { OtherString, PaginationParams } from '../../node_modules/stripe/cjs/shared.js';
import { RequestOptions, Response, ApiListPromise } from '../../node_modules/stripe/cjs/lib.js';
/**
 * Part of the Terminal hardware orders private preview: every request needs the beta named in `Stripe-Version`.
 * @stripeVersion terminal_hardware_orders_beta=v5
 */
export declare class TerminalHardwareSkuResource extends StripeResource {
    /**
     * Retrieves an available `TerminalHardwareSKU` object.
     * @endpoint GET /v1/terminal/hardware_skus/{id}
     */
    retrieve(id: string, params?: TerminalHardwareSkuRetrieveParams, options?: RequestOptions): Promise<Response<TerminalHardwareSku>>;
    /**
     * List all `TerminalHardwareSKU` objects.
     * @endpoint GET /v1/terminal/hardware_skus
     */
    list(params: TerminalHardwareSkuListParams, options?: RequestOptions): ApiListPromise<TerminalHardwareSku>;
}
/**
 * A TerminalHardwareSKU is an orderable item of a TerminalHardwareProduct in one country, with its price and available quantity.
 *
 * Ids start with `thsku_`.
 */
export interface TerminalHardwareSku {
    /**
     * Unique identifier for the object.
     */
    id: string;
    /**
     * String representing the object's type. Objects of the same type share the same value.
     */
    object: 'terminal.hardware_sku';
    /**
     * The price of this SKU. An integer in the smallest currency unit.
     */
    amount: number;
    /**
     * The country in which this SKU is available (two-letter ISO 3166-1 alpha-2 code).
     */
    country: string;
    /**
     * Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
     */
    currency: string;
    /**
     * The maximum quantity of this TerminalHardwareSKU that can be ordered. This will change over time due to inventory and other constraints. An integer.
     */
    orderable: number;
    /**
     * ID of the product for this SKU.
     */
    product: string;
    /**
     * The provider associated with this SKU. Listed as nullable in the attribute list but absent from the reference examples.
     */
    provider?: TerminalHardwareSku.Provider | null;
    /**
     * The SKU's status.
     */
    status: TerminalHardwareSku.Status;
    /**
     * After this time the SKU has a status of `unavailable` and it can't be used for order creation. If absent, we have no plans to make this SKU unavailable. Measured in seconds since the Unix epoch.
     */
    unavailable_after: number | null;
}
export declare namespace TerminalHardwareSku {
    type Provider = 'stripe' | OtherString;
    type Status = 'available' | 'unavailable' | OtherString;
}
export interface TerminalHardwareSkuRetrieveParams {
    /**
     * Specifies which fields in the response should be expanded.
     */
    expand?: Array<string>;
}
export interface TerminalHardwareSkuListParams extends PaginationParams {
    /**
     * The ISO 3166-1 alpha-2 country code representing the country associated with the SKUs to be retrieved.
     */
    country: string;
    /**
     * Specifies which fields in the response should be expanded.
     */
    expand?: Array<string>;
    /**
     * Only return SKUs for the product specified by this product ID.
     */
    product?: string;
    /**
     * The provider associated with this SKU.
     */
    provider?: TerminalHardwareSkuListParams.Provider;
    /**
     * Only return SKUs that have the given status. Defaults to available.
     */
    status?: TerminalHardwareSkuListParams.Status;
}
export declare namespace TerminalHardwareSkuListParams {
    type Provider = 'stripe' | OtherString;
    type Status = 'available' | 'unavailable' | OtherString;
}
