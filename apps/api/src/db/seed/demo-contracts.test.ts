import { effectiveContractStatus, isLocalDate, validateContract } from '@sanxin/domain';
import { describe, expect, it } from 'vitest';
import { generateDemoContracts } from './demo-contracts';

describe('demo contracts', () => {
  const now = new Date('2026-03-01T02:00:00Z');
  const { contracts, partReplacements } = generateDemoContracts({ now, customerCount: 300 });

  it('is reproducible', () => {
    expect(generateDemoContracts({ now, customerCount: 300 })).toEqual({ contracts, partReplacements });
  });

  it('has about 150 valid contracts with unique numbers, in every effective status on `now`', () => {
    expect(contracts.length).toBeGreaterThanOrEqual(140);
    expect(new Set(contracts.map((c) => c.number)).size).toBe(contracts.length);
    for (const c of contracts) expect(validateContract({ ...c, customerId: 'c', confidentialityText: c.confidential ? '保密' : null }, 'create')).toEqual([]);
    const statuses = new Set(contracts.map((c) => effectiveContractStatus(c.storedStatus, c.endDate, '2026-03-01', 30)));
    expect([...statuses].sort()).toEqual(['ACTIVE', 'DRAFT', 'EXPIRED', 'EXPIRING', 'RENEWED', 'TERMINATED']);
    for (const c of contracts.filter((c) => c.storedStatus === 'RENEWED')) expect(contracts.find((s) => s.key === c.renewedToKey)?.storedStatus).toBe('DRAFT');
    expect(contracts.every((c) => isLocalDate(c.startDate) && c.startDate <= c.endDate)).toBe(true);
  });

  it('has about 40 part replacements in every status, free under warranty', () => {
    expect(partReplacements.length).toBeGreaterThanOrEqual(40);
    expect(new Set(partReplacements.map((p) => p.status)).size).toBe(6);
    for (const p of partReplacements.filter((p) => p.warrantyCovered && p.unitPrice)) expect(p.unitPrice).toBe('0.00');
  });
});
