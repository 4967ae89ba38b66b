import { isAllowedServiceUrl, type ServiceUrlPolicy } from '../server/serviceUrlPolicy';
import { UndeliverableError } from './deliveryError';
import type { ReminderSender } from './proactiveSender';

/**
 * Refuses to send to a conversation whose stored serviceUrl the policy does not allow, the same
 * check inbound replies pass. A reference stored before an allowlist was tightened is marked
 * undeliverable rather than called.
 */
export function guardedSender(inner: ReminderSender, policy: ServiceUrlPolicy): ReminderSender {
  return {
    async send(reference, message, options) {
      if (!isAllowedServiceUrl(reference.serviceUrl, policy)) {
        throw new UndeliverableError('service_url_not_allowed');
      }
      await inner.send(reference, message, options);
    },
  };
}
