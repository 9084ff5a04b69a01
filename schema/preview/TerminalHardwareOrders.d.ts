// Hand-written: Stripe preview resource not shipped by the stripe package. Source: https://docs.stripe.com/api/terminal/hardware_orders
import { StripeResource } from '../../node_modules/stripe/cjs/StripeResource.js';
import { Address, Metadata, MetadataParam, OtherString, PaginationParams } from '../../node_modules/stripe/cjs/shared.js';
import { RequestOptions, Response, ApiListPromise } from '../../node_modules/stripe/cjs/lib.js';
/**
 * Private preview: every request needs the beta named in `Stripe-Version`.
 * @stripeVersion terminal_hardware_orders_beta=v5
 */
export declare class TerminalHardwareOrderResource extends StripeResource {
    /**
     * Creates a new TerminalHardwareOrder object.
     * @endpoint POST /v1/terminal/hardware_orders
     */
    create(params: TerminalHardwareOrderCreateParams, options?: RequestOptions): Promise<Response<TerminalHardwareOrder>>;
    /**
     * Retrieves a TerminalHardwareOrder object.
     * @endpoint GET /v1/terminal/hardware_orders/{id}
     */
    retrieve(id: string, params?: TerminalHardwareOrderRetrieveParams, options?: RequestOptions): Promise<Response<TerminalHardwareOrder>>;
    /**
     * List all TerminalHardwareOrder objects.
     * @endpoint GET /v1/terminal/hardware_orders
     */
    list(params?: TerminalHardwareOrderListParams, options?: RequestOptions): ApiListPromise<TerminalHardwareOrder>;
    /**
     * Sets the status of a terminal hardware order from `pending` to `canceled`.
     * @endpoint POST /v1/terminal/hardware_orders/{id}/cancel
     */
    cancel(id: string, params?: TerminalHardwareOrderCancelParams, options?: RequestOptions): Promise<Response<TerminalHardwareOrder>>;
    /**
     * Get a preview of a TerminalHardwareOrder without creating it. The returned order has not been created: the reference example has no `id`, `created` or `updated`.
     * @endpoint GET /v1/terminal/hardware_orders/preview
     */
    preview(params: TerminalHardwareOrderPreviewParams, options?: RequestOptions): Promise<Response<TerminalHardwareOrder>>;
}
/**
 * A TerminalHardwareOrder represents an order for Terminal hardware, containing information such as the price, shipping information and the items ordered.
 *
 * Ids start with `thor_`.
 */
