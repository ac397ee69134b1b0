import { runExample } from './example';

/** `node dist/main.js [http://localhost:3000/graphql]`: the example against a running API with the demo data. */
const url = process.argv[2] ?? process.env.SANXIN_API_URL ?? 'http://localhost:3000/graphql';
runExample({ url, log: (line) => console.log(line) }).then(
  (report) => console.log(`Done: push in ${report.push.elapsedMs} ms; ${Object.keys(report.provoked).length} errors provoked and rendered.`),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
