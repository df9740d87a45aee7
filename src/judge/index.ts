export * from './dates.js';
export * from './mention.js';
export * from './declaration.js';
export * from './messages.js';
export * from './verdict.js';
export * from './mention-html.js';