export interface TerminalHardwareOrder {
    /**
     * Unique identifier for the object.
     */
    id: string;
    /**
     * String representing the object's type. Objects of the same type share the same value.
     */
    object: 'terminal.hardware_order';
    /**
     * A positive integer in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal). Represents the total cost for the order.
     */
    amount: number;
    /**
     * Time at which the object was created. Measured in seconds since the Unix epoch.
     */
    created: number;
    /**
     * Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
     */
    currency: string;
    /**
     * An array of line items ordered.
     */
    hardware_order_items: Array<TerminalHardwareOrder.HardwareOrderItem>;
    /**
     * Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
     */
    livemode: boolean;
    /**
     * Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
     */
    metadata: Metadata | null;
    /**
     * The method of payment for this order.
     */
    payment_type: TerminalHardwareOrder.PaymentType;
    /**
     * The purchase order number will appear on the packing slip, shipping label, and monthly billing invoice.
     */
    po_number: string | null;
    /**
     * Returns the tracking information for each shipment.
     */
    shipment_tracking: Array<TerminalHardwareOrder.ShipmentTracking>;
    /**
     * Shipping address for the order.
     */
    shipping: TerminalHardwareOrder.Shipping;
    /**
     * The [Shipping Method](https://docs.stripe.com/api/terminal/hardware_shipping_methods/object) for the order. The reference examples show its name (`standard`), not a `thsm_` id.
     */
    shipping_method: string;
    /**
     * The status of the terminal hardware order.
     */
    status: TerminalHardwareOrder.Status;
    /**
     * The amount of tax on this order, summed from all the tax amounts. An integer in the smallest currency unit.
     */
    tax: number;
    /**
     * The aggregate amounts calculated per tax rate for all of the items on the order.
     */
    total_tax_amounts: Array<TerminalHardwareOrder.TotalTaxAmount>;
    /**
     * Time at which the object was last updated. Measured in seconds since the Unix epoch.
     */
    updated: number | null;
}
export declare namespace TerminalHardwareOrder {
    interface HardwareOrderItem {
        /**
         * A positive integer that represents the cost of the order in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal).
         */
        amount: number;
        /**
         * Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
         */
        currency: string;
        /**
         * The quantity to be ordered. An integer.
         */
        quantity: number;
        /**
         * The `TerminalHardwareSKU`, embedded (always an object, never an id): a subset of the SKU's fields.
         */
        terminal_hardware_sku: HardwareOrderItem.TerminalHardwareSku;
    }
    namespace HardwareOrderItem {
        interface TerminalHardwareSku {
            /**
             * Unique identifier for the object.
             */
            id: string;
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
             * ID of the product for this SKU.
             */
            product: string;
        }
    }
    type PaymentType = 'monthly_invoice' | 'none' | 'payment_intent' | OtherString;
    interface ShipmentTracking {
        /**
         * The name of the carrier delivering the order.
         */
        carrier: ShipmentTracking.Carrier;
        /**
         * The number used to identify the shipment with the carrier responsible for delivery.
         */
        tracking_number: string;
    }
    namespace ShipmentTracking {
        type Carrier = 'abf_freight' | 'australia_post' | 'canada_post' | 'dhl' | 'dpd' | 'estes_express' | 'exact_logistics' | 'fedex' | 'fedex_freight' | 'other' | 'palletforce' | 'purolator' | 'royal_mail' | 'tforce_freight' | 'tnt_australia' | 'ups' | 'ups_freight' | 'usps' | OtherString;
    }
    interface Shipping {
        /**
         * Shipping address.
         */
        address: Address;
        /**
         * A positive integer in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal). Represents the cost for shipping the order.
         */
        amount: number;
        /**
         * Company name.
         */
        company: string | null;
        /**
         * Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
         */
        currency: string;
        /**
         * Customer email. This email will receive Stripe-branded update emails when the status of the order changes.
         */
        email: string;
        /**
         * Customer name.
         */
        name: string;
        /**
         * Customer phone (including extension).
         */
        phone: string;
    }
    type Status = 'canceled' | 'delivered' | 'pending' | 'ready_to_ship' | 'shipped' | 'undeliverable' | OtherString;
    interface TotalTaxAmount {
        /**
         * A positive integer that represents the cost of tax in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal).
         */
        amount: number;
        /**
         * Whether the tax rate is inclusive or exclusive
         */
        inclusive: boolean;
        /**
         * The tax rate that applies to this order.
         */
        rate: TotalTaxAmount.Rate;
    }
    namespace TotalTaxAmount {
        interface Rate {
            /**
             * The display name of the tax rate.
             */
            display_name: string;
            /**
             * Tax jurisdiction.
             */
            jurisdiction: string | null;
            /**
             * The percentage associated with the tax rate (a float, e.g. `8.25`).
             */
            percentage: number;
        }
    }
}
export interface TerminalHardwareOrderCreateParams {
    /**
     * An array of line items to order.
     */
    hardware_order_items: Array<TerminalHardwareOrderCreateParams.HardwareOrderItem>;
    /**
     * The method of payment for this order.
     */
    payment_type: TerminalHardwareOrderCreateParams.PaymentType;
    /**
     * Shipping address for the order.
     */
    shipping: TerminalHardwareOrderCreateParams.Shipping;
    /**
     * The [Shipping Method](https://docs.stripe.com/api/terminal/hardware_shipping_methods/object) for the order (its `thsm_` id).
     */
    shipping_method: string;
    /**
     * Specifies which fields in the response should be expanded.
     */
    expand?: Array<string>;
    /**
     * Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`.
     */
    metadata?: MetadataParam;
    /**
     * The purchase order number will appear on the packing slip, shipping label, and monthly billing invoice. No more than 15 characters.
     */
    po_number?: string;
}
export declare namespace TerminalHardwareOrderCreateParams {
    interface HardwareOrderItem {
        /**
         * The quantity of the `TerminalHardwareSKU` to order.
         */
        quantity: number;
        /**
         * The ID of a `TerminalHardwareSKU`.
         */
        terminal_hardware_sku: string;
    }
    type PaymentType = 'monthly_invoice' | 'none' | 'payment_intent' | OtherString;
    interface Shipping {
        /**
         * Shipping address.
         */
        address: Shipping.Address;
        /**
         * Customer email. This email will receive Stripe-branded update emails when the status of the order changes. The maximum length is 800 characters.
         */
        email: string;
        /**
         * Customer name. At least 3. First name must be no more than 15 characters and last name must be no more than 20 characters.
         */
        name: string;
        /**
         * Customer phone (including extension). No more than 14 characters.
         */
        phone: string;
        /**
         * Company name. At least 3 and no more than 40 characters.
         */
        company?: string;
    }
    namespace Shipping {
        interface Address {
            /**
             * Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
             */
            country: string;
            /**
             * Address line 1 (e.g., street, or company name). At least 3 and no more than 40 characters.
             */
            line1: string;
            /**
             * ZIP or postal code. No more than 10 characters.
             */
            postal_code: string;
            /**
             * City, district, suburb, town, or village. No more than 35 characters.
             */
            city?: string;
            /**
             * Address line 2, such as the apartment, suite, unit, or building. No more than 40 characters.
             */
            line2?: string;
            /**
             * State, county, province, or region. For US states, use two-letter state abbreviation in uppercase. No more than 29 characters.
             */
            state?: string;
        }
    }
}
export interface TerminalHardwareOrderRetrieveParams {
    /**
     * Specifies which fields in the response should be expanded.
     */
    expand?: Array<string>;
}
export interface TerminalHardwareOrderListParams extends PaginationParams {
    /**
     * Specifies which fields in the response should be expanded.
     */
    expand?: Array<string>;
    /**
     * Only return orders that have the given status.
     */
    status?: TerminalHardwareOrderListParams.Status;
}
export declare namespace TerminalHardwareOrderListParams {
    type Status = 'canceled' | 'delivered' | 'pending' | 'ready_to_ship' | 'shipped' | 'undeliverable' | OtherString;
}
export interface TerminalHardwareOrderCancelParams {
    /**
     * Specifies which fields in the response should be expanded.
     */
    expand?: Array<string>;
}
export interface TerminalHardwareOrderPreviewParams {
    /**
     * An array of line items to order.
     */
    hardware_order_items: Array<TerminalHardwareOrderPreviewParams.HardwareOrderItem>;
    /**
     * The method of payment for this order.
     */
    payment_type: TerminalHardwareOrderPreviewParams.PaymentType;
    /**
     * Shipping address for the order.
     */
    shipping: TerminalHardwareOrderPreviewParams.Shipping;
    /**
     * The [Shipping Method](https://docs.stripe.com/api/terminal/hardware_shipping_methods/object) for the order (its `thsm_` id).
     */
    shipping_method: string;
    /**
     * Specifies which fields in the response should be expanded.
     */
    expand?: Array<string>;
    /**
     * Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`.
     */
    metadata?: MetadataParam;
    /**
     * The purchase order number will appear on the packing slip, shipping label, and monthly billing invoice. No more than 15 characters.
     */
    po_number?: string;
}
export declare namespace TerminalHardwareOrderPreviewParams {
    interface HardwareOrderItem {
        /**
         * The quantity of the `TerminalHardwareSKU` to order.
         */
        quantity: number;
        /**
         * The ID of a `TerminalHardwareSKU`.
         */
        terminal_hardware_sku: string;
    }
    type PaymentType = 'monthly_invoice' | 'none' | 'payment_intent' | OtherString;
    interface Shipping {
        /**
         * Shipping address.
         */
        address: Shipping.Address;
        /**
         * Customer email. This email will receive Stripe-branded update emails when the status of the order changes. The maximum length is 800 characters.
         */
        email: string;
        /**
         * Customer name. At least 3. First name must be no more than 15 characters and last name must be no more than 20 characters.
         */
        name: string;
        /**
         * Customer phone (including extension). No more than 14 characters.
         */
        phone: string;
        /**
         * Company name. At least 3 and no more than 40 characters.
         */
        company?: string;
    }
    namespace Shipping {
        interface Address {
            /**
             * Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
             */
            country: string;
            /**
             * Address line 1 (e.g., street, or company name). At least 3 and no more than 40 characters.
             */
            line1: string;
            /**
             * ZIP or postal code. No more than 10 characters.
             */
            postal_code: string;
            /**
             * City, district, suburb, town, or village. No more than 35 characters.
             */
            city?: string;
            /**
             * Address line 2, such as the apartment, suite, unit, or building. No more than 40 characters.
             */
            line2?: string;
            /**
             * State, county, province, or region. For US states, use two-letter state abbreviation in uppercase. No more than 29 characters.
             */
            state?: string;
        }
    }
}
