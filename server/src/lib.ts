export * from './analysis/index';
