import type { ScriptBranch, ScriptSituation, ScriptStepKind } from '@sanxin/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A step or a situation phrase of a revision, in order (one row each: a text may hold 1,000 characters of 4 bytes). */
@Entity('call_script_line')
@Index('idx_call_script_line_revision', ['revisionId', 'position'])
export class CallScriptLine {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'revision_id', type: 'varchar', length: 36 })
  revisionId: string;

  @Column({ type: 'int' })
  position: number;

  /** A step (with kind and branch) or a phrase (with situation). */
  @Column({ type: 'varchar', length: 10 })
  section: 'STEP' | 'PHRASE';

  @Column({ type: 'varchar', length: 20, nullable: true })
  kind: ScriptStepKind | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  branch: ScriptBranch | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  situation: ScriptSituation | null;

  @Column({ type: 'varchar', length: 1000 })
  text: string;
}
