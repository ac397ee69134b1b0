import CallSplitIcon from '@mui/icons-material/CallSplit';
import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import RequestQuoteIcon from '@mui/icons-material/RequestQuote';
import { DEPARTMENTS, PART_REPLACEMENT_ACTIONS, type PartReplacementAction, validateForward, validateQuote } from '@sanxin/domain';
import type { ReactElement } from 'react';
import { type RaRecord, type useTranslate } from 'react-admin';
import { choicesOf } from '../../i18n/choices';
import { type StepSpec, WorkflowButtons } from '../../workflow/WorkflowButtons';

const ICONS: Record<PartReplacementAction, ReactElement> = {
  forward: <CallSplitIcon />,
  quote: <RequestQuoteIcon />,
  accept: <CheckIcon />,
  decline: <CloseIcon />,
  complete: <DoneAllIcon />,
};

/** 转交部门 → 报价 → 客户接受/拒绝 → 完成: each step's mutation, inputs and domain rule. */
export function stepOf(action: PartReplacementAction, record: RaRecord, translate: ReturnType<typeof useTranslate>): StepSpec {
  const key = { id: record.id, version: record.version };
  switch (action) {
    case 'forward':
      return {
        mutation: 'forwardPartReplacement',
        fields: [
          {
            name: 'department',
            label: translate('app.partReplacement.department'),
            type: 'select',
            required: true,
            choices: choicesOf(DEPARTMENTS, 'department'),
            defaultValue: record.department ?? '',
          },
        ],
        validate: ({ department }) => validateForward(department),
        variables: ({ department }) => ({ ...key, department }),
      };
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
        variables: ({ unitPrice }) => ({ ...key, unitPrice: unitPrice || (record.warrantyCovered ? '0' : null) }),
      };
    case 'accept':
    case 'decline':
      return {
        mutation: 'recordPartReplacementDecision',
        fields: [{ name: 'note', label: translate('app.partReplacement.note'), type: 'multiline' }],
        variables: ({ note }) => ({ ...key, accepted: action === 'accept', ...(note.trim() ? { note: note.trim() } : {}) }),
      };
    case 'complete':
      return { mutation: 'completePartReplacement', confirmText: translate('app.partReplacement.confirmComplete'), variables: () => key };
  }
}

/** The steps the API lists in `nextActions` for this viewer, each with its dialog. */
export const PartReplacementStepButtons = () => (
  <WorkflowButtons actions={PART_REPLACEMENT_ACTIONS} icons={ICONS} actionLabels="sanxin.enums.partReplacementAction" messages="app.partReplacement" subject={(record) => record.partName} stepOf={stepOf} />
);
