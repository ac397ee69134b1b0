import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** The workflow status as a chip; closed ones are grey. */
export const ComplaintStatusChip = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.status) return null;
  const closed = record.status === 'CLOSED' || record.status === 'REJECTED';
  const waiting = record.status === 'PROPOSED';
  return (
    <Chip
      size="small"
      data-status={record.status}
      color={closed ? 'default' : waiting ? 'warning' : 'primary'}
      variant={closed ? 'outlined' : 'filled'}
      label={translate(`sanxin.enums.complaintStatus.${record.status}`)}
    />
  );
};

/** 优先 / 紧急 after repeated urges; NORMAL as plain text where asked (the show page), else nothing (lists). */
export const PriorityChip = ({ showNormal = false }: { showNormal?: boolean }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.priority) return null;
  if (record.priority === 'NORMAL') return showNormal ? <span data-priority="NORMAL">{translate('sanxin.enums.complaintPriority.NORMAL')}</span> : null;
  return (
    <Chip size="small" color={record.priority === 'URGENT' ? 'error' : 'warning'} label={translate(`sanxin.enums.complaintPriority.${record.priority}`)} />
  );
};

export const DepartmentsField = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const departments = (record?.departments ?? []) as string[];
  if (departments.length === 0) return <>-</>;
  return <>{departments.map((department) => translate(`sanxin.enums.department.${department}`)).join('、')}</>;
};
