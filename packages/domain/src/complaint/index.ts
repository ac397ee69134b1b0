export * from './complaint.machine';
export * from './complaint.rules';
export * from './complaint.sla';
export * from './complaint.types';
export * from './complaint.number';
