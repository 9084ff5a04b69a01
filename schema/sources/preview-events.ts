/**
 * Generator input: event types of preview resources, which the `stripe` package's `Event.Type`
 * does not list. The crypto onramp announces every change of a session with one type (its
 * name ends `_updated`, not `.updated`), per Stripe's onramp documentation.
 */
export const previewEventTypes: readonly string[] = ['crypto.onramp_session_updated'];
