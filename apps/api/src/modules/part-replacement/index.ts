/** What other modules may use of part replacements. */
export { PartReplacement } from './part-replacement.entity';
