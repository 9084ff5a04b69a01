// Hand-written: Stripe preview resource not shipped by the stripe package. Source: https://docs.stripe.com/api/terminal/hardware_products
import { StripeResource } from '../../node_modules/stripe/cjs/StripeResource.js';
import { OtherString, PaginationParams } from '../../node_modules/stripe/cjs/shared.js';
import { RequestOptions, Response, ApiListPromise } from '../../node_modules/stripe/cjs/lib.js';
/**
 * Part of the Terminal hardware orders private preview: every request needs the beta named in `Stripe-Version`.
 * @stripeVersion terminal_hardware_orders_beta=v5
 */
export declare class TerminalHardwareProductResource extends StripeResource {
    /**
     * Retrieves an available `TerminalHardwareProduct` object.
     * @endpoint GET /v1/terminal/hardware_products/{id}
     */
    retrieve(id: string, params?: TerminalHardwareProductRetrieveParams, options?: RequestOptions): Promise<Response<TerminalHardwareProduct>>;
    /**
     * List all `TerminalHardwareProduct` objects.
     * @endpoint GET /v1/terminal/hardware_products
     */
    list(params?: TerminalHardwareProductListParams, options?: RequestOptions): ApiListPromise<TerminalHardwareProduct>;
}
/**
 * A TerminalHardwareProduct is a kind of Terminal hardware (e.g. `bbpos_wisepos_e`); its orderable variants per country are TerminalHardwareSKUs.
 *
 * Ids start with `thpr_`.
 */
export interface TerminalHardwareProduct {
    /**
     * Unique identifier for the object.
     */
    id: string;
    /**
     * String representing the object's type. Objects of the same type share the same value.
     */
    object: 'terminal.hardware_product';
    /**
     * The status of the terminal hardware product.
     */
    status: TerminalHardwareProduct.Status;
    /**
     * The type of product (e.g. `bbpos_wisepos_e`).
     */
    type: string;
    /**
     * If all the SKUs for this product have an `unavailable_after` then this is the max `unavailable_after`. Otherwise, null. Measured in seconds since the Unix epoch.
     */
    unavailable_after: number | null;
}
export declare namespace TerminalHardwareProduct {
    type Status = 'available' | 'unavailable' | OtherString;
}
export interface TerminalHardwareProductRetrieveParams {
    /**
     * Specifies which fields in the response should be expanded.
     */
    expand?: Array<string>;
}
export interface TerminalHardwareProductListParams extends PaginationParams {
    /**
     * Specifies which fields in the response should be expanded.
     */
    expand?: Array<string>;
    /**
     * Only return products that have the given status. Defaults to available.
     */
    status?: TerminalHardwareProductListParams.Status;
}
export declare namespace TerminalHardwareProductListParams {
    type Status = 'available' | 'unavailable' | OtherString;
}
