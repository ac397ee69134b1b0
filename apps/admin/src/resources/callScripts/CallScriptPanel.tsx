import { Box, Button, Card, CardContent, Chip, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { type AnswerBranch, renderScript, type ScriptContext, type ScriptPhrase, type ScriptStep, scriptPosition } from '@sanxin/domain';
import { useState } from 'react';
import { useTranslate } from 'react-admin';

export interface CallScriptPanelProps {
  /** The script of the call (its current steps, or the revision a call list pinned); null when the call type has none. */
  script: { name?: string | null; steps: readonly ScriptStep[]; phrases: readonly ScriptPhrase[] } | null;
  /** What fills the placeholders: 王先生/李女士, the agent's name, the product. */
  context: ScriptContext;
}

/**
 * 通话脚本: the step to read now with its placeholders filled, previous/next, and at the question
 * the customer's answer (满意 / 不满意) that picks the branch; the situation phrases stay in view.
 */
export function CallScriptPanel({ script, context }: CallScriptPanelProps) {
  const translate = useTranslate();
  const [branch, setBranch] = useState<AnswerBranch | null>(null);
  const [index, setIndex] = useState(0);
  if (!script || script.steps.length === 0) {
    return (
      <Card component="section" aria-label={translate('app.callScript.panel.title')}>
        <CardContent>
          <Typography color="text.secondary">{translate('app.callScript.panel.empty')}</Typography>
        </CardContent>
      </Card>
    );
  }
  const position = scriptPosition(script.steps, branch, index);
  const step = position.steps[position.index];
  const choose = (answer: AnswerBranch) => {
    setBranch(answer);
    setIndex(position.index + 1);
  };
  const back = () => {
    // Going back over the first branched step forgets the answer, so it can be chosen again.
    const previous = position.index - 1;
    if (branch && position.steps[position.index]?.branch === branch && position.steps[previous]?.branch === 'ALL') setBranch(null);
    setIndex(previous);
  };
  return (
    <Card component="section" aria-label={translate('app.callScript.panel.title')}>
      <CardContent>
        <Stack direction="row" spacing={1} alignItems="center" sx={{ mb: 1 }}>
          <Typography variant="subtitle2">{script.name ?? translate('app.callScript.panel.title')}</Typography>
          <Chip size="small" label={translate(`sanxin.enums.scriptStepKind.${step.kind}`)} />
          {step.branch !== 'ALL' && <Chip size="small" color={step.branch === 'SATISFIED' ? 'success' : 'warning'} label={translate(`sanxin.enums.scriptBranch.${step.branch}`)} />}
          <Typography variant="caption" color="text.secondary">
            {translate('app.callScript.panel.step', { current: position.index + 1, total: position.steps.length })}
          </Typography>
        </Stack>
        <Typography variant="h6" component="p" data-testid="script-step" sx={{ whiteSpace: 'pre-wrap' }}>
          {renderScript(step.text, context)}
        </Typography>
        {position.awaitsBranch && (
          <Box sx={{ mt: 2 }}>
            <Typography variant="body2">{translate('app.callScript.panel.askAnswer')}</Typography>
            <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
              <Button variant="contained" color="success" onClick={() => choose('SATISFIED')}>
                {translate('app.callScript.panel.satisfied')}
              </Button>
              <Button variant="contained" color="warning" onClick={() => choose('UNSATISFIED')}>
                {translate('app.callScript.panel.unsatisfied')}
              </Button>
            </Stack>
          </Box>
        )}
        {position.isLast && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
            {translate('app.callScript.panel.finished')}
          </Typography>
        )}
        <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
          <Button onClick={back} disabled={position.index === 0}>
            {translate('app.callScript.panel.previous')}
          </Button>
          <Button variant="outlined" onClick={() => setIndex(position.index + 1)} disabled={position.isLast || position.awaitsBranch}>
            {translate('app.callScript.panel.next')}
          </Button>
        </Stack>
        {script.phrases.length > 0 && (
          <Box component="section" aria-label={translate('app.callScript.panel.phrases')} sx={{ mt: 2 }}>
            <Typography variant="subtitle2">{translate('app.callScript.panel.phrases')}</Typography>
            <List dense>
              {script.phrases.map((phrase, position) => (
                <ListItem key={`${phrase.situation}-${position}`} disableGutters>
                  <ListItemText primary={translate(`sanxin.enums.scriptSituation.${phrase.situation}`)} secondary={renderScript(phrase.text, context)} />
                </ListItem>
              ))}
            </List>
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
