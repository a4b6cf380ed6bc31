export * from './database';
export * from './documentRepo';
export * from './planRepo';
export * from './connection';
export * from './journal';
export * from './yearRepo';
export * from './workspaceRepo';
export { takeSummary } from './planSummaryRepo';
