import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { AdminContext, memoryStore, testDataProvider } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { i18nProvider } from '../i18n/i18nProvider';
import type { AssignmentSuggestion } from './assignmentQueries';
import { summarize } from '../workload/workloadSummary';
import { SuggestionTable } from './SuggestionTable';
import { type Choices, initialChoices, planAssignment } from './assignmentPlan';
import { reasonsText } from './suggestionReasons';

const translate = (key: string, options?: Record<string, unknown>) => i18nProvider.translate(key, options);

const suggestions: AssignmentSuggestion[] = [
  {
    customerId: 'c1',
    agents: [
      {
        agent: { id: 'a7', name: '徐鹏' },
        projectedLoad: 13,
        reasons: [
          { code: 'LOAD', customers: 12 },
          { code: 'SKILL', skillLevel: 4, required: 4 },
          { code: 'JOB_TYPE', jobType: 'FIELD' },
        ],
      },
      { agent: { id: 'a3', name: '刘洋' }, projectedLoad: 15, reasons: [{ code: 'LOAD', customers: 14 }, { code: 'CURRENT_OWNER' }] },
    ],
  },
  { customerId: 'c2', agents: [{ agent: { id: 'a3', name: '刘洋' }, projectedLoad: 15, reasons: [{ code: 'LOAD', customers: 14 }] }] },
];

describe('suggestion reasons', () => {
  it('reads in Chinese: load, skill against the tier, job type', () => {
    expect(reasonsText(suggestions[0].agents[0].reasons, translate)).toBe('负载 12 位客户 · 技能 4 级（需 ≥4）· 岗位匹配：现场/售后');
    expect(reasonsText(suggestions[0].agents[1].reasons, translate)).toBe('负载 14 位客户 · 当前负责人');
  });

  it('shows the top agent per customer and the reasons of the one chosen, also after an override', () => {
    const customers = new Map([
      ['c1', { id: 'c1', name: '杭州三心物流', tier: 'A' }],
      ['c2', { id: 'c2', name: '宁波港务', tier: 'C' }],
    ]);
    const Harness = () => {
      const [choices, setChoices] = useState<Choices>(initialChoices(suggestions));
      return (
        <SuggestionTable
          suggestions={suggestions}
          customers={customers}
          choices={choices}
          onChoose={(customer, agent) => setChoices({ ...choices, [customer]: agent })}
        />
      );
    };
    render(
      <AdminContext dataProvider={testDataProvider()} i18nProvider={i18nProvider} store={memoryStore()}>
        <Harness />
      </AdminContext>,
    );

    const row = screen.getByRole('row', { name: /杭州三心物流/ });
    expect(within(row).getByText('负载 12 位客户 · 技能 4 级（需 ≥4）· 岗位匹配：现场/售后')).toBeInTheDocument();
    expect(within(row).queryByText('已改选')).not.toBeInTheDocument();

    fireEvent.mouseDown(within(row).getByRole('combobox'));
    fireEvent.click(screen.getByRole('option', { name: /刘洋/ }));

    expect(within(row).getByText('负载 14 位客户 · 当前负责人')).toBeInTheDocument();
    expect(within(row).getByText('已改选')).toBeInTheDocument();
    // The suggested column keeps the engine's pick for comparison.
    expect(within(row).getByText('徐鹏')).toBeInTheDocument();
  });
});

describe('assignment plan', () => {
  it('hands everything to autoAssign when the manager kept every suggestion', () => {
    expect(planAssignment(suggestions, initialChoices(suggestions))).toEqual({ mode: 'auto', customerIds: ['c1', 'c2'] });
  });

  it('makes one assignCustomers call per chosen agent once a row is overridden', () => {
    expect(planAssignment(suggestions, { c1: 'a3', c2: 'a3' })).toEqual({ mode: 'manual', groups: [{ agentId: 'a3', customerIds: ['c1', 'c2'] }] });
  });

  it('leaves out customers nobody qualifies for, and never auto-assigns them', () => {
    const withUnqualified = [...suggestions, { customerId: 'c3', agents: [] }];
    expect(planAssignment(withUnqualified, initialChoices(withUnqualified))).toEqual({
      mode: 'manual',
      groups: [
        { agentId: 'a7', customerIds: ['c1'] },
        { agentId: 'a3', customerIds: ['c2'] },
      ],
    });
    expect(planAssignment([{ customerId: 'c3', agents: [] }], {})).toBeNull();
  });
});

describe('workload summary', () => {
  const row = (agentId: string, customers: number) => ({ agentId, name: agentId, customers, contracts: null, awaiting: 0, overdue: 0 });
  it('totals the customers and shows the spread between the busiest and the least busy agent', () => {
    expect(summarize([row('a', 12), row('b', 9), row('c', 14)])).toEqual({ totalCustomers: 35, spread: 5 });
    expect(summarize([])).toEqual({ totalCustomers: 0, spread: 0 });
  });
});
