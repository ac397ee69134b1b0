import type { Role } from '@sanxin/domain';
import { describe, expect, it } from 'vitest';
import { menuFor } from './menuModel';

const groupsOf = (role: Role) => menuFor(role).map((group) => group.key);
const entriesOf = (role: Role, key: string) =>
  menuFor(role)
    .find((group) => group.key === key)
    ?.entries.map((entry) => ('resource' in entry ? entry.resource : entry.page)) ?? [];

describe('the menu by task', () => {
  it('groups an agent’s work: customers, complaints and follow-ups, scheduling, and the reference tables they read', () => {
    expect(groupsOf('AGENT')).toEqual(['customers', 'complaints', 'scheduling', 'quality', 'reports', 'administration']);
    expect(entriesOf('AGENT', 'quality')).toEqual(['/quality/mine', 'qualityEvaluations', 'trainingPlans', '/my-assessment']);
    expect(entriesOf('AGENT', 'customers')).toEqual(['customers', '/my-first-contacts', 'contacts', 'interactions', 'contracts', 'partReplacements']);
    // The script library is everyone's; call lists, the attention and coverage screens are the leaders' and managers'.
    expect(entriesOf('AGENT', 'complaints')).toEqual([
      '/inbox',
      'complaints',
      '/complaints-overdue',
      '/followUps',
      'callScripts',
      'notices',
      'standardAnswers',
      'caseStudies',
    ]);
    expect(entriesOf('SHIFT_LEADER', 'complaints')).toEqual([
      '/inbox',
      'complaints',
      '/complaints-overdue',
      '/followUps',
      '/follow-ups-attention',
      '/follow-up-coverage',
      'callLists',
      'callScripts',
      'notices',
      'standardAnswers',
      'caseStudies',
    ]);
    expect(entriesOf('AGENT', 'scheduling')).not.toContain('/approvals');
    expect(entriesOf('AGENT', 'administration')).not.toContain('staffMembers');
    expect(entriesOf('AGENT', 'administration')).not.toContain('/settings');
  });

  it('gives the QA inspector and the managers the workspace and calibration, the evaluated their own quality page', () => {
    const managerPages = ['/quality/workspace', 'qualityEvaluations', 'calibrationSessions', '/quality-summary', 'trainingPlans', '/assessments'];
    expect(entriesOf('QA_INSPECTOR', 'quality')).toEqual(managerPages);
    expect(entriesOf('DEPT_MANAGER', 'quality')).toEqual(managerPages);
    expect(entriesOf('SHIFT_LEADER', 'quality')).toEqual([
      '/quality/mine',
      'qualityEvaluations',
      '/quality-summary',
      'trainingPlans',
      '/assessments',
      '/my-assessment',
    ]);
    // Calibration (质检校准) is the inspectors' and the managers': never an agent's or a leader's.
    expect(entriesOf('AGENT', 'quality')).not.toContain('calibrationSessions');
  });

  it('gives the manager assignment, workload and approvals in their groups', () => {
    expect(entriesOf('DEPT_MANAGER', 'customers')).toEqual(expect.arrayContaining(['/assignment', '/workload']));
    expect(entriesOf('DEPT_MANAGER', 'scheduling')).toContain('/approvals');
    expect(entriesOf('SHIFT_LEADER', 'customers')).toContain('/workload');
    expect(entriesOf('SHIFT_LEADER', 'customers')).not.toContain('/assignment');
  });

  it('shows the attendance violations to the rostered and their managers', () => {
    for (const role of ['AGENT', 'SHIFT_LEADER', 'DEPT_MANAGER'] as Role[]) expect(entriesOf(role, 'scheduling'), role).toContain('/attendance-violations');
  });

  it('puts staff, settings, the reference tables and the security log under administration for the administrator', () => {
    expect(entriesOf('ADMIN', 'administration')).toEqual([
      'staffMembers',
      'teams',
      '/settings',
      'complaintCategories',
      'shiftTypes',
      'holidays',
      'securityEvents',
    ]);
    expect(entriesOf('DEPT_MANAGER', 'administration')).not.toContain('securityEvents');
  });

  it('shows the daily, weekly and monthly reports to everyone who has figures, not to the administrator', () => {
    expect(entriesOf('AGENT', 'reports')).toEqual(['/reports/daily', '/reports/weekly', '/reports/monthly', '/analytics']);
    expect(entriesOf('SHIFT_LEADER', 'reports')).toEqual(['/reports/daily', '/reports/weekly', '/reports/monthly', '/analytics']);
    expect(entriesOf('DEPT_MANAGER', 'reports')).toEqual(['/reports/daily', '/reports/weekly', '/reports/monthly', '/analytics']);
    expect(groupsOf('ADMIN')).not.toContain('reports');
  });

  it('gives quality its pages by role: the summary to QA, leaders and managers, 我的考核 to the people assessed', () => {
    // An agent reads the plans they are in and their own assessment, never the summary or the month's table.
    expect(entriesOf('AGENT', 'quality')).not.toContain('/quality-summary');
    expect(entriesOf('AGENT', 'quality')).not.toContain('/assessments');
    expect(groupsOf('ADMIN')).not.toContain('quality');
  });

  it('shows no empty group', () => {
    for (const role of ['AGENT', 'SHIFT_LEADER', 'QA_INSPECTOR', 'DEPT_MANAGER', 'CENTER_DIRECTOR', 'ADMIN'] as Role[]) {
      for (const group of menuFor(role)) expect(group.entries.length, `${role} ${group.key}`).toBeGreaterThan(0);
    }
  });
});
