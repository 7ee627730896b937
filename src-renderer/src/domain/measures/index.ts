export * from './causes';
export * from './labels';
export * from './projection';
export * from './register';
export * from './rules';
