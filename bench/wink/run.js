// The wink-nlp side of the issue 8 throughput check: reads every file of a folder, runs wink-nlp's lite English
// model over it in process (tokens and entities, as `extract` reads every article), and prints the counts.
// Install beside it in a temporary folder: npm install wink-nlp@2.4.0 wink-eng-lite-web-model@1.8.1
// Run: NODE_PATH=that/node_modules /usr/bin/time -v node bench/wink/run.js FOLDER
const fs = require('fs');
const path = require('path');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');

const nlp = winkNLP(model);
const its = nlp.its;
const dir = process.argv[2];
let files = 0, bytes = 0, tokens = 0, entities = 0;
for (const name of fs.readdirSync(dir).sort()) {
  const text = fs.readFileSync(path.join(dir, name), 'utf8');
  const doc = nlp.readDoc(text);
  tokens += doc.tokens().out(its.value).length;
  entities += doc.entities().out(its.value).length;
  files += 1;
  bytes += Buffer.byteLength(text);
}
console.log(`${files} files, ${(bytes / 1e6).toFixed(2)} MB, ${tokens} tokens, ${entities} entities`);
