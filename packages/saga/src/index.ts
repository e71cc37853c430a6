export * from './step';
export * from './definition';
export * from './state';
export * from './saga-runner';
export * from './compensation';
export * from './retry';
export * from './deadline-policy';
export * from './deadline';
