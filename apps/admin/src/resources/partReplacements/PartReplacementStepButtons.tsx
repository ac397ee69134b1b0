import CallSplitIcon from '@mui/icons-material/CallSplit';
import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import RequestQuoteIcon from '@mui/icons-material/RequestQuote';
import {
  DEPARTMENTS,
  type Department,
  flagListMembers,
  PART_REPLACEMENT_STEPS,
  type PartReplacementAction,
  paidDepartmentViolations,
  settingsFrom,
  validateForward,
  validateQuote,
} from '@sanxin/domain';
import { type ReactElement, useEffect, useState } from 'react';
import { type RaRecord, useDataProvider, type useTranslate } from 'react-admin';
import type { SanxinDataProvider } from '../../providers/dataProvider';
import { choicesOf } from '../../i18n/choices';
import { type StepSpec, WorkflowButtons } from '../../workflow/WorkflowButtons';

const ICONS: Record<PartReplacementAction, ReactElement> = {
  forward: <CallSplitIcon />,
  quote: <RequestQuoteIcon />,
  accept: <CheckIcon />,
  decline: <CloseIcon />,
  complete: <DoneAllIcon />,
};

/**
 * 转交部门 → 报价 → 客户接受/拒绝 → 完成: each step's mutation, inputs and domain rule. A paid
 * replacement is forwarded to the business departments only (settings `contract.paidDept.*`), so the
 * dialog offers only those; one under warranty may go to any department.
 */
export function stepOf(
  action: PartReplacementAction,
  record: RaRecord,
  translate: ReturnType<typeof useTranslate>,
  businessDepartments: readonly Department[] = DEPARTMENTS,
): StepSpec {
  const key = { id: record.id, version: record.version };
  switch (action) {
    case 'forward': {
      const warranty = Boolean(record.warrantyCovered);
      const allowed = warranty ? DEPARTMENTS : DEPARTMENTS.filter((department) => businessDepartments.includes(department));
      return {
        mutation: 'forwardPartReplacement',
        fields: [
          {
            name: 'department',
            label: translate('app.partReplacement.department'),
            type: 'select',
            required: true,
            choices: choicesOf(allowed, 'department'),
            defaultValue: allowed.includes(record.department) ? record.department : '',
          },
        ],
        validate: ({ department }) => [...validateForward(department), ...paidDepartmentViolations(warranty, department, businessDepartments)],
        variables: ({ department }) => ({ ...key, input: { department } }),
      };
    }
    case 'quote':
      return {
        mutation: 'quotePartReplacement',
        fields: [
          {
            name: 'unitPrice',
            label: translate('app.partReplacement.unitPrice'),
            type: 'decimal',
            required: !record.warrantyCovered,
            defaultValue: record.warrantyCovered ? '0' : '',
          },
        ],
        validate: ({ unitPrice }) => validateQuote(unitPrice || null, Boolean(record.warrantyCovered)),
        variables: ({ unitPrice }) => ({ ...key, input: { unitPrice: unitPrice || (record.warrantyCovered ? '0' : null) } }),
      };
    case 'accept':
    case 'decline':
      return {
        mutation: 'recordPartReplacementDecision',
        fields: [{ name: 'note', label: translate('app.partReplacement.note'), type: 'multiline' }],
        variables: ({ note }) => ({ ...key, input: { accepted: action === 'accept', ...(note.trim() ? { note: note.trim() } : {}) } }),
      };
    case 'complete':
      return { mutation: 'completePartReplacement', confirmText: translate('app.partReplacement.confirmComplete'), variables: () => key };
  }
}

/** The steps the API lists in `availableActions` for this viewer, each with its dialog. */
export const PartReplacementStepButtons = () => {
  const businessDepartments = useBusinessDepartments();
  return (
    <WorkflowButtons
      steps={PART_REPLACEMENT_STEPS}
      icons={ICONS}
      actionLabels="sanxin.enums.partReplacementAction"
      messages="app.partReplacement"
      subject={(record) => record.partName}
      stepOf={(action, record, translate) => stepOf(action, record, translate, businessDepartments)}
    />
  );
};

/** The departments paid replacements go to (settings `contract.paidDept.*`, read as the API reads them); the defaults until loaded. */
function useBusinessDepartments(): Department[] {
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const [saved, setSaved] = useState<{ key: string; value: number }[]>([]);
  useEffect(() => {
    let live = true;
    dataProvider.settings().then(
      (loaded) => live && setSaved(loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [dataProvider]);
  return flagListMembers(settingsFrom(saved), 'contract.paidDept', DEPARTMENTS);
}
