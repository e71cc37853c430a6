export * from './identity';
export * from './signing-key';
export * from './access-token';
export * from './service-token';
export * from './session-version';
