/** What the customer-assignment module adds to the data source and the schema. */
export const assignmentEntities: Function[] = [];
export const assignmentResolvers: Function[] = [];
