/** What the contracts module adds to the data source and the schema. */
export const contractEntities: Function[] = [];
export const contractResolvers: Function[] = [];
