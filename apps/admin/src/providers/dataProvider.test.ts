import { domainMessages } from '@sanxin/domain';
import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { i18nProvider } from '../i18n/i18nProvider';
import { mockApolloClient, type Responder } from '../test/mockApollo';
import { committedSchema } from './committedSchema';
import { createDataProvider } from './dataProvider';
import { isConflict } from './graphqlErrors';

const zh = domainMessages['zh-CN'];
const customer = { id: 'c1', version: 3, kind: 'COMPANY', name: '杭州三心物流', phone: '13812345678', tier: 'B' };

function providerAnswering(respond: Responder) {
  const { client, operations } = mockApolloClient(respond);
  const dataProvider = createDataProvider({ client, translate: (key, options) => i18nProvider.translate(key, options), schema: committedSchema() });
  return { dataProvider, operations };
}

const failing = (extensions: Record<string, unknown>, message = 'refused'): Responder => () => ({ errors: [{ message, extensions }] as never });

describe('dataProvider error mapping', () => {
  it('puts BAD_USER_INPUT violations next to their fields, translated', async () => {
    const { dataProvider } = providerAnswering(
      failing({ code: 'BAD_USER_INPUT', fields: [{ path: 'phone', code: 'invalidPhone', params: null }, { path: 'name', code: 'tooLong', params: { max: 100 } }] }),
    );

    const error = await dataProvider.update('customers', { id: 'c1', data: { ...customer, phone: 'abc' }, previousData: customer }).catch((e) => e);

    expect(error).toBeInstanceOf(HttpError);
    expect(error.status).toBe(400);
    expect(error.body.errors).toEqual({ phone: zh.validation.invalidPhone, name: '不能超过 100 个字' });
    expect(i18nProvider.translate(error.message)).toBe(zh.errors.BAD_USER_INPUT);
  });

  it('puts a RULE_VIOLATION next to the input its path names and keeps every entry for lists of broken rules', async () => {
    const fields = [{ path: 'phone', code: 'invalidPhone', params: null }, { path: null, code: 'selfLockout', params: null }];
    const { dataProvider } = providerAnswering(failing({ code: 'RULE_VIOLATION', fields }, 'breaks a rule'));

    const error = await dataProvider.update('customers', { id: 'c1', data: customer, previousData: customer }).catch((e) => e);

    expect(error.message).toBe('breaks a rule');
    expect(error.body).toMatchObject({ code: 'RULE_VIOLATION', fields, errors: { phone: zh.validation.invalidPhone } });
  });

  it('reports a stale version as a conflict with the domain message', async () => {
    const { dataProvider, operations } = providerAnswering(failing({ code: 'CONFLICT', currentVersion: 4 }));

    const error = await dataProvider.update('customers', { id: 'c1', data: { ...customer, tier: 'A' }, previousData: customer }).catch((e) => e);

    expect(operations[0].variables).toEqual({ id: 'c1', version: 3, input: { tier: 'A' } });
    expect(isConflict(error)).toBe(true);
    expect(error.body).toMatchObject({ code: 'CONFLICT', currentVersion: 4 });
    expect(i18nProvider.translate(error.message)).toBe('该记录已被他人修改，页面已刷新为最新内容，请核对后重新保存');
  });

  it('marks UNAUTHENTICATED as 401 so checkError signs the user out', async () => {
    const { dataProvider } = providerAnswering(failing({ code: 'UNAUTHENTICATED' }));
    const error = await dataProvider.getOne('customers', { id: 'c1' }).catch((e) => e);
    expect(error.status).toBe(401);
  });

  it('keeps the server message of workflow errors it has no label for', async () => {
    const { dataProvider } = providerAnswering(failing({ code: 'INVALID_TRANSITION' }, '当前状态不能执行此操作'));
    const error = await dataProvider.getOne('customers', { id: 'c1' }).catch((e) => e);
    expect(error.message).toBe('当前状态不能执行此操作');
  });

  it('exports a list with its filter, minus the empty values, through exportList', async () => {
    const file = { filename: 'customers.csv', mimeType: 'text/csv; charset=utf-8', contentBase64: '', rowCount: 1, truncated: false };
    const { dataProvider, operations } = providerAnswering(() => ({ data: { exportList: file } }));
    const columns = [{ field: 'name', title: '名称 name' }];

    const result = await dataProvider.exportList('customers', { q: '三心', tier: [], ownerId: '' }, undefined, columns, 'CSV');

    expect(result.rowCount).toBe(1);
    expect(operations[0].operationName).toBe('ExportList');
    expect(operations[0].variables).toEqual({ input: { list: 'customers', filter: '{"q":"三心"}', sort: null, columns, format: 'CSV' } });
  });

  it('exports complaints with the list filter and sort, so the file is the list as shown', async () => {
    const file = { filename: 'complaints.xlsx', mimeType: 'application/octet-stream', contentBase64: '', rowCount: 0, truncated: false };
    const { client, operations } = mockApolloClient(() => ({ data: { exportList: file } }));
    const dataProvider = createDataProvider({ client, translate: (key, options) => i18nProvider.translate(key, options), schema: committedSchema() });

    await dataProvider.exportList('complaints', { open: true, status: [] }, { field: 'dueAt', order: 'ASC' }, [], 'XLSX');

    expect(operations[0].variables?.input).toMatchObject({ list: 'complaints', filter: '{"open":true}', sort: [{ field: 'DUE_AT', direction: 'ASC' }], format: 'XLSX' });
  });
});
