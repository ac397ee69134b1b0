/** Placeholders a call script may hold (标准服务用语): 王先生/李女士, the agent's name, the product. */
export interface ScriptContext {
  customerSurname?: string | null;
  customerGender?: 'MALE' | 'FEMALE' | null;
  agentName?: string | null;
  product?: string | null;
}

const PLACEHOLDER = /\{(称呼|客服姓名|产品)\}/g;

/** The customer's surname with 先生/女士, or 您 when neither is known (never a guess). */
export function customerAddress(context: ScriptContext): string {
  if (!context.customerSurname) return '您';
  if (context.customerGender === 'MALE') return `${context.customerSurname}先生`;
  if (context.customerGender === 'FEMALE') return `${context.customerSurname}女士`;
  return `${context.customerSurname}先生/女士`;
}

/** Two-character surnames (复姓) an agent meets; any other name's surname is its first character. */
const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '司徒', '夏侯', '长孙', '宇文', '端木', '独孤', '南宫', '西门', '申屠', '轩辕'];

/** The surname of a person's Chinese name (王芳 → 王, 欧阳娜娜 → 欧阳); null for a name that is not Chinese. */
export function surnameOf(name: string | null | undefined): string | null {
  const trimmed = name?.trim() ?? '';
  if (!/^\p{Script=Han}{2,}/u.test(trimmed)) return null;
  return COMPOUND_SURNAMES.find((surname) => trimmed.startsWith(surname) && trimmed.length > 2) ?? trimmed[0];
}

export function renderScript(text: string, context: ScriptContext): string {
  return text.replace(PLACEHOLDER, (_, name: string) => {
    if (name === '称呼') return customerAddress(context);
    if (name === '客服姓名') return context.agentName ?? '客服代表';
    return context.product ?? '我们的产品';
  });
}

/** The placeholders a script may use, for the editor's help and its check. */
export const SCRIPT_PLACEHOLDERS = ['{称呼}', '{客服姓名}', '{产品}'] as const;

/** A `{…}` that is none of the known placeholders is a typo the agent would read out loud. */
export function unknownPlaceholders(text: string): string[] {
  return (text.match(/\{[^{}]*\}/g) ?? []).filter((p) => !(SCRIPT_PLACEHOLDERS as readonly string[]).includes(p));
}
