/** What the complaints module adds to the data source and the schema. */
export const complaintEntities: Function[] = [];
export const complaintResolvers: Function[] = [];
