import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { SuggestionReason } from './assignmentQueries';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** One reason in words: 负载 12 位客户 · 技能 4 级（需 ≥4）· 岗位匹配：现场/售后. */
export function reasonText(reason: SuggestionReason, translate: Translate): string {
  const jobType = reason.jobType ? translate(`sanxin.enums.jobType.${reason.jobType}`, { _: reason.jobType }) : '';
  return translate(`app.assignment.reasons.${reason.code}`, {
    _: reason.code,
    customers: reason.customers ?? 0,
    skillLevel: reason.skillLevel ?? '',
    required: reason.required ?? '',
    jobType,
  });
}

/** Joined with a middle dot; a full-width bracket already carries its own space (…（需 ≥4）· 岗位匹配…). */
export const reasonsText = (reasons: readonly SuggestionReason[], translate: Translate) =>
  reasons
    .map((reason) => reasonText(reason, translate))
    .join(' · ')
    .replace(/） · /g, '）· ');

export const SuggestionReasons = ({ reasons }: { reasons: readonly SuggestionReason[] }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" component="span">
      {reasonsText(reasons, translate)}
    </Typography>
  );
};
