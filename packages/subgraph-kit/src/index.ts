// First: starts tracing (when the OTEL_* variables ask for it) before the modules it instruments run.
import '@msa/telemetry/auto';
import 'reflect-metadata';

export * from './access-log';
export * from './cart-fingerprint';
export * from './client-address';
export * from './config';
export * from './context';
export * from './errors';
export * from './error-masking';
export * from './federated-schema';
export * from './http-errors';
export * from './input-safety';
export * from './loaders';
export * from './logger';
export * from './metrics';
export * from './money';
export * from './network';
export * from './operation-label';
export * from './known-operations';
export * from './pagination';
export * from './request-id';
export * from './server';
export * from './shutdown';
export * from './user-error';
export * from './live/push-iterator';
export * from './live/subscription-server';
export * from './live/redis-topics';
