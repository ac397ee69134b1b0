export * from './attachment.rules';
export * from './attachment.sniff';
export * from './attachment.types';
