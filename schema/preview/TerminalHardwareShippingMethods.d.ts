// Hand-written: Stripe preview resource not shipped by the stripe package. Source: https://docs.stripe.com/api/terminal/hardware_shipping_methods
import { StripeResource } from '../../node_modules/stripe/cjs/StripeResource.js';
import { OtherString, PaginationParams } from '../../node_modules/stripe/cjs/shared.js';
import { RequestOptions, Response, ApiListPromise } from '../../node_modules/stripe/cjs/lib.js';
/**
 * Part of the Terminal hardware orders private preview: every request needs the beta named in `Stripe-Version`.
 * @stripeVersion terminal_hardware_orders_beta=v5
 */
export declare class TerminalHardwareShippingMethodResource extends StripeResource {
    /**
     * Retrieves an available `TerminalHardwareShippingMethod` object.
     * @endpoint GET /v1/terminal/hardware_shipping_methods/{id}
     */
    retrieve(id: string, params?: TerminalHardwareShippingMethodRetrieveParams, options?: RequestOptions): Promise<Response<TerminalHardwareShippingMethod>>;
    /**
     * List all `TerminalHardwareShippingMethod` objects.
     * @endpoint GET /v1/terminal/hardware_shipping_methods
     */
    list(params: TerminalHardwareShippingMethodListParams, options?: RequestOptions): ApiListPromise<TerminalHardwareShippingMethod>;
}
/**
 * Represents a shipping method for hardware orders in a given country.
 *
 * Ids start with `thsm_`.
 */
export interface TerminalHardwareShippingMethod {
    /**
     * Unique identifier for the object.
     */
    id: string;
    /**
     * String representing the object's type. Objects of the same type share the same value.
     */
    object: 'terminal.hardware_shipping_method';
    /**
     * The country in which this Shipping Method is available (two-letter ISO 3166-1 alpha-2 code).
     */
    country: string;
    /**
     * The estimated delivery period containing the estimated minimum and maximum delivery dates. These dates are not guaranteed.
     */
    estimated_delivery_window: TerminalHardwareShippingMethod.EstimatedDeliveryWindow;
    /**
     * The name of the Terminal Hardware Shipping Method.
     */
    name: TerminalHardwareShippingMethod.Name;
    /**
     * The provider associated with this ShippingMethod. Listed as nullable in the attribute list but absent from the reference examples.
     */
    provider?: TerminalHardwareShippingMethod.Provider | null;
    /**
     * The Shipping Method's status.
     */
    status: TerminalHardwareShippingMethod.Status;
    /**
     * After this time the Shipping Method has a status of `unavailable` and it can't be used for order creation. If absent, we have no plans to make this Shipping Method unavailable. Measured in seconds since the Unix epoch.
     */
    unavailable_after: number | null;
}
export declare namespace TerminalHardwareShippingMethod {
    interface EstimatedDeliveryWindow {
        /**
         * Maximum estimated delivery date in ISO 8601 format (a date, e.g. `2023-10-03`).
         */
        maximum_date: string;
        /**
         * Minimum estimated delivery date in ISO 8601 format (a date, e.g. `2023-10-03`).
         */
        minimum_date: string;
    }
    type Name = 'express' | 'priority' | 'standard' | OtherString;
    type Provider = 'stripe' | OtherString;
    type Status = 'available' | 'unavailable' | OtherString;
}
export interface TerminalHardwareShippingMethodRetrieveParams {
    /**
     * Specifies which fields in the response should be expanded.
     */
    expand?: Array<string>;
}
export interface TerminalHardwareShippingMethodListParams extends PaginationParams {
    /**
     * Only return Shipping Methods that have the given country (two-letter ISO 3166-1 alpha-2 code).
     */
    country: string;
    /**
     * Specifies which fields in the response should be expanded.
     */
    expand?: Array<string>;
    /**
     * Only return Shipping Methods that have the given name.
     */
    name?: TerminalHardwareShippingMethodListParams.Name;
    /**
     * The provider associated with this ShippingMethod.
     */
    provider?: TerminalHardwareShippingMethodListParams.Provider;
    /**
     * Only return Shipping Methods that have the given status. Defaults to available.
     */
    status?: TerminalHardwareShippingMethodListParams.Status;
}
export declare namespace TerminalHardwareShippingMethodListParams {
    type Name = 'express' | 'priority' | 'standard' | OtherString;
    type Provider = 'stripe' | OtherString;
    type Status = 'available' | 'unavailable' | OtherString;
}
