import type { QueryRunner } from 'typeorm';
import { gramsOf } from '../../modules/customer/customer-search';

/** Fills customer_search_gram for customers that existed before it, in batches of 1,000. */
export async function backfillCustomerGrams(queryRunner: QueryRunner): Promise<void> {
  let after = '';
  for (;;) {
    const customers: Array<{ id: string; search_text: string }> = await queryRunner.query(
      'SELECT id, search_text FROM customer WHERE id > ? ORDER BY id LIMIT 1000',
      [after],
    );
    if (customers.length === 0) return;
    const rows = customers.flatMap((c) => gramsOf(c.search_text).map((gram) => [gram, c.id]));
    for (let start = 0; start < rows.length; start += 500) {
      const chunk = rows.slice(start, start + 500);
      await queryRunner.query(`INSERT INTO customer_search_gram (gram, customer_id) VALUES ${chunk.map(() => '(?, ?)').join(', ')}`, chunk.flat());
    }
    after = customers[customers.length - 1].id;
  }
}
