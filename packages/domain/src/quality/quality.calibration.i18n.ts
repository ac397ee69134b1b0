/** Labels of calibration (校准), spread into i18n/zh-CN.ts and i18n/en.ts (same keys in both). */
export const calibrationZhCN = {
  enums: {
    calibrationStatus: { OPEN: '背对背评分中', REVEALED: '已揭晓·讨论中', AGREED: '已达成一致', CANCELLED: '已取消' },
    calibrationAction: { submitScores: '提交我的评分', reveal: '揭晓评分', agree: '确定一致评分', cancel: '取消校准' },
  },
  validation: {
    calibrationInspectorRepeated: '质检员不能重复邀请',
    calibrationInspectorCount: '请邀请 %{min} 到 %{max} 位质检员',
    calibrationInspectorIsAgent: '被评坐席不能参加对自己的校准',
    calibrationNotAnInspector: '只有质检员和主任可以参加校准',
    calibrationTooFewScores: '至少 %{min} 人提交评分后才能揭晓（现有 %{submitted} 人）',
    calibrationAgreedOutsideRange: '%{dimension} 的一致评分须在质检员所打的 %{min} 到 %{max} 之间',
    calibrationNoteRequired: '有评分项分歧超出容差，请说明如何达成一致',
    calibrationNotInvited: '您未被邀请参加此次校准',
    calibrationAlreadySubmitted: '您已提交评分，不能再修改',
  },
  settings: {
    calibrationTolerance: '校准容差（分差占满分的百分比）',
  },
};

export const calibrationEn: typeof calibrationZhCN = {
  enums: {
    calibrationStatus: { OPEN: 'Blind scoring', REVEALED: 'Revealed, in discussion', AGREED: 'Agreed', CANCELLED: 'Cancelled' },
    calibrationAction: { submitScores: 'Submit my scores', reveal: 'Reveal scores', agree: 'Record agreed scores', cancel: 'Cancel calibration' },
  },
  validation: {
    calibrationInspectorRepeated: 'An inspector is invited only once',
    calibrationInspectorCount: 'Invite %{min} to %{max} inspectors',
    calibrationInspectorIsAgent: 'The evaluated agent cannot calibrate their own record',
    calibrationNotAnInspector: 'Only QA inspectors and managers calibrate',
    calibrationTooFewScores: 'At least %{min} inspectors must submit before the reveal (%{submitted} so far)',
    calibrationAgreedOutsideRange: 'The agreed %{dimension} must lie between the inspectors’ %{min} and %{max}',
    calibrationNoteRequired: 'Some dimensions disagree beyond the tolerance: say how you agreed',
    calibrationNotInvited: 'You are not invited to this calibration',
    calibrationAlreadySubmitted: 'You have submitted your scores; they cannot change',
  },
  settings: {
    calibrationTolerance: 'Calibration tolerance (score range as a percentage of the scale)',
  },
};
