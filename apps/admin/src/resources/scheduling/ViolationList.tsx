import { Alert, AlertTitle, List, ListItem } from '@mui/material';
import type { Violation } from '@sanxin/domain';
import { useTranslate } from 'react-admin';
import { fieldErrorsOf } from '../../providers/graphqlErrors';

/** Enum codes inside a violation's params are shown by their labels; staff ids by names. */
const ENUM_PARAMS: Record<string, string> = { jobType: 'jobType', role: 'role' };

export function useViolationMessage(names: ReadonlyMap<string, string> = new Map()) {
  const translate = useTranslate();
  return (violation: Violation) => {
    const params: Record<string, unknown> = { ...violation.params };
    for (const [key, enumName] of Object.entries(ENUM_PARAMS)) {
      if (typeof params[key] === 'string') params[key] = translate(`sanxin.enums.${enumName}.${params[key]}`, { _: params[key] });
    }
    const message = translate(`sanxin.validation.${violation.rule}`, { _: violation.rule, ...params });
    const who = typeof violation.params?.staffId === 'string' ? names.get(violation.params.staffId) : undefined;
    return who ? `${who}：${message}` : message;
  };
}

/** The rules a request breaks, each with its Chinese message (the domain's labels). */
export const ViolationList = ({ title, violations, names }: { title: string; violations: readonly Violation[]; names?: ReadonlyMap<string, string> }) => {
  const message = useViolationMessage(names);
  if (violations.length === 0) return null;
  return (
    <Alert severity="error" role="alert" aria-label={title}>
      <AlertTitle>{title}</AlertTitle>
      <List dense disablePadding>
        {violations.map((violation, index) => (
          <ListItem key={`${violation.rule}-${index}`} disableGutters sx={{ display: 'list-item', listStyle: 'disc', ml: 2 }}>
            {message(violation)}
          </ListItem>
        ))}
      </List>
    </Alert>
  );
};

/** RULE_VIOLATION from the API (react-admin's HttpError keeps the extensions in its body), as the domain's violations. */
export function violationsOf(error: unknown): Violation[] | null {
  if ((error as { body?: { code?: string } })?.body?.code !== 'RULE_VIOLATION') return null;
  return fieldErrorsOf(error).map(({ path, code, params }) => ({ rule: code, field: path ?? undefined, params: params ?? undefined }));
}
