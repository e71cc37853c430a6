import type { Context } from '@opentelemetry/api';
import type { ReadableSpan, Span, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { SERVICE_ATTRIBUTE, serviceOfContext } from './service-scope';

/**
 * Stamps every span started inside a service scope (our own spans, @apollo/gateway's, the instrumentations')
 * with the service it belongs to. Only needed when several services share one process.
 */
export class ServiceAttributionProcessor implements SpanProcessor {
  onStart(span: Span, parentContext: Context): void {
    const service = serviceOfContext(parentContext);
    if (service) span.setAttribute(SERVICE_ATTRIBUTE, service);
  }
  onEnd(_span: ReadableSpan): void {}
  forceFlush(): Promise<void> {
    return Promise.resolve();
  }
  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}
