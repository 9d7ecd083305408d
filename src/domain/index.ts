export * from './competencies';
export * from './primitives';
export * from './records';
export * from './factories';
export * from './insights';
