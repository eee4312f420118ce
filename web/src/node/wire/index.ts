/** The wire layer: frames, message schemas, stream splitting and chunked payloads. */
export * from './constants.ts';
export * from './frame.ts';
export * from './schema.ts';
export * from './messages.ts';
export * from './registry.ts';
export * from './splitter.ts';
export * from './chunks.ts';
