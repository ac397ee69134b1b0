import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isListType,
  isNullableType,
  isObjectType,
  isScalarType,
  type GraphQLObjectType,
  getNullableType,
} from 'graphql';
import { ResourceContextProvider, testDataProvider } from 'react-admin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import schemaText from '../../../api/schema.graphql?raw';
import { canAccessAs } from '../providers/identity';
import { ContractList } from '../resources/contracts/ContractList';
import { signedInAs, TestAdmin } from '../test/testAdmin';
import { ExportMenu } from './ExportButton';
import { EXPORT_COLUMNS } from './exportColumns';
import { exportColumnsOf } from './exportTitles';

const contract = {
  id: 'k1',
  version: 1,
  number: 'HT-1',
  title: '年度维保',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  status: 'ACTIVE',
  amount: '12800.00',
  amountHidden: false,
};
const file = {
  filename: 'contracts-2026-12-02.xlsx',
  mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  contentBase64: btoa('PK'),
  rowCount: 1,
  truncated: false,
};

function renderContracts(role: 'DEPT_MANAGER' | 'AGENT', exportList = vi.fn(async () => file)) {
  const identity = { id: 's1', fullName: '林慧敏', role };
  const dataProvider = { ...testDataProvider(), getList: vi.fn(async () => ({ data: [contract], total: 1 })), settings: vi.fn(async () => []), exportList };
  render(
    <TestAdmin dataProvider={dataProvider} authProvider={signedInAs(identity, async (params) => canAccessAs(identity, params))}>
      <ResourceContextProvider value="contracts">
        <ContractList />
      </ResourceContextProvider>
    </TestAdmin>,
  );
  return { exportList, getList: dataProvider.getList };
}

describe('导出 (ExportButton)', () => {
  const clicks: string[] = [];
  beforeEach(() => {
    URL.createObjectURL = vi.fn(() => 'blob:export');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    clicks.length = 0;
  });

  it('asks the server for Excel of the list as filtered and sorted, and saves the file it answers', async () => {
    const { exportList } = renderContracts('DEPT_MANAGER');
    fireEvent.click(await screen.findByRole('button', { name: '导出' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Excel (.xlsx)' }));
    await waitFor(() => expect(exportList).toHaveBeenCalled());
    const [list, filter, sort, columns, format] = exportList.mock.calls[0] as unknown as [
      string,
      unknown,
      unknown,
      Array<{ field: string; title: string }>,
      string,
    ];
    expect([list, filter, sort, format]).toEqual(['contracts', { status: ['ACTIVE', 'EXPIRING'] }, { field: 'endDate', order: 'ASC' }, 'XLSX']);
    expect(columns).toContainEqual({ field: 'customer.name', title: '客户 customer' });
    expect(columns.map((c) => c.field)).toContain('amount');
    await waitFor(() => expect(clicks).toEqual(['contracts-2026-12-02.xlsx']));
    expect(URL.createObjectURL).toHaveBeenCalledWith(expect.objectContaining({ type: file.mimeType, size: 2 }));
  });

  it('offers CSV too, saved under the name that says the file stopped at the limit', async () => {
    const { exportList } = renderContracts(
      'DEPT_MANAGER',
      vi.fn(async () => ({ ...file, filename: 'contracts-first-10000.csv', rowCount: 10_000, truncated: true })),
    );
    fireEvent.click(await screen.findByRole('button', { name: '导出' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'CSV (.csv)' }));
    await waitFor(() => expect((exportList.mock.calls[0] as unknown[] | undefined)?.[4]).toBe('CSV'));
    await waitFor(() => expect(clicks).toEqual(['contracts-first-10000.csv']));
  });

  it('is not offered to a role the matrix does not let export the resource', async () => {
    const { getList } = renderContracts('AGENT');
    await waitFor(() => expect(getList).toHaveBeenCalled());
    await screen.findByText('HT-1');
    expect(screen.queryByRole('button', { name: '导出' })).not.toBeInTheDocument();
  });
});

describe('导出 on a page that is no react-admin list (ExportMenu)', () => {
  beforeEach(() => {
    URL.createObjectURL = vi.fn(() => 'blob:export');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  const renderMenu = (role: 'SHIFT_LEADER' | 'AGENT', exportList = vi.fn(async () => ({ ...file, filename: 'attendanceViolations.csv' }))) => {
    const identity = { id: 's1', fullName: '王强', role };
    render(
      <TestAdmin dataProvider={{ ...testDataProvider(), exportList }} authProvider={signedInAs(identity, async (params) => canAccessAs(identity, params))}>
        <ExportMenu list="importJobs" domain="importJob" filter={{ status: ['DONE'] }} sort={{ field: 'createdAt', order: 'DESC' }} />
      </TestAdmin>,
    );
    return exportList;
  };

  it('exports the page’s own filter and sort, with headers written for the list', async () => {
    const exportList = renderMenu('SHIFT_LEADER');
    fireEvent.click(await screen.findByRole('button', { name: '导出' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'CSV (.csv)' }));
    await waitFor(() => expect(exportList).toHaveBeenCalled());
    const [list, filter, sort, columns, format] = exportList.mock.calls[0] as unknown as [string, unknown, unknown, Array<{ field: string; title: string }>, string];
    expect([list, filter, sort, format]).toEqual(['importJobs', { status: ['DONE'] }, { field: 'createdAt', order: 'DESC' }, 'CSV']);
    expect(columns).toContainEqual({ field: 'createdBy.name', title: '导入人 createdBy' });
  });

  it('is not offered to a role the matrix keeps off the list', async () => {
    renderMenu('AGENT');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(screen.queryByRole('button', { name: '导出' })).not.toBeInTheDocument();
  });
});

describe('export columns', () => {
  const schema = buildSchema(schemaText);
  const lists = schema.getQueryType()!.getFields();

  it.each(Object.keys(EXPORT_COLUMNS))('%s: every column is a to-one path to a scalar of the list’s items, with a zh-CN header', (list) => {
    const page = getNamedType(lists[list]?.type) as GraphQLObjectType;
    expect(page?.name, `${list} is a list query`).toMatch(/Page$/);
    for (const { field, title } of exportColumnsOf(list)) {
      let type = getNamedType(page.getFields().items.type) as GraphQLObjectType;
      const steps = field.split('.');
      steps.forEach((name, index) => {
        const found = type.getFields()[name];
        expect(found, `${list}: ${field}`).toBeDefined();
        const named = getNamedType(found.type);
        if (index < steps.length - 1) {
          expect(isObjectType(named) && !isListType(getNullableType(found.type)), `${list}: ${field} goes through a to-one object`).toBe(true);
          type = named as GraphQLObjectType;
        } else expect(isScalarType(named) || isEnumType(named), `${list}: ${field} ends at a scalar`).toBe(true);
      });
      const key = title.split(' ').at(-1)!;
      expect(title.length > key.length + 1 && /[\u4e00-\u9fff]/.test(title), `${list}: ${field} has a zh-CN label: ${title}`).toBe(true);
    }
    expect(isNullableType(lists[list].type)).toBe(false);
  });
});
