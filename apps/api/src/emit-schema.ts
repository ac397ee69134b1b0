import { writeFileSync } from 'node:fs';
import { printedSchema, SCHEMA_FILE } from './schema-file';

printedSchema().then((sdl) => {
  writeFileSync(SCHEMA_FILE, sdl);
  console.log(`Wrote ${SCHEMA_FILE}`);
});
