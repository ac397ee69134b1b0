/** What the staff-scheduling module adds to the data source and the schema. */
export const schedulingEntities: Function[] = [];
export const schedulingResolvers: Function[] = [];
