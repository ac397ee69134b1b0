import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from './db/seed/demo-data';
import { seedDemoData } from './db/seed/seed-demo';
import { startTestApp, type TestApp } from './test/test-app';

/** The objects beside id fields, and a customer's connections, answer what the lists answer. */
describe('relations and connections', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoData(t.dataSource, t.clock.now());
    token = (await t.gql('mutation($i: LoginInput!) { login(input: $i) { token } }', { i: { username: 'admin', password: DEMO_PASSWORD } })).data?.login.token;
  }, 120_000);
  afterAll(() => t.close());

  it("a customer's interactions, complaints and contracts are the lists filtered by the customer, paged the same way", async () => {
    const rows: Array<{ customer_id: string }> = await t.dataSource.query('SELECT customer_id FROM complaint GROUP BY customer_id ORDER BY COUNT(*) DESC, customer_id LIMIT 1');
    const customerId = rows[0].customer_id;
    const page = '{ total items { id customerId } pageInfo { hasNextPage endCursor } }';
    const connections = await t.gql(
      `query($id: ID!) { customer(id: $id) { interactions(page: { limit: 1 }) ${page} complaints(page: { limit: 1 }) ${page} contracts(page: { limit: 1 }) ${page} } }`,
      { id: customerId },
      token,
    );
    expect(connections.errors).toBeUndefined();
    const lists = await t.gql(
      `query($f: InteractionFilter, $c: ComplaintFilter, $k: ContractFilter) {
        interactions(filter: $f, page: { limit: 1 }) ${page} complaints(filter: $c, page: { limit: 1 }) ${page} contracts(filter: $k, page: { limit: 1 }) ${page} }`,
      { f: { customerId }, c: { customerId }, k: { customerId } },
      token,
    );
    expect(connections.data?.customer).toEqual(lists.data);
    expect(connections.data?.customer.complaints.total).toBeGreaterThan(0);
    // a filter given to the connection cannot widen it to another customer
    const other = await t.gql(`query($id: ID!) { customer(id: $id) { complaints(filter: { customerId: "x" }) { total } } }`, { id: customerId }, token);
    expect(other.data?.customer.complaints.total).toBe(connections.data?.customer.complaints.total);
  });

  it('id fields and their objects agree', async () => {
    const swaps = await t.gql('{ shiftSwapRequests { items { requesterShiftId requesterShift { id } counterpartShiftId counterpartShift { id } } } }', {}, token);
    expect(swaps.errors).toBeUndefined();
    for (const swap of swaps.data?.shiftSwapRequests.items ?? []) {
      expect(swap.requesterShift.id).toBe(swap.requesterShiftId);
      expect(swap.counterpartShift.id).toBe(swap.counterpartShiftId);
    }
    const rosters = await t.gql('{ rosters(page: { limit: 3 }) { items { id shifts { rosterId startsAt } } } }', {}, token);
    expect(rosters.errors).toBeUndefined();
    const withShifts = rosters.data?.rosters.items.filter((roster: { shifts: unknown[] }) => roster.shifts.length > 0);
    expect(withShifts.length).toBeGreaterThan(0);
    for (const roster of withShifts) {
      expect(roster.shifts.every((shift: { rosterId: string }) => shift.rosterId === roster.id)).toBe(true);
      const starts = roster.shifts.map((shift: { startsAt: string }) => shift.startsAt);
      expect(starts).toEqual([...starts].sort());
    }
    const proposals = await t.gql('{ complaints(page: { limit: 50 }) { items { id contactId contact { id } contractId contract { id } proposals { complaint { id } proposedById proposedBy { id } } } } }', {}, token);
    expect(proposals.errors).toBeUndefined();
    for (const complaint of proposals.data?.complaints.items ?? []) {
      expect(complaint.contact?.id ?? null).toBe(complaint.contactId);
      expect(complaint.contract?.id ?? null).toBe(complaint.contractId);
      for (const proposal of complaint.proposals) {
        expect(proposal.complaint.id).toBe(complaint.id);
        expect(proposal.proposedBy.id).toBe(proposal.proposedById);
      }
    }
  });
});
