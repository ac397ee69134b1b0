import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { byIdLoader, defineLoaders } from '../../graphql/loaders';
import { QualityEvaluation } from './quality-evaluation.entity';
import { QualityEvaluationScore } from './quality-evaluation-score.entity';
import { ScorecardTemplate } from './scorecard-template.entity';
import { ScorecardTemplateVersion } from './scorecard-template-version.entity';

export const qualityLoaders = defineLoaders(({ dataSource }) => {
  /** Every version of a page's scorecards, newest first, in one query (a scorecard has a handful). */
  const versionsByTemplateId = new DataLoader<string, ScorecardTemplateVersion[]>(async (ids) => {
    const rows = await dataSource.getRepository(ScorecardTemplateVersion).find({ where: { templateId: In([...ids]) }, order: { templateVersion: 'DESC' } });
    return ids.map((id) => rows.filter((row) => row.templateId === id));
  });
  return {
    templateById: byIdLoader(dataSource, ScorecardTemplate),
    evaluationById: byIdLoader(dataSource, QualityEvaluation),
    versionsByTemplateId,
    templateVersion: async (templateId: string, version: number) =>
      (await versionsByTemplateId.load(templateId)).find((row) => row.templateVersion === version) ?? null,
    /** The dimension scores of a page of evaluations in one query. */
    scoresByEvaluationId: new DataLoader<string, QualityEvaluationScore[]>(async (ids) => {
      const rows = await dataSource.getRepository(QualityEvaluationScore).find({ where: { evaluationId: In([...ids]) } });
      return ids.map((id) => rows.filter((row) => row.evaluationId === id));
    }),
  };
});
