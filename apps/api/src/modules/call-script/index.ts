/** What other modules may use of call scripts: call lists name a script and the revision their calls used. */
export { CallScript } from './call-script.entity';
export { callScriptLoaders } from './call-script.loaders';
export { CallScriptRevision } from './call-script-revision.entity';
export { type ScriptContent, writeRevision } from './call-script-content';
