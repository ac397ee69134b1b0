/** What other modules may use of interactions. */
export { Interaction } from './interaction.entity';
