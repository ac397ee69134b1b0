/**
 * Assignment history (分配记录) has no page of its own: it is shown on the customer (分配记录 tab)
 * and in "my customers to contact". Registering the resource gives it labels and permissions.
 */
export default {
  recordRepresentation: (record: { customer?: { name?: string } }) => record.customer?.name ?? '',
};
