export * from './actual';
export * from './coverage';
export * from './daily';
export * from './engine';
export * from './json';
export * from './profit';
export * from './salesCurve';
export * from './yearRollup';
